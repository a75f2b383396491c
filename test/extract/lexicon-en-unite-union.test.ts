// Tests for the lexicon entry Unite the Union ("Unite"): the union a radio interview names by its short name; the verb
// "unite" in lower case is no union.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const TEXT = `CLAIRE HOLLIS: Collections could stop after Unite members voted for strike action.

DAVE MULROONEY: We must unite, and we will.

CLAIRE HOLLIS: Dave Mulrooney from Unite, thank you.

DAVE MULROONEY: Thanks, Claire.
`;

describe('Unite the Union', () => {
  it('"Unite" is the union, and its officer works there; "unite" is no union', () => {
    const doc = extractText(TEXT, 'radio');
    const union = doc.entities.find((e) => e.label === 'Unite the Union');
    expect(union?.type).toBe('organization');
    expect(union?.mentions.length).toBe(2);
    expect(relationLines(doc)).toContain('Dave Mulrooney -WORKS_AT-> Unite the Union');
  });
});
