// Tests for company facts and past posts said in shorter Chinese phrasings: "优酷后来被阿里巴巴全资控股" (OWNS),
// "爱奇艺现在属于百度" (PART_OF), "联影医疗是2011年在上海成立的，创始人是薛敏" (FOUNDED), "我本人是从X调过来的"
// (WORKED_AT) and "之前在纽约大学读了LLM", "是在上海交通大学读的博士" (STUDIED_AT, no job there).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const lines = relationsOf(
  [
    '主持人：先聊聊行业。',
    '',
    '嘉宾：优酷后来被阿里巴巴全资控股，爱奇艺现在属于百度。星澜科技是2016年在苏州成立的，创始人是秦望舒。',
    '我本人是从中国电子科技集团调过来的。我在中伦律师事务所做了八年，之前在哥伦比亚大学读了LLM，再之前是在南京大学读的硕士。',
  ].join('\n'),
  'owners-founders-past.zh',
  'han',
);

describe('owners, founders and past posts in short phrasings', () => {
  it.each([
    ['阿里巴巴 -OWNS-> 优酷'],
    ['爱奇艺 -PART_OF-> 百度'],
    ['秦望舒 -FOUNDED-> 星澜科技'],
    ['嘉宾 -WORKED_AT-> 中国电子科技集团'],
    ['嘉宾 -STUDIED_AT-> 哥伦比亚大学'],
    ['嘉宾 -STUDIED_AT-> 南京大学'],
  ])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it('a school where a degree was read is no past job', () => {
    expect(lines.filter((l) => /WORK/.test(l) && /大学/.test(l))).toEqual([]);
  });
});
