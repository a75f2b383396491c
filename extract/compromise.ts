// compromise's word lists (first names, surnames, places, organizations, everyday words), read once and shared by
// speaker resolution and Latin discovery; the tagger itself is too slow for whole text. Loaded on first need: a build
// whose documents all come from the cache, or hold no Latin text, never loads them.
//
// compromise builds its lexicon when it is loaded (about a quarter of a second, in every process and build worker
// that meets Latin text). The three lists read here are kept as JSON beside the installed package
// (node_modules/.cache/turngraph/compromise-<hash of its build>.json), written the first time and read afterwards
// in a tenth of the time; another compromise build has another hash, and a file that cannot be read or written
// only means compromise is loaded as before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { writeCacheFile } from './cachefile.ts';

export type CompromiseModel = {
  one: { lexicon: Record<string, string | string[] | undefined> };
  two: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> };
};

export const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Bumped when the kept lists change shape: files of another format are read as missing. */
const WORDS_FORMAT = 1;

let model: CompromiseModel | null = null;

export function compromiseModel(): CompromiseModel {
  model ??= loadCompromiseWords(defaultWordsDir());
  return model;
}

/**
 * compromise's lists, from `dir`'s file for the installed compromise build when it holds them, else from compromise
 * itself (then written there for next time). `dir` null: always from compromise.
 */
export function loadCompromiseWords(dir: string | null): CompromiseModel {
  const require = createRequire(import.meta.url);
  const built = require.resolve('compromise');
  let file: string | null = null;
  let source = '';
  try {
    source = createHash('sha256').update(readFileSync(built)).digest('hex').slice(0, 16);
    file = dir === null ? null : join(dir, `compromise-${source}.json`);
  } catch {
    file = null;
  }
  const kept = file === null ? null : readWords(file, source);
  if (kept) return kept;
  const full = (require('compromise') as { model(): CompromiseModel }).model();
  const words: CompromiseModel = { one: { lexicon: full.one.lexicon }, two: { orgWords: full.two.orgWords, placeWords: full.two.placeWords } };
  if (file !== null) writeCacheFile(file, JSON.stringify({ format: WORDS_FORMAT, source, ...words }));
  return words;
}

/** node_modules/.cache/turngraph beside the installed compromise, or null when it is not under a node_modules. */
function defaultWordsDir(): string | null {
  try {
    const built = createRequire(import.meta.url).resolve('compromise');
    const at = built.lastIndexOf(`${sep}node_modules${sep}`);
    return at < 0 ? null : join(built.slice(0, at), 'node_modules', '.cache', 'turngraph');
  } catch {
    return null;
  }
}

function readWords(file: string, source: string): CompromiseModel | null {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; source?: unknown } & Partial<CompromiseModel>;
    if (kept.format !== WORDS_FORMAT || kept.source !== source || typeof kept.one?.lexicon !== 'object' || typeof kept.two !== 'object') return null;
    return { one: kept.one, two: kept.two };
  } catch {
    return null;
  }
}

/** Whether compromise lists the word, in any case, as a first name ("Jeremy", "grace"). */
export function knownFirstName(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((tag) => FIRST_NAME_TAGS.has(tag));
}

/** compromise's tags for one lower-case word, none when it does not list it ("ohio": Region, ProperNoun). */
export function tagsOf(word: string): string[] {
  const tag = compromiseModel().one.lexicon[word];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}
