// Runs extraction jobs on N threads: the main thread and N − 1 worker threads (one isolate fewer to start and warm
// up than N workers beside an idle main thread). The jobs wait in shared memory (queue.ts): workers take the largest
// documents first, each when it is ready for the next, so none waits on the main thread; the main thread takes the
// smallest, so it is soon free again to pass results on and draw progress. Results are returned in job order. A
// skippable document (job.skippable) that fails goes to onSkip and the rest run on; on any other failing document,
// only documents before it (in input order) still run, and the earliest failure is thrown, as a sequential build.
import { readFileSync } from 'node:fs';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { hasHan, loadTagger, type TagWords } from '../../extract/stages/mentions/jieba.ts';
import { deserializeError, JobRunner, type ExtractJob, type JobEnvironment, type JobResult, type SerializedError } from './job.ts';
import { SharedJobQueue, type SharedQueueData } from './queue.ts';

const WORKER_ENTRY = new URL('./worker-entry.js', import.meta.url);

/** What a build worker starts with (its workerData): the shared queue, or none for an ExtractorThread. */
export interface WorkerStart {
  queue?: SharedQueueData;
  env: JobEnvironment;
  /** An ExtractorThread's line to the main thread's Chinese tagger. */
  tagger?: TaggerEnd;
}

/**
 * The worker's end of a tagger line: a port to send texts on and read their words from, a flag the main thread
 * raises after each answer (the worker waits on it: tagging is synchronous), and how long it waits for an answer
 * before it loads a tagger of its own.
 */
export interface TaggerEnd {
  port: MessagePort;
  flag: SharedArrayBuffer;
  patienceMs: number;
}

/** A text sent on a tagger line, and its answer (words null: the main thread has no tagger to give). */
export interface TaggerAsk {
  id: number;
  text: string;
}
export interface TaggerAnswer {
  id: number;
  words: ReturnType<TagWords> | null;
}

/** How long an extractor thread waits for the main thread's tagger; it answers at once unless it is loading it. */
const TAGGER_PATIENCE_MS = 5000;

/** What a build worker sends: a result, a document's error, or (neither) that the queue has nothing more for it. */
export interface WorkerReply {
  result?: JobResult;
  error?: SerializedError;
  index?: number;
}

/** Called with a skippable job that failed, and its error; the build goes on without it. */
export type SkipHandler = (job: ExtractJob, error: Error) => void;

