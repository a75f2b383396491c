// Extraction of many transcripts: worker threads across documents, the incremental cache, progress by bytes.
// Each worker reads its own files, so no thread ever holds more source text than the documents it is working on.
import { availableParallelism } from 'node:os';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import { documentId } from '../../extract/stages/read.ts';
import { OptionsError, TurngraphError } from '../../extract/errors.ts';
import { DEFAULT_CACHE_DIR, extractorVersion } from './cache.ts';
import type { DiscoveredInput } from './discover.ts';
import { JobRunner, type ExtractJob, type JobEnvironment, type JobResult } from './job.ts';
import { runJobs } from './pool.ts';

export interface ExtractAllOptions {
  /** Threads extracting: the main thread and workers − 1 worker threads (1: the main thread alone). */
  workers: number;
  /** Extra lexicon files (--lexicon). */
  lexiconFiles: string[];
  /** Extra relation rule files (--rules). */
  ruleFiles: string[];
  /** Cache root (.cache/turngraph), or null to extract everything afresh and write no cache. */
  cacheDir: string | null;
  /** Fewer workers for small inputs: one per this many bytes at most (starting a worker costs about a second). */
  minBytesPerWorker: number;
  /**
   * false: a transcript found in a folder that cannot be read or extracted is left out (and listed in `skipped`);
   * true (--strict): it stops the build, as a file named on the command line always does.
   */
  strict: boolean;
}

export const DEFAULT_EXTRACT_ALL_OPTIONS: ExtractAllOptions = {
  workers: availableParallelism(),
  lexiconFiles: [],
  ruleFiles: [],
  cacheDir: DEFAULT_CACHE_DIR,
  minBytesPerWorker: 2_000_000,
  strict: false,
};

export function validateExtractAllOptions(options: Partial<ExtractAllOptions>): ExtractAllOptions {
  const merged = { ...DEFAULT_EXTRACT_ALL_OPTIONS, ...options };
  if (!Number.isInteger(merged.workers) || merged.workers < 1 || merged.workers > 256) {
    throw new OptionsError('turngraph build', `--workers must be an integer from 1 to 256, got ${merged.workers}`);
  }
  return merged;
}

export interface ExtractProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  /** The document just finished. */
  path: string;
  /** How many so far came from the cache. */
  reused: number;
}

/** A transcript found in a folder that the build left out: it could not be read or extracted. */
export interface SkippedDocument {
  index: number;
  path: string;
  /** Why, in a few words: "file is empty", "binary file (contains NUL bytes), …", "extraction failed: …". */
  reason: string;
}

export interface ExtractAllResult {
  /**
   * In input order, whatever order the workers finished in, null for a skipped document; empty when an
   * onContribution consumer took them.
   */
  contributions: Array<DocumentContribution | null>;
  /** Documents left out, in input order (see ExtractAllOptions.strict). */
  skipped: SkippedDocument[];
  reused: number;
  extracted: number;
  /** Threads that extracted: the main thread and workers − 1 worker threads. */
  workers: number;
  /** The extractor version the cache entries were read and written under (a folder of the cache), if cached. */
  cacheVersion: string | null;
}

