// Tests for a committee's "Ranking Member" before a name (extract/stages/mentions/latin.ts): "Ranking Member Warren"
// is Warren, a person, no organization "Ranking Member Warren".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('Ranking Member and a name', () => {
  it.each([
    ['Thank you, Chairman Scott, Ranking Member Okafor, for having me.', 'Okafor/person'],
    ["I agree with Ranking Member Maxine Hale's staff on this.", 'Maxine Hale/person'],
  ])('%s → %s', (text, expected) => {
    const found = entities(text);
    expect(found).toContain(expected);
    expect(found.some((e) => e.startsWith('Ranking Member'))).toBe(false);
  });
});
