// Tests for titles that fill a quote and for ships (extract/stages/mentions/latin.ts quotedTitle, SHIP_PREFIX):
// 'His debut, "Harmattan Letters"' and '"Anatomy of a Fall"' are works, no person and no two organizations;
// "MS Nordlys Viking" and "USS Gerald R. Ford" are ships (products), no organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('titles that fill a quote', () => {
  it.each([
    ['His debut, "Harmattan Letters", comes out in September.', 'Harmattan Letters/work'],
    ['Neon also released "Anatomy of a Fall" last year.', 'Anatomy of a Fall/work'],
    ['"The Lighthouse Keeper\'s Daughter" (dir. Sunniva Haugland) opened the night.', "The Lighthouse Keeper's Daughter/work"],
    ['Episode 88: "The Arbitration Trap" is out now.', 'The Arbitration Trap/work'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a quoted personal name, a quoted slogan and a quoted head-word name stay what they were', () => {
    const found = entities('She wrote "Maria Lopez" on the card, said "Yes We Can" and joined "Kessel Labs".');
    expect(found).toContain('Maria Lopez/person');
    expect(found).toContain('Kessel Labs/organization');
    expect(found.some((e) => e.endsWith('/work'))).toBe(false);
  });
});

describe('ships', () => {
  it.each([
    ['The supply boat MS Nordlys Viking brought the gear every morning.', 'MS Nordlys Viking/product'],
    ['The USS Gerald R. Ford sailed east.', 'USS Gerald R. Ford/product'],
    ['Then the MV Dali lost power.', 'MV Dali/product'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});
