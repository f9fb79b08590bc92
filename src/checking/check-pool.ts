import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckJob, PlainCheck } from './check-job.ts';

/** Where the worker script lives in the project: found from the project root, never from import.meta.url, which Vite's bundling moves. */
export function checkWorkerFile(projectRoot: string): string {
  return join(projectRoot, 'src', 'checking', 'check-worker.ts');
}

export interface PoolOptions {
  /** Absolute path of check-worker.ts (see checkWorkerFile). */
  workerFile: string;
  /** Threads to start; default: one per core the process may use. */
  workers?: number;
}

/**
 * Checks files on worker threads and returns their results in the order of `jobs`. Files go out
 * in small batches, two in flight per worker, so that a thread never waits and a slow batch does
 * not hold the others back.
 */
export function checkOnWorkers(jobs: CheckJob[], now: Date, options: PoolOptions): Promise<PlainCheck[]> {
  const results: PlainCheck[] = new Array(jobs.length);
  if (!jobs.length) return Promise.resolve(results);
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
  const batch = Math.max(1, Math.min(64, Math.ceil(jobs.length / (count * 8))));
  const workers: Worker[] = [];
  let next = 0;
  let received = 0;
  let settled = false;

  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const send = (worker: Worker) => {
      if (next >= jobs.length) return;
      const start = next;
      next = Math.min(jobs.length, next + batch);
      // A copy the worker owns: file buffers may be slices of a larger shared pool.
      const out = jobs.slice(start, next).map((job) => ({ ...job, bytes: new Uint8Array(job.bytes) }));
      worker.postMessage({ start, jobs: out }, out.map((job) => job.bytes.buffer));
    };
    for (let i = 0; i < count; i++) {
      const worker = new Worker(options.workerFile, { workerData: { now: now.getTime() } });
      workers.push(worker);
      worker.on('message', ({ start, results: batchResults }: { start: number; results: PlainCheck[] }) => {
        for (let k = 0; k < batchResults.length; k++) results[start + k] = batchResults[k];
        received += batchResults.length;
        if (received === jobs.length) finish();
        else send(worker);
      });
      worker.on('error', (error: Error) => finish(new Error(`checking content on a worker thread (${options.workerFile}) failed: ${error.message}`, { cause: error })));
      worker.on('exit', (code) => finish(new Error(`a content-check worker stopped (exit code ${code}) before it had checked every file`)));
      send(worker);
      send(worker);
    }
  });
}
