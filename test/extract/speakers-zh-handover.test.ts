// Tests for extract/stages/speakers.ts on a speech-to-text call record ("说话人2 00:00:31" labels, no attendee list): a
// numbered speaker to whom the turn before hands the floor by full name ("下面有请张立新先生。", "下一个问题来自中金公司的
// 分析师贺宁。") is that person; whoever hands the floor to two of them hosts.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const TEXT = [
  '远航物流2025年半年度业绩电话会（录音转写）',
  '',
  '说话人1 00:00:02',
  '各位投资者好，欢迎参加远航物流2025年半年度业绩电话会。下面有请公司董事长张立新先生。',
  '',
  '说话人2 00:00:20',
  '谢谢。上半年公司营收同比增长12%，跨境业务增长最快。',
  '',
  '说话人1 00:03:10',
  '下面进入问答环节。第一个问题来自中金公司的分析师贺宁。',
  '',
  '说话人3 00:03:18',
  '谢谢管理层。想问一下下半年的运价走势。',
  '',
  '说话人2 00:03:40',
  '运价会稳中有降。',
].join('\n');

describe('numbered speakers handed the floor by name', () => {
  const doc = resolveSpeakers(segment({ id: 'handover.zh', path: 'handover.zh.md', text: TEXT }));
  const byLabel = (label: string) => doc.speakers.find((s) => s.aliases.includes(label));
  it.each([
    ['说话人2', '张立新'],
    ['说话人3', '贺宁'],
  ])('%s is %s', (label, name) => {
    expect(byLabel(label)?.label, doc.speakers.map((s) => `${s.label} [${s.aliases.join(' | ')}] ${s.role}`).join('\n')).toBe(name);
  });
  it('the speaker who hands them the floor hosts', () => {
    expect(byLabel('说话人1')?.role).toBe('host');
  });
});
