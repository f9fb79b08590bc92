import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckJob, PlainCheck } from './check-job.ts';

/** Where the worker script lives in the project: found from the project root, never from import.meta.url, which Vite's bundling moves. */
export function checkWorkerFile(projectRoot: string): string {
  return join(projectRoot, 'src', 'checking', 'check-worker.ts');
}

/**
 * Time one file may take on a worker before it is stopped and refused. The body's shape limits
 * (markdown.ts) keep the worst inputs we could construct under 300 ms; this is the backstop for
 * shapes nobody has found yet, so a pull request can never hold CI.
 */
export const FILE_TIME_BUDGET_MS = 20_000;

export interface PoolOptions {
  /** Absolute path of check-worker.ts (see checkWorkerFile). */
  workerFile: string;
  /** Threads to start; default: one per core the process may use. */
  workers?: number;
  /** Milliseconds one file may take (default FILE_TIME_BUDGET_MS). */
  fileBudgetMs?: number;
}

/** What a worker says: it starts a file (`file`), or here are a batch's results. */
export type WorkerMessage = { file: number } | { start: number; results: PlainCheck[] };

/** The result of a file whose check was stopped: one located refusal, nothing else read. */
export function overBudget(job: CheckJob, budgetMs: number): PlainCheck {
  return {
    body: '',
    located: false,
    problems: [
      {
        file: job.file,
        line: 1,
        column: 1,
        severity: 'error',
        field: 'file',
        message: `expected a file that can be checked in ${budgetMs / 1000} s, but checking it took longer and was stopped`,
        suggestion: 'shorten the body or simplify its structure (deeply nested lists and quotes, very long paragraphs)',
      },
    ],
  };
}

/**
 * Checks files on worker threads and returns their results in the order of `jobs`. Files go out
 * in small batches, two in flight per worker, so that a thread never waits and a slow batch does
 * not hold the others back. A file that takes longer than the budget is refused: its worker is
 * stopped, the other files it held go back to the queue, and a new worker takes its place.
 */
export function checkOnWorkers(jobs: CheckJob[], now: Date, options: PoolOptions): Promise<PlainCheck[]> {
  const results: PlainCheck[] = new Array(jobs.length);
  if (!jobs.length) return Promise.resolve(results);
  const budget = options.fileBudgetMs ?? FILE_TIME_BUDGET_MS;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), jobs.length));
  const batch = Math.max(1, Math.min(64, Math.ceil(jobs.length / (count * 8))));
  // Ranges of job indices still to send, [start, end).
  const queue: [number, number][] = [];
  for (let start = 0; start < jobs.length; start += batch) queue.push([start, Math.min(jobs.length, start + batch)]);
  const done = new Uint8Array(jobs.length);
  interface Slot { worker: Worker; inFlight: Map<number, number>; current?: { index: number; since: number } }
  const slots = new Set<Slot>();
  let received = 0;
  let settled = false;

  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const at = Date.now();
      for (const slot of slots) if (slot.current && at - slot.current.since > budget) stopSlot(slot, slot.current.index);
    }, Math.max(10, Math.min(1000, budget / 4)));
    timer.unref();

    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearInterval(timer);
      for (const slot of slots) void slot.worker.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const record = (index: number, result: PlainCheck) => {
      if (done[index]) return;
      done[index] = 1;
      results[index] = result;
      received++;
    };
    const send = (slot: Slot) => {
      const range = queue.shift();
      if (!range) return;
      const [start, end] = range;
      slot.inFlight.set(start, end);
      // A copy the worker owns: file buffers may be slices of a larger shared pool.
      const out = jobs.slice(start, end).map((job) => ({ ...job, bytes: new Uint8Array(job.bytes) }));
      slot.worker.postMessage({ start, jobs: out }, out.map((job) => job.bytes.buffer));
    };
    /** The file at `index` ran over its budget: refuse it, stop its worker, requeue what that worker held. */
    function stopSlot(slot: Slot, index: number) {
      slots.delete(slot);
      slot.worker.removeAllListeners();
      void slot.worker.terminate();
      record(index, overBudget(jobs[index], budget));
      for (const [start, end] of slot.inFlight) {
        for (let i = start; i < end; i++) if (!done[i]) queue.unshift([i, i + 1]);
      }
      if (received === jobs.length) return finish();
      start();
    }
    function start() {
      const slot: Slot = { worker: new Worker(options.workerFile, { workerData: { now: now.getTime() } }), inFlight: new Map() };
      slots.add(slot);
      slot.worker.on('message', (message: WorkerMessage) => {
        if ('file' in message) {
          slot.current = { index: message.file, since: Date.now() };
          return;
        }
        slot.current = undefined;
        slot.inFlight.delete(message.start);
        message.results.forEach((result, k) => record(message.start + k, result));
        if (received === jobs.length) finish();
        else send(slot);
      });
      slot.worker.on('error', (error: Error) => finish(new Error(`checking content on a worker thread (${options.workerFile}) failed: ${error.message}`, { cause: error })));
      slot.worker.on('exit', (code) => finish(new Error(`a content-check worker stopped (exit code ${code}) before it had checked every file`)));
      send(slot);
      send(slot);
    }
    for (let i = 0; i < count; i++) start();
  });
}
