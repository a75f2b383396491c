// Input discovery for `turngraph build`: files stay as given, folders expand to their transcript files, recursively,
// in a fixed order (byte order of the relative path), so the same folder always builds the same graph. A file reached
// twice (named and inside a folder named, or through a symbolic link) is built once, and a link back to a folder
// being scanned is not followed.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../../extract/errors.ts';
import { TRANSCRIPT_EXTENSIONS } from '../../extract/stages/read.ts';

export interface DiscoveredInput {
  path: string;
  bytes: number;
  /** Found by scanning a folder (not named on the command line): a build may skip it when it cannot be read. */
  inFolder?: boolean;
  /** The same transcript in other formats beside it ("talk.srt", "talk.txt" beside "talk.json"), left out. */
  alsoAs?: string[];
}

/**
 * Which of one transcript's formats a folder scan reads, best first: speech-to-text tools save the same words as
 * .json, .vtt, .srt and .txt side by side (Whisper's default), and a person's .md, .docx, .odt or .rtf is the text they kept.
 */
const FORMAT_PREFERENCE = ['.md', '.markdown', '.docx', '.odt', '.rtf', '.json', '.vtt', '.srt', '.txt', '.html', '.htm'];

/**
 * Expands the command line's paths into the transcripts to build, in order. A missing path is left for the reader
 * to report (one clear line); a folder without any transcript is an error here.
 */
export function discoverInputs(paths: string[]): DiscoveredInput[] {
  const out: DiscoveredInput[] = [];
  const seen = new Set<string>();
  const add = (input: DiscoveredInput, stats: Stats | null) => {
    const id = identity(stats);
    if (seen.has(input.path) || (id !== null && seen.has(id))) return;
    seen.add(input.path);
    if (id !== null) seen.add(id);
    out.push(input);
  };
  for (const path of paths) {
    const stats = statOrNull(path);
    if (!stats?.isDirectory()) {
      add({ path, bytes: stats?.size ?? 0 }, stats);
      continue;
    }
    const files = scanFolder(path, stats);
    if (files.length === 0) throw new InputError(`${path}: is a directory with no transcripts in it (${TRANSCRIPT_EXTENSIONS.join(', ')})`);
    for (const file of files) add({ path: file.path, bytes: file.stats.size, inFolder: true, ...(file.alsoAs.length ? { alsoAs: file.alsoAs } : {}) }, file.stats);
  }
  return out;
}

/**
 * Every transcript under `root`, skipping hidden entries and node_modules, sorted by relative path. A folder that is
 * one of its own ancestors (a symbolic link back up the tree) is not entered again, and a file found under several
 * names keeps the one reached through the fewest links (the first in order among those).
 */
function scanFolder(root: string, rootStats: Stats): { path: string; stats: Stats; alsoAs: string[] }[] {
  const found: { rel: string; path: string; stats: Stats; links: number }[] = [];
  const ancestors = new Set<string>();
  const visit = (dir: string, rel: string, dirStats: Stats, links: number, depth: number) => {
    const id = identity(dirStats);
    if (depth > 64 || (id !== null && ancestors.has(id))) return;
    if (id !== null) ancestors.add(id);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      throw new InputError(`${dir}: cannot list this folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const entry of entries) {
      // "~$talk.docx" is the lock file Word keeps beside a document it has open: a few bytes of no transcript.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const transcript = hasTranscriptExtension(entry.name);
      if (!transcript && !entry.isDirectory() && !entry.isSymbolicLink()) continue;
      const stats = statOrNull(path);
      const hops = links + (entry.isSymbolicLink() ? 1 : 0);
      if (stats?.isDirectory()) visit(path, relPath, stats, hops, depth + 1);
      else if (stats?.isFile() && transcript) found.push({ rel: relPath, path, stats, links: hops });
    }
    if (id !== null) ancestors.delete(id);
  };
  visit(root, '', rootStats, 0, 0);
  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const chosen = new Map<string, (typeof found)[number]>();
  for (const file of found) {
    const id = identity(file.stats) ?? file.path;
    const best = chosen.get(id);
    if (!best || file.links < best.links) chosen.set(id, file);
  }
  return oneFormatEach(found.filter((file) => chosen.get(identity(file.stats) ?? file.path) === file));
}

/** Of the files that differ only by their transcript extension, the preferred format, naming the others. */
function oneFormatEach<T extends { rel: string; path: string }>(files: T[]): Array<T & { alsoAs: string[] }> {
  const extensionOf = (rel: string) => FORMAT_PREFERENCE.find((ext) => rel.toLowerCase().endsWith(ext)) ?? '';
  const rank = (file: T) => FORMAT_PREFERENCE.indexOf(extensionOf(file.rel));
  const formatsOf = new Map<string, T[]>(); // by the path without its extension
  const stems = files.map((file) => file.rel.slice(0, file.rel.length - extensionOf(file.rel).length));
  files.forEach((file, i) => {
    let formats = formatsOf.get(stems[i]);
    if (!formats) formatsOf.set(stems[i], (formats = []));
    formats.push(file);
  });
  return files.flatMap((file, i) => {
    const formats = formatsOf.get(stems[i])!;
    const best = formats.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    return best === file ? [{ ...file, alsoAs: formats.filter((other) => other !== file).map((other) => other.path) }] : [];
  });
}

/** Device and inode: the same file or folder under two names has one identity (null where the system gives none). */
function identity(stats: Stats | null): string | null {
  return stats && stats.ino !== 0 ? `${stats.dev}:${stats.ino}` : null;
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
