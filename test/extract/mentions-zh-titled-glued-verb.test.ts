// Tests for extract/stages/mentions/zh.ts discoverTitledNames: a three-character name after a title whose last
// character the tagger glued to the verb or adverb after it (黄循/x 财将/x) keeps its three characters.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const persons = (answer: string) =>
  extractText(`主持人：有什么消息？\n\n嘉宾：${answer}`, 'glued.zh')
    .entities.filter((e) => e.type === 'person' && !e.label.includes('('))
    .map((e) => e.label);

describe('a titled name whose last character is glued to the next word', () => {
  it.each([
    ['新加坡总理黄循财将于下周对中国进行正式访问。', ['黄循财']],
    ['主任王伟都说好。', ['王伟']],
  ])('%s', (answer, names) => {
    expect(persons(answer)).toEqual(names);
  });
});
