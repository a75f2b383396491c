// Tests for a possessive before a product its maker's name opens (extract/data/relations.json en-org-possessive-model):
// "Halden Airways's Airbus A330 fleet" is what the airline flies, not what it developed.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (answer: string) => `Host: Tell us more.\n\nGuest: ${answer}\n\nHost: Thanks.`;

describe("an owner's product a maker's name opens", () => {
  it.each([
    ["The Tokyo route launched on Halden Airways's Airbus A330 fleet.", 'Airbus A330'],
    ["Corvane Air's Boeing 737 jets are due for heavy checks.", 'Boeing 737'],
  ])('%s', (answer, product) => {
    expect(relationsOf(talk(answer)).filter((l) => l.includes('-DEVELOPED->') && l.endsWith(product))).toEqual([]);
  });

  it('keeps the maker\'s own: "Corvane Labs\'s Quill model"', () => {
    expect(relationsOf(talk("Corvane Labs's Quill model is open."))).toContain('Corvane Labs -DEVELOPED-> Quill');
  });
});
