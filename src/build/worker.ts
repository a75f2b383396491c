// Worker thread of a parallel build: loads the lexicon once (on first need), then takes jobs from the shared queue
// (queue.ts) until none is left. Out: { result } | { error, index } for each job, then {} when done. Started through
// worker-entry.js; stopped by the pool (terminate) once every thread is done.
import { parentPort, workerData } from 'node:worker_threads';
import { JobRunner, serializeError } from './job.ts';
import type { WorkerReply, WorkerStart } from './pool.ts';
import { SharedJobQueue } from './queue.ts';

const port = parentPort!;
const { queue: data, env } = workerData as WorkerStart;
const runner = new JobRunner(env);
const queue = new SharedJobQueue(data);
const reply = (message: WorkerReply) => port.postMessage(message);

for (let job = queue.take('front'); job; job = queue.take('front')) {
  try {
    reply({ result: runner.run(job) });
  } catch (error) {
    if (!job.skippable) queue.fail(job.index); // the build stops: jobs after this one are not taken
    reply({ error: serializeError(error), index: job.index });
  }
}
reply({});
