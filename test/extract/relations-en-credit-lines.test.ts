// Tests for a header's credit line naming who moderates or asks and where they work (extract/data/relations.json
// en-credit-name-outlet): "Moderator: Akira Sato, Bloomberg Green" → Akira Sato works at Bloomberg Green.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('credit lines with an outlet', () => {
  it.each([
    ['Moderator: Mina Kovac, Reuters', 'Mina Kovac -WORKS_AT-> Reuters'],
    ['Interviewer: Jane Whitfield, Detroit Free Press', 'Jane Whitfield -WORKS_AT-> Detroit Free Press'],
    ['Panel on steel · Moderated by Omar Haddad, Financial Times', 'Omar Haddad -WORKS_AT-> Financial Times'],
  ])('%s', (credit, line) => {
    const text = `Harbor Week 2026: Decarbonizing Steel\n\n${credit}\n\nMINA KOVAC: Welcome.\n\nODILE VASSEUR: Thanks.\n\nMINA KOVAC: Let us begin.`;
    expect(relationsOf(text)).toContain(line);
  });
});
