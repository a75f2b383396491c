// Runs extraction jobs on N threads: the main thread and N − 1 worker threads (one isolate fewer to start and warm
// up than N workers beside an idle main thread). Workers take the largest documents first, each holding a second
// job so it never waits on the main thread; the main thread takes the smallest, so it is soon free again to pass
// results on, draw progress and refill the workers. Results are returned in job order. On a failing document,
// only documents before it (in input order) still run, and the earliest failure is thrown, as a sequential build.
import { Worker } from 'node:worker_threads';
import { deserializeError, JobRunner, type ExtractJob, type JobEnvironment, type JobResult, type SerializedError } from './job.ts';

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);
/** Jobs sent ahead to each worker: one running, one waiting, so it keeps busy while the main thread extracts. */
const WORKER_DEPTH = 2;

export async function runJobs(
  jobs: ExtractJob[],
  threads: number,
  env: JobEnvironment,
  onResult: (result: JobResult) => void,
  inline: JobRunner = new JobRunner(env),
): Promise<JobResult[]> {
  if (threads <= 1 || jobs.length <= 1) return runInline(jobs, inline, onResult);
  return runShared(jobs, Math.min(threads, jobs.length), env, onResult, inline);
}

async function runInline(jobs: ExtractJob[], runner: JobRunner, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    const result = runner.run(job);
    results.push(result);
    onResult(result);
    await yieldToEvents(); // let the progress bar's timer draw
  }
  return results;
}

/** Largest first (by bytes, else input order): the workers take from the front, the main thread from the back. */
export function dispatchOrder(jobs: ExtractJob[]): ExtractJob[] {
  return [...jobs].sort((a, b) => (b.bytes ?? 0) - (a.bytes ?? 0) || a.index - b.index);
}

async function runShared(
  jobs: ExtractJob[],
  threads: number,
  env: JobEnvironment,
  onResult: (result: JobResult) => void,
  inline: JobRunner,
): Promise<JobResult[]> {
  const queue = dispatchOrder(jobs);
  const results: JobResult[] = new Array(jobs.length);
  const position = new Map(jobs.map((job, at) => [job.index, at]));
  const failures: { index: number; error: Error }[] = [];
  const pool: { worker: Worker; inFlight: number }[] = [];
  let front = 0; // the workers' next job
  let back = queue.length; // one past the main thread's next job
  let wake: (() => void) | null = null; // the main thread waiting for the last worker jobs
  const accept = (result: JobResult) => {
    results[position.get(result.index)!] = result;
    onResult(result);
  };
  // After a failure, a job is still worth running only if it comes before it in input order (a crash: none is).
  const take = (end: 'front' | 'back'): ExtractJob | undefined => {
    const before = failures.length ? Math.min(...failures.map((failure) => failure.index)) : Infinity;
    while (front < back) {
      const job = end === 'front' ? queue[front++] : queue[--back];
      if (job.index < before) return job;
    }
    return undefined;
  };
  const feed = (slot: { worker: Worker; inFlight: number }, depth = WORKER_DEPTH) => {
    for (let job: ExtractJob | undefined; slot.inFlight < depth && (job = take('front')); ) {
      slot.inFlight++;
      slot.worker.postMessage({ job });
    }
  };
  const crashed = (error: Error) => {
    failures.push({ index: -1, error }); // a crash of the worker itself, not a document's error: stop everything
    for (const slot of pool) slot.inFlight = 0;
    wake?.();
  };

  // Each worker, still starting up, gets one job now and its second with its first result.
  let job = take('back');
  for (let i = 1; i < threads; i++) {
    const slot = { worker: new Worker(WORKER_ENTRY, { workerData: env }), inFlight: 0 };
    pool.push(slot);
    slot.worker.on('message', (message: { result?: JobResult; error?: SerializedError; index?: number }) => {
      slot.inFlight--;
      try {
        if (message.result) accept(message.result);
        else failures.push({ index: message.index!, error: deserializeError(message.error!) });
      } catch (error) {
        // The consumer of a result failed (e.g. the merge could not spool a text): stop, report that error.
        return crashed(error instanceof Error ? error : new Error(String(error)));
      }
      feed(slot);
      wake?.();
    });
    slot.worker.on('error', (error) => crashed(new Error(`build worker failed: ${error.message}`)));
    slot.worker.on('exit', (code) => {
      if (slot.inFlight > 0) crashed(new Error(`build worker stopped with exit code ${code} (out of memory?)`));
    });
    feed(slot, 1);
  }

  try {
    // The main thread takes the next job whenever it is free; between jobs it hands worker results on and refills them.
    for (; job; job = take('back')) {
      try {
        accept(inline.run(job));
      } catch (error) {
        failures.push({ index: job.index, error: error instanceof Error ? error : new Error(String(error)) });
      }
      await yieldToEvents();
    }
    while (pool.some((slot) => slot.inFlight > 0)) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    for (const slot of pool) void slot.worker.terminate();
  }
  if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0].error;
  return results;
}

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
