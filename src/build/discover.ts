// Input discovery for `turngraph build`: files stay as given, folders expand to their .md/.txt files, recursively,
// in a fixed order (byte order of the relative path), so the same folder always builds the same graph.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../extract/errors.ts';

/** File extensions a folder scan picks up (files named explicitly are passed on whatever their extension). */
export const TRANSCRIPT_EXTENSIONS = ['.md', '.markdown', '.txt'];

export interface DiscoveredInput {
  path: string;
  bytes: number;
  /** Found by scanning a folder (not named on the command line): a build may skip it when it cannot be read. */
  inFolder?: boolean;
}

/**
 * Expands the command line's paths into the transcripts to build, in order. A missing path is left for the reader
 * to report (one clear line); a folder without any transcript is an error here.
 */
export function discoverInputs(paths: string[]): DiscoveredInput[] {
  const out: DiscoveredInput[] = [];
  const seen = new Set<string>();
  const add = (input: DiscoveredInput) => {
    if (seen.has(input.path)) return;
    seen.add(input.path);
    out.push(input);
  };
  for (const path of paths) {
    const stats = statOrNull(path);
    if (!stats?.isDirectory()) {
      add({ path, bytes: stats?.size ?? 0 });
      continue;
    }
    const files = scanFolder(path);
    if (files.length === 0) throw new InputError(`${path}: is a directory with no .md, .markdown or .txt transcripts in it`);
    for (const file of files) add({ path: file.path, bytes: file.bytes, inFolder: true });
  }
  return out;
}

/** Every transcript under `root`, skipping hidden entries and node_modules, sorted by relative path. */
function scanFolder(root: string): DiscoveredInput[] {
  const found: { rel: string; path: string; bytes: number }[] = [];
  const visit = (dir: string, rel: string, depth: number) => {
    if (depth > 64) return; // a symlink loop or an absurd tree: stop descending
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(`${dir}: cannot list this folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const stats = entry.isSymbolicLink() ? statOrNull(path) : null;
      if (entry.isDirectory() || stats?.isDirectory()) visit(path, relPath, depth + 1);
      else if ((entry.isFile() || stats?.isFile()) && hasTranscriptExtension(entry.name)) {
        found.push({ rel: relPath, path, bytes: (stats ?? statOrNull(path))?.size ?? 0 });
      }
    }
  };
  visit(root, '', 0);
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return found.map(({ path, bytes }) => ({ path, bytes }));
}

function hasTranscriptExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return TRANSCRIPT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The file's stats, or null when it cannot be seen (missing, no permission): callers decide what that means. */
export function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
