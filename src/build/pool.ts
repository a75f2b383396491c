// Runs extraction jobs on N worker threads (or inline for one), results delivered in completion order and
// returned in job order. On a failing document: no new jobs, the in-flight ones finish, and the error of the
// earliest failing document is thrown — the same one a sequential build reports.
import { Worker } from 'node:worker_threads';
import { deserializeError, JobRunner, type ExtractJob, type JobEnvironment, type JobResult, type SerializedError } from './job.ts';

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);

export async function runJobs(
  jobs: ExtractJob[],
  workers: number,
  env: JobEnvironment,
  onResult: (result: JobResult) => void,
  inline: JobRunner = new JobRunner(env),
): Promise<JobResult[]> {
  if (workers <= 1 || jobs.length <= 1) return runInline(jobs, inline, onResult);
  return runOnWorkers(jobs, Math.min(workers, jobs.length), env, onResult);
}

async function runInline(jobs: ExtractJob[], runner: JobRunner, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) {
    const result = runner.run(job);
    results.push(result);
    onResult(result);
    await new Promise((resolve) => setImmediate(resolve)); // let the progress bar's timer draw
  }
  return results;
}

function runOnWorkers(jobs: ExtractJob[], size: number, env: JobEnvironment, onResult: (result: JobResult) => void): Promise<JobResult[]> {
  return new Promise((resolve, reject) => {
    const results: JobResult[] = new Array(jobs.length);
    const position = new Map(jobs.map((job, at) => [job.index, at]));
    const failures: { index: number; error: Error }[] = [];
    const pool: Worker[] = [];
    let next = 0;
    let busy = 0;
    let settled = false;

    const settle = () => {
      if (settled || busy > 0 || (next < jobs.length && failures.length === 0)) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      if (failures.length) reject(failures.sort((a, b) => a.index - b.index)[0].error);
      else resolve(results);
    };
    const feed = (worker: Worker) => {
      if (failures.length === 0 && next < jobs.length) {
        busy++;
        worker.postMessage({ job: jobs[next++] });
      }
    };

    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_ENTRY, { workerData: env });
      pool.push(worker);
      worker.on('message', (message: { result?: JobResult; error?: SerializedError; index?: number }) => {
        busy--;
        if (message.result) {
          results[position.get(message.result.index)!] = message.result;
          onResult(message.result);
        } else {
          failures.push({ index: message.index!, error: deserializeError(message.error!) });
        }
        feed(worker);
        settle();
      });
      worker.on('error', (error) => {
        // a crash inside the worker itself (not a document's error): stop everything
        failures.push({ index: -1, error: new Error(`build worker failed: ${error.message}`) });
        busy = 0;
        settle();
      });
      worker.on('exit', (code) => {
        if (settled || code === 0) return;
        failures.push({ index: -1, error: new Error(`build worker stopped with exit code ${code} (out of memory?)`) });
        busy = 0;
        settle();
      });
      feed(worker);
    }
  });
}
