// Worker thread of a parallel build: loads the lexicon once (on first need), then takes jobs from the shared queue
// (queue.ts) until none is left. Out: { result } | { error, index } for each job, then {} when done. Started through
// worker-entry.js; stopped by the pool (terminate) once every thread is done.
// Started without a queue, it is an extractor made ready ahead of its jobs (pool.ts ExtractorThread): it loads the
// lexicon and rules at once, then runs each job it is sent, until terminated.
import { parentPort, workerData } from 'node:worker_threads';
import { JobRunner, serializeError, type ExtractJob } from './job.ts';
import type { WorkerReply, WorkerStart } from './pool.ts';
import { SharedJobQueue } from './queue.ts';

const port = parentPort!;
const start = workerData as WorkerStart;
const runner = new JobRunner(start.env);
const reply = (message: WorkerReply) => port.postMessage(message);

if (start.queue) {
  const queue = new SharedJobQueue(start.queue);
  for (let job = queue.take('front'); job; job = queue.take('front')) {
    try {
      reply({ result: runner.run(job) });
    } catch (error) {
      if (!job.skippable) queue.fail(job.index); // the build stops: jobs after this one are not taken
      reply({ error: serializeError(error), index: job.index });
    }
  }
  reply({});
} else {
  port.on('message', (job: ExtractJob) => {
    try {
      reply({ result: runner.run(job) });
    } catch (error) {
      reply({ error: serializeError(error), index: job.index });
    }
  });
  try {
    runner.ready();
  } catch {
    // A lexicon or rule file that cannot be read: the job sent says so, as an inline run would.
  }
}
