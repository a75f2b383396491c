// Tests for Chinese company names no lexicon has: a registered name with no place before it (青禾科技股份有限公司), and the
// company a completed purchase names (完成了对埃及开罗尼罗纺织公司的收购), its country left out.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const orgs = (text: string) =>
  extractText(text, 'registered.zh').entities.filter((e) => e.type === 'organization' && !e.speaker).map((e) => e.label).sort();

describe('registered names and companies bought', () => {
  it('a registered name opening with an unknown name and a trade word', () => {
    const found = orgs('主持人：介绍一下？\n\n林嘉树：星澜生物医药股份有限公司是我们的客户，青禾科技股份有限公司也是。很多科技有限公司都来问过。');
    expect(found).toEqual(['星澜生物医药股份有限公司', '青禾科技股份有限公司']);
  });

  it('the object of a completed purchase, its country left out', () => {
    const text =
      '主持人：并购呢？\n\n林嘉树：我是远帆科技的创始人。2023年我们完成了对埃及开罗尼罗纺织公司的收购，后来又完成了对一家德国工厂的收购，' +
      '也完成了对它的收购。';
    expect(orgs(text)).toEqual(['开罗尼罗纺织公司', '远帆科技']);
    expect(relationLines(extractText(text, 'registered.zh'), 'han')).toContain('远帆科技 -ACQUIRED-> 开罗尼罗纺织公司');
  });
});
