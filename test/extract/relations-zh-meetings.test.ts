// Tests for Chinese relation rules on an earnings call or briefing (业绩说明会): the company's own meeting is no
// venue the guest speaks at, and an analyst or board secretary named after the firm works there.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a company\'s own meeting is no venue: 欢迎参加X2025年业绩说明会', () => {
  it.each([
    ['主持人：各位投资者好，欢迎参加小米集团2025年第三季度业绩说明会。\n\n卢伟冰：谢谢主持人。', '卢伟冰 -SPOKE_AT-> 小米'],
    ['主持人：欢迎参加比亚迪新品发布会。\n\n王传福：谢谢。', '王传福 -SPOKE_AT-> 比亚迪'],
  ])('%s', (text, unwanted) => {
    const found = relationsOf(text, 'meetings.zh', 'han');
    expect(found, found.join('\n')).not.toContain(unwanted);
  });

  it('a venue still is: 欢迎来到清华大学', () => {
    const found = relationsOf('主持人：欢迎来到清华大学。\n\n王传福：谢谢。', 'meetings.zh', 'han');
    expect(found, found.join('\n')).toContain('王传福 -SPOKE_AT-> 清华大学');
  });
});

describe('an analyst or board secretary named after the firm: 中金公司的分析师曾韬', () => {
  it.each([
    ['主持人：第一位提问的是中金公司的分析师曾韬。\n\n曾韬：谢谢。', '曾韬 -WORKS_AT-> 中金公司'],
    ['主持人：今天出席的有宁德时代董事会秘书蒋理。\n\n蒋理：谢谢。', '蒋理 -WORKS_AT-> 宁德时代'],
    ['主持人：下一位是中信证券首席分析师徐涛。\n\n徐涛：谢谢。', '徐涛 -WORKS_AT-> 中信证券'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text, 'meetings.zh', 'han');
    expect(found, found.join('\n')).toContain(expected);
  });
});
