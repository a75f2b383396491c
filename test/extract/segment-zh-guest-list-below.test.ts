// Tests for extract/stages/segment/units.ts on a guest list written one guest a line under a bare "嘉宾：": a credit
// read as narration (where the profile rules find who each guest is), not the first turn of a speaker "嘉宾".
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';
import { relationsOf } from './extract-text.ts';

const TEXT = '# 对谈\n\n主持：郑琳\n\n嘉宾：\n臧永清（人民文学出版社社长）\n许知远（单向空间创始人）\n\n郑琳：两位好。\n\n臧永清：你好。\n\n许知远：你好。\n\n郑琳：开始吧。';

describe('a guest list one guest a line under a bare 嘉宾：', () => {
  it('is narration, and no speaker is called 嘉宾', () => {
    const segments = segment({ id: 'list.zh', path: 'list.zh.md', text: TEXT }).segments;
    expect(segments.find((s) => s.text.includes('臧永清（'))?.kind).toBe('narration');
    expect(segments.some((s) => s.speakerLabel === '嘉宾')).toBe(false);
  });

  it('each guest\'s profile tells where they work', () => {
    const found = relationsOf(TEXT, 'list.zh', 'han');
    expect(found, found.join('\n')).toContain('臧永清 -LEADS-> 人民文学出版社');
  });
});
