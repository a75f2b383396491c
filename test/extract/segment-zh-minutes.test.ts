// Tests for extract/stages/segment/units.ts on a meeting's minutes: "主持：县委副书记 黄志强" credits the chair, and
// numbered speech headings ("一、汪玉成发言") name the speaker of the paragraph under each.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';

const segmentsOf = (text: string) => segment({ id: 'minutes.zh', path: 'minutes.zh.md', text }).segments;

const MINUTES = [
  '座谈会发言摘要',
  '',
  '时间：2026年8月12日',
  '主持：县委副书记 黄志强',
  '',
  '一、汪玉成发言',
  '村集体收入去年突破一千万元。',
  '',
  '二、浙江大学教授郭红东发言',
  '要防止同质化。',
  '',
  '（三）吴敏同志讲话',
  '游客量同比增长30%。',
].join('\n');

describe('a meeting\'s minutes', () => {
  it('each numbered speech heading names the speaker of the words under it', () => {
    const turns = segmentsOf(MINUTES).filter((s) => s.kind === 'turn').map((s) => [s.speakerLabel, s.text]);
    expect(turns).toEqual([
      ['汪玉成', '村集体收入去年突破一千万元。'],
      ['郭红东', '要防止同质化。'],
      ['吴敏', '游客量同比增长30%。'],
    ]);
  });

  it('the chair\'s credit line is narration, not the chair\'s words', () => {
    const chair = segmentsOf(MINUTES).find((s) => s.text.includes('黄志强'));
    expect(chair?.kind).toBe('narration');
  });

  it('a single numbered point naming a speech is no speaker', () => {
    const text = '记者：会上说了什么？\n\n罗明：两件事。\n一、李强发言\n他谈了控费。\n\n记者：谢谢。\n\n罗明：不客气。';
    expect(segmentsOf(text).filter((s) => s.kind === 'turn').map((s) => s.speakerLabel)).toEqual(['记者', '罗明', '记者', '罗明']);
  });
});
