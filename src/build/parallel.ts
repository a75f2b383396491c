// Extraction of many transcripts: worker threads across documents, the incremental cache, progress by bytes.
// Each worker reads its own files, so no thread ever holds more source text than the documents it is working on.
import { availableParallelism } from 'node:os';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import { documentId } from '../../extract/stages/read.ts';
import { OptionsError } from '../../extract/errors.ts';
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
}

export const DEFAULT_EXTRACT_ALL_OPTIONS: ExtractAllOptions = {
  workers: availableParallelism(),
  lexiconFiles: [],
  ruleFiles: [],
  cacheDir: DEFAULT_CACHE_DIR,
  minBytesPerWorker: 2_000_000,
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

export interface ExtractAllResult {
  /** In input order, whatever order the workers finished in; empty when an onContribution consumer took them. */
  contributions: DocumentContribution[];
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
  onContribution?: (index: number, contribution: DocumentContribution) => void,
): Promise<ExtractAllResult> {
  const settings = validateExtractAllOptions(options);
  const env = jobEnvironment(settings);
  const bytesTotal = inputs.reduce((n, input) => n + input.bytes, 0);
  const progress: ExtractProgress = { done: 0, total: inputs.length, bytesDone: 0, bytesTotal, path: '', reused: 0 };
  const report = (result: JobResult) => {
    progress.done++;
    progress.bytesDone += inputs[result.index].bytes;
    progress.path = inputs[result.index].path;
    if (result.cached) progress.reused++;
    onProgress({ ...progress });
    // Streaming: the consumer (the build's merger) takes the document as it arrives, and nothing here keeps it.
    if (onContribution && result.contribution) {
      onContribution(result.index, result.contribution);
      result.contribution = null;
    }
  };

  const jobs = planJobs(inputs);
  // Cache lookups happen here, one file at a time; only the documents that changed go to the workers.
  const runner = new JobRunner(env);
  const results: JobResult[] = new Array(jobs.length);
  const misses: ExtractJob[] = [];
  for (const job of jobs) {
    const hit = runner.lookup(job);
    if (hit) {
      results[job.index] = hit;
      report(hit);
    } else misses.push(job);
  }
  const missBytes = misses.reduce((n, job) => n + inputs[job.index].bytes, 0);
  const workers = Math.max(1, Math.min(settings.workers, misses.length, Math.floor(missBytes / Math.max(1, settings.minBytesPerWorker))));
  for (const result of await runJobs(misses, workers, env, report, runner)) results[result.index] = result;
  const reused = results.filter((r) => r.cached).length;
  return { contributions: onContribution ? [] : results.map((r) => r.contribution!), reused, extracted: results.length - reused, workers, cacheVersion: env.cache?.version ?? null };
}

/** What every job of a build shares: lexicon and rule files, and the cache with its extractor version. */
export function jobEnvironment(settings: ExtractAllOptions): JobEnvironment {
  return {
    lexiconFiles: settings.lexiconFiles,
    ruleFiles: settings.ruleFiles,
    cache: settings.cacheDir === null ? null : { root: settings.cacheDir, version: extractorVersion(settings.lexiconFiles, settings.ruleFiles) },
  };
}

/** One job per input, in input order. Ids are fixed up front: two files with the same name in different folders get "-2", "-3". */
export function planJobs(inputs: DiscoveredInput[]): ExtractJob[] {
  const used = new Set<string>();
  return inputs.map((input, index) => ({ index, path: input.path, id: uniqueId(documentId(input.path), used), bytes: input.bytes }));
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
