// One unit of build work: read one transcript, reuse its cached extraction or extract it, and say which.
// Runs the same in the main thread (--workers 1) and inside a worker thread (src/build/worker.ts).
import { readFileSync } from 'node:fs';
import { extractDocument, loadLexicon, loadRelationRules, readTranscript, type ExtractContext } from '../../extract/index.ts';
import type { DocumentExtraction } from '../../extract/types.ts';
import { TurngraphError } from '../../extract/errors.ts';
import { documentKey, ExtractionCache } from './cache.ts';

export interface ExtractJob {
  index: number;
  path: string;
  /** Document id, unique in the build (the reader's id from the file name, with "-2" etc. for equal names). */
  id: string;
}

export interface JobResult {
  index: number;
  extraction: DocumentExtraction;
  bytes: number;
  cached: boolean;
}

/** What a job runner holds for its whole life: the lexicon (loaded on first need) and the cache. */
export interface JobEnvironment {
  lexiconFiles: string[];
  /** Cache root and extractor version, or null for --no-cache. */
  cache: { root: string; version: string } | null;
}

export class JobRunner {
  private context: ExtractContext | null = null;
  private readonly cache: ExtractionCache | null;

  constructor(private readonly env: JobEnvironment) {
    this.cache = env.cache ? new ExtractionCache(env.cache.root, env.cache.version) : null;
  }

  run(job: ExtractJob): JobResult {
    const content = readBytes(job.path);
    const key = content && this.cache ? documentKey(content, job.path, job.id) : null;
    const hit = key ? this.cache!.get(key) : null;
    if (hit) return { index: job.index, extraction: hit, bytes: content!.length, cached: true };

    const source = readTranscript(job.path); // validates: missing, directory, empty, binary, not UTF-8
    source.id = job.id;
    this.context ??= { lexicon: loadLexicon(this.env.lexiconFiles), rules: loadRelationRules() };
    const extraction = extractDocument(source, this.context);
    if (key) this.cache!.set(key, extraction);
    return { index: job.index, extraction, bytes: content?.length ?? source.text.length, cached: false };
  }
}

function readBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null; // the reader reports it with one clear line
  }
}

/** A typed error as it crosses a thread boundary (structured clone keeps only plain fields). */
export interface SerializedError {
  owner: string | null;
  message: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof TurngraphError) return { owner: error.owner, message: error.message };
  return { owner: null, message: error instanceof Error ? error.message : String(error) };
}

/** Rebuilds a worker's error in the main thread: a TurngraphError stays one (same one-line message). */
export function deserializeError(error: SerializedError): Error {
  if (error.owner === null) return new Error(error.message);
  const prefix = `${error.owner}: `;
  return new TurngraphError(error.owner, error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message);
}
