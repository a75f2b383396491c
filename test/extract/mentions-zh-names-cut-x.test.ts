// Tests for mentions/zh.ts discoverChinese on a name the tagger cuts as an unknown word and one character before a
// title (贺来/x 运/n 先生): the lone character belongs to the name, no person 贺来.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('a name cut before its title', () => {
  it.each([
    ['主持人：感谢贺来运先生的分享。\n\n嘉宾：不客气。', '贺来运'],
    ['主持人：有请盛来运先生。\n\n嘉宾：大家好。', '盛来运'],
  ])('%s → %s', (text, name) => {
    const people = extractText(text, 'cut.zh').entities.filter((e) => e.type === 'person').map((e) => e.label);
    expect(people).toContain(name);
    expect(people).not.toContain(name.slice(0, 2));
  });
});
