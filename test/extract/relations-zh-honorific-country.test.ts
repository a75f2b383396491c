// Two small things that stood between a Chinese relation and its words: an honorific after the name
// ("王澍老师是中国美术学院的教授" works there, as "王澍是…" does), and a country before the partner with no 的
// ("和德国BioNTech合作"), or an event between the company and its partner ("复星医药在疫情期间和德国BioNTech合作").
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string) => relationsOf(`主持人：请介绍一下。\n\n嘉宾：${text}`, 'honorific.zh', 'han');

describe('an honorific after the name', () => {
  it.each([
    ['陈立老师是中国美术学院的教授。', '陈立 -WORKS_AT-> 中国美术学院'],
    ['周宁博士现在是腾讯的研究员。', '周宁 -WORKS_AT-> 腾讯'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });
});

describe('a country before the partner', () => {
  it.each([
    ['复星医药在疫情期间和德国BioNTech合作，引进了疫苗。', '复星医药 -PARTNERS_WITH-> BioNTech'],
    ['百济神州与美国辉瑞达成合作。', '百济神州 -PARTNERS_WITH-> 辉瑞'],
  ])('%s', (text, expected) => {
    expect(said(text)).toContain(expected);
  });

  it('the country is no partner', () => {
    expect(said('复星医药和德国BioNTech合作。').filter((l) => l.includes('德国'))).toEqual([]);
  });
});
