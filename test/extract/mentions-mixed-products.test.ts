// Tests for Latin names in Chinese sentences (extract/stages/mentions/latin.ts): a name a sentence calls (叫 X 的 …)
// is the kind of thing named after it, and "X 也投了我们" is an investment in the speaker's company.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extract = (text: string) => extractDocument({ id: 'mixed', path: 'mixed.md', text }, context);
const typeOf = (text: string, label: string) => extract(text).entities.find((e) => e.label === label)?.type;

describe('叫 X 的 <kind>', () => {
  it.each([
    ['我们做一个叫 Quell 的 coding agent，Quell 主要帮企业迁移代码。', 'Quell', 'product'],
    ['他们有一个叫Lumora的App。', 'Lumora', 'product'],
    ['我们训练了一个叫 Orcano 的模型。', 'Orcano', 'model'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(`主持人：说说产品。\n\n嘉宾：${text}`, label)).toBe(type);
  });

  it('"App" alone names no organisation', () => {
    expect(extract('主持人：说说产品。\n\n嘉宾：他们有一个叫Lumora的App。').entities.map((e) => e.label)).not.toContain('App');
  });
});

describe('an investor "也投了我们"', () => {
  it('invests in the company the speaker founded', () => {
    const doc = extract('主持人：今天的嘉宾是 Vela Labs 的联合创始人陈一凡。一凡你好！\n\n陈一凡：你好。\n\n主持人：融资呢？\n\n陈一凡：Y Combinator 也投了我们，Accel 投资了我们。');
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const found = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);
    expect(found, found.join('\n')).toContain('Y Combinator -INVESTED_IN-> Vela Labs');
    expect(found, found.join('\n')).toContain('Accel -INVESTED_IN-> Vela Labs');
  });
});

describe('who uses a product and what it runs on', () => {
  it('"Capital One 和平安保险都在用 Quell", "Quell 底层我们用 Claude 3.5 Sonnet"', () => {
    const doc = extract('主持人：说说产品。\n\n嘉宾：我们做一个叫 Quell 的 coding agent。Quell 底层我们用 Claude 3.5 Sonnet。客户方面，Capital One 和平安保险都在用 Quell。');
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    const found = doc.relations.map((r) => `${label.get(r.source)} -${r.type}-> ${label.get(r.target)}`);
    for (const r of ['Quell -BUILT_ON-> Claude 3.5 Sonnet', 'Capital One -USES-> Quell', 'Ping An Insurance -USES-> Quell']) expect(found, found.join('\n')).toContain(r);
  });
});
