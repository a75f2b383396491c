// Tests for a name right before "engine" (cues.json suffix en-product-hint): "the Merlin engine", "the Corvid
// engine" name a product (a rocket or game engine), not a person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('a name right before "engine" is a product', () => {
  it.each([
    ['I joined as a propulsion engineer on the Merlin engine in 2009.', 'Merlin'],
    ['Our second game moved to the Harrow engine after the pricing change.', 'Harrow'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('product');
  });

  it('a maker before "engines" stays a company ("we fly Kestrel Aero engines")', () => {
    expect(typeOf('We fly Kestrel Aero engines on both planes.', 'Kestrel Aero')).not.toBe('product');
  });
});
