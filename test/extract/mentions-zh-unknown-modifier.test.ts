// Tests for extract/stages/mentions/zh.ts discoverChinese on an unknown two-character word glued to a common noun
// (做高精/x 地图/n): a term's modifier, no person; a name before a title or a verb is still one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string): string[] => extractText(text, 'modifier.zh').entities.filter((e) => e.type === 'person').map((e) => e.label);

describe('an unknown word before a common noun', () => {
  it.each([
    ['主持人：他以前做什么？\n\n嘉宾：他以前在百度做高精地图，后来做智驾。', '高精'],
    ['主持人：你们做什么？\n\n嘉宾：我们做高精地图和激光雷达。', '高精'],
  ])('%s → no person %s', (text, word) => {
    expect(people(text)).not.toContain(word);
  });

  it('a name before a noun for a person is still one: 王毅/x 外长/n', () => {
    expect(people('主持人：会议谁主持？\n\n林剑：会议将于7月在天津举行，王毅外长将主持会议。')).toContain('王毅');
  });

  it('a name before a verb is still a person: 由詹锟负责', () => {
    expect(people('主持人：谁负责？\n\n嘉宾：另外我们在上海成立了一个具身智能研究院，由詹锟负责。')).toContain('詹锟');
  });
});
