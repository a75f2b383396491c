// Tests for English lexicon entries met in a film festival Q&A and a wine interview: film titles read as places,
// companies or people (The Florida Project, Red Rocket, Breakfast at Tiffany's), and Bordeaux kept apart from the
// University of Bordeaux.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('films and a city the lexicon knows', () => {
  it.each([
    ['The Florida Project was my first film with A24.', 'work The Florida Project'],
    ['Red Rocket was with A24 as well.', 'work Red Rocket'],
    ["He dressed Audrey Hepburn for Breakfast at Tiffany's.", "work Breakfast at Tiffany's"],
    ['You were in Once Upon a Time in Hollywood.', 'work Once Upon a Time in Hollywood'],
    ['Drew shot It Comes at Night for Trey.', 'work It Comes at Night'],
    ['Anora opens in theatres October 18.', 'work Anora'],
  ])('%s → %s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it('"vines in Bordeaux" is the city, not the University of Bordeaux named before it', () => {
    const found = entities('We run trials with the University of Bordeaux. The ministry pays growers to pull up vines in Bordeaux.');
    expect(found).toContain('place Bordeaux');
    expect(found).toContain('organization University of Bordeaux');
  });
});
