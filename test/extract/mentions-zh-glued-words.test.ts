// Tests for names the tagger glues to the word before or after them (收购了丽笙/x, 做抖音/x, 创始人季琦对/x 我), kinds
// of organizations no name makes (国际酒店集团, 国资母基金, 一家康复医院), and a company listing on an exchange
// before its founder is named (the exchange founded nothing).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  '主持人：说说行业吧。\n\n' +
    '嘉宾：2019年凯悦又收购了丽笙酒店集团。携程的创始人梁建章对我影响很大。我们主要做抖音和快手两个平台。' +
    '国际酒店集团在中国压力不小，国资母基金和市场化母基金的诉求也不同，新募人民币基金越来越多。每个园区都配一家康复医院。' +
    '我们的文创卖得很好。逸仙电商2020年在纽交所上市，创始人是黄锦峰。',
  'glued.zh',
);
const names = doc.entities.map((e) => e.label);

describe('names glued to the words around them', () => {
  it('keep their own span', () => {
    expect(names).toEqual(expect.arrayContaining(['Radisson Hotel Group', 'Douyin', '梁建章']));
    expect(names.filter((n) => /了丽笙|做抖音|梁建章对/.test(n))).toEqual([]);
  });

  it('kinds of organizations and common words name nothing', () => {
    expect(names.filter((n) => /国际酒店集团|母基金|人民币基金|康复医院|文创/.test(n))).toEqual([]);
  });

  it('the exchange a company listed on is not what its founder founded', () => {
    const lines = relationLines(doc, 'han');
    expect(lines).toContain('黄锦峰 -FOUNDED-> 逸仙电商');
    expect(lines.filter((l) => l.includes('纽交所'))).toEqual([]);
  });
});
