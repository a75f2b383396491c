// Tests for extract/data/relations.json zh-i-am-graduate-of on a department written between the university and 毕业的
// (我是上海交通大学船舶系毕业的): the speaker STUDIED_AT the university, as with a 专业 (a department the unit rule
// joins to its university, 浙江大学数学系, is studied at as before).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const of = (text: string): string[] => relationsOf(text, 'graduate.zh', 'han');

describe('a graduate of a university department', () => {
  it.each([
    ['记者：您的母校是哪里？\n\n曾立平：我是上海交通大学船舶系毕业的，后来读了博士。', '曾立平 -STUDIED_AT-> 上海交通大学'],
    ['记者：您学什么的？\n\n曾立平：我是浙江大学数学系毕业的。', '曾立平 -STUDIED_AT-> 浙江大学数学系'],
  ])('%s', (text, expected) => {
    const found = of(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});
