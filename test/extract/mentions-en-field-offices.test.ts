// Tests for an office named by its field before a personal name (extract/stages/mentions/latin.ts rankedName):
// "Budget Director Maureen Quigley", "City Manager Howard Tse", "Councilmembers Frank Szymanski" are people, not
// organizations called so.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a field and an office before a name', () => {
  it.each([
    ['ALSO PRESENT: Budget Director Maureen Quigley; Library Director Samuel Hale\n\nCHAIR: We begin.', ['Maureen Quigley (person)', 'Samuel Hale (person)']],
    ['ALSO PRESENT: City Manager Howard Tse, Finance Director Olga Brandt\n\nCHAIR: We begin.', ['Howard Tse (person)', 'Olga Brandt (person)']],
    ['PRESENT: Councilmembers Frank Szymanski, Aisha Kamara\n\nCHAIR: We begin.', ['Frank Szymanski (person)']],
  ])('%s', (text, names) => {
    const found = entities(text);
    for (const n of names) expect(found).toContain(n);
  });

  it('keeps a firm named so: "Program Manager Pro" names no person', () => {
    expect(entities('Guest: We bought Program Manager Pro last year.')).not.toContain('Pro (person)');
  });
});
