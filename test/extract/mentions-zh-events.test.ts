// Tests for the event suffix rule of extract/data/cues.json (zh-event): a name right before 大会/峰会/论坛/发布会 is,
// with that word, an event (AGI Playground大会, 乌镇峰会), not an organisation nor a place.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const entitiesOf = (text: string) =>
  extractDocument({ id: 'events.zh', path: 'events.zh.md', text: `主持人：最近去了哪些活动？\n\n王磊：${text}` }, context)
    .entities.filter((e) => e.type !== 'concept' && !e.speaker)
    .map((e) => `${e.label} (${e.type})`)
    .sort();

describe('a name before an event word is an event', () => {
  it.each([
    ['上周在Founders Forge大会上，我们聊了很多。', ['Founders Forge大会 (event)']],
    ['去年的乌镇峰会上也有人问过。', ['乌镇峰会 (event)']],
  ])('%s', (text, entities) => {
    expect(entitiesOf(text)).toEqual(entities);
  });

  it('a common noun before it stays out: 股东大会, 开发者大会', () => {
    expect(entitiesOf('股东大会和开发者大会都开完了。')).toEqual([]);
  });
});
