// Sound cues in brackets, in either language and either kind of bracket (segment.json soundCues): no one speaks
// them and they head no section, so the words around them stay in the speaker's turn.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const turns = (text: string) => extractText(text, 'cues').turns.filter((t) => t.kind === 'turn').map((t) => ({ speaker: t.speakerLabel, section: t.section ?? null, text: t.text }));

describe('segment: sound cues in brackets', () => {
  it('"[掌声]" in a square-bracket-labelled transcript is no speaker: the words after it stay in the turn', () => {
    const text = ['[Maya Chen] We build robots.', '', '[Host] Why robots?', '', '[掌声] Because warehouses need them.', '', '[Maya Chen] Exactly.'].join('\n');
    expect(turns(text).map((t) => t.speaker)).toEqual(['Maya Chen', 'Host', 'Maya Chen']);
    expect(turns(text)[1].text).toContain('Because warehouses need them.');
  });

  it('"【Laughter】" on a line of its own is no section heading, in whatever case it is written', () => {
    for (const cue of ['【Laughter】', '【APPLAUSE】', '【笑】']) {
      const text = ['**主持人：** 欢迎。', '', `**张伟：** 谢谢。我们在深圳做机器人。`, '', cue, '', '其实很难。', '', '**主持人：** 为什么？'].join('\n');
      const got = turns(text);
      expect(got.map((t) => t.section), cue).toEqual([null, null, null]);
      expect(got[1].text, cue).toContain('其实很难。');
    }
  });

  it('a cue opening a line in 【】, in either language and however often, is no speaker: "【Applause】…" stays in the turn', () => {
    for (const cue of ['【Applause】', '【掌声】', '【编者注】']) {
      const text = ['【主持人】欢迎王磊。', '', '【王磊】谢谢。', '', `${cue}我们开始吧。`, '', '【主持人】好的。', '', '【王磊】第一个问题。', '', `${cue}很好。`].join('\n');
      expect(turns(text).map((t) => t.speaker), cue).toEqual(['主持人', '王磊', '主持人', '王磊']);
      expect(turns(text)[1].text, cue).toContain('我们开始吧。');
    }
  });

  it('a real 【】 heading still heads the turns after it', () => {
    const text = ['**主持人：** 欢迎。', '', '【从业经历】', '', '**张伟：** 我在华为做了十年。'].join('\n');
    expect(turns(text).map((t) => t.section)).toEqual([null, '从业经历']);
  });
});
