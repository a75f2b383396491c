// Tests for Chinese relation rules of extract/data/relations.json: a work 由X发行/出版 (PUBLISHED), and investors the
// host names as the guest's ("红杉中国和黑蚁资本是你们早期的投资人": INVESTED_IN the guest's company).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a work published by a company', () => {
  it.each([
    ['主持人：说说那款游戏？\n\n陈星汉：《风之旅人》当年由索尼发行，拿了很多奖。', '索尼 -PUBLISHED-> 风之旅人'],
    ['主持人：说说那本书？\n\n李华：《三体》由重庆出版社出版，后来卖到了海外。', '重庆出版社 -PUBLISHED-> 三体'],
    ['主持人：说说那款游戏？\n\n陈星汉：后来网易发行了《光·遇》的国服。', '网易 -PUBLISHED-> 光·遇'],
  ])('%s', (text, expected) => {
    const found = relationsOf(text, 'published.zh', 'han');
    expect(found, found.join('\n')).toContain(expected);
  });

  it('发行 of shares publishes no work', () => {
    const found = relationsOf('主持人：融资呢？\n\n李华：网易发行了新的债券，规模不小。', 'published.zh', 'han');
    expect(found.filter((r) => r.includes('-PUBLISHED->')), found.join('\n')).toEqual([]);
  });
});

describe('investors the host names as the guest\'s', () => {
  it('是你们早期的投资人 → invested in the guest\'s company', () => {
    const text = '# 专访泡泡玛特王宁\n\n编者按：泡泡玛特创始人王宁接受专访。\n\n**主持人：**红杉中国和黑蚁资本是你们早期的投资人，您怎么看？\n\n**王宁：**他们帮了我们很多。';
    const found = relationsOf(text, 'investors.zh', 'han');
    expect(found, found.join('\n')).toContain('红杉中国 -INVESTED_IN-> 泡泡玛特');
    expect(found, found.join('\n')).toContain('黑蚁资本 -INVESTED_IN-> 泡泡玛特');
  });
});
