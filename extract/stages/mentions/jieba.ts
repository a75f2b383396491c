// The Chinese tagger (@node-rs/jieba), built once on first use, returning tokens with their string offsets.
// Tokens cover the text exactly, so their offsets are valid spans into it.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

export interface Token {
  word: string;
  /** jieba's part-of-speech tag: nr person, ns place, nt organization, nz other proper noun, eng Latin, x punctuation. */
  tag: string;
  start: number;
  end: number;
}

let instance: Jieba | null = null;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

/** Tags a text, with offsets. Words jieba drops or alters are skipped, never given a wrong offset. */
export function tagText(text: string): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of jieba().tag(text, true)) {
    if (word === '') continue;
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, start: at, end: at + word.length });
    cursor = at + word.length;
  }
  return tokens;
}

/** Whether a text holds any Han character (only then is the Chinese tagger worth running). */
export function hasHan(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}
