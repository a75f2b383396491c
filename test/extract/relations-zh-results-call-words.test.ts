// Tests for extract/stages/relations.ts CALL on a Chinese results call named 财报电话会议 or 业绩会: the company whose call
// it is answers for "公司" in an analyst's question, so "公司和X的合作" is that company's, not the analyst's bank's.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const CALL = [
  '主持人：欢迎参加顺丰控股2025年第二季度财报电话会议。下一个问题来自中金公司的分析师贺宁。',
  '',
  '贺宁：谢谢。我是中金公司的贺宁。想问一下公司和京东物流的合作进展如何？',
  '',
  '答：合作进展顺利。',
].join('\n');

describe('财报电话会议', () => {
  const lines = relationsOf(CALL, 'results-call.zh', 'han');
  it("the call's company partners, not the analyst's bank", () => {
    expect(lines.filter((l) => l.startsWith('中金公司 -PARTNERS_WITH->')), lines.join('\n')).toEqual([]);
    expect(lines).toContain('顺丰控股 -PARTNERS_WITH-> 京东物流');
  });
});
