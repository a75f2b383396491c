// Tests for the steps of a career Chinese guests tell: a school with the major between (从X考古专业毕业, 我是X飞机设计
// 专业毕业的, 我本科是X的), joining with 进了, a move (后来调到X当副校长), 加入之前 with nothing between, teaching years
// (在X教了十二年), 从X过来; and a yes/no question about the guest that the answer confirms (对，…) or denies (不是，…).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const lines = (text: string) => relationLines(extractText(text, 'career.zh'), 'han').filter((l) => !l.includes('INTERVIEWS'));

describe('career steps in Chinese answers', () => {
  it('a school named with the major', () => {
    expect(lines('主持人：您的经历？\n\n郑明远：我1998年从浙江大学园艺专业毕业，就进了浙江省农业科学院。')).toEqual(
      expect.arrayContaining(['郑明远 -STUDIED_AT-> 浙江大学', '郑明远 -WORKS_AT-> 浙江省农业科学院']),
    );
    expect(lines('主持人：您的经历？\n\n郑明远：我是北京航空航天大学发动机专业毕业的，2001年进了中国航发的研究所。')).toEqual(
      expect.arrayContaining(['郑明远 -STUDIED_AT-> 北京航空航天大学', '郑明远 -WORKS_AT-> 中国航发']),
    );
    expect(lines('主持人：您的经历？\n\n郑明远：我本科是南京大学的，硕士在伦敦读的。')).toContain('郑明远 -STUDIED_AT-> 南京大学');
  });

  it('years at a school, a move and the job before joining', () => {
    const out = lines(
      '主持人：您的经历？\n\n郑明远：毕业以后在人大附中教了八年语文，后来调到海淀实验中学当副校长。我加入之前在万科做了五年。我2019年从招商银行过来。',
    );
    expect(out).toEqual(
      expect.arrayContaining(['郑明远 -WORKED_AT-> 人大附中', '郑明远 -WORKED_AT-> 海淀实验中学', '郑明远 -WORKED_AT-> 万科', '郑明远 -WORKED_AT-> 招商银行']),
    );
  });

  it('a person who later went elsewhere', () => {
    expect(lines('主持人：谁影响了您？\n\n郑明远：李文博曾经在微软工作，后来去了百度做副总裁。')).toContain('李文博 -WORKS_AT-> 百度');
  });

  it('a yes/no question the guest confirms is stated; one they deny is not', () => {
    const confirmed = lines('主持人：您是2016年加入美团的吗？\n\n郑明远：对，2016年加入的。\n\n主持人：您是复旦大学毕业的？\n\n郑明远：是的。');
    expect(confirmed).toEqual(expect.arrayContaining(['郑明远 -WORKS_AT-> 美团', '郑明远 -STUDIED_AT-> 复旦大学']));
    const denied = lines('主持人：您是2016年加入美团的吗？\n\n郑明远：不，我没去过。\n\n主持人：您是复旦大学毕业的？\n\n郑明远：不是，我没读过大学。');
    expect(denied).toEqual([]);
    expect(lines('主持人：您是2016年加入美团的吗？\n\n郑明远：对于这个问题，我不方便说。')).toEqual([]);
  });
});
