// Tests for a firm's short form whose last word is a place head (extract/stages/mentions/latinshort.ts yieldingTo):
// once a document names Harrow Bridge Capital, a bare "Harrow Bridge" is that firm, not a bridge; "Chugai" is Chugai
// Pharmaceutical and its stake a relation.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`);

describe('a short form ending in a place head', () => {
  it.each([
    ['Harrow Bridge Capital led our Series D, and Harrow Bridge remains our largest holder.', 'Harrow Bridge Capital', 'Harrow Bridge'],
    ['We work with Kestrel Valley Partners. Kestrel Valley knows the sector.', 'Kestrel Valley Partners', 'Kestrel Valley'],
  ])('%s', (text, full, short) => {
    const entities = doc(text).entities;
    expect(entities.find((e) => e.label === full)?.mentions.length).toBe(2);
    expect(entities.some((e) => e.label === short)).toBe(false);
  });

  it('a place a public body is named after stays a place ("the Panama Canal" beside the Panama Canal Authority)', () => {
    const entities = doc('What about the Panama Canal? The Panama Canal Authority cut transits in 2023.').entities.map((e) => `${e.type} ${e.label}`);
    expect(entities).toEqual(expect.arrayContaining(['place Panama Canal', 'organization Panama Canal Authority']));
  });

  it('a place the text names on its own stays a place ("Harrow Bridge" with no firm of that name)', () => {
    expect(doc('We met at Harrow Bridge last spring.').entities.find((e) => e.label === 'Harrow Bridge')?.type).toBe('place');
  });
});

describe('"Pharmaceutical" ends a firm, which then goes by its first word', () => {
  it('"Chugai Pharmaceutical … Chugai holds 12 percent of Calyxa Therapeutics" is a stake', () => {
    const found = doc('Our partner is Chugai Pharmaceutical in Japan. Chugai holds 12 percent of Calyxa Therapeutics.');
    expect(relationLines(found)).toContain('Chugai Pharmaceutical -INVESTED_IN-> Calyxa Therapeutics');
  });
});
