// Tests for English lexicon entries met in a fashion interview: houses named for their founders (Givenchy,
// Alexander McQueen, Balenciaga) are companies, while the founder's full name stays a person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('fashion houses the lexicon knows', () => {
  it.each([
    ['She spent 26 years at Alexander McQueen.', 'Alexander McQueen', 'organization'],
    ['Givenchy is owned by LVMH.', 'Givenchy', 'organization'],
    ['Demna left Balenciaga for Gucci.', 'Balenciaga', 'organization'],
    ['The bags come from Bottega Veneta.', 'Bottega Veneta', 'organization'],
    ['The embroidery is done by Lesage.', 'Lesage', 'organization'],
    ['Hubert de Givenchy founded Givenchy in 1952.', 'Hubert de Givenchy', 'person'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
