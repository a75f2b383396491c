// Worker thread of a parallel build: loads the lexicon once (on first need), then takes jobs from the shared queue
// (queue.ts) until none is left. Out: { result } | { error, index } for each job, then {} when done. Started through
// worker-entry.js; stopped by the pool (terminate) once every thread is done.
// Started without a queue, it is an extractor made ready ahead of its jobs (pool.ts ExtractorThread): it loads the
// lexicon and rules at once, then runs each job it is sent, until terminated; it tags Chinese text with the main
// thread's tagger (taggerOverLine) until it has reason to load its own.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { loadTagger, tagElsewhere, type TagWords } from '../../extract/stages/mentions/jieba.ts';
import { JobRunner, serializeError, type ExtractJob } from './job.ts';
import type { TaggerAnswer, TaggerAsk, TaggerEnd, WorkerReply, WorkerStart } from './pool.ts';
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
  if (start.tagger) tagElsewhere(taggerOverLine(start.tagger));
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

/**
 * Tags with the main thread's tagger: sends the text, waits on the flag for the answer, reads it off the port. With
 * no answer in time (the main thread busy) or none it can give, this thread loads its own and asks no more.
 */
function taggerOverLine({ port: line, flag, patienceMs }: TaggerEnd): TagWords {
  const raised = new Int32Array(flag);
  let asked = 0;
  return (text) => {
    const id = ++asked;
    Atomics.store(raised, 0, 0);
    line.postMessage({ id, text } satisfies TaggerAsk);
    if (Atomics.wait(raised, 0, 0, patienceMs) !== 'timed-out') {
      for (let reply = receiveMessageOnPort(line); reply; reply = receiveMessageOnPort(line)) {
        const answer = reply.message as TaggerAnswer;
        if (answer.id === id && answer.words) return answer.words;
      }
    }
    tagElsewhere(null);
    return loadTagger()(text);
  };
}
