// Tests for names whose surname is rarer (尚, 缪, 瞿, 鞠, 冼…): after a title or as the subject of a job they are people,
// and words that start with such a character (尚未, 屈指可数) stay words.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('rarer surnames', () => {
  const doc = extractText(
    [
      '主持人：团队里都有谁？',
      '',
      '嘉宾：我们的联合创始人尚文澜负责海外，他之前在星巴克中国工作过六年。首席财务官缪清远来自德勤，技术负责人瞿嘉明以前在百度。',
      '公司尚未盈利，这样的团队屈指可数。',
    ].join('\n'),
    'surnames.zh',
  );

  it('are people', () => {
    const people = doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label);
    expect(people.sort()).toEqual(['尚文澜', '瞿嘉明', '缪清远']);
  });

  it('a past job is theirs, not the speaker\'s', () => {
    expect(relationLines(doc, 'han')).toContain('尚文澜 -WORKED_AT-> 星巴克中国');
  });
});
