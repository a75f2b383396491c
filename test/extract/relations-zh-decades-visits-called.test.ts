// Tests for a decade that is no year of work (我1980年代在清华读书), a visiting post told in a later clause (…，后来在德国
// 于利希研究中心做了两年访问学者), and a company bought that is first told by its kind, then named (完成了对新西兰一家冻干
// 工厂的收购，叫Waitaki Biosciences).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'decades.zh'), 'han');

describe('decades, visits and purchases named after their kind', () => {
  it('a decade of study is no job; a visiting post in the next clause is one', () => {
    const found = lines('主持人：您的经历？\n\n张作义：我1980年代在清华大学读书，后来在德国于利希研究中心做了两年访问学者。');
    expect(found).toEqual(expect.arrayContaining(['张作义 -STUDIED_AT-> 清华大学', '张作义 -WORKED_AT-> 于利希研究中心']));
    expect(found).not.toContain('张作义 -WORKED_AT-> 清华大学');
  });

  it('a purchase of a company told by its kind, then its name', () => {
    const found = lines(
      '主持人：并购呢？\n\n林嘉树：我是远帆科技的创始人。我们去年完成了对德国一家冷链工厂的收购，叫Nordfracht。' +
        '乖宝宠物也完成了对新西兰一家冻干工厂的收购，叫Waitaki Biosciences。',
    );
    expect(found).toEqual(expect.arrayContaining(['远帆科技 -ACQUIRED-> Nordfracht', '乖宝宠物 -ACQUIRED-> Waitaki Biosciences']));
  });
});
