// Tests for English product names with a model number (extract/stages/mentions/latin.ts): "the Kestrel 4" is one
// product, number included, not an organization called Kestrel.
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const entities = (text: string) => extractDocument({ id: 'products', path: 'products.md', text }, context).entities;

describe('a name and a model number after "the/our" is a product', () => {
  it.each([
    ['Revenue was driven by our warehouse picking arm, the Kestrel 4, which we now ship to retailers.', 'Kestrel 4'],
    ['We will start shipping the Ardeno 12 in March.', 'Ardeno 12'],
  ])('%s → %s', (text, name) => {
    const es = entities(text);
    expect(es.find((e) => e.label === name)?.type).toBe('product');
    expect(es.filter((e) => e.label === name.split(' ')[0])).toEqual([]);
  });

  it.each([
    ['We were in the Top 10 last year, and the top 10 is hard to reach.', 'Top'],
    ['Our revenue grew 41% to $212 million; the Kestrel 4 percent figure is wrong.', 'Kestrel 4'],
  ])('no product from a ranking or a quantity: %s', (text, name) => {
    expect(entities(text).filter((e) => e.label === name && e.type === 'product')).toEqual([]);
  });
});

describe('a name before a hardware noun is a product', () => {
  it.each([
    ['We collaborate with the national centre, which hosts the Alps supercomputer.', 'Alps'],
    ['We use our cells in two Kestava prototypes now.', 'Kestava'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('product');
  });
});
