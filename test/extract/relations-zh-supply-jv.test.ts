// Tests for Chinese supply and joint-venture rules of extract/data/relations.json: "主要给宝马和奔驰供货" (the speaker's
// company supplies each), "特斯拉的上海超级工厂也是我们的客户", "我们和Stellantis…成立了合资公司" (partners).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const said = (answer: string) =>
  relationsOf(`嘉宾：宁德时代国际业务总裁 潘健\n\n主持人：海外进展如何？\n\n潘健：${answer}`, 'supply.zh', 'han');

describe('the guest\'s company supplies, partners', () => {
  it.each([
    ['德布勒森工厂预计明年投产，主要给宝马和奔驰供货。', ['宁德时代 -SUPPLIES-> 宝马', '宁德时代 -SUPPLIES-> 奔驰']],
    ['特斯拉的上海超级工厂也是我们的客户。', ['宁德时代 -SUPPLIES-> 特斯拉']],
    ['我们和Stellantis在西班牙萨拉戈萨成立了合资公司，投资41亿欧元。', ['宁德时代 -PARTNERS_WITH-> Stellantis']],
  ])('%s', (answer, expected) => {
    const found = said(answer);
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it('the customers of a customer are not ours: 宝马的客户也是我们的客户', () => {
    const found = said('宝马的客户也是我们的客户。');
    expect(found, found.join('\n')).not.toContain('宁德时代 -SUPPLIES-> 宝马');
  });

  it('a named supplier in the clause supplies, not the guest\'s company', () => {
    const found = said('比亚迪主要给丰田供货，我们不做。');
    expect(found, found.join('\n')).not.toContain('宁德时代 -SUPPLIES-> 丰田');
  });
});
