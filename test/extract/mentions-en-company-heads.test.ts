// Tests for the last words that make a capitalised English name a company (cues.json orgHeads) met in an earnings
// call and a product Q&A: "Lumen Optics", "Corvid Photonics" are firms, not people, and "Lumen" then goes by its short form.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** ${text}\n\n**Guest:** Thanks.\n`;
const typeOf = (text: string, label: string) => extractText(doc(text)).entities.find((e) => e.label === label)?.type;

describe('a capitalised name ending in a company word is an organization', () => {
  it.each([
    ['Last year we bought Lumen Optics outright.', 'Lumen Optics'],
    ['Our lasers come from Corvid Photonics now.', 'Corvid Photonics'],
    ['She spent a decade at Halvard Dynamics after school.', 'Halvard Dynamics'],
    ['The chassis is made by Brennan Motors in Ohio.', 'Brennan Motors'],
    ['We license the scheduler from Tamsin Software.', 'Tamsin Software'],
    ['Her first book came out with Greywolf Press.', 'Greywolf Press'],
    ['Highlights are on Fenwick Sports tonight.', 'Fenwick Sports'],
  ])('%s → %s', (text, label) => {
    expect(typeOf(text, label)).toBe('organization');
  });

  it('a short form of such a company names it: "Lumen\'s founder, Priya Raman"', () => {
    const lines = relationsOf(doc("Last year we bought Lumen Optics outright. Lumen's founder, Priya Raman, stayed on."));
    expect(lines).toContain('Priya Raman -FOUNDED-> Lumen Optics');
  });
});
