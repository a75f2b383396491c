// Tests for an honorific and one part of a person's name (extract/stages/resolve.ts linkShortNames): "Dame Felicity",
// "Sir Keir", "Dr. Tamsin" are the one person the document names in full, not people of their own.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const people = (text: string) => extractText(text).entities.filter((e) => e.type === 'person').map((e) => e.label).sort();

describe('an honorific and a name part', () => {
  it.each([
    ['MARCUS HALE: Dame Felicity, welcome back. You ran the Wellcome Trust.\n\nFELICITY OYELOWO: I did.\n\nMARCUS HALE: Thank you, Dame Felicity.\n', 'Felicity Oyelowo', 'Dame Felicity'],
    ['Host: Sir Keir Starmer spoke first. Then Sir Keir took questions.\n\nGuest: Yes.\n', 'Keir Starmer', 'Sir Keir'],
  ])('%#: joins the person named in full', (text, full, short) => {
    const found = people(text);
    expect(found).toContain(full);
    expect(found).not.toContain(short);
  });

  it('stays apart where two people share the part', () => {
    const found = people('Host: Omar Haddad and Lina Haddad run the farm. Dr. Haddad said yes.\n\nGuest: Yes.\n');
    expect(found).toEqual(expect.arrayContaining(['Omar Haddad', 'Lina Haddad']));
  });
});