/** What a failing job means: skipped (the build goes on), or the build's error. */
function failureOf(job: ExtractJob, error: Error, onSkip: SkipHandler): 'skipped' | 'failed' {
  if (!job.skippable) return 'failed';
  onSkip(job, error);
  return 'skipped';
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export async function runJobs(
  jobs: ExtractJob[],
  threads: number,
  env: JobEnvironment,
  onResult: (result: JobResult) => void,
  inline: JobRunner = new JobRunner(env),
  onSkip: SkipHandler = () => {},
  first?: () => void,
): Promise<Array<JobResult | undefined>> {
  // With work of its own to do first, the main thread leaves even a single job to a worker thread.
  const useful = jobs.length + (first ? 1 : 0);
  if (threads <= 1 || useful <= 1) return runInline(jobs, inline, onResult, onSkip, first);
  return runShared(jobs, Math.min(threads, useful), env, onResult, inline, onSkip, first);
}

async function runInline(jobs: ExtractJob[], runner: JobRunner, onResult: (result: JobResult) => void, onSkip: SkipHandler, first?: () => void): Promise<Array<JobResult | undefined>> {
  first?.();
  const results: Array<JobResult | undefined> = [];
  for (const job of jobs) {
    let result: JobResult | undefined;
    try {
      result = runner.run(job);
    } catch (error) {
      if (failureOf(job, asError(error), onSkip) === 'failed') throw error;
    }
    results.push(result);
    if (result) onResult(result);
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
  onSkip: SkipHandler,
  first?: () => void,
): Promise<Array<JobResult | undefined>> {
  const queue = SharedJobQueue.of(dispatchOrder(jobs));
  const results: Array<JobResult | undefined> = new Array(jobs.length);
  const byIndex = new Map(jobs.map((job) => [job.index, job]));
  const position = new Map(jobs.map((job, at) => [job.index, at]));
  const failures: { index: number; error: Error }[] = [];
  const running = new Set<Worker>(); // workers that have not said they are done
  let wake: (() => void) | null = null; // the main thread waiting for the workers' last jobs
  const accept = (result: JobResult) => {
    results[position.get(result.index)!] = result;
    onResult(result);
  };
  const failed = (index: number, error: Error) => {
    const job = byIndex.get(index);
    if (job && failureOf(job, error, onSkip) === 'skipped') return;
    failures.push({ index, error });
    queue.fail(index);
  };
  const finished = (worker: Worker) => {
    running.delete(worker);
    wake?.();
  };
  const crashed = (worker: Worker, error: Error) => {
    failed(-1, error); // a crash of the worker itself, not a document's error: stop everything
    finished(worker);
  };

  const message = { queue: queue.shared, env } satisfies WorkerStart;
  for (let i = 1; i < threads; i++) {
    const onReply = (reply: WorkerReply) => {
      if (!running.has(worker)) return; // after a crash was reported
      try {
        if (reply.result) accept(reply.result);
        else if (reply.error) failed(reply.index!, deserializeError(reply.error));
        else finished(worker);
      } catch (error) {
        // The consumer of a result failed (e.g. the merge could not spool a text): stop, report that error.
        crashed(worker, asError(error));
      }
    };
    // A worker that said it is done is stopped at the end: its exit is no crash.
    const worker: Worker = startWorker(message, onReply, (error) => running.has(worker) && crashed(worker, error));
    running.add(worker);
  }

  try {
    first?.(); // e.g. reading cached documents, while the workers start on the jobs
    // The main thread takes the next job whenever it is free; between jobs it hands worker results on.
    for (let job = queue.take('back'); job; job = queue.take('back')) {
      try {
        accept(inline.run(job));
      } catch (error) {
        failed(job.index, asError(error));
      }
      await yieldToEvents();
    }
    while (running.size) await new Promise<void>((resolve) => (wake = resolve));
  } finally {
    queue.stop();
    for (const worker of running) void worker.terminate();
  }
  if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0].error;
  return results;
}

/**
 * A build worker thread (worker.ts) started with `start`: its replies go to onReply; an error it throws, or its end
 * (terminated, out of memory), to onCrash as one line.
 */
function startWorker(start: WorkerStart, onReply: (reply: WorkerReply) => void, onCrash: (error: Error) => void): Worker {
  const worker = new Worker(WORKER_ENTRY, { workerData: start, transferList: start.tagger ? [start.tagger.port] : [] });
  worker.on('message', onReply);
  worker.on('error', (error) => onCrash(new Error(`build worker failed: ${error.message}`)));
  worker.on('exit', (code) => onCrash(new Error(`build worker stopped with exit code ${code} (out of memory?)`)));
  return worker;
}

function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How an ExtractorThread gets its Chinese tagger (both have defaults; tests change them). */
export interface ExtractorThreadOptions {
  /** How long the thread waits for the main thread to tag a text before it loads a tagger of its own. */
  patienceMs?: number;
  /** The main thread's tagger (a test gives one that fails, to see the thread load its own). */
  loadMainTagger?: () => TagWords;
}

/**
 * An extractor on a thread of its own, started before its jobs are known: it loads the lexicon and relation rules
 * while the main thread finds what changed (src/build/file.ts: a patch of the last build reads and hashes every
 * transcript and the last build's record first). Jobs run one at a time, in the order sent. close() stops it.
 * The main thread is idle while the thread extracts: it loads the Chinese tagger meanwhile (when a job has Chinese
 * text) and tags for the thread, which then never loads its own (a quarter of a second of a one-shot rebuild).
 */
export class ExtractorThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (result: JobResult) => void; reject: (error: Error) => void }>();
  private failure: Error | null = null;
  private readonly line = new MessageChannel();
  private readonly raised = new Int32Array(new SharedArrayBuffer(4));
  private tagger: TagWords | null = null;
  private taggerFailed = false;
  /** Texts this thread tagged for the extractor thread. */
  tagged = 0;

  private readonly loadMainTagger: () => TagWords;

  constructor(env: JobEnvironment, options: ExtractorThreadOptions = {}) {
    const { patienceMs = TAGGER_PATIENCE_MS, loadMainTagger = loadTagger } = options;
    this.loadMainTagger = loadMainTagger;
    const onReply = (reply: WorkerReply) => {
      const index = reply.result?.index ?? reply.index!;
      const waiting = this.waiting.get(index);
      this.waiting.delete(index);
      if (reply.result) waiting?.resolve(reply.result);
      else if (reply.error) waiting?.reject(deserializeError(reply.error));
    };
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    this.line.port1.on('message', ({ id, text }: TaggerAsk) => {
      const tagger = this.loadTagger();
      this.line.port1.postMessage({ id, words: tagger && tagger(text) } satisfies TaggerAnswer);
      if (tagger) this.tagged++;
      Atomics.store(this.raised, 0, 1);
      Atomics.notify(this.raised, 0);
    });
    this.line.port1.unref();
    const tagger: TaggerEnd = { port: this.line.port2, flag: this.raised.buffer as SharedArrayBuffer, patienceMs };
    this.worker = startWorker({ env, tagger }, onReply, fail);
  }

  /** The main thread's tagger, loaded on first need; null when it cannot be (the thread then loads its own, and fails as an inline run would). */
  private loadTagger(): TagWords | null {
    if (!this.tagger && !this.taggerFailed) {
      try {
        this.tagger = this.loadMainTagger();
      } catch {
        this.taggerFailed = true;
      }
    }
    return this.tagger;
  }

  /** The job's result, as JobRunner.run gives it; rejects with the document's error, or the thread's. */
  run(job: ExtractJob): Promise<JobResult> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.set(job.index, { resolve, reject });
      this.worker.postMessage(job);
      // Chinese text: the tagger is loaded here while the thread reads the lexicon and rules.
      if (!this.tagger && hanIn(job.path)) setImmediate(() => this.loadTagger());
    });
  }

  close(): void {
    this.failure ??= new Error('build worker closed');
    void this.worker.terminate();
    this.line.port1.close();
  }
}

function hanIn(path: string): boolean {
  try {
    return hasHan(readFileSync(path, 'utf8'));
  } catch {
    return false; // the job says why
  }
}
