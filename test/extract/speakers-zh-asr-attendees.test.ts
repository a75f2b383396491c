// Tests for extract/stages/speakers.ts on a speech-to-text meeting record ("说话人2 00:00:15" labels under a
// 参会人员 line): a numbered speaker who names themselves with their employer, or whom the turn before calls on by
// surname and honorific, is that attendee; whoever calls on them hosts, the attendees are guests.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const TEXT = [
  '会议纪要：县域医共体建设座谈会',
  '',
  '会议时间：2025年6月3日 09:30',
  '参会人员：郝建军（安吉县卫生健康局 局长）、戚美玲（安吉县人民医院 院长）、骆文斌（递铺街道社区卫生服务中心 主任）',
  '',
  '说话人1 00:00:02',
  '各位早上好，我们开始。先请郝局长讲讲总体情况。',
  '',
  '说话人2 00:00:11',
  '好的。今年全县的医共体已经覆盖了所有乡镇。',
  '',
  '说话人1 00:02:40',
  '戚院长，县医院这边压力大不大？',
  '',
  '说话人3 00:02:47',
  '压力不小，门诊量涨了两成。',
  '',
  '说话人1 00:04:05',
  '好，下面社区这边。',
  '',
  '说话人4 00:04:12',
  '谢谢。我是递铺街道社区卫生服务中心的骆文斌，我们这边签约了三万多居民。',
  '',
  '说话人1 00:06:30',
  '今天就到这里，谢谢大家。',
].join('\n');

const doc = resolveSpeakers(segment({ id: 'asr.zh', path: 'asr.zh.md', text: TEXT }));
const byLabel = (label: string) => doc.speakers.find((s) => s.aliases.includes(label));

describe('numbered speakers of a meeting record', () => {
  it.each([
    ['说话人2', '郝建军'],
    ['说话人3', '戚美玲'],
    ['说话人4', '骆文斌'],
  ])('%s is %s', (label, name) => {
    expect(byLabel(label)?.label, doc.speakers.map((s) => `${s.label} [${s.aliases.join(' | ')}] ${s.role}`).join('\n')).toBe(name);
    expect(byLabel(label)?.role).toBe('guest');
  });

  it('the speaker who calls on them hosts', () => {
    expect(byLabel('说话人1')?.role).toBe('host');
  });
});
