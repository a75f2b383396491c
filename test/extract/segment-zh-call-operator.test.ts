// Tests for segment.json markerLabels 操作员 and 接线员: a Chinese results call's operator, who announces the call and
// who asks next, is narration, no speaker and no person of the graph (as "Operator:" in an English call).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const CALL = [
  '# 澜海科技2025年度业绩说明会文字实录',
  '',
  '操作员：各位投资者下午好，欢迎参加澜海科技2025年度业绩说明会。首先有请董事长邹明远先生致辞。',
  '',
  '邹明远：谢谢各位。去年公司营收增长了两成。',
  '',
  '接线员：下面进入问答环节，第一位提问的是来自中信证券的分析师。',
  '',
  '中信证券 分析师 顾晓彤：请问今年的毛利率怎么看？',
  '',
  '邹明远：会比去年略好。',
  '',
  '操作员：本次业绩说明会到此结束。',
].join('\n');

describe("a Chinese call's operator", () => {
  const doc = extractText(CALL, 'call.zh');
  it('is no speaker and no person', () => {
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['邹明远', '顾晓彤']);
    expect(doc.entities.map((e) => e.label)).not.toContain('操作员');
    expect(doc.entities.map((e) => e.label)).not.toContain('接线员');
  });

  it("the operator's words are narration", () => {
    expect(doc.turns.filter((t) => t.kind === 'narration').map((t) => t.text).join('\n')).toContain('第一位提问的是来自中信证券的分析师');
  });
});
