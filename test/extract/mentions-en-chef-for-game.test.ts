// Tests for a chef's title, a person after "for" and "your first game is" (extract/stages/mentions/latin.ts
// rankedName, nameBeforeFor, PRODUCT_IS_BEFORE): "Chef Tobias Ferreira" is Tobias Ferreira; "Belcanto for José
// Avillez" is a restaurant and a chef; "Your first game is Hollow Tide" names a product.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('chefs, names after "for", games', () => {
  it.each([
    ['Guest: Chef Tobias Ferreira, chef-owner of Alma in Lisbon', 'Tobias Ferreira/person'],
    ['After Noma I was sous chef at Belcanto for José Avillez.', 'José Avillez/person'],
    ['Jordan: Your first game is Hollow Tide, right?', 'Hollow Tide/product'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('"for" inside a name without a first name after it stays: Teach for America', () => {
    expect(entities('She joined Teach for America in 2019.')).toContain('Teach for America/organization');
  });
});
