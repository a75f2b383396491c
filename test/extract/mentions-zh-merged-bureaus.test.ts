// Tests for cues.json zh-agency on the merged local bureaus of the 2018 reform: a city's 文化广电和旅游局, 卫生健康委员会
// and 医疗保障局 are one government body with the place before them, and their heads lead them.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  '主持人：请几位介绍一下。\n\n周立新：我是长春市文化广电和旅游局局长周立新。今年我们和太原市卫生健康委员会、晋中市医疗保障局一起做了试点。',
  'bureaus.zh',
);

describe('merged local bureaus', () => {
  it.each([['长春市文化广电和旅游局'], ['太原市卫生健康委员会'], ['晋中市医疗保障局']])('%s is one government body', (name) => {
    const found = doc.entities.find((e) => e.label === name || e.aliases.includes(name));
    expect(found?.type, doc.entities.map((e) => `${e.type} ${e.label}`).join('\n')).toBe('government');
  });

  it('the bureau director leads the whole bureau', () => {
    expect(relationLines(doc, 'han')).toContain('周立新 -LEADS-> 长春市文化广电和旅游局');
  });
});
