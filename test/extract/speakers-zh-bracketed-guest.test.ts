// Tests for the introductions of extract/data/segment.json on a Q&A article whose guest is named in a 【嘉宾】 block:
// "【嘉宾】林晓峰，山野茶集创始人" names who answers the 答： turns.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const answerer = (text: string) => {
  const doc = resolveSpeakers(segment({ id: 'qa.zh', path: 'qa.zh.md', text }));
  const turn = doc.turns.find((t) => t.speakerLabel === '答');
  return doc.speakers.find((s) => s.key === turn?.speaker)?.label;
};

describe('a guest named in a 【嘉宾】 block', () => {
  it.each([
    ['【嘉宾】林晓峰，某茶饮品牌创始人兼CEO'],
    ['【嘉宾】林晓峰（某茶饮品牌创始人）'],
    ['嘉宾：林晓峰，某茶饮品牌创始人'],
  ])('%s: the answers are hers', (block) => {
    const text = `# 新茶饮下半场\n\n${block}\n\n问：您为什么创业？\n答：因为喜欢。\n\n问：门店多少家？\n答：一千家。`;
    expect(answerer(text)).toBe('林晓峰');
  });

  it('a 【嘉宾说】 heading names no one', () => {
    const text = '# 新茶饮\n\n【嘉宾说】\n\n问：您为什么创业？\n答：因为喜欢。\n\n问：门店多少家？\n答：一千家。';
    expect(answerer(text)).toBe('嘉宾 (guest)');
  });
});
