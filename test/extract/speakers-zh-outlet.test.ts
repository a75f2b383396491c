// Tests for extract/stages/speakers.ts on a Chinese article whose questions are labelled with the outlet's name
// (**晚点：**): the outlet the header credits interviews, the one answering is the guest.
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../extract/stages/speakers.ts';
import { segment } from '../../extract/stages/segment.ts';

const rolesOf = (text: string) => Object.fromEntries(resolveSpeakers(segment({ id: 'outlet.zh', path: 'outlet.zh.md', text })).speakers.map((s) => [s.label, s.role]));

describe('an outlet-labelled interview', () => {
  it('the outlet credited in the header hosts, the other speaker is the guest', () => {
    const text = '# 对话顾衡：工业相机的下一站\n\n原创 极客观察 极客观察 2026-01-05 08:00 上海\n\n**极客观察：** 你为什么做工业相机？\n\n**顾衡：** 因为需求在变。\n\n**极客观察：** 客户是谁？\n\n**顾衡：** 主要是汽车厂。';
    expect(rolesOf(text)).toEqual({ 极客观察: 'host', 顾衡: 'guest' });
  });

  it('a header written as narration (a date in 年月日, an editor\'s note) credits the outlet as well', () => {
    const text =
      '对话芯航创始人邓远：窗口期只剩两年\n\n原创 车界观察 智车前沿 2026年10月12日 08:30 上海\n\n编者按：近日，我们在苏州见到了邓远。\n\n' +
      '智车前沿：你为什么出来创业？\n\n邓远：因为窗口期很短。\n\n智车前沿：客户是谁？\n\n邓远：主要是车厂。';
    expect(rolesOf(text)).toEqual({ 智车前沿: 'host', 邓远: 'guest' });
  });

  it('a person-shaped label in the header is no outlet', () => {
    const text = '# 对谈\n\n来源：某播客\n作者：林岚\n\n林岚：你好。\n\n周航：你好。\n\n林岚：说说吧。\n\n周航：好。';
    expect(rolesOf(text).林岚).not.toBe('host');
  });
});
