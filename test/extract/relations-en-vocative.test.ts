// Tests for a name said to someone before another name's title (extract/data/relations.json en-person-ceo-of,
// en-person-staff-at, en-person-title-at): in "Mr. Yaworsky, Lucas was the CEO of Heritage Insurance" the title is
// Lucas's, not that of the man addressed.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a name addressed before another name and its title', () => {
  it.each([
    ['Mr. Okafor, Dana Lindqvist was the CEO of Tarpon Insurance before that, was she not?', 'Dana Lindqvist', 'Okafor', 'CEO_OF', 'Tarpon Insurance'],
    ['Commissioner Hale, Ines Brennan is an analyst at Morrow Capital, and she disagrees.', 'Ines Brennan', 'Hale', 'WORKS_AT', 'Morrow Capital'],
    ['Senator Vance, Tunde Okoro, a reporter at the Harbor Ledger, asked you the same thing.', 'Tunde Okoro', 'Vance', 'WORKS_AT', 'Harbor Ledger'],
  ])('%s', (text, holder, addressed, type, org) => {
    const lines = relationsOf(text);
    expect(lines).toContain(`${holder} -${type}-> ${org}`);
    expect(lines).not.toContain(`${addressed} -${type}-> ${org}`);
  });

  it('keeps the appositive after a name: "Ruth Holt, who was the CEO of Harbor Bank"', () => {
    expect(relationsOf('And Ruth Holt, who was the CEO of Harbor Bank, agreed with me.')).toContain('Ruth Holt -CEO_OF-> Harbor Bank');
  });
});
