// Tests for lists of unknown words that a place closes (extract/stages/mentions/lists.ts retypeListedPlaces):
// "in Butte and Tehama counties", "in Huila and Nariño in Colombia" list places, though no item is a known place.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a list of bare words a place closes', () => {
  it.each([
    ['Guest: The fire burned more than 400,000 acres in Butte and Tehama counties last summer.', ['Butte (place)', 'Tehama (place)']],
    ['Guest: We buy directly from cooperatives in Huila and Nariño in Colombia every year.', ['Huila (place)', 'Nariño (place)']],
    ['Guest: Our growers are in Kirundo, Ngozi and Kayanza provinces.', ['Kirundo (place)', 'Ngozi (place)', 'Kayanza (place)']],
  ])('%s', (text, names) => {
    const found = entities(text);
    for (const n of names) expect(found).toContain(n);
  });

  it('a list that no preposition of place opens stays as it was: "Vantor and Kelbrook signed in Ohio"', () => {
    expect(entities('Guest: Vantor and Kelbrook signed the deal in Ohio. Vantor and Kelbrook are rivals.')).not.toContain('Vantor (place)');
  });
});
