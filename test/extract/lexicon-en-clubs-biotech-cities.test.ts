// Tests for English lexicon entries met in a press conference, a biotech podcast, a radio interview and a commencement
// conversation: a football club, a children's hospital, a union, contractors and biotechs, a city, a CAR-T therapy.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('clubs, hospitals, unions, biotechs, cities and therapies the lexicon knows', () => {
  it.each([
    ['I had six happy years at Preston North End.', 'Preston North End', 'organization'],
    ["He came out of Seattle Children's, where he ran the lab.", "Seattle Children's", 'organization'],
    ['Our members work for Veolia on the bins.', 'Veolia', 'organization'],
    ['Lonza manufactures the drug substance for us.', 'Lonza', 'organization'],
    ['I worked at Arup for nine years.', 'Arup', 'organization'],
    ['I run business development at Regeneron.', 'Regeneron', 'organization'],
    ["Kite Pharma makes Yescarta.", 'Kite Pharma', 'organization'],
    ['It is my pleasure to welcome back to Ann Arbor one of our own.', 'Ann Arbor', 'place'],
    ['Kite makes Yescarta for lymphoma.', 'Yescarta', 'product'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });
});
