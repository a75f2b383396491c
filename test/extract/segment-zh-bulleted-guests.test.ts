// Tests for extract/stages/segment/units.ts listBelow on a header's guest list written as Markdown bullets under a bare
// "嘉宾：" ("- 王兴兴，宇树科技创始人", "- Jim Fan, Senior Research Scientist, NVIDIA"): a credit, not a turn of a phantom
// 嘉宾 speaker; the people listed are the guests.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const TEXT = [
  '# 具身智能圆桌实录',
  '',
  '主持人：苏薇（量子位）',
  '嘉宾：',
  '- 王兴兴，宇树科技创始人兼CEO',
  '- Jim Fan, Senior Research Scientist, NVIDIA',
  '- 卢宗青，智源研究院多模态交互研究中心负责人',
  '',
  '苏薇：欢迎三位。先请兴兴聊聊今年的出货量。',
  '',
  '王兴兴：今年会翻一倍。',
  '',
  'Jim Fan：Simulation is still the bottleneck.',
  '',
  '卢宗青：数据是关键。',
  '',
  '苏薇：谢谢三位。',
].join('\n');

describe('a bulleted guest list under 嘉宾：', () => {
  const doc = resolveSpeakers(segment({ id: 'bullets.zh', path: 'bullets.zh.md', text: TEXT }));
  const roles = Object.fromEntries(doc.speakers.map((s) => [s.label, s.role]));
  it('no phantom 嘉宾 speaker; the listed people are guests', () => {
    expect(roles).toEqual({ 苏薇: 'host', 王兴兴: 'guest', 'Jim Fan': 'guest', 卢宗青: 'guest' });
  });
});
