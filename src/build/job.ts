// One unit of build work: look a transcript up in the cache (main thread), or read and extract it (in the main
// thread or a worker thread, src/build/worker.ts) and store the result in the cache.
import { readFileSync } from 'node:fs';
import { extractDocument, loadLexicon, loadRelationRules, readTranscript, type ExtractContext } from '../../extract/index.ts';
import { contribute, type DocumentContribution } from '../../extract/stages/contribution.ts';
import { TurngraphError } from '../../extract/errors.ts';
import { documentKey, ExtractionCache } from './cache.ts';

export interface ExtractJob {
  index: number;
  path: string;
  /** Document id, unique in the build (the reader's id from the file name, with "-2" etc. for equal names). */
  id: string;
  /** Size on disk, when known: larger documents are dispatched first. */
  bytes?: number;
  /** Found in a folder (and the build is not --strict): when it cannot be read or extracted, the build goes on without it. */
  skippable?: boolean;
}

export interface JobResult {
  index: number;
  /** What the document brings to the merge (compact: the cache stores it, workers send it); null once handed on. */
  contribution: DocumentContribution | null;
  bytes: number;
  cached: boolean;
  /**
   * The cache key of exactly the bytes this contribution was extracted from (and stored under), or null without a
   * cache or when the file changed while it was extracted (then nothing is stored).
   */
  key: string | null;
}

/** What the cache says of a document before its entry is read (JobRunner.probe). */
export interface CacheProbe {
  key: string;
  bytes: number;
  /** An entry exists under the key; reading it can still fail (damaged), which makes it a miss after all. */
  held: boolean;
}

/** What a job runner holds for its whole life: the lexicon (loaded on first need) and the cache. */
export interface JobEnvironment {
  lexiconFiles: string[];
  /** Extra relation rule files (--rules); absent means none. */
  ruleFiles?: string[];
  /** Cache root and extractor version, or null for --no-cache. */
  cache: { root: string; version: string } | null;
}

export class JobRunner {
  private context: ExtractContext | null = null;
  private readonly cache: ExtractionCache | null;

  constructor(private readonly env: JobEnvironment) {
    this.cache = env.cache ? new ExtractionCache(env.cache.root, env.cache.version) : null;
  }

  /**
   * The document's cache key and whether the cache has an entry under it, from its bytes alone: nothing of the entry
   * is read, so a build knows at once which documents it must extract. Null without a cache or when the file
   * cannot be read (the reader reports that when the job runs).
   */
  probe(job: ExtractJob): CacheProbe | null {
    if (!this.cache) return null;
    const content = readBytes(job.path);
    if (!content) return null;
    const key = documentKey(content, job.id);
    return { key, bytes: content.length, held: this.cache.has(key) };
  }

  /** The cached extraction of this document, if its content, path and id are unchanged (main thread). */
  lookup(job: ExtractJob, probe: CacheProbe | null = this.probe(job)): JobResult | null {
    if (!this.cache || !probe?.held) return null;
    const contribution = this.cache.get(probe.key); // null when the entry is damaged or from an older turngraph
    // The path only shows in document.source: a moved or renamed folder (same file names) still hits.
    if (contribution) contribution.document.source = job.path;
    return contribution ? { index: job.index, contribution, bytes: probe.bytes, cached: true, key: probe.key } : null;
  }

  /** The lexicon and rules, loaded on first need. */
  ready(): ExtractContext {
    this.context ??= { lexicon: loadLexicon(this.env.lexiconFiles), rules: loadRelationRules(this.env.ruleFiles ?? []) };
    return this.context;
  }

  /**
   * Reads and extracts the document (loading the lexicon on first need), and stores the result in the cache under
   * the key of the bytes read, unless the file changed while it was extracted (then the next build extracts it again).
   */
  run(job: ExtractJob): JobResult {
    const before = this.cache ? readBytes(job.path) : null;
    const source = readTranscript(job.path); // validates: missing, directory, empty, binary, not UTF-8
    source.id = job.id;
    const contribution = contribute(extractDocument(source, this.ready()));
    const after = before ? readBytes(job.path) : null;
    const key = before && after && before.equals(after) ? documentKey(after, job.id) : null;
    if (key) this.cache!.set(key, contribution);
    return { index: job.index, contribution, bytes: after?.length ?? Buffer.byteLength(source.text), cached: false, key };
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
