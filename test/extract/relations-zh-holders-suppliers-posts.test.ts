// Tests for Chinese owners, suppliers, partners and posts said in ways the rules missed: stakes bought as a completed
// deal (完成对Y 55%股权的收购), controlling shareholders, posts taken over (董事长由Y接任), contract makers (给X代工),
// purchases from a supplier (从X采购), rounds taken (拿了X的B轮), joint labs and joint development, agreements
// signed, rivals, institutes under a group (旗下的研究所) and visiting posts (做了两年访问学者).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'holders.zh'), 'han');

describe('owners and posts', () => {
  it('stakes bought as a completed deal, a second deal, controlling shareholders and posts taken over', () => {
    const found = lines(
      '主持人：股权结构呢？\n\n林嘉树：华润酒业2022年收购了景芝酒业百分之四十的股份，2023年又完成了对金种子集团的收购。' +
        '2021年华润酒业完成对金沙酒业55.19%股权的收购，安踏完成了对斐乐30%股权的收购。新希望集团是新乳业的控股股东，' +
        '华致酒行的董事长由彭宇接任。',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '华润酒业 -ACQUIRED-> 金种子集团', '华润酒业 -OWNS-> 金沙酒业', '安踏 -INVESTED_IN-> 斐乐', '新希望集团 -OWNS-> 新乳业',
        '彭宇 -LEADS-> 华致酒行',
      ]),
    );
    expect(found).not.toContain('安踏 -ACQUIRED-> 斐乐');
    expect(found).not.toContain('新希望集团 -INVESTED_IN-> 新乳业');
  });

  it('our controlling shareholder, our rival, an institute under a group and a visiting post', () => {
    const found = lines(
      '主持人：介绍一下？\n\n林嘉树：我是远帆科技的创始人。我们的控股股东是复星集团，我们是乖宝宠物的竞争对手。株洲所是中国中车旗下的核心研究所。' +
        '我后来在德国于利希研究中心做了两年访问学者。',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '复星集团 -OWNS-> 远帆科技', '远帆科技 -COMPETES_WITH-> 乖宝宠物', '株洲所 -PART_OF-> 中国中车', '林嘉树 -WORKED_AT-> 于利希研究中心',
      ]),
    );
  });
});

describe('suppliers, investors and partners', () => {
  it('contract making, purchases, a round taken, joint labs, joint development and agreements', () => {
    const found = lines(
      '主持人：合作方呢？\n\n林嘉树：我是远帆科技的创始人。我们还给沃尔玛和Costco代工，鲜肉是从新希望六和采购的。星澜智能去年拿了高瓴资本的B轮。' +
        '我们和浙江大学成立了一个联合实验室。这个平台是和华为联合开发的。2016年我们和法国电力集团签署协议。他从宝洁采购了一批货。',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        '远帆科技 -SUPPLIES-> 沃尔玛', '远帆科技 -SUPPLIES-> Costco', '新希望六和 -SUPPLIES-> 远帆科技', '高瓴资本 -INVESTED_IN-> 星澜智能',
        '远帆科技 -PARTNERS_WITH-> 浙江大学', '远帆科技 -PARTNERS_WITH-> 华为', '远帆科技 -PARTNERS_WITH-> 法国电力集团',
      ]),
    );
    expect(found.filter((l) => l.includes('宝洁'))).toEqual([]);
  });
});
