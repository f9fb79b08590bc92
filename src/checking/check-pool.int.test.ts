import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOnWorkers } from './check-pool.ts';
import type { CheckJob } from './check-job.ts';

// A stand-in worker that speaks the pool's protocol: a file whose name says "hang" never finishes.
const dir = mkdtempSync(join(tmpdir(), 'check-pool-'));
const workerFile = join(dir, 'worker.mjs');
writeFileSync(
  workerFile,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ start, jobs }) => {
  const results = jobs.map((job, k) => {
    parentPort.postMessage({ file: start + k });
    if (job.file.includes('hang')) for (;;) {}
    return { body: job.file, problems: [], located: true };
  });
  parentPort.postMessage({ start, results });
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = (file: string): CheckJob => ({ kind: 'tools', file: `content/tools/${file}.mdx`, bytes: new Uint8Array([1]), translation: false });

describe('a file over its time budget', () => {
  test('is refused with a located error, and every other file is still checked, in order', async () => {
    const jobs = ['a', 'b', 'hang-1', 'c', 'd', 'e', 'hang-2', 'f', 'g', 'h'].map(job);
    const started = Date.now();
    const results = await checkOnWorkers(jobs, new Date(), { workerFile, workers: 2, fileBudgetMs: 300 });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(results).toHaveLength(jobs.length);
    results.forEach((result, i) => {
      if (jobs[i].file.includes('hang')) {
        expect(result.problems).toEqual([expect.objectContaining({ file: jobs[i].file, line: 1, column: 1, severity: 'error', field: 'file' })]);
        expect(result.problems[0].message).toMatch(/0\.3 s/);
      } else {
        expect(result).toEqual({ body: jobs[i].file, problems: [], located: true });
      }
    });
  });

  test('with one worker, each hanging file costs one budget and the run ends', async () => {
    const jobs = ['hang-a', 'x', 'hang-b'].map(job);
    const results = await checkOnWorkers(jobs, new Date(), { workerFile, workers: 1, fileBudgetMs: 200 });
    expect(results.map((r) => r.problems.length)).toEqual([1, 0, 1]);
  });
});
