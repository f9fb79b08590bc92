/**
 * Worker thread of check-pool.ts: checks the batches of files it is sent and answers with plain
 * data. Started from its path under the project root, so it runs as plain Node (types stripped)
 * even when the loader that starts it was bundled by Vite. It says which file it starts, so the
 * pool can stop a file that runs over its time budget.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runCheckJob, toPlain, type CheckJob } from './check-job.ts';

const now = new Date(workerData.now as number);

parentPort!.on('message', ({ start, jobs }: { start: number; jobs: CheckJob[] }) => {
  const results = jobs.map((job, k) => {
    parentPort!.postMessage({ file: start + k });
    return toPlain(runCheckJob(job, now));
  });
  parentPort!.postMessage({ start, results });
});
