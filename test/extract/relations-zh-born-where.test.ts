// Tests for relations.json zh-i-born-in on "我是在Y…": a birthplace only when 出生 follows the place ("我是在哈尔滨出生的");
// "我是在哈尔滨当过兵的人" tells where something else happened.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：说说您自己。\n\n于建新：${answer}`, 'born.zh', 'han');

describe('我是在Y…', () => {
  it.each([['我是在哈尔滨出生的。'], ['我出生在哈尔滨。']])('%s → born there', (answer) => {
    expect(said(answer)).toContain('于建新 -BORN_IN-> 哈尔滨');
  });

  it.each([['我是在哈尔滨当过兵的人。'], ['我是在哈尔滨读的大学。']])('%s → not born there', (answer) => {
    expect(said(answer).filter((l) => l.includes('BORN_IN'))).toEqual([]);
  });
});
