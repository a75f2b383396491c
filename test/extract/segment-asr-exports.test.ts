// Tests for transcripts exported from speech-to-text services (飞书妙记, 通义听悟, otter.ai and the like): a header of
// keywords before the text, speakers numbered by the service ("发言人2", "Speaker 2") who say who they are.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'export');
const speakersOfTurns = (doc: ReturnType<typeof extract>) =>
  doc.turns.filter((t) => t.kind === 'turn').map((t) => doc.speakers.find((s) => s.key === t.speaker)?.label);

const FEISHU = `新能源车复盘 - 妙记
2025年3月2日 下午 3:10|42分钟 10秒

关键词:
电池、补能、出海

文字记录:
周航 00:00
大家好，今天请到了宁德时代的工程师林悦。

林悦 00:12
谢谢周航。

周航 00:40
钠电池什么时候上车？

林悦 01:05
明年。
`;

describe('speech-to-text exports', () => {
  it('reads the keywords header as no speaker, and keeps the first turn after 文字记录', () => {
    const doc = extract(FEISHU);
    expect(speakersOfTurns(doc)).toEqual(['周航', '林悦', '周航', '林悦']);
    expect(doc.speakers.map((s) => s.label).sort()).toEqual(['周航', '林悦']);
  });

  it.each([
    ['Chinese', '发言人1   00:00\n大家好，欢迎收听。今天的嘉宾是智谱的张鹏。\n\n发言人2   00:08\n大家好，我是张鹏，智谱AI的CEO。\n\n发言人1   00:20\n最近怎么样？\n\n发言人2   00:31\n很忙。\n', ['发言人1', '张鹏', '发言人1', '张鹏']],
    ['English', 'Speaker 1  00:00\nWelcome back to the show.\n\nSpeaker 2  00:05\nThanks. Hi everyone, I\'m Dana Whitfield from the port authority.\n\nSpeaker 1  00:12\nHow busy is it?\n\nSpeaker 2  00:20\nVery.\n', ['Speaker 1', 'Dana Whitfield', 'Speaker 1', 'Dana Whitfield']],
  ])('names a numbered speaker who says who they are (%s), and leaves the other numbered', (_, text, expected) => {
    expect(speakersOfTurns(extract(text))).toEqual(expected);
  });

  it('gives the self-introduced speaker what they say of themselves', () => {
    const doc = extract('发言人1   00:00\n欢迎。\n\n发言人2   00:08\n大家好，我是张鹏，智谱AI的CEO。\n\n发言人1   00:20\n谢谢。\n\n发言人2   00:31\n谢谢。\n');
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    expect(doc.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`)).toContain('张鹏 CEO_OF Zhipu AI');
  });
});

describe('an otter.ai export where some speak once', () => {
  it('each name over its words with the time is a speaker, also one who speaks only once, in English and Chinese', () => {
    const en = extract('Harbor Commission Hearing\n\nChair Linda Osei  0:02\nThe meeting will come to order.\n\nCommissioner Raj Patel  0:14\nMadam Chair, a note on the lease.\n\nChair Linda Osei  0:25\nThank you. Port Director Alan Kim?\n\nAlan Kim  0:31\nThe lease runs twenty years.\n');
    expect(speakersOfTurns(en)).toEqual(['Linda Osei', 'Raj Patel', 'Linda Osei', 'Alan Kim']);
    expect(en.turns.find((t) => t.text.startsWith('The meeting'))?.text).toBe('The meeting will come to order.');
    const zh = extract('港口听证会\n\n周航  00:00\n会议开始。\n\n林悦  00:12\n我补充一点。\n\n周航  00:40\n谢谢。请王强介绍一下。\n\n王强  01:05\n好的。\n');
    expect(speakersOfTurns(zh)).toEqual(['周航', '林悦', '周航', '王强']);
  });

  it('a list of chapters with times stays text: no speakers from it', () => {
    const doc = extract('Episode 12\n\nChair Linda Osei  0:02\nWelcome.\n\nDana Cole  0:09\nThanks.\n\nChair Linda Osei  0:20\nChapters:\nOpening Remarks  0:00\nMarket Outlook  5:12\n\nThat is all for today.\n');
    expect(speakersOfTurns(doc)).toEqual(['Linda Osei', 'Dana Cole', 'Linda Osei']);
  });
});

describe('numbered speakers with their names in brackets', () => {
  it('"Speaker 2 (David Osei):" is David Osei, also with a role after the name that makes the label long', () => {
    const doc = extract(
      [
        'Speaker 1 (Jennifer Walsh, Director of Graduate Admissions): Hi everyone. With me is Professor David Osei.',
        'Speaker 2 (David Osei): Hi all. I did my PhD at the University of Waterloo.',
        'Speaker 1 (Jennifer Walsh): Do you accept the GRE?',
        'Speaker 2 (David Osei): We no longer require it.',
      ].join('\n\n'),
    );
    expect(speakersOfTurns(doc)).toEqual(['Jennifer Walsh', 'David Osei', 'Jennifer Walsh', 'David Osei']);
  });

  it('"发言人1（张鹏）：" is 张鹏', () => {
    const doc = extract(['发言人1（张鹏）：大家好，今天聊聊储能。', '发言人2（林悦）：谢谢张总。', '发言人1（张鹏）：钠电池什么时候上车？', '发言人2（林悦）：明年。'].join('\n\n'));
    expect(speakersOfTurns(doc)).toEqual(['张鹏', '林悦', '张鹏', '林悦']);
  });
});
