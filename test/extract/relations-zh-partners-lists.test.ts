// Tests for the Chinese zh-partners rule of extract/data/relations.json on lists: "A和B都已签约" says both signed
// (with someone else), and a topic list "谈到A品牌、海外市场以及与B的合作" does not make A B's partner.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (text: string): string[] => relationsOf(`主持人：今年进展如何？\n\n嘉宾：${text}`, 'partners.zh', 'han');

describe('zh-partners on lists', () => {
  it.each([
    ['德国的西门子医疗和法国的施耐德电气都已签约。', '西门子医疗 -PARTNERS_WITH-> 施耐德电气'],
    ['比亚迪和宁德时代都有合作，我们很开放。', '比亚迪 -PARTNERS_WITH-> 宁德时代'],
    ['他谈到小米品牌、海外市场以及与宁德时代的合作。', '小米 -PARTNERS_WITH-> 宁德时代'],
  ])('%s states no %s', (text, absent) => {
    const found = said(text);
    expect(found, found.join('\n')).not.toContain(absent);
  });

  it.each([
    ['蔚来与宁德时代合作开发新电池。', '蔚来 -PARTNERS_WITH-> 宁德时代'],
    ['比亚迪和宁德时代签约了，金额不小。', '比亚迪 -PARTNERS_WITH-> 宁德时代'],
  ])('%s still states %s', (text, expected) => {
    const found = said(text);
    expect(found, found.join('\n')).toContain(expected);
  });
});
