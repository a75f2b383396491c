// Tests for extract/stages/speakers.ts on a panel whose speakers are numbered and named once in brackets:
// "发言人1（张昌武，蓝箭航天董事长）：" first, then "发言人1：" — the bare number is the person the first label named.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const speakersOf = (text: string) => {
  const doc = resolveSpeakers(segment({ id: 'panel.zh', path: 'panel.zh.md', text }));
  return { labels: doc.speakers.map((s) => s.label).sort(), turns: doc.turns.filter((t) => t.kind === 'turn').map((t) => doc.speakers.find((s) => s.key === t.speaker)?.label) };
};

describe('a numbered speaker named in brackets once', () => {
  it('later turns under the bare number are that person', () => {
    const text = [
      '主持人（宋婷，某报记者）：欢迎各位。',
      '',
      '发言人1（高远，星海航天董事长）：谢谢。',
      '',
      '发言人2（林然，银桥资本合伙人）：大家好。',
      '',
      '主持人：差距在哪里？',
      '',
      '发言人1：在发动机。',
      '',
      '发言人2：在资本。',
    ].join('\n');
    const { labels, turns } = speakersOf(text);
    expect(labels).toEqual(['宋婷', '林然', '高远']);
    expect(turns).toEqual(['宋婷', '高远', '林然', '宋婷', '高远', '林然']);
  });

  it('a bare number no bracketed label names stays its own speaker', () => {
    const text = '发言人1（高远，星海航天董事长）：谢谢。\n\n发言人2：大家好。\n\n发言人1：在发动机。\n\n发言人2：在资本。';
    expect(speakersOf(text).labels).toEqual(['发言人2', '高远']);
  });
});
