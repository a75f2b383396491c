// Tests for two capitalised words no cue types, that are no person's: the place a named person is "of", "from" or
// "at" ("Bill Winters of Standard Chartered", "Priya Desai from Naughty Dog"), a number first ("Five Years"), a
// Romance or German article first ("La Poste", "Les Echos") (extract/stages/mentions/latin.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) =>
  extractText(`**Host:** Go on.\n\n**Camille Durand:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('no person after a named person and of/from/at', () => {
  it.each([
    ['I helped launch the taskforce with Bill Winters of Standard Chartered.', 'Standard Chartered'],
    ['And we hired Priya Desai from Naughty Dog as our new narrative lead.', 'Naughty Dog'],
    ['The testing was done by Dana Whitlock at Braun Intertec last year.', 'Braun Intertec'],
  ])('%s → %s is an organization', (text, name) => {
    expect(typeOf(text, name)).toBe('organization');
  });

  it('keeps the person in "a letter from Marta Quinn" and in "Priya Desai from Naughty Dog"', () => {
    expect(typeOf('I got a letter from Marta Quinn last week.', 'Marta Quinn')).toBe('person');
    expect(typeOf('And we hired Priya Desai from Naughty Dog as our new narrative lead.', 'Priya Desai')).toBe('person');
  });
});

describe('no person with a number or an article first', () => {
  it('"Five Years, Two Engines, One Studio": a count names nothing', () => {
    expect(typeOf('It was Five Years, Two Engines, One Studio, honestly.', 'Five Years')).toBeUndefined();
  });

  it.each([
    ['Our logistics partner is La Poste, which is great.', 'La Poste'],
    ['I read it in Les Echos this morning.', 'Les Echos'],
  ])('%s → %s is no person', (text, name) => {
    expect(typeOf(text, name) ?? 'none').not.toBe('person');
  });
});
