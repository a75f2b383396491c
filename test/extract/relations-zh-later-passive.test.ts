// Tests for a takeover or a controlling owner told in a later clause of the sentence about the company, its subject
// left out: "赛灵思是一家芯片公司，2022年被超威半导体收购", "爱奇艺是一家视频平台，后来被百度控股".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const lines = relationsOf(
  [
    '主持人：行业里有哪些并购？',
    '',
    '嘉宾：我在联影医疗工作。赛灵思是一家芯片公司，2022年被超威半导体收购。爱奇艺是一家视频平台，后来被百度控股。',
    '联影医疗是一家设备公司，去年被高瓴资本收购了5%的股份。',
  ].join('\n'),
  'later-passive.zh',
  'han',
);

describe('a later clause opening with 被', () => {
  it.each([['超威半导体 -ACQUIRED-> 赛灵思'], ['百度 -OWNS-> 爱奇艺']])('%s', (line) => {
    expect(lines).toContain(line);
  });

  it('a minority stake is no takeover', () => {
    expect(lines.filter((l) => l.includes('ACQUIRED') && l.includes('联影医疗'))).toEqual([]);
  });
});
