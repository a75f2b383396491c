// Tests for capitalised names that are no person's, though their words could be (extract/stages/mentions/latin.ts):
// a name ending in a lone capital ("Terran R") is a product's model letter, one ending in a country or continent
// ("Black Hat Europe") has no surname, and a field's noun before a country ("Genomics England") names a body.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('a name and a lone capital letter after it', () => {
  it.each([
    ['Orbex moved to the bigger Kestrel R, and the first flight is next year.', 'Kestrel R', 'product'],
    ['We bought a Tarvo S for the delivery fleet last spring.', 'Tarvo S', 'product'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe('a name ending in a country or a continent', () => {
  it.each([
    ['I gave the keynote at Red Lantern Europe last year.', 'Red Lantern Europe'],
    ['Our team flew out for Quarry Summit Asia in March.', 'Quarry Summit Asia'],
  ])('%s → %s is no person', (text, name) => {
    const type = typeOf(text, name);
    expect(type).toBeDefined();
    expect(type).not.toBe('person');
  });

  it('keeps a person whose surname is no country: "Lena Marsh"', () => {
    expect(typeOf('I gave the keynote with Lena Marsh last year.', 'Lena Marsh')).toBe('person');
  });
});

describe('a field noun and a country', () => {
  it.each([
    ['We partnered with Genomics England on newborn sequencing, and our genomics work grew.', 'Genomics England'],
    ['The grant came from Robotics Canada in the end.', 'Robotics Canada'],
  ])('%s → %s is an organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it.each([
    ['I grew up in New England before the move.', 'New England'],
    ['We sell mostly in Rural England, where the rural clinics are.', 'Rural England'],
  ])('%s → %s stays a place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});
