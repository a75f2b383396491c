// Tests for segment.json introductions on a lecture's header: "主讲人：X（…）" introduces the lecturer, who answers the
// audience's questions (提问者1, 提问者2): a guest, as 嘉宾：X is; the 主持人 hosts.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const TEXT = [
  '复旦大学“光华讲坛”问答实录',
  '',
  '主讲人：钱立峰（复旦大学历史学系教授）',
  '主持人：孙琳',
  '',
  '孙琳：谢谢钱老师的报告，下面进入提问环节。',
  '',
  '提问者1：钱老师好，请问宋代的市舶司是怎么管理海外贸易的？',
  '',
  '钱立峰：市舶司主要负责征税和管理外商。',
  '',
  '提问者2：泉州港后来为什么衰落了？',
  '',
  '钱立峰：原因很多，元末的战乱是一个。',
].join('\n');

describe("a lecture's 主讲人", () => {
  const doc = resolveSpeakers(segment({ id: 'lecture.zh', path: 'lecture.zh.md', text: TEXT }));
  const role = (name: string) => doc.speakers.find((s) => s.label === name)?.role;
  it('the lecturer is a guest, the chair hosts', () => {
    expect(role('钱立峰'), doc.speakers.map((s) => `${s.label} ${s.role}`).join('\n')).toBe('guest');
    expect(role('孙琳')).toBe('host');
  });
});
