// Tests for teaching at a school, which is work there and no study: "我从2018年开始在复旦大学法学院讲授证券法课程",
// a host's "听说您还在复旦大学法学院兼职授课？"; graduating from a school (从X毕业) and joining a company after it; 我本人/我自己
// as the speaker's own past and present jobs.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines, relationsOf } from './extract-text.ts';

describe('teaching at a law school', () => {
  const lines = relationsOf('**记者**：听说您还在复旦大学法学院兼职授课？\n\n**林峰**：对，我从2018年开始在复旦大学法学院讲授证券法课程。', 'teaching.zh', 'han');

  it('is work there', () => {
    expect(lines).toContain('林峰 -WORKS_AT-> 复旦大学法学院');
  });

  it('is no study there', () => {
    expect(lines.filter((l) => l.includes('STUDIED_AT'))).toEqual([]);
  });
});

describe('graduating from a school, then joining a company', () => {
  const lines = relationsOf(
    [
      '主持人：陆岚2011年从中山大学毕业后加入网易。您是从浙江大学毕业的吧？',
      '',
      '嘉宾：对，我本科是在浙江大学读的，研究生在厦门大学。我2014年从厦门大学毕业后加入了华为。',
    ].join('\n'),
    'graduated.zh',
    'han',
  );

  it.each([
    ['陆岚 -STUDIED_AT-> 中山大学'],
    ['陆岚 -WORKS_AT-> 网易'],
    ['嘉宾 -STUDIED_AT-> 浙江大学'],
    ['嘉宾 -STUDIED_AT-> 厦门大学'],
    ['嘉宾 -WORKS_AT-> 华为'],
  ])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it('the school is no employer', () => {
    expect(lines.filter((l) => /WORK/.test(l) && /大学/.test(l))).toEqual([]);
  });
});

describe('我本人 and 我自己 are the speaker', () => {
  const lines = relationLines(extractText('主持人：说说您自己。\n\n嘉宾：我本人之前在网易工作了很多年，我自己现在在快手负责直播。', 'myself.zh'), 'han');

  it.each([['嘉宾 -WORKED_AT-> 网易'], ['嘉宾 -WORKS_AT-> 快手']])('%s', (line) => {
    expect(lines).toContain(line);
  });
});
