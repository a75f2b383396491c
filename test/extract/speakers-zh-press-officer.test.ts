// Tests for a press conference opened by the press officer ("新闻官：请各位记者朋友提问…"): 新闻官 is a role word, the
// host of the conference, not a person named 新闻官.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('新闻官 at a press conference', () => {
  it('hosts, and the players the officer calls up are the guests', () => {
    const doc = extractText('新闻官：请各位记者朋友提问。先请主教练王建军和球员李明。\n\n王建军：谢谢大家。\n\n李明：我们打得很好。\n\n新闻官：发布会到此结束。\n', 'presser.zh');
    const roles = Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]));
    expect(roles).toEqual({ '主持人 (host)': 'host', 王建军: 'guest', 李明: 'guest' });
    expect(doc.entities.some((e) => e.label === '新闻官')).toBe(false);
  });
});
