// Tests for extract/stages/segment/units.ts on a Chinese article's numbered section titles ("二、关于区域医疗中心")
// hard-wrapped between an answer and the next question: a section, not the last words of the answer.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';

const segmentsOf = (text: string) => segment({ id: 'sections.zh', path: 'sections.zh.md', text }).segments;

describe('numbered Chinese section titles', () => {
  it.each([['二、关于区域医疗中心'], ['（二）区域医疗中心'], ['第二部分 区域医疗中心']])('%s above a question heads the turns below', (title) => {
    const text = `一、关于医保控费\n记者：影响大吗？\n院长：很大。我们降到了6.5天。\n${title}\n记者：分院如何？\n院长：在厦门。`;
    const segments = segmentsOf(text);
    const answer = segments.find((s) => s.text.startsWith('很大'));
    expect(answer?.text).toBe('很大。我们降到了6.5天。');
    expect(segments.find((s) => s.text === '分院如何？')?.section).toBe(title);
  });

  it('a numbered point inside an answer, with more of the answer below it, stays in the answer', () => {
    const text = '记者：怎么做？\n\n罗明：两件事。\n一、控费\n二、提质\n这是我们的重点。\n\n记者：谢谢。\n\n罗明：不客气。';
    const answer = segmentsOf(text).find((s) => s.text.startsWith('两件事'));
    expect(answer?.text).toContain('控费');
    expect(answer?.text).toContain('这是我们的重点');
  });
});
