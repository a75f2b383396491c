// Tests for cues.json zhSurnames and segment.json surnames on 曲, 司 and 鄂: a name after a title (首席财务官曲玉) or
// a one-time label (司德：) with one of them is a person; the common words they open (司机, 曲子, 司法, 鄂州) are not.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const persons = (text: string) =>
  extractText(text, 'surnames.zh')
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.label)
    .sort();

describe('the surnames 曲, 司, 鄂', () => {
  it('a name after a title is a person', () => {
    expect(persons('主持人：今天谁来？\n\n嘉宾：首席财务官曲玉先生会介绍财务情况。')).toContain('曲玉');
  });

  it('an article title naming a founder gives the founding, and the label is the guest', () => {
    const doc = extractText('对话泡泡玛特联合创始人司德：潮玩不是玩具\n\n原创 晚点团队 晚点LatePost\n\n晚点：你们什么时候开始做潮玩？\n\n司德：2016年以后。\n\n晚点：为什么？\n\n司德：因为拿到了授权。', 'title.zh');
    expect(relationLines(doc)).toContain('司德 -FOUNDED-> Pop Mart');
    expect(doc.speakers.find((s) => s.label === '司德')?.role).toBe('guest');
  });

  it('司机, 曲子, 司法 and 鄂州 name no one', () => {
    expect(persons('主持人：路上怎么样？\n\n嘉宾：司机师傅把我们送到了鄂州市，车上放的曲子很好听，司法程序也走完了。')).toEqual(['嘉宾 (guest)', '主持人 (host)'].sort());
  });
});
