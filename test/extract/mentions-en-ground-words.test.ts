// Tests for one unknown word naming a piece of ground (extract/stages/mentions/latin.ts GROUND_AFTER): "the Adre
// crossing", "the Puyallup viaduct" are places, not organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a word before a word for ground or a route', () => {
  it.each([
    ['Guest: Our trucks come in through the Adre crossing every week.', 'Adre (place)'],
    ['Guest: The Puyallup viaduct came in fourteen months late.', 'Puyallup (place)'],
    ['Guest: The Lakewood extension is funded at last.', 'Lakewood (place)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it('a known company before such a word stays a company', () => {
    expect(entities('Guest: The Google campus is big.')).toContain('Google (organization)');
  });
});
