// Tests for extract/data/relations.json zh-i-worked-at on a government office as the past employer and on 退休前 as a
// past time (我退休前在国家卫健委工作): the speaker WORKED_AT it, as for a company.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const of = (text: string): string[] => relationsOf(text, 'retired.zh', 'han');

describe('a past job at a government office', () => {
  it.each([
    ['主持人：请介绍一下您自己。\n\n孙德明：我退休前在国家卫健委工作，管了十几年的统计。', '孙德明 -WORKED_AT-> 国家卫健委'],
    ['主持人：您以前做什么？\n\n孙德明：退休之前我在国家统计局，做人口数据。', '孙德明 -WORKED_AT-> 国家统计局'],
    ['主持人：您以前做什么？\n\n孙德明：我以前在国家统计局做了二十年。', '孙德明 -WORKED_AT-> 国家统计局'],
  ])('%s', (text, expected) => {
    const found = of(text);
    expect(found, found.join('\n')).toContain(expected);
  });

  it('a place is no employer: 那时候我在美国', () => {
    const found = of('主持人：您以前做什么？\n\n孙德明：那时候我在美国，读书。');
    expect(found.filter((r) => r.includes('WORKED_AT'))).toEqual([]);
  });
});
