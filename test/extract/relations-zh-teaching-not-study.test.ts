// "我在清华大学任教", "我在中国科学院微生物研究所做研究", "我在北京大学做博士后": work at a university or an academy
// is no study there (zh-i-studied); "我在清华大学读的本科" still is. An academy of sciences (中国科学院…) is no school.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：讲讲您的经历？\n\n林海：${text}`, 'teaching.zh', 'han');

describe('work at a university is no study there', () => {
  it.each([
    ['我在复旦大学任教十年了。', '复旦大学'],
    ['我现在在中国科学院物理研究所做研究。', '中国科学院物理研究所'],
    ['我在北京大学做博士后，后来去了腾讯。', '北京大学'],
  ])('%s', (text, org) => {
    expect(said(text).filter((l) => l.includes('STUDIED_AT'))).toEqual([]);
    expect(said(text).some((l) => l.startsWith('林海 -WORK') && l.endsWith(`-> ${org}`))).toBe(true);
  });

  it('study there still is', () => {
    expect(said('我在复旦大学读的本科，后来去了美国。')).toContain('林海 -STUDIED_AT-> 复旦大学');
  });
});
