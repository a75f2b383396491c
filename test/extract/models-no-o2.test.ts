// Tests for the o-series pattern (extract/stages/mentions/models.ts): OpenAI skipped o2 (the O2 brand), so "O2" is
// the London arena or the mobile network, never a model; o1, o3 and o4-mini stay models.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.type} ${e.label}`);

describe('O2 is no model', () => {
  it.each([
    ['The band played The O2 last year, and it sold out in a day.'],
    ['We switched our phones from O2 to a cheaper network.'],
  ])('%s', (text) => {
    expect(entities(text).filter((e) => e.startsWith('model '))).toEqual([]);
  });

  it('keeps the o-series around it: "o1, o3 and o4-mini"', () => {
    const found = entities('We compared o1, o3 and o4-mini on the same prompts.');
    expect(found).toEqual(expect.arrayContaining(['model o1', 'model o3', 'model o4-mini']));
  });
});
