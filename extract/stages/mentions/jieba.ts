// The Chinese tagger (@node-rs/jieba), loaded and built once on first use (a build from the cache, or of English
// text only, never loads it), returning tokens with their string offsets. Tokens cover the text exactly, so their
// offsets are valid spans into it. The words it lacks are taught from extract/data/tagger.json. A thread may be
// given another thread's tagger to use until it loads its own (tagElsewhere: src/build/pool.ts ExtractorThread).
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import taught from '../../data/tagger.json' with { type: 'json' };

export interface Token {
  word: string;
  /** jieba's part-of-speech tag: nr person, ns place, nt organization, nz other proper noun, eng Latin, x punctuation. */
  tag: string;
  start: number;
  end: number;
}

let instance: Jieba | null = null;

function jieba(): Jieba {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const { Jieba: Tagger } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict') as typeof import('@node-rs/jieba/dict');
    instance = Tagger.withDict(dict);
    instance.loadDict(taughtWords(taught.words as Array<[string, string]>));
  }
  return instance;
}

/** jieba's words and tags for a text, as tag(text, true) gives them. */
export type TagWords = (text: string) => Array<{ word: string; tag: string }>;

let elsewhere: TagWords | null = null;

/**
 * Tags with `tagger` (the same tagger, loaded in another thread) while this thread has none of its own; null: this
 * thread's own, loaded on first need. Loading takes about a quarter of a second, which a thread extracting one
 * edited transcript then does not spend.
 */
export function tagElsewhere(tagger: TagWords | null): void {
  elsewhere = tagger;
}

/** This thread's tagger, loaded now if it is not yet. */
export function loadTagger(): TagWords {
  const tagger = jieba();
  return (text) => tagger.tag(text, true);
}

/** Words the dictionary lacks (extract/data/tagger.json), as dictionary lines: word, a frequency that makes it win, tag. */
function taughtWords(words: Array<[string, string]>): Uint8Array {
  return new TextEncoder().encode(words.map(([word, tag]) => `${word} 1000 ${tag}\n`).join(''));
}

/**
 * Function words jieba's guesser (HMM) glues onto the unknown word after them (但安卓/x, 由明势/x 资本, 有美团/x, 收购了丽笙/x, 做抖音/x), with the tag
 * the character has alone. Not surnames a name may start with (于, 向): 于晓明/x stays whole.
 */
const GLUED_FUNCTION_WORDS = new Map<string, string>([
  ...[...'由被从对把让给在跟'].map((c): [string, string] => [c, 'p']),
  ...[...'但而和与及或'].map((c): [string, string] => [c, 'c']),
  ...[...'就也都还又才却'].map((c): [string, string] => [c, 'd']),
  ...[...'有是做'].map((c): [string, string] => [c, 'v']),
  ['了', 'ul'],
]);
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Levels of a government body (市国资委, 省教育厅) the guesser glues a function word onto (由市/x). */
const LEVEL_CHARS = new Set([...'市省县区']);
/** Verbs of motion glued onto a level as well (邀请到市/x 水务局). */
const LEVEL_GLUE = new Map<string, string>([...'到去来'].map((c): [string, string] => [c, 'v']));
/** Conjunctions jieba's guesser glues between two unknown names (云栖和峰瑞/x). */
const INNER_CONJUNCTIONS = new Set([...'和与及']);

/** Where a conjunction splits an unknown word into two parts of two or more characters each, or -1. */
function innerConjunction(word: string): number {
  for (let i = 2; i <= word.length - 3; i++) if (INNER_CONJUNCTIONS.has(word[i])) return i;
  return -1;
}

/** Tags a text, with offsets. Words jieba drops or alters are skipped, never given a wrong offset. */
export function tagText(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of instance === null && elsewhere ? elsewhere(text) : jieba().tag(text, true)) {
    if (word === '') continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    const unknown = tag === 'x' && word.length >= 3 && HAN_ONLY.test(word);
    // 由市/x 国资委, 在省/x 教育厅: two characters, a function word glued onto the level of the body after it.
    const level = tag === 'x' && word.length === 2 && LEVEL_CHARS.has(word[1]);
    const glued = unknown ? GLUED_FUNCTION_WORDS.get(word[0]) : level ? (GLUED_FUNCTION_WORDS.get(word[0]) ?? LEVEL_GLUE.get(word[0])) : undefined;
    const joined = unknown && !glued ? innerConjunction(word) : -1;
    if (glued) {
      tokens.push({ word: word[0], tag: glued, start: at, end: at + 1 });
      tokens.push({ word: word.slice(1), tag, start: at + 1, end: at + word.length });
    } else if (joined > 0) {
      // 云栖和峰瑞/x: two unknown names and the conjunction between them.
      tokens.push({ word: word.slice(0, joined), tag, start: at, end: at + joined });
      tokens.push({ word: word[joined], tag: 'c', start: at + joined, end: at + joined + 1 });
      tokens.push({ word: word.slice(joined + 1), tag, start: at + joined + 1, end: at + word.length });
    } else {
      tokens.push({ word, tag, start: at, end: at + word.length });
    }
    cursor = at + word.length;
  }
  return tokens;
}

/** A text's tokens packed into typed arrays (9 bytes a token, not an object each): what a later pass reads back. */
export interface PackedTokens {
  starts: Uint32Array;
  ends: Uint32Array;
  tags: Uint8Array;
}

const TAG_IDS = new Map<string, number>();
const TAG_NAMES: string[] = [];
function tagId(tag: string): number {
  let id = TAG_IDS.get(tag);
  if (id === undefined) {
    if (TAG_NAMES.length >= 255) throw new Error(`jieba: more than 255 tags (${tag})`);
    id = TAG_NAMES.push(tag) - 1;
    TAG_IDS.set(tag, id);
  }
  return id;
}

export function packTokens(tokens: Token[]): PackedTokens {
  const packed = { starts: new Uint32Array(tokens.length), ends: new Uint32Array(tokens.length), tags: new Uint8Array(tokens.length) };
  tokens.forEach((t, i) => {
    packed.starts[i] = t.start;
    packed.ends[i] = t.end;
    packed.tags[i] = tagId(t.tag);
  });
  return packed;
}

/** The tokens again, from the text they were cut from (a token's word is always text.slice(start, end)). */
export function unpackTokens(text: string, packed: PackedTokens): Token[] {
  const tokens: Token[] = new Array(packed.starts.length);
  for (let i = 0; i < tokens.length; i++) {
    const start = packed.starts[i];
    const end = packed.ends[i];
    tokens[i] = { word: text.slice(start, end), tag: TAG_NAMES[packed.tags[i]], start, end };
  }
  return tokens;
}

/**
 * tagText remembered per text in `memory`, packed: findMentions reads a turn again once it knows the document's
 * companies and their short forms, and tagging is the costliest step of a pass (about a third of it).
 */
export function tagTextRemembered(text: string, memory: Map<string, PackedTokens>): Token[] {
  const known = memory.get(text);
  if (known) return unpackTokens(text, known);
  const tokens = tagText(text);
  memory.set(text, packTokens(tokens));
  return tokens;
}

/** Whether a text holds any Han character (only then is the Chinese tagger worth running). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
