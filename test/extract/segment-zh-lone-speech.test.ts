// Tests for extract/stages/segment/units.ts on a speech as sites print it: "秦华：" alone on its line once, over the
// paragraphs of the talk, the introduction above naming the speaker; the talk is that speaker's turn, not narration.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const speech = (label: string, intro: string) =>
  [
    '演讲实录 | 国产宠物粮的十年',
    '',
    intro,
    '',
    label,
    '',
    '各位同行、各位朋友，大家下午好。',
    '',
    '我是乖宝宠物的秦华。乖宝2006年在山东聊城成立，最早是给海外品牌做代工。',
    '',
    '谢谢大家！',
  ].join('\n');

describe('a lone speaker over a speech', () => {
  it('the talk below "秦华：" is 秦华\'s turn', () => {
    const doc = extractText(speech('秦华：', '在上海举行的亚洲宠物展上，乖宝宠物董事长秦华发表了主题演讲。以下为演讲全文。'), 'speech.zh');
    const turns = doc.turns.filter((t) => t.kind === 'turn');
    expect(turns.map((t) => doc.speakers.find((s) => s.key === t.speaker)?.aliases[0])).toEqual(['秦华']);
    expect(turns[0].text).toContain('我是乖宝宠物的秦华');
  });

  it('a name with a colon the introduction never names stays narration', () => {
    const doc = extractText(speech('秦华：', '在上海举行的亚洲宠物展上，一位董事长发表了主题演讲。'), 'speech2.zh');
    expect(doc.turns.filter((t) => t.kind === 'turn')).toEqual([]);
  });
});
