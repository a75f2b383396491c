// Worker thread of a parallel build: loads the lexicon once (on first need), then runs the jobs it is sent.
// Messages: in { job } | { close }; out { result } | { error, index }. Started through worker-entry.js.
import { parentPort, workerData } from 'node:worker_threads';
import { JobRunner, serializeError, type ExtractJob, type JobEnvironment } from './job.ts';

const port = parentPort!;
const runner = new JobRunner(workerData as JobEnvironment);

port.on('message', (message: { job?: ExtractJob; close?: true }) => {
  if (message.close) {
    port.close();
    return;
  }
  const job = message.job!;
  try {
    port.postMessage({ result: runner.run(job) });
  } catch (error) {
    port.postMessage({ error: serializeError(error), index: job.index });
  }
});
