// Tests for Chinese partners listed after 我们的合作伙伴为, deputies of a body (海关总署副署长王令浚), a founder telling when and
// where (安克创新是我2011年在长沙创立的), a surname the tagger reads as a word (华泰证券 黄乐平), and companies, a city and
// a registered name the lexicon now knows (安克, 亿纬锂能, 大理, 张小泉股份有限公司).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('partners, deputies and founders', () => {
  const doc = extractText(
    '主持人：请介绍一下。\n\n阳萌：安克创新是我2011年在长沙创立的。我们的合作伙伴为亚马逊和沃尔玛。我们在大理也开了店，电芯用亿纬锂能的。' +
      '海关总署副署长王令浚发布了数据，华泰证券 黄乐平也来了，张小泉股份有限公司总经理夏乾良也讲了。',
    'partners.zh',
  );

  it('partners listed, a deputy, a founder and a chief', () => {
    expect(relationLines(doc, 'han')).toEqual(
      expect.arrayContaining([
        '阳萌 -FOUNDED-> 安克创新', '安克创新 -PARTNERS_WITH-> 亚马逊', '安克创新 -PARTNERS_WITH-> 沃尔玛', '王令浚 -WORKS_AT-> 海关总署',
        '夏乾良 -WORKS_AT-> 张小泉股份有限公司',
      ]),
    );
  });

  it('names found', () => {
    const names = doc.entities.filter((e) => !e.speaker).map((e) => `${e.label}/${e.type}`);
    expect(names).toEqual(expect.arrayContaining(['黄乐平/person', 'Dali/place', 'EVE Energy/organization', 'Anker Innovations/organization']));
    expect(names.filter((n) => n.startsWith('乐平') || n.startsWith('安克/'))).toEqual([]);
  });
});
