// Tests for an unknown acronym between a determiner and a noun (extract/stages/mentions/latin.ts): "the PDUFA date",
// "their TOEFL scores" qualify the noun, no organization; an acronym standing alone is still read as one.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('an acronym qualifying a noun', () => {
  it.each([
    ['Our PDUFA date is in March, so we wait.', 'PDUFA'],
    ['Their TOEFL scores were too low for the program.', 'TOEFL'],
    ['The CLT panels came from a sawmill forty kilometres away.', 'CLT'],
  ])('%s: no %s', (text, acronym) => {
    expect(labels(text)).not.toContain(acronym);
  });

  it('an acronym alone is still an organization: "The West Coast is the ILWU."', () => {
    expect(labels('The West Coast is the ILWU, and they settled.')).toContain('ILWU');
  });
});
