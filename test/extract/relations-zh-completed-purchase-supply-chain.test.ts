// Tests for purchases told as completed ("完成了对X的收购"), suppliers that entered a customer's supply chain ("进入了X的
// 供应链"), founders named by the speaker ("X是我父亲Y创立的", "X是我一手创办的"), and partnerships said to be over
// ("和X的合作终止了") or a third party's ("它和X也是战略合作").
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'purchase.zh'), 'han');

describe('completed purchases and supply chains', () => {
  it('a completed purchase, by a named buyer or by us', () => {
    const found = lines(
      '主持人：这几年有哪些并购？\n\n林嘉树：我是远帆科技的创始人。去年我们完成了对德国的Nordfracht公司的收购。' +
        '另外，安踏2021年又完成了对亚玛芬的收购，但完成对斐乐30%股权的收购不算。',
    );
    expect(found).toEqual(expect.arrayContaining(['远帆科技 -ACQUIRED-> Nordfracht', '安踏 -ACQUIRED-> 亚玛芬']));
    expect(found).not.toContain('安踏 -ACQUIRED-> 斐乐');
  });

  it('entering a customer supply chain supplies that customer', () => {
    const found = lines(
      '主持人：客户呢？\n\n林嘉树：我是远帆科技的创始人。2019年我们进入了宜家的供应链，后来又进入了沃尔玛和星巴克的供应链，' +
        '但我们没有进入特斯拉的供应链。立讯精密也打入了华为的供应商体系。',
    );
    expect(found).toEqual(
      expect.arrayContaining(['远帆科技 -SUPPLIES-> 宜家', '远帆科技 -SUPPLIES-> 沃尔玛', '远帆科技 -SUPPLIES-> 星巴克', '立讯精密 -SUPPLIES-> 华为']),
    );
    expect(found.filter((l) => l.includes('特斯拉'))).toEqual([]);
  });
});

describe('founders the speaker names, and partnerships over or not ours', () => {
  it('a company founded by the speaker or the speaker kin', () => {
    const found = lines('主持人：公司怎么来的？\n\n林嘉树：远帆科技是我父亲林国栋1995年在宁波创立的。后来的蓝鲸智能是我一手创办的。');
    expect(found).toEqual(expect.arrayContaining(['林国栋 -FOUNDED-> 远帆科技', '林嘉树 -FOUNDED-> 蓝鲸智能']));
  });

  it('an ended partnership and a third party partnership give our company no partner', () => {
    const found = lines(
      '主持人：合作伙伴呢？\n\n林嘉树：我是远帆科技的创始人。我们和京东物流的合作去年终止了。顺丰原来只做快递，它和UPS也是战略合作。我们和菜鸟网络有合作。',
    );
    expect(found).toContain('远帆科技 -PARTNERS_WITH-> 菜鸟网络');
    expect(found.filter((l) => l.includes('京东物流') || l.includes('UPS'))).toEqual([]);
  });
});
