// The lexicon: known entities (bundled data in extract/data/lexicon/ plus user files given with --lexicon)
// and the cue words of extract/data/cues.json, validated and precompiled into one alias matcher.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType } from '../src/model.ts';
import { LexiconError } from './errors.ts';
import { AliasTrie } from './stages/mentions/trie.ts';
import { validateCues, type Cues } from './stages/mentions/cues.ts';

export interface LexiconEntry {
  /** Canonical label (English where one exists). */
  label: string;
  type: EntityType;
  /** Every surface form that names this entity, the label included. */
  aliases: string[];
  /** The file the entry came from, for diagnostics. */
  file: string;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Longest-match matcher over every alias (case-folded, separators optional). */
  matcher: AliasTrie<LexiconEntry>;
  /** Lower-cased canonical label → entry. */
  byLabel: Map<string, LexiconEntry>;
  cues: Cues;
}

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');
const BUNDLED_DIR = join(DATA_DIR, 'lexicon');

/** Loads the bundled lexicon and cues plus the user's lexicon files (later files add aliases or override types). */
export function loadLexicon(extraFiles: string[] = []): Lexicon {
  const bundled = readdirSync(BUNDLED_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(BUNDLED_DIR, name));
  const entries: LexiconEntry[] = [];
  for (const file of [...bundled, ...extraFiles]) entries.push(...parseLexiconFile(file, readText(file)));
  const cuesFile = join(DATA_DIR, 'cues.json');
  const cues = validateCues(parseJson(cuesFile, readText(cuesFile)), 'cues.json', (m) => new LexiconError(m));
  return buildLexicon(entries, cues);
}

/** Builds a lexicon from entries already in memory (used by tests and by loadLexicon). */
export function buildLexicon(entries: LexiconEntry[], cues: Cues): Lexicon {
  const byLabel = new Map<string, LexiconEntry>();
  const merged: LexiconEntry[] = [];
  for (const entry of entries) {
    const key = entry.label.toLowerCase();
    const existing = byLabel.get(key);
    if (existing) {
      // A later file (the user's) extends an entry: more aliases, its type wins.
      existing.type = entry.type;
      for (const alias of entry.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      continue;
    }
    const copy = { ...entry, aliases: [...entry.aliases] };
    byLabel.set(key, copy);
    merged.push(copy);
  }
  const matcher = new AliasTrie<LexiconEntry>();
  for (const entry of merged) for (const alias of entry.aliases) matcher.add(alias, entry);
  return { entries: merged, matcher, byLabel, cues };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'cannot read');
    throw new LexiconError(`${file}: ${why}`);
  }
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (position) {
      const offset = Number(position[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      throw new LexiconError(`${file}:${line}:${column}: invalid JSON (${message.split('\n')[0]})`);
    }
    throw new LexiconError(`${file}: invalid JSON (${message.split('\n')[0]})`);
  }
}

/**
 * Parses one lexicon file: `{ "type": T, "reason": "...", "entries": [ ["Label", "alias", ...] | {label, aliases?, type?} ] }`.
 * A file may also be a bare array of such entries when every entry names its type.
 */
export function parseLexiconFile(file: string, text: string): LexiconEntry[] {
  const data = parseJson(file, text);
  const name = basename(file);
  const fail = (what: string): never => {
    throw new LexiconError(`${file}: ${what}`);
  };
  const root = Array.isArray(data) ? { entries: data } : data;
  if (typeof root !== 'object' || root === null) return fail('expected an object with "entries" or an array of entries');
  const { type: fileType, entries } = root as { type?: unknown; entries?: unknown };
  if (fileType !== undefined && !isEntityType(fileType)) return fail(`unknown type ${JSON.stringify(fileType)} (one of ${ENTITY_TYPES.join(', ')})`);
  if (!Array.isArray(entries)) return fail('"entries" must be an array');
  return entries.map((raw, index) => {
    const where = `entry ${index}`;
    let label: unknown;
    let aliases: unknown[] = [];
    let type: unknown = fileType;
    if (Array.isArray(raw)) {
      [label, ...aliases] = raw;
    } else if (typeof raw === 'object' && raw !== null) {
      const obj = raw as Record<string, unknown>;
      label = obj.label;
      if (obj.aliases !== undefined) {
        if (!Array.isArray(obj.aliases)) return fail(`${where} (${String(label)}): "aliases" must be an array of strings`);
        aliases = obj.aliases;
      }
      if (obj.type !== undefined) type = obj.type;
    } else {
      return fail(`${where}: expected ["Label", "alias", ...] or {"label": ...}`);
    }
    if (typeof label !== 'string' || label.trim() === '') return fail(`${where}: the label must be a non-empty string`);
    if (!isEntityType(type)) {
      return fail(`${where} (${label}): ${type === undefined ? 'no type (give "type" on the entry or the file)' : `unknown type ${JSON.stringify(type)}`}`);
    }
    for (const alias of aliases) {
      if (typeof alias !== 'string' || alias.trim() === '') return fail(`${where} (${label}): every alias must be a non-empty string`);
    }
    const all = [label, ...(aliases as string[])].map((a) => a.trim());
    return { label: label.trim(), type, aliases: [...new Set(all)], file: name };
  });
}

function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}

const LATIN_FULL_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u;
const HAN_FULL_NAME = /^[\p{Script=Han}·]{3,}$/u;

const HAN_TWO = /^\p{Script=Han}{2}$/u;
const twoCharacterSets = new WeakMap<Lexicon, { surnames: Set<string>; transliteration: Set<string> }>();

/**
 * "雷军", "王石": two Han characters that read as a Chinese full name, a surname the cues know and a given name, not a
 * foreign surname spelled in transliteration characters ("库克", "辛顿", "万斯", which could be anyone of that name).
 */
function twoCharacterFullName(lexicon: Lexicon, name: string): boolean {
  if (!HAN_TWO.test(name)) return false;
  let sets = twoCharacterSets.get(lexicon);
  if (!sets) twoCharacterSets.set(lexicon, (sets = { surnames: new Set(lexicon.cues.zhSurnames.words), transliteration: new Set(lexicon.cues.transliterationChars.words) }));
  return sets.surnames.has(name[0]) && ![...name].every((c) => sets.transliteration.has(c));
}

/**
 * The canonical label of the person the lexicon knows by exactly this full name ("黄仁勋" → Jensen Huang, "Samuel
 * Altman" → Sam Altman, "雷军" → Lei Jun), or null. Only full names: two capitalised Latin words or more, three Han
 * characters or more, or two led by a Chinese surname; a first name or a transliterated surname alone ("Sam",
 * "库克") could be anyone.
 */
export function knownPerson(lexicon: Lexicon, name: string): string | null {
  if (!LATIN_FULL_NAME.test(name) && !HAN_FULL_NAME.test(name) && !twoCharacterFullName(lexicon, name)) return null;
  const hit = lexicon.matcher.lookup(name).find((v) => v.alias === name && v.value.type === 'person');
  return hit ? hit.value.label : null;
}
