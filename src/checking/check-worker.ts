/**
 * Worker thread of check-pool.ts: checks the batches of files it is sent and answers with plain
 * data. Started from its path under the project root, so it runs as plain Node (types stripped)
 * even when the loader that starts it was bundled by Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runCheckJob, toPlain, type CheckJob } from './check-job.ts';

const now = new Date(workerData.now as number);

parentPort!.on('message', ({ start, jobs }: { start: number; jobs: CheckJob[] }) => {
  parentPort!.postMessage({ start, results: jobs.map((job) => toPlain(runCheckJob(job, now))) });
});
