// Tests for who owns a company and who worked with whom as Chinese interviews say it: shares held (X现在Y持股70%，Z持股
// 30%), a joint venture formed by two (由A和B合资组建, X是A和B的合资公司), work done together (和X做过…, 有一个联合实验室);
// and what an operator's product is not (东航的C919 is COMAC's; 阿里巴巴的天猫事业部 is a unit, no product).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'owners.zh'), 'han').filter((l) => !l.includes('INTERVIEWS'));

describe('owners and partners in Chinese answers', () => {
  it('shares held and joint ventures', () => {
    const out = lines(
      '主持人：股权结构？\n\n嘉宾：太古飞机工程现在太古集团持股70%，和记黄埔持股30%。GAMECO成立于1989年，由南方航空和和记黄埔合资组建。' +
        'CFM是通用电气和赛峰的合资公司。',
    );
    expect(out).toEqual(
      expect.arrayContaining([
        '太古集团 -OWNS-> 太古飞机工程', '和记黄埔 -INVESTED_IN-> 太古飞机工程', '南方航空 -OWNS-> GAMECO', '和记黄埔 -OWNS-> GAMECO',
        '通用电气 -OWNS-> CFM', '赛峰 -OWNS-> CFM',
      ]),
    );
    expect(out).not.toContain('和记黄埔 -OWNS-> 太古飞机工程');
  });

  it('work done together', () => {
    const out = lines('主持人：合作呢？\n\n嘉宾：华为之前和故宫博物院做过数字展览。丝芙兰和江南大学有一个联合实验室。');
    expect(out).toEqual(expect.arrayContaining(['华为 -PARTNERS_WITH-> 故宫博物院', '丝芙兰 -PARTNERS_WITH-> 江南大学']));
  });

  it("an operator's aircraft and a company's unit are no products it developed", () => {
    const out = lines('主持人：机队呢？\n\n嘉宾：东航的C919由中国商飞交付，我们维修。阿里巴巴的天猫事业部我待过三年。');
    expect(out.filter((l) => l.includes('DEVELOPED'))).toEqual([]);
  });
});
