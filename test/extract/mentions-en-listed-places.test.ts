// Tests for bare capitalised words listed beside a known place (extract/stages/mentions/lists.ts retypeListedPlaces):
// "in Kassala, Gedaref and Khartoum states" names three places, not two organizations and a city; and for words
// after "<name> out of" (a place) and a transit agency's name (latin.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('words listed beside a known place', () => {
  it.each([
    ['Guest: We recorded cases, most in Kassala, Gedaref and Khartoum states.', ['Kassala (place)', 'Gedaref (place)']],
    ['Guest: Then we played shows in Paris, Lyon and Quimperlé with the band.', ['Quimperlé (place)']],
  ])('%s', (text, names) => {
    const found = entities(text);
    for (const name of names) expect(found).toContain(name);
  });

  it('a word placed somewhere ("Micron in upstate New York") is no place itself', () => {
    const found = entities('Guest: Intel is building in Ohio, Samsung in Taylor, Texas, and Micron in upstate New York.');
    expect(found).toContain('Micron (organization)');
  });

  it('a list with an organization known on other grounds is left as it is', () => {
    const found = entities('Guest: We sell to Kroger, Walmart and Zorbix across Texas.');
    expect(found).toContain('Zorbix (organization)');
  });
});

describe('"<name> out of X" and transit agencies', () => {
  it('"Granite Peak Partners out of Columbus": Columbus is a place', () => {
    expect(entities('Guest: We have a developer, Granite Peak Partners out of Columbus, ready to build.')).toContain('Columbus (place)');
  });

  it('"Fairhaven Area Transit" is an organization, no person', () => {
    expect(entities('Guest: I drive for Fairhaven Area Transit, nineteen years now.')).toContain('Fairhaven Area Transit (organization)');
  });
});
