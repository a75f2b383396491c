// Tests for zh-org-leader-person in extract/data/relations.json: a company's 总裁 leads it, the 总裁 of one of its units
// ("宁德时代国际业务总裁潘健") works there and does not lead the company.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) => relationsOf(`主持人：请介绍一下。\n\n嘉宾：${answer}`, 'unit.zh', 'han');

describe('the president of a unit', () => {
  it.each([
    ['宁德时代国际业务总裁潘健今天也在。', '潘健', '宁德时代'],
    ['腾讯游戏业务总经理潘健今天也在。', '潘健', '腾讯'],
  ])('%s works there, does not lead the company', (answer, name, company) => {
    const found = said(answer);
    expect(found, found.join('\n')).not.toContain(`${name} -LEADS-> ${company}`);
    expect(found.some((r) => r.startsWith(`${name} -WORKS_AT->`)), found.join('\n')).toBe(true);
  });

  it('the company\'s own 总裁 leads it', () => {
    expect(said('宁德时代总裁潘健今天也在。')).toContain('潘健 -LEADS-> 宁德时代');
  });
});
