// Tests for a field of study ending in an -ing noun: "Electrical and Computer Engineering" names no person
// "Computer Engineering"; "Helen Fielding" (a first name before it) stays a person (extract/stages/mentions/latin.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) =>
  extractText(`**Host:** Go on.\n\n**David Osei:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('a field ending in an -ing noun', () => {
  it('"associate chair in Electrical and Computer Engineering" → no person', () => {
    expect(typeOf('I am associate chair of graduate studies in Electrical and Computer Engineering here.', 'Computer Engineering')).not.toBe('person');
  });

  it('"I loved the novel by Helen Fielding" → Helen Fielding is a person', () => {
    expect(typeOf('I loved the novel by Helen Fielding last year.', 'Helen Fielding')).toBe('person');
  });
});
