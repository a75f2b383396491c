// Tests for the words the Chinese tagger is taught (extract/data/tagger.json): funding and career verbs it does not
// know (领投, 跟投, 曾任, 加盟) are never read as names, nor as the start of an institution's name.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const entitiesOf = (text: string): string[] =>
  extractDocument({ id: 'verbs.zh', path: 'verbs.zh.md', text: `主持人：说说这家公司的历史？\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type !== 'concept' && !e.speaker)
    .map((e) => `${e.label} (${e.type})`)
    .sort();

describe('funding and career verbs are no names', () => {
  it.each([
    ['他曾任腾讯副总裁。', ['Tencent (organization)']],
    ['陈立平曾任英特尔中国研究院院长。', ['英特尔中国研究院 (organization)', '陈立平 (person)']],
    ['这一轮由红杉领投、高瓴创投跟投。', ['Hillhouse Capital (organization)', 'Sequoia Capital (organization)']],
    ['今年IDG资本参投了这一轮。', ['IDG Capital (organization)']],
    ['后来他加盟了字节跳动。', ['ByteDance (organization)']],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });
});

describe('a function word the tagger glues onto an unknown word stays out of the name', () => {
  it.each([
    ['这个功能手机上有，但安卓阵营还没有。', ['Android (product)']],
    ['B轮由明势资本领投。', ['明势资本 (organization)']],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });
});

describe('a verb the tagger glues onto an unknown name stays out of it (有美团 → 有 + 美团)', () => {
  it('我们的客户有美团、小红书', () => {
    expect(entitiesOf('我们的客户有美团、小红书，都是大客户。')).not.toContain('有美团 (organization)');
  });
});

describe('common words the tagger takes for names stay words', () => {
  it.each([
    ['谢邀。我是前百度的算法工程师。', ['Baidu (organization)']],
    ['很多创业公司智能化做得很慢。', []],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });
});

describe('a cue word the tagger takes for a name names no one (高新区/nr)', () => {
  it.each([['总部就在合肥高新区。'], ['我们在高新区有一栋楼。']])('%s', (text) => {
    expect(entitiesOf(text).filter((e) => e.endsWith('(person)'))).toEqual([]);
  });
});
