// A model code written right after a Han company the lexicon knows (乐道L60, 蔚来ES8, 华为P70) is that company's
// product, labelled with the company's name (Onvo L60), not a bare "L60" nor an acronym read as an organization
// (ES8); a job level after a company (阿里P7) is no product.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  ['主持人：乐道L60卖得怎么样？蔚来ES8呢？', '', '嘉宾：乐道L60对标华为P70这一档的用户。我在阿里P7的时候就关注蔚来了。'].join('\n'),
  'codes.zh',
);
const byAlias = (alias: string) => doc.entities.find((e) => e.aliases.includes(alias) || e.label === alias);

describe('model codes after a maker', () => {
  it.each([
    ['L60', 'Onvo L60', 'Onvo'],
    ['ES8', 'NIO ES8', 'NIO'],
    ['P70', 'Huawei P70', 'Huawei'],
  ])('%s is the product %s, developed by %s', (code, label, maker) => {
    expect([byAlias(code)?.label, byAlias(code)?.type]).toEqual([label, 'product']);
    expect(relationLines(doc)).toContain(`${maker} -DEVELOPED-> ${label}`);
  });

  it('a job level is no product', () => {
    expect(doc.entities.filter((e) => e.label.includes('P7') && !e.label.includes('P70'))).toEqual([]);
  });
});
