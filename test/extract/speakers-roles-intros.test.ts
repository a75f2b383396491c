// Who hosts and who is the guest, from how a transcript introduces them: "with me is …" in the host's opening,
// "Interviewer - … / Interviewee - …" credits, and a panel's guests named in the host's first turn.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const roles = (text: string, id = 'roles') => Object.fromEntries(extractText(text, id).speakers.map((s) => [s.label, s.role]));

describe('speakers: roles from introductions', () => {
  it('"I\'m Priya Nair, and with me is Wei Zhang": Priya hosts, Wei is the guest', () => {
    const text = [
      '[00:00:00] **Priya:** Welcome to Silicon Straits. I\'m Priya Nair, and with me is Wei Zhang from SemiAnalysis.',
      '',
      '[00:00:08] **Wei:** Hey Priya, thanks for having me.',
      '',
      '[00:00:11] **Priya:** TSMC says its Arizona fab is ahead of schedule. Surprised?',
      '',
      '[00:00:15] **Wei:** A little. Apple is the anchor customer there.',
    ].join('\n');
    expect(roles(text)).toEqual({ 'Priya Nair': 'host', 'Wei Zhang': 'guest' });
  });

  it('"Interviewer - Sarah Okafor / Interviewee - Dr. James Whitfield, …" credits', () => {
    const text = [
      'Interviewer - Sarah Okafor',
      'Interviewee - Dr. James Whitfield, Chief Medical Officer, Mercy General Hospital',
      '',
      'Sarah Okafor: Dr. Whitfield, when did Mercy General start using AI scribes?',
      '',
      'James Whitfield: In early 2024. We piloted Nuance DAX in the emergency department.',
      '',
      'Sarah Okafor: And the results?',
      '',
      'James Whitfield: Documentation time fell by a third.',
    ].join('\n');
    expect(roles(text)).toEqual({ 'Sarah Okafor': 'host', 'James Whitfield': 'guest' });
  });

  it('a panel: the speakers the host names in the first turn are the guests', () => {
    const text = [
      '圆桌实录｜具身智能的下一个五年',
      '',
      '主持人（李雪，极客公园）：各位好，今天的三位嘉宾分别是宇树科技创始人王兴兴、智元机器人联合创始人彭志辉，以及清华大学教授赵明国。',
      '',
      '王兴兴：大家好。',
      '',
      '彭志辉：谢谢主持人。',
      '',
      '赵明国：大家好。',
      '',
      '主持人：先请兴兴谈谈，宇树今年最大的变化是什么？',
    ].join('\n');
    const got = roles(text, 'panel');
    expect(got['李雪']).toBe('host');
    expect(Object.entries(got).filter(([, r]) => r === 'guest').length).toBe(3);
  });

  it('a speaker the host does not name in the first turn gets no role from it', () => {
    const text = ['主持人（李雪）：各位好，今天的嘉宾是王兴兴。', '', '王兴兴：大家好。', '', '张伟：我补充一句。', '', '主持人：好的。', '', '张伟：谢谢。'].join('\n');
    expect(roles(text, 'panel2')['张伟']).toBeNull();
  });
});
