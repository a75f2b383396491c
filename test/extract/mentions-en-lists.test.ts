// Tests for English enumerations (extract/stages/mentions/lists.ts discoverListedLatin): a capitalised word listed
// among known organizations is an organization too, though alone it reads as an everyday word.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text, 'lists').entities;

describe('a name listed among known organizations is one', () => {
  it.each([
    ['Host: Yuki, 1X, Figure, Agility Robotics, Tesla with Optimus: why humanoids now?', 'Figure'],
    ['Guest: We compete with Google, Figure and Anthropic every day.', 'Figure'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('organization');
  });

  it('one known organization is not enough: "Google and Figure" leaves the word alone', () => {
    expect(entities('Guest: We talked with Google and Figure about it.').filter((e) => e.label === 'Figure')).toEqual([]);
  });
});