export async function extractAll(
  inputs: DiscoveredInput[],
  options: Partial<ExtractAllOptions> = {},
  onProgress: (progress: ExtractProgress) => void = () => {},
  onContribution?: (index: number, contribution: DocumentContribution, key: string | null) => void,
): Promise<ExtractAllResult> {
  const settings = validateExtractAllOptions(options);
  const env = jobEnvironment(settings);
  const bytesTotal = inputs.reduce((n, input) => n + input.bytes, 0);
  const progress: ExtractProgress = { done: 0, total: inputs.length, bytesDone: 0, bytesTotal, path: '', reused: 0 };
  const advance = (index: number, cached: boolean) => {
    progress.done++;
    progress.bytesDone += inputs[index].bytes;
    progress.path = inputs[index].path;
    if (cached) progress.reused++;
    onProgress({ ...progress });
  };
  const report = (result: JobResult) => {
    advance(result.index, result.cached);
    // Streaming: the consumer (the build's merger) takes the document as it arrives, and nothing here keeps it.
    if (onContribution && result.contribution) {
      onContribution(result.index, result.contribution, result.key);
      result.contribution = null;
    }
  };

  const jobs = planJobs(inputs, settings.strict);
  const runner = new JobRunner(env);
  // Which documents the cache holds is known from their bytes before any entry is read: the others start extracting
  // at once in worker threads, while this thread reads and merges the cached ones.
  const probes = jobs.map((job) => runner.probe(job));
  const held = jobs.filter((job) => probes[job.index]?.held);
  const misses = jobs.filter((job) => !probes[job.index]?.held);
  const results: JobResult[] = new Array(jobs.length);
  const missBytes = misses.reduce((n, job) => n + inputs[job.index].bytes, 0);
  let workers = Math.max(1, Math.min(settings.workers, misses.length, Math.floor(missBytes / Math.max(1, settings.minBytesPerWorker))));
  // A rebuild after an edit: a worker thread extracts the edited documents while this one reads the rest.
  if (held.length && misses.length && settings.workers > 1) workers = Math.max(workers, 2);
  const damaged: ExtractJob[] = []; // held, but the entry could not be used: extracted after all
  const readHeld = () => {
    for (const job of held) {
      const hit = runner.lookup(job, probes[job.index]);
      if (!hit) damaged.push(job);
      else {
        results[job.index] = hit;
        report(hit);
      }
    }
  };
  const skipped: Array<SkippedDocument & { error: Error }> = [];
  const skip = (job: ExtractJob, error: Error) => {
    skipped.push({ index: job.index, path: job.path, reason: reasonOf(job.path, error), error });
    advance(job.index, false); // done with, so the progress still ends at 100 %
  };
  for (const result of await runJobs(misses, workers, env, report, runner, skip, readHeld)) if (result) results[result.index] = result;
  for (const result of await runJobs(damaged, 1, env, report, runner, skip)) if (result) results[result.index] = result;
  // Skipped: documents no thread extracted, once each (each job goes to one thread; this guards the merge anyway).
  const left = new Map<number, SkippedDocument & { error: Error }>();
  for (const entry of skipped) if (!results[entry.index] && !left.has(entry.index)) left.set(entry.index, entry);
  const skippedInOrder = [...left.values()].sort((a, b) => a.index - b.index);
  // Nothing could be read: there is no graph to make, and the first document's error says why.
  if (skippedInOrder.length && skippedInOrder.length === jobs.length) throw skippedInOrder[0].error;
  const kept = results.filter(Boolean);
  const reused = kept.filter((r) => r.cached).length;
  return {
    contributions: onContribution ? [] : jobs.map((job) => results[job.index]?.contribution ?? null),
    skipped: skippedInOrder.map(({ index, path, reason }) => ({ index, path, reason })),
    reused,
    extracted: kept.length - reused,
    workers,
    cacheVersion: env.cache?.version ?? null,
  };
}

/**
 * A failed document's error as a reason: a reader's message without its owner and path ("file is empty"); anything
 * else is extraction failing on this text, which is a bug worth reporting.
 */
function reasonOf(path: string, error: Error): string {
  if (!(error instanceof TurngraphError)) return `extraction failed (${error.message}); please report this with the file`;
  const message = error.message.slice(error.owner.length + 2);
  return message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/** What every job of a build shares: lexicon and rule files, and the cache with its extractor version. */
export function jobEnvironment(settings: ExtractAllOptions): JobEnvironment {
  return {
    lexiconFiles: settings.lexiconFiles,
    ruleFiles: settings.ruleFiles,
    cache: settings.cacheDir === null ? null : { root: settings.cacheDir, version: extractorVersion(settings.lexiconFiles, settings.ruleFiles) },
  };
}

/**
 * One job per input, in input order. Ids are fixed up front: two files with the same name in different folders get
 * "-2", "-3". Files found in a folder may be skipped when they cannot be read, unless `strict`.
 */
export function planJobs(inputs: DiscoveredInput[], strict = DEFAULT_EXTRACT_ALL_OPTIONS.strict): ExtractJob[] {
  const used = new Set<string>();
  return inputs.map((input, index) => ({ index, path: input.path, id: uniqueId(documentId(input.path), used), bytes: input.bytes, skippable: Boolean(input.inFolder) && !strict }));
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
