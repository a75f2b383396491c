// Tests for firm names joined by "&" (extract/stages/mentions/latin.ts): "Marks & Spencer" is one organization, not a
// company "Marks" and a man "Spencer"; everyday words joined by "&" name nothing.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labelsAndTypes = (text: string) => extractText(text).entities.map((e) => `${e.type}:${e.label}`);

describe('two names joined by "&" are one firm', () => {
  it.each([
    ['They breached Harwick & Spence earlier this year.', 'organization:Harwick & Spence'],
    ['Our auditors are Pemberton & Lowe, and they signed off in March.', 'organization:Pemberton & Lowe'],
    ['The book came out with Castell & Dunmore in 2019.', 'organization:Castell & Dunmore'],
  ])('%s → %s', (text, expected) => {
    expect(labelsAndTypes(text)).toContain(expected);
  });

  it('everyday words joined by "&" name nothing', () => {
    const found = labelsAndTypes('Welcome to Questions & Answers. Our Research & Development budget grew. Read the Terms & Conditions, and R & D matters.');
    expect(found.filter((l) => l.includes('&'))).toEqual([]);
  });
});
