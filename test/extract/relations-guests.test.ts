// Tests for the greeting and invitation rules of extract/data/relations.json (zh-greeting, zh-invited-guest,
// en-greeting): a host who greets or introduces several guests at once interviews each of them.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

/** "host -INTERVIEWS-> guest" for every INTERVIEWS relation of a transcript, by label. */
function interviews(text: string): string[] {
  const doc = extractDocument({ id: 'guests', path: 'guests.md', text }, context);
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.relations.filter((r) => r.type === 'INTERVIEWS').map((r) => `${label.get(r.source)} -> ${label.get(r.target)}`).sort();
}

describe('a host greeting several guests interviews each', () => {
  it.each([
    ['主持人：大家好，欢迎三位嘉宾：张三、李四和王五。\n\n张三：谢谢邀请。\n\n李四：很高兴来。\n\n王五：大家好。'],
    ['主持人：今天我们请到了张三、李四和王五三位。\n\n张三：谢谢邀请。\n\n李四：很高兴来。\n\n王五：大家好。'],
  ])('%s', (text) => {
    expect(interviews(text)).toEqual(['主持人 (host) -> 张三', '主持人 (host) -> 李四', '主持人 (host) -> 王五']);
  });

  it('Welcome, Alice Smith, Bob Jones and Carol White', () => {
    const text = 'Host: Welcome, Alice Smith, Bob Jones and Carol White.\n\nAlice Smith: Thanks for having me.\n\nBob Jones: Glad to be here.\n\nCarol White: Hello everyone.';
    expect(interviews(text)).toEqual(['Host (host) -> Alice Smith', 'Host (host) -> Bob Jones', 'Host (host) -> Carol White']);
  });

  it('someone named in the list who never speaks is not interviewed', () => {
    const found = interviews('主持人：欢迎张三和李四。\n\n张三：谢谢邀请。\n\n主持人：我们开始吧。\n\n张三：好的。');
    expect(found).toEqual(['主持人 (host) -> 张三']);
  });
});
