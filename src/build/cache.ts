// Incremental builds: a cache of per-document contributions (extract/stages/contribution.ts) under .cache/turngraph/, keyed by the document's content
// hash and id, and the extractor version (turngraph version + extract/ code and data + --lexicon files).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCacheFile } from '../../extract/cachefile.ts';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import type { LayoutMemo } from '../graph/layout.ts';
import { touch } from './prune.ts';

export const DEFAULT_CACHE_DIR = join('.cache', 'turngraph');

const EXTRACT_DIR = fileURLToPath(new URL('../../extract/', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));
const LAYOUT_SOURCES = [fileURLToPath(new URL('../graph/layout.ts', import.meta.url)), fileURLToPath(new URL('../../node_modules/graphology-layout-forceatlas2/package.json', import.meta.url))];

/**
 * A hash that changes whenever an extraction could change: the package version, every file of extract/ (stages,
 * lexicon and rule data) and the user's --lexicon files. Computed once per build, in the main thread.
 */
export function extractorVersion(lexiconFiles: string[], ruleFiles: string[] = []): string {
  const hash = createHash('sha256');
  const version = (JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string }).version;
  hash.update(`turngraph ${version}\n`);
  for (const file of listFiles(EXTRACT_DIR)) {
    hash.update(`${relative(EXTRACT_DIR, file)}\n`);
    hash.update(readFileSync(file));
  }
  const userFiles = [...lexiconFiles.map((file) => ['--lexicon', file]), ...ruleFiles.map((file) => ['--rules', file])];
  for (const [flag, file] of userFiles) {
    hash.update(`${flag} ${file}\n`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(unreadable)'); // the lexicon loader reports it
    }
  }
  return hash.digest('hex').slice(0, 20);
}

/**
 * The cache key of one document: what it says and what it is called in the graph. Not where it lies: the path
 * only fills document.source, which the job sets on a hit, so building from another folder or working directory
 * reuses the cache.
 */
export function documentKey(content: Uint8Array, id: string): string {
  return createHash('sha256').update(content).update(`\0${id}`).digest('hex');
}

/**
 * The layout memo of a build cache: ForceAtlas2 positions by the hash of their input (src/graph/layout.ts), in a
 * folder named after the layout code and ForceAtlas2's version, so an upgrade never reuses stale positions.
 */
export function layoutMemo(root: string): LayoutMemo {
  const folder = join(root, layoutFolder());
  const entry = (key: string) => join(folder, key.slice(0, 2), `${key}.json`);
  return {
    get: (key) => {
      try {
        const positions = JSON.parse(readFileSync(entry(key), 'utf8')) as unknown;
        const valid = Array.isArray(positions) && positions.every((v) => typeof v === 'number');
        if (valid) touch(entry(key)); // in use: pruning keeps the most recently used (prune.ts)
        return valid ? positions : null;
      } catch {
        return null;
      }
    },
    set: (key, positions) => writeCacheFile(entry(key), JSON.stringify(positions)),
  };
}

/** The layout memo's folder name: the hash of the layout code and ForceAtlas2's version. */
export function layoutFolder(): string {
  const hash = createHash('sha256');
  for (const file of LAYOUT_SOURCES) {
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update(`(missing ${file})`);
    }
  }
  return `layout-${hash.digest('hex').slice(0, 16)}`;
}

/** A folder of contributions for one extractor version; a missing or unreadable entry is simply a miss. */
export class ExtractionCache {
  readonly folder: string;

  constructor(root: string, version: string) {
    this.folder = join(root, version);
  }

  get(key: string): DocumentContribution | null {
    try {
      const entry = JSON.parse(readFileSync(this.entry(key), 'utf8')) as Partial<DocumentContribution> | null;
      const complete = entry && typeof entry.document === 'object' && ['turns', 'diagnostics', 'entities', 'speakers', 'relations'].every((field) => Array.isArray(entry[field as keyof DocumentContribution]));
      if (complete) touch(this.entry(key)); // in use: pruning removes only entries unused for long (prune.ts)
      return complete ? (entry as DocumentContribution) : null; // written by an older turngraph, or damaged
    } catch {
      return null;
    }
  }

  /** Whether an entry exists under the key (it may still be damaged: get() then misses). */
  has(key: string): boolean {
    return existsSync(this.entry(key));
  }

  set(key: string, contribution: DocumentContribution): void {
    writeCacheFile(this.entry(key), JSON.stringify(contribution));
  }

  private entry(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }
}

/** Every file under `dir`, recursively, in name order. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
