// "Up to date": after a cached build, a stamp beside the cache records what the graph file was made from, so that
// `turngraph build` run again with nothing changed writes nothing (as make or tsc --incremental would). The stamp
// holds a hash of everything the file's bytes depend on — the extractor version (cache.ts: the package version,
// extract/, the user's --lexicon and --rules files), the rest of the code (src/, the lock file), the graph name,
// and each input's path and content
// (contents, not times: a file saved unchanged is still unchanged) — and the written file's size and time, so a
// graph file edited, replaced or removed since is built again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractorVersion, listFiles } from './cache.ts';
import { writeCacheFile } from '../../extract/cachefile.ts';
import { statOrNull, type DiscoveredInput } from './discover.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC_DIR = join(ROOT, 'src');
const LOCK_FILE = join(ROOT, 'package-lock.json');

export interface StampSettings {
  name: string;
  lexiconFiles: string[];
  ruleFiles: string[];
}

interface Stamp {
  key: string;
  size: number;
  mtimeMs: number;
}

/**
 * The hash of what a build of these documents into a graph file is made from: the setup (setupKey's) and each
 * document's path and cache key (its content and id, cache.ts documentKey), in input order.
 */
export function buildKey(documents: Array<{ path: string }>, keys: string[], setup: string): string {
  const hash = createHash('sha256').update(setup);
  documents.forEach((document, i) => hash.update(`\0${document.path}\0${keys[i]}`));
  return hash.digest('hex');
}

/**
 * The hash of what a graph file's bytes depend on besides its inputs: the extractor version (with the --lexicon and
 * --rules files), the rest of the code and the locked dependencies, and the graph name.
 */
export function setupKey(settings: StampSettings): string {
  return createHash('sha256').update(extractorVersion(settings.lexiconFiles, settings.ruleFiles)).update(codeVersion()).update(JSON.stringify({ name: settings.name })).digest('hex');
}

/** True when `out` is the file a build with this key wrote, unchanged since. */
export function upToDate(cacheDir: string, out: string, key: string): boolean {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(cacheDir, out), 'utf8')) as Stamp;
  } catch {
    return false;
  }
  const written = statOrNull(out);
  return stamp.key === key && written !== null && written.isFile() && written.size === stamp.size && written.mtimeMs === stamp.mtimeMs;
}

/** Records that `out` was just written from a build with this key. Best effort: the stamp only saves time. */
export function recordBuild(cacheDir: string, out: string, key: string): void {
  const written = statOrNull(out);
  if (!written) return;
  // A read-only cache: the next build is a full one, as without a stamp.
  writeCacheFile(buildFilePath(cacheDir, out, '.json'), JSON.stringify({ key, size: written.size, mtimeMs: written.mtimeMs } satisfies Stamp));
}

/** One stamp per graph file (by absolute path). */
function stampPath(cacheDir: string, out: string): string {
  return buildFilePath(cacheDir, out, '.json');
}

/** A file the cache keeps about one graph file (by its absolute path): its stamp, its patch record (patch.ts). */
export function buildFilePath(cacheDir: string, out: string, suffix: string): string {
  return join(cacheDir, 'builds', `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32)}${suffix}`);
}

let code: string | null = null;

/** A hash of the code outside extract/ and of the locked dependencies; computed once a process. */
function codeVersion(): string {
  if (code) return code;
  const hash = createHash('sha256');
  for (const file of [...listFiles(SRC_DIR), ...(existsSync(LOCK_FILE) ? [LOCK_FILE] : [])]) {
    hash.update(`\0${relative(ROOT, file)}\0`).update(readFileSync(file));
  }
  return (code = hash.digest('hex'));
}
