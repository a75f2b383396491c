// Tests for a legal record's words that name no entity (cues.json enStopwords): the parties (Plaintiffs, Defendant)
// and the Esq. after a lawyer's name.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const RECORD = `IN RE: HARBOR CRANE LITIGATION

APPEARANCES:
  For the Plaintiffs: Gordon Achebe, Esq., Achebe & Lowe LLP
  For the Defendant: Ingrid Solvang, Esq.

Q. Please state your name.
A. Louisa Fenwick.
Q. Did the Defendants inspect the crane?
A. No.
`;

describe('legal words', () => {
  it('finds no organisation in Esq., Plaintiffs or Defendant, and keeps the firm', () => {
    const labels = extractText(RECORD, 'record').entities.map((e) => e.label);
    expect(labels.filter((l) => /^(?:Esq|Plaintiffs?|Defendants?)$/i.test(l))).toEqual([]);
    expect(labels).toContain('Achebe & Lowe LLP');
  });
});
