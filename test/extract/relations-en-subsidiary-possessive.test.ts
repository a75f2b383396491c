// "X's Y" where Y, a name no lexicon knows, acts as a company elsewhere in the document names a subsidiary, not a
// product X developed (relations/makers.ts withoutSubsidiaryProducts); an unknown product stays X's.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** Who is building the plants?\n\n**Ruth Adair:** ${text}\n`;

describe('relations: a possessive naming a subsidiary', () => {
  it.each([
    ['it makes things', "Honda's Velvane makes the cells for the new hatchback, and Velvane supplies Mazda too.", 'Honda -DEVELOPED-> Velvane'],
    ['it is located', "Stellantis's Korvo is building a cell plant in Ontario.", 'Stellantis -DEVELOPED-> Korvo'],
    ['people work there', "Roche's Trelvia is where I worked before, I was a chemist at Trelvia for six years.", 'Roche -DEVELOPED-> Trelvia'],
  ])('%s: no DEVELOPED', (_, text, edge) => {
    expect(relationsOf(doc(text))).not.toContain(edge);
  });

  it('a possessed name that does nothing of a company stays a product', () => {
    expect(relationsOf(doc("Honda's Velvane is the quietest scooter I have ridden."))).toContain('Honda -DEVELOPED-> Velvane');
  });
});
