// Tests for Chinese transcripts that put the speaker in lenticular brackets at the start of the turn ("【主持人】欢迎。"),
// beside the two other uses of 【】 at a line's start: a section heading alone on its line, a sound cue before words.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'roundtable.zh');

const ROUNDTABLE = `# 圆桌：储能的下一步

【主持人】欢迎各位。今天请到了远景能源的赵岚和海辰储能的钱伟。

【从业经历】

【赵岚】谢谢。我在远景做了八年电池。

【钱伟】【笑】我们和宁德时代也是老朋友了。

【主持人】成本还能降多少？

【赵岚】还能降三成。
`;

describe('segment: 【Name】 labels', () => {
  it('reads the name in 【】 as the speaker of the words after it, a 【】 line alone as a section', () => {
    const doc = extract(ROUNDTABLE);
    const turns = doc.turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => [doc.speakers.find((s) => s.key === t.speaker)?.label, t.section])).toEqual([
      ['主持人 (host)', null],
      ['赵岚', '从业经历'],
      ['钱伟', '从业经历'],
      ['主持人 (host)', '从业经历'],
      ['赵岚', '从业经历'],
    ]);
    expect(turns[2].text).toBe('【笑】我们和宁德时代也是老朋友了。');
  });

  it('does not read a sound cue in 【】 at the start of a line as a speaker', () => {
    const doc = extract('主持人：你怎么看？\n\n嘉宾：很难说。\n\n【笑】但我们会试。\n\n主持人：好。\n');
    expect(doc.speakers.map((s) => s.label)).not.toContain('笑');
  });
});

describe('labels written as list items', () => {
  it('"- 曹仁贤（阳光电源董事长）：" is the label 曹仁贤（阳光电源董事长）, the list\'s dash no part of it', () => {
    const doc = extract('# 圆桌二\n\n- 主持人（《中国能源报》记者 罗佳）：我们开始。\n- 曹仁贤（阳光电源董事长）：大家好。\n- 主持人（《中国能源报》记者 罗佳）：曹董，储能怎么看？\n- 曹仁贤（阳光电源董事长）：储能是光伏的下半场。\n');
    const turns = doc.turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => t.speakerLabel)).toEqual(['主持人（《中国能源报》记者 罗佳）', '曹仁贤（阳光电源董事长）', '主持人（《中国能源报》记者 罗佳）', '曹仁贤（阳光电源董事长）']);
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['曹仁贤', '罗佳']);
  });
});
