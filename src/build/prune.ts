// Keeps the build cache (.cache/turngraph/, src/build/cache.ts) from growing without end: after each build, older
// extractor versions, contributions of transcripts edited or gone long ago, and stale layout memos are removed.
// Only names the cache itself writes are touched: anything else a user puts in the folder stays.
import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';

export interface PruneOptions {
  /** Extractor versions kept besides the current one, the most recently used first (two --lexicon sets in turn
   * stay warm). */
  otherVersions: number;
  /** Contributions of the current version unused for this many days are removed, but only once it holds more
   * entries than the build has documents by this fraction (listing is cheap, stat-ing thousands is not). */
  maxAgeDays: number;
  slack: number;
  /** Layout memo entries kept, the most recently used. */
  layouts: number;
}

export const DEFAULT_PRUNE_OPTIONS: PruneOptions = { otherVersions: 2, maxAgeDays: 14, slack: 0.25, layouts: 8 };

export interface PruneResult {
  /** Entry files removed (contributions, layouts, stale temporary files) and whole folders (versions). */
  entries: number;
  folders: number;
}

export interface CacheInUse {
  /** Folder names of the current extractor version and layout memo, under the cache root. */
  version: string;
  layout: string;
  /** Documents in this build. */
  documents: number;
}

const VERSION = /^[0-9a-f]{20}$/;
const LAYOUT = /^layout-[0-9a-f]{16}$/;
const ENTRY = /^[0-9a-f]{64}\.json$/;
const SHARD = /^[0-9a-f]{2}$/;
const TEMPORARY = /\.tmp$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old belongs to no running build (they live for one write). */
const TEMPORARY_AGE_MS = 60 * 60 * 1000;

/** Best effort: a file that cannot be listed or removed is left, never an error (the cache only saves time). */
export function pruneCache(root: string, inUse: CacheInUse, options: Partial<PruneOptions> = {}, now = Date.now()): PruneResult {
  const settings = { ...DEFAULT_PRUNE_OPTIONS, ...options };
  const result: PruneResult = { entries: 0, folders: 0 };
  touch(join(root, inUse.version), now); // its age, once another version is current, is its last use
  const folders = list(root);
  const byAge = (names: string[]) => names.map((name) => ({ name, mtime: mtimeOf(join(root, name)) })).sort((a, b) => b.mtime - a.mtime);
  const others = byAge(folders.filter((name) => VERSION.test(name) && name !== inUse.version));
  const oldLayouts = folders.filter((name) => LAYOUT.test(name) && name !== inUse.layout);
  for (const { name } of others.slice(settings.otherVersions)) remove(join(root, name), result, 'folders');
  for (const name of oldLayouts) remove(join(root, name), result, 'folders');

  const current = entries(join(root, inUse.version), now, result);
  if (current.length > inUse.documents * (1 + settings.slack)) {
    const oldest = now - settings.maxAgeDays * DAY_MS;
    for (const path of current) if (mtimeOf(path) < oldest) remove(path, result, 'entries');
  }
  const layouts = entries(join(root, inUse.layout), now, result)
    .map((path) => ({ path, mtime: mtimeOf(path) }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of layouts.slice(settings.layouts)) remove(path, result, 'entries');
  return result;
}

/** Entry files of a cache folder (shards of two hex digits); stale temporary files are removed on the way. */
function entries(folder: string, now: number, result: PruneResult): string[] {
  const out: string[] = [];
  for (const shard of list(folder).filter((name) => SHARD.test(name))) {
    for (const name of list(join(folder, shard))) {
      const path = join(folder, shard, name);
      if (ENTRY.test(name)) out.push(path);
      else if (TEMPORARY.test(name) && mtimeOf(path) < now - TEMPORARY_AGE_MS) remove(path, result, 'entries');
    }
  }
  return out;
}

/** Marks a cache file or folder as used now (its modification time is its last use). Best effort. */
export function touch(path: string, now = Date.now()): void {
  try {
    utimesSync(path, now / 1000, now / 1000);
  } catch {
    // read-only cache: pruning may then remove it a little early, which costs one re-extraction
  }
}

function list(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Modification time; an entry is touched when a build reads it (cache.ts), so this is its last use. */
function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity; // gone meanwhile: nothing to remove
  }
}

function remove(path: string, result: PruneResult, kind: keyof PruneResult): void {
  try {
    rmSync(path, { recursive: true, force: true });
    result[kind]++;
  } catch {
    // left for the next build
  }
}
