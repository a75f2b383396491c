// Tests for the 叫/名为 cue of extract/stages/mentions/zh.ts (discoverCalled): a name after a product noun and 叫 is
// that product or model, quoted (叫“玄武X1”) or a Latin name written bare (模型叫Nova-2B), whatever its shape says.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const typeOf = (text: string, label: string) =>
  extractDocument({ id: 'called.zh', path: 'called.zh.md', text: `主持人：说说你们的产品。\n\n王磊：${text}` }, context).entities.find((e) => e.label === label)?.type;

describe('a Latin name after a product noun and 叫 is that product or model (no quotes needed)', () => {
  it.each([
    ['我们的第一个模型叫Nova-2B，去年开源了。Nova-2B的效果不错。', 'Nova-2B', 'model'],
    ['我们做的芯片叫Kestrel X1，明年量产。', 'Kestrel X1', 'product'],
    ['我们第一款芯片叫“玄武X1”。', '玄武X1', 'product'],
  ])('%s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });

  it('a person called so stays a person: 我们的CTO叫Alice Wong', () => {
    expect(typeOf('我们的CTO叫Alice Wong，她以前在谷歌。', 'Alice Wong')).not.toBe('product');
  });
});

describe('a comma may stand before 叫', () => {
  it('我们自己训练了一个模型，叫Nova-VLA', () => {
    expect(typeOf('我们自己训练了一个模型，叫Nova-VLA。Nova-VLA跑在车上。', 'Nova-VLA')).toBe('model');
  });
});

describe('a quoted name right after a device noun a making verb takes is that product, no 叫 needed', () => {
  it.each([
    ['星云量子今年发布了第三代超导量子计算机“星云一号”。', '星云一号', 'product'],
    ['他们推出了大模型“天穹”，效果很好。', '天穹', 'model'],
  ])('%s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });

  it('an emphasis quote after the noun is no product: 芯片“卡脖子”, 研发芯片“卡脖子”的问题', () => {
    const text = '芯片“卡脖子”很严重，我们研发芯片“卡脖子”的问题也多。';
    expect(typeOf(text, '卡脖子')).toBeUndefined();
  });
});
