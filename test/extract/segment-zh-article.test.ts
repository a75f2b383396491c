// Tests for extract/stages/segment/units.ts and the metadata keys of segment.json on a 晚点-style article: a
// hard-wrapped blockquote (> 编者按：…) loses its markers, and a bold picture credit after the talk is no speaker.
import { describe, expect, it } from 'vitest';
import { segment } from '../../extract/stages/segment.ts';

const segmentsOf = (text: string) => segment({ id: 'article.zh', path: 'article.zh.md', text }).segments;

describe('a Chinese interview article', () => {
  const article = [
    '# 对话李华：做机器人要有耐心',
    '',
    '> 编者按：过去三年，机器人公司从“能不能做出来”走到了“能不能卖出去”。',
    '> 星海智能创始人李华此前在大疆做了八年，',
    '> 我们和他聊了聊。',
    '',
    '**晚点：** 你为什么离开大疆？',
    '',
    '**李华：** 我想自己试试。',
    '',
    '---',
    '',
    '**题图来源：** 星海智能官网',
    '',
    '扫码关注，设为星标。',
  ].join('\n');

  it('reads the wrapped editor’s note without its quote markers', () => {
    const note = segmentsOf(article).find((s) => s.text.includes('编者按'));
    expect(note?.text).not.toContain('>');
    expect(note?.text).toContain('星海智能创始人李华此前在大疆做了八年，我们和他聊了聊。');
  });

  it('keeps the picture credit out of the speakers', () => {
    const segments = segmentsOf(article);
    expect(segments.filter((s) => s.kind === 'turn').map((s) => s.speakerLabel)).toEqual(['晚点', '李华']);
    expect(segments.find((s) => s.text.includes('官网'))?.kind).toBe('boilerplate');
  });
});
