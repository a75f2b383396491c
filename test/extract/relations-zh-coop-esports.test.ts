// Tests for a farm co-operative and an esports club talked about in Chinese: 合作社 names an organization after a place
// or name (not after 农民专业), 盒马 cut by the tagger (盒/q 马签/x) is still the grocer and no person 马签, games and
// the Asian Games are known, "我们跟X签了…协议" partners the speaker's organisation, "X是Y旗下的…平台" is part of Y.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = extractText(
  [
    '主持人：今天的嘉宾是宁夏中宁县枸杞专业合作社理事长马海龙。',
    '',
    '马海龙：我们的枸杞以前卖给批发商，现在我们跟盒马签了长期供货协议，盒马是阿里巴巴旗下的生鲜零售平台，也通过拼多多和盒马卖。',
    '村里的农民专业合作社很多。我儿子在腾讯互娱上班，天天玩英雄联盟和王者荣耀，拳头游戏、原神他都熟，还去看了亚运会。',
    '我女儿在德勤做审计，女婿在宜家上班，侄子在西北农林科技大学读书，外甥在上海体育学院。',
  ].join('\n'),
  'coop-esports.zh',
);
const labels = doc.entities.map((e) => `${e.label}/${e.type}`);
const lines = relationLines(doc, 'han');

describe('a co-operative and its buyers', () => {
  it('the co-operative is an organization its chair leads; the kind of co-operative is none', () => {
    expect(labels).toContain('中宁县枸杞专业合作社/organization');
    expect(lines).toContain('马海龙 -LEADS-> 中宁县枸杞专业合作社');
    expect(labels.filter((l) => l.startsWith('农民专业合作社'))).toEqual([]);
  });

  it('盒马 is the grocer, part of Alibaba, the co-operative\'s customer (a delivery contract); no person 马签 or 马卖', () => {
    expect(labels).toContain('Freshippo/organization');
    expect(lines).toEqual(expect.arrayContaining(['盒马 -PART_OF-> 阿里巴巴', '中宁县枸杞专业合作社 -SUPPLIES-> 盒马']));
    expect(doc.entities.filter((e) => e.type === 'person' && !e.speaker).map((e) => e.label)).toEqual([]);
  });
});

describe('games, the companies behind them, and other employers and schools', () => {
  it.each([
    ['Tencent Interactive Entertainment/organization'],
    ['League of Legends/work'],
    ['Honor of Kings/work'],
    ['Riot Games/organization'],
    ['Genshin Impact/work'],
    ['Asian Games/event'],
    ['Deloitte/organization'],
    ['IKEA/organization'],
    ['Northwest A&F University/organization'],
    ['Shanghai University of Sport/organization'],
  ])('%s', (label) => {
    expect(labels).toContain(label);
  });
});
