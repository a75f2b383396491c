// Tests for the zh-profile-leader rule of extract/data/relations.json: a guest profile in brackets naming the head of
// an organisation, "臧永清（人民文学出版社社长）", says the guest leads it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (guests: string): string => `# 对谈\n\n${guests}\n\n郑琳：两位好。\n\n臧永清：你好。\n\n许知远：你好。\n\n郑琳：开始吧。`;

describe('a guest profile in brackets naming the head of an organisation', () => {
  it.each([
    ['嘉宾：臧永清（人民文学出版社社长）、许知远（单向空间创始人）', ['臧永清 -LEADS-> 人民文学出版社', '许知远 -FOUNDED-> 单向空间']],
    ['嘉宾：臧永清（四川大学华西医院院长）、许知远（国家数据局局长兼党组书记）', ['臧永清 -LEADS-> 四川大学华西医院', '许知远 -LEADS-> 国家数据局']],
  ])('%s', (guests, expected) => {
    const found = relationsOf(talk(guests), 'profiles.zh', 'han');
    for (const r of expected) expect(found, found.join('\n')).toContain(r);
  });

  it.each([
    ['嘉宾：臧永清（北京协和医院放射科主任）、许知远（作家）', '臧永清 -LEADS-> 北京协和医院'],
    ['嘉宾：臧永清（人民文学出版社副社长）、许知远（作家）', '臧永清 -LEADS-> 人民文学出版社'],
  ])('%s: a department head or a deputy leads no organisation', (guests, absent) => {
    const found = relationsOf(talk(guests), 'profiles.zh', 'han');
    expect(found, found.join('\n')).not.toContain(absent);
  });
});
