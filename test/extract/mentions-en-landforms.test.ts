// Tests for names of landforms (extract/data/cues.json placeHeads; extract/stages/mentions/latin.ts PLACE_OPENING):
// "in Frederick Sound", "off Cape Ommaney", "the Wrangell Narrows", "the Red Sea", "the Strait of Hormuz" are places,
// not people or organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('landforms', () => {
  it.each([
    ['Guest: I ran the skiff that summer in Frederick Sound.', 'Frederick Sound (place)'],
    ['Guest: I lost a cousin in a derby opening off Cape Ommaney in 1988.', 'Cape Ommaney (place)'],
    ['Guest: We named the co-op after the Wrangell Narrows.', 'Wrangell Narrows (place)'],
    ['Guest: The water comes down from Elwha Glacier every spring.', 'Elwha Glacier (place)'],
    ['Guest: We climbed Mount Rainier twice that year.', 'Mount Rainier (place)'],
    ['Guest: Nobody insures a box ship through the Red Sea now.', 'Red Sea (place)'],
    ['Guest: Half the cable runs under the Indian Ocean.', 'Indian Ocean (place)'],
    ['Guest: Tankers still queue in the Strait of Hormuz.', 'Strait of Hormuz (place)'],
    ['Guest: The escorts work the Gulf of Aden in pairs.', 'Gulf of Aden (place)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it('keeps a person whose surname is such a word: "Anna Creek said so"', () => {
    expect(entities('Guest: Our geologist, Anna Creek, said so.')).toContain('Anna Creek (person)');
  });
});
