// Tests for cases at law (extract/stages/mentions/latin.ts caseName): "Delacroix v. Brightline Logistics" and
// "Specht v. Netscape" are works, no organization "Specht"; a match written "Arsenal v Chelsea" stays two names.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('cases at law', () => {
  it.each([
    ["Let's start with Delacroix v. Brightline Logistics, decided last month.", 'Delacroix v. Brightline Logistics/work'],
    ['She relied on Specht v. Netscape, which the court decided in 2002.', 'Specht v. Netscape/work'],
    ['The ruling cited Brown v. Board of Education twice.', 'Brown v. Board of Education/work'],
  ])('%s → %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found).toHaveLength(1);
  });

  it('a match is no case: Arsenal v Chelsea', () => {
    expect(entities('Arsenal v Chelsea ended in a draw.').some((e) => e.endsWith('/work'))).toBe(false);
  });
});
