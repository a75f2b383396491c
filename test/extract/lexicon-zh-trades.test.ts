// Tests for well-known Chinese and foreign organizations Chinese interviews name in publishing, hotels, insurance,
// beauty, schools, investment and aviation: the lexicon gives them with their English names (锦江, 洲际 and
// 喜马拉雅 only where the text uses them as companies).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string, type: string) =>
  extractText(text, 'trades.zh').entities.filter((e) => e.type === type && !e.speaker).map((e) => e.label).sort();

describe('organizations of other trades', () => {
  it('publishers, hotel groups and beauty brands', () => {
    const orgs = labels(
      '记者：您的履历？\n\n嘉宾：我先在三联书店做编辑，后来代理企鹅兰登和讲谈社的版权。现在我在亚朵负责会员，以前在华住集团，' +
        '也跟万豪、希尔顿、洲际这些集团打过交道，锦江和华住都是多品牌集团。护肤线我们用华熙生物的原料，柜台进了丝芙兰，对手是珀莱雅和资生堂。',
      'organization',
    );
    expect(orgs).toEqual(
      expect.arrayContaining([
        'SDX Joint Publishing', 'Penguin Random House', 'Kodansha', 'Atour', 'H World Group', 'Marriott International',
        'Hilton', 'IHG Hotels & Resorts', 'Jin Jiang International', 'Bloomage Biotech', 'Sephora', 'Proya', 'Shiseido',
      ]),
    );
  });

  it('insurers, funds, schools, ministries and an airline by its full name', () => {
    const text =
      '主持人：请介绍一下。\n\n嘉宾：我在泰康资产，之前在深创投和歌斐资产，和中国人寿、太平洋保险都有合作。孩子在人大附中，' +
        '后来转到鼎石。民政部和国家卫健委发了文件。中国国际航空公司和德国汉莎航空公司合资成立了维修公司。';
    expect(labels(text, 'organization')).toEqual(
      expect.arrayContaining([
        'Taikang Asset Management', 'Shenzhen Capital Group', 'Gopher Asset Management', 'China Life Insurance',
        'China Pacific Insurance', 'High School Affiliated to Renmin University of China', 'Keystone Academy', 'Air China', 'Lufthansa',
      ]),
    );
    expect(labels(text, 'government')).toEqual(['Ministry of Civil Affairs', 'National Health Commission']);
  });

  it('common words stay words where no company is meant', () => {
    const orgs = labels('主持人：去哪儿了？\n\n嘉宾：去了锦江边散步，又去喜马拉雅山脚下看洲际导弹的展览。', 'organization');
    expect(orgs).toEqual([]);
  });
});
