// Tests for segment.json selfIntroductions on a call's officers naming themselves with their post: "我是公司投资者关系
// 负责人王菲", "我是首席财务官贺婷" — a numbered speaker who says so is that person.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

describe('a numbered speaker names themselves with their post', () => {
  it.each([
    ['各位好，欢迎参加本次业绩电话会。我是公司投资者关系负责人邱雅琴。', '邱雅琴'],
    ['谢谢。我是首席财务官贺婷，下面介绍财务情况。', '贺婷'],
  ])('%s', (words, name) => {
    const text = ['说话人1 00:00:02', words, '', '说话人2 00:00:40', '谢谢，请提问。', '', '说话人1 00:01:10', '好的。'].join('\n');
    const doc = resolveSpeakers(segment({ id: 'officer.zh', path: 'officer.zh.md', text }));
    expect(doc.speakers.find((s) => s.aliases.includes('说话人1'))?.label, doc.speakers.map((s) => `${s.label} [${s.aliases.join(' | ')}]`).join('\n')).toBe(name);
  });
});
