// The Chinese tagger (@node-rs/jieba), loaded and built once on first use (a build from the cache, or of English
// text only, never loads it), returning tokens with their string offsets. Tokens cover the text exactly, so their
// offsets are valid spans into it. The words it lacks are taught from extract/data/tagger.json.
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

/** Words the dictionary lacks (extract/data/tagger.json), as dictionary lines: word, a frequency that makes it win, tag. */
function taughtWords(words: Array<[string, string]>): Uint8Array {
  return new TextEncoder().encode(words.map(([word, tag]) => `${word} 1000 ${tag}\n`).join(''));
}

/**
 * Function words jieba's guesser (HMM) glues onto the unknown word after them (但安卓/x, 由明势/x 资本, 有美团/x), with the tag
 * the character has alone. Not surnames a name may start with (于, 向): 于晓明/x stays whole.
 */
const GLUED_FUNCTION_WORDS = new Map<string, string>([
  ...[...'由被从对把让给在跟'].map((c): [string, string] => [c, 'p']),
  ...[...'但而和与及或'].map((c): [string, string] => [c, 'c']),
  ...[...'就也都还又才却'].map((c): [string, string] => [c, 'd']),
  ...[...'有是'].map((c): [string, string] => [c, 'v']),
]);
const HAN_ONLY = /^\p{Script=Han}+$/u;
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
  for (const { word, tag } of jieba().tag(text, true)) {
    if (word === '') continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    const unknown = tag === 'x' && word.length >= 3 && HAN_ONLY.test(word);
    const glued = unknown ? GLUED_FUNCTION_WORDS.get(word[0]) : undefined;
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

/** Whether a text holds any Han character (only then is the Chinese tagger worth running). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
