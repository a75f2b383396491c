// Tests for extract/stages/mentions/zh.ts discoverDottedTaggedNames: a transliterated name the tagger reads as one (约翰/nrt,
// 贝克/nr), a middle dot and a word beside it are one foreign full name, though the other part holds characters no
// transliteration list has (约翰·江珀 is not 约翰 and a Chinese 江珀); two places or a model's name are no person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (answer: string) =>
  extractText(`主持人：说说获奖者。\n\n嘉宾：${answer}`, 'dotted.zh')
    .entities.filter((e) => e.type === 'person' && !e.speaker)
    .map((e) => e.label);

describe('dotted foreign names', () => {
  it.each([
    ['今年的奖颁给了约翰·江珀，他在伦敦工作。', '约翰·江珀'],
    ['华盛顿大学的大卫·贝克做蛋白质设计。', '大卫·贝克'],
  ])('%s', (answer, name) => {
    const found = people(answer);
    expect(found, found.join(', ')).toEqual([name]);
  });

  it('书生·浦语 and 中国·上海 are no person', () => {
    expect(people('我们在中国·上海发布了书生·浦语。')).toEqual([]);
  });
});
