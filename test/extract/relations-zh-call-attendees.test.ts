// Tests for relations.json zh-call-attendee-*: a results call's opening turn names who attends for the company, a title
// and a name each ("参加今天会议的有公司联合创始人兼首席执行官X，以及首席财务官Y"): they work at the call's company, the
// chief executive leads it, a founder founded it; an analyst's entry names another firm.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const call = (opening: string) =>
  relationsOf(`刘晓岚：各位投资者好，欢迎参加小鹏汽车2026年第二季度业绩电话会。${opening}\n\n何睿：谢谢。我先介绍一下本季度的情况。`, 'call.zh', 'han').filter((l) => !l.includes('INTERVIEWS'));

describe("a results call's attendees", () => {
  it('each officer works at the company; the chief executive leads it; the founder founded it', () => {
    const lines = call('参加今天会议的有公司联合创始人、董事长兼首席执行官何睿先生，以及首席财务官唐立女士。');
    expect(lines).toEqual(expect.arrayContaining(['何睿 -FOUNDED-> 小鹏汽车', '何睿 -CEO_OF-> 小鹏汽车', '唐立 -WORKS_AT-> 小鹏汽车']));
    expect(lines).not.toContain('唐立 -CEO_OF-> 小鹏汽车');
    expect(lines).not.toContain('唐立 -FOUNDED-> 小鹏汽车');
  });

  it("a vice-president leads nothing, and an analyst's entry names another firm", () => {
    const lines = call('出席本次会议的管理层有：副总裁吴思远先生。提问环节有高盛分析师孙蕾。');
    expect(lines).toContain('吴思远 -WORKS_AT-> 小鹏汽车');
    expect(lines).not.toContain('吴思远 -CEO_OF-> 小鹏汽车');
    expect(lines.filter((l) => l.startsWith('孙蕾') && l.includes('小鹏汽车'))).toEqual([]);
  });
});
