// Tests for a surname said to hold a person's post and for the Chinese CEO rule on English text
// (extract/stages/mentions/latin.ts PERSON_PREDICATE, extract/data/relations.json zh-person-is-org-ceo, cues orgHeads Re):
// "Mr. Okafor, Lindqvist was the CEO of Halvard Systems" makes Lindqvist a person and the CEO, not Okafor the CEO of
// an organization "Lindqvist"; "Munich Re" is a reinsurer, no place.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a surname holding a post', () => {
  const text = 'Ada Brook: Mr. Okafor, Lindqvist was the CEO of Halvard Systems back then, right?\n\nTom Okafor: He was.\n\nAda Brook: Thanks.';

  it('Lindqvist is a person and the CEO', () => {
    expect(entities(text)).toContain('Lindqvist/person');
    expect(relationsOf(text)).toContain('Lindqvist -CEO_OF-> Halvard Systems');
  });

  it('the one addressed is no CEO of anything', () => {
    expect(relationsOf(text).some((r) => r.startsWith('Tom Okafor -CEO_OF->'))).toBe(false);
  });

  it.each([
    ['By then Ebersole was the presiding judge.', 'Ebersole/person'],
    ['We reinsure with Munich Re and Hannover Re.', 'Munich Re/organization'],
  ])('%s → %s', (sentence, expected) => {
    expect(entities(sentence)).toContain(expected);
  });
});
