// Tests for concepts of extract/data/lexicon/concepts.json met in Chinese robotics and AI interviews: a kind of model
// written as an acronym before 模型 (VLA模型) is that concept, not a model of its own.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

describe('VLA is a kind of model, a concept, not a model of its own', () => {
  it('我们自己训练了一个VLA模型', () => {
    const doc = extractDocument({ id: 'vla.zh', path: 'vla.zh.md', text: '主持人：模型呢？\n\n王磊：我们自己训练了一个VLA模型，机器人上跑得很好。' }, context);
    expect(doc.entities.find((e) => e.aliases.includes('VLA') || e.label === 'VLA')?.type).toBe('concept');
  });
});
