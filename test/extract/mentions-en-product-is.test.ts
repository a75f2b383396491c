// Tests for products named by what they are (extract/stages/mentions/latin.ts): "Our rocket is Kestrel", "the engine
// is called Talon", "our first game was Ashfall" name a product, not a company.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('"our <product noun> is X" names a product', () => {
  it.each([
    ['Our rocket is Merrow. It carries 800 kilograms to orbit, and Merrow flew in March.', 'Merrow'],
    ['The engine is called Tallis, and we print it ourselves.', 'Tallis'],
    ['Our first game was Emberfall, and it sold two million copies.', 'Emberfall'],
    ['Their flagship app is Quorra, which runs on every phone.', 'Quorra'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('product');
  });

  it('a partner or a customer named so stays an organization', () => {
    expect(typeOf('Our biggest customer is Dunmore, and they renewed in May.', 'Dunmore')).not.toBe('product');
  });
});
