// Press conferences: a reporter's question ("新华社记者：", "Reporter:") is its own paragraph, not a person, and never
// part of the answer before it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const rows = (text: string) => extractText(text).turns.map((t) => [t.kind, t.speakerLabel, t.text]);

describe('segment: reporters at a press conference', () => {
  it('"新华社记者：" and "第一财经记者：" are narration between the answers, with their outlet kept', () => {
    const text = [
      '主持人 寿小丽：欢迎出席新闻发布会。',
      '',
      '单忠德：谢谢主持人。',
      '',
      '新华社记者：请问在算力方面有哪些进展？',
      '',
      '单忠德：我国算力总规模已经位居全球第二。',
      '',
      '第一财经记者：数据要素市场化方面有什么政策？',
      '',
      '刘烈宏：我们将出台配套细则。',
    ].join('\n');
    const found = rows(text);
    expect(found.map(([kind, label]) => `${kind} ${label}`)).toEqual([
      'turn 主持人 寿小丽', 'turn 单忠德', 'narration null', 'turn 单忠德', 'narration null', 'turn 刘烈宏',
    ]);
    expect(found[2][2]).toMatch(/^新华社记者[:：] ?请问在算力方面有哪些进展？$/);
    expect(found[3][2]).toBe('我国算力总规模已经位居全球第二。');
    expect(extractText(text).speakers.map((s) => s.label)).not.toContain('第一财经记者');
  });

  it('"（来源：国新网）" after the last turn is a credit, not the host\'s words', () => {
    const text = ['主持人 寿小丽：今天的发布会到此结束，谢谢各位。', '', '单忠德：谢谢。', '', '主持人 寿小丽：散会。', '', '（来源：国新网）'].join('\n');
    const found = rows(text);
    expect(found[found.length - 1]).toEqual(['boilerplate', null, '（来源：国新网）']);
    expect(found[found.length - 2][2]).toBe('散会。');
  });

  it('"Q. (Sky Sports) …" between named speakers\' answers, with no "A.", is a reporter\'s question: narration, not the answer before it', () => {
    const text = [
      'MODERATOR: Good evening. Questions please.',
      '',
      'Q. (Sky Sports) Ange, how do you assess it?',
      '',
      'ANGE POSTECOGLOU: It was a big one for the fans.',
      'Q. (BBC Sport) James, talk us through the goal.',
      '',
      'JAMES MADDISON: Sonny played it into my feet.',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['turn', 'MODERATOR', 'Good evening. Questions please.'],
      ['narration', null, 'Q. (Sky Sports) Ange, how do you assess it?'],
      ['turn', 'ANGE POSTECOGLOU', 'It was a big one for the fans.'],
      ['narration', null, 'Q. (BBC Sport) James, talk us through the goal.'],
      ['turn', 'JAMES MADDISON', 'Sonny played it into my feet.'],
    ]);
  });

  it('a bare "记者：" / "Reporter:" is the interviewer of a press interview, as before: the host asking', () => {
    const zh = ['记者：您怎么看今年的算力投资？', '', '张伟：会继续增长。', '', '记者：谢谢。', '', '张伟：不客气。'].join('\n');
    expect(rows(zh).map(([kind, label]) => `${kind} ${label}`)).toEqual(['turn 记者', 'turn 张伟', 'turn 记者', 'turn 张伟']);
    expect(extractText(zh).speakers.find((s) => s.aliases.includes('记者'))?.role).toBe('host');
    const en = ['Reporter: Will the budget cut health spending?', '', 'Simon Kerr: No.', '', 'Reporter: Thank you.', '', 'Simon Kerr: Thanks.'].join('\n');
    expect(rows(en).map(([kind]) => kind)).toEqual(['turn', 'turn', 'turn', 'turn']);
  });
});
