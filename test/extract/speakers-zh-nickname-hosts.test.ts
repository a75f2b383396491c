// Tests for co-hosts a Chinese header names by the nicknames they speak under ("主播：小林、阿杰", "主持人：老王、小李"):
// a Han name without a surname is a person when a speaker label gives it, so both host; a nickname no label gives
// introduces no one.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';

const roles = (text: string) => Object.fromEntries(resolveSpeakers(segment({ id: 'pod', path: 'pod.md', text })).speakers.map((s) => [s.label, s.role]));

describe('co-hosts named by nickname in the header', () => {
  it.each([
    ['主播：小林、阿杰', '小林', '阿杰'],
    ['主持人：老王、小李', '老王', '小李'],
  ])('%s: both host', (header, a, b) => {
    const text = `# 第12期：城市漫游\n\n${header}\n\n${a}：大家好，欢迎收听本期节目。\n\n${b}：今天我们聊聊城市漫游。\n\n${a}：我先说说上海。\n\n${b}：我想说说成都。\n`;
    expect(roles(text)).toEqual({ [a]: 'host', [b]: 'host' });
  });

  it('a nickname in the header that no label gives hosts no one', () => {
    const text = '# 第12期：城市漫游\n\n主播：小林、阿杰\n\n张伟：大家好。\n\n李娜：你好。\n\n张伟：再见。\n\n李娜：再见。\n';
    const found = roles(text);
    expect([found['张伟'], found['李娜'], '小林' in found, '阿杰' in found]).toEqual([null, null, false, false]);
  });
});
