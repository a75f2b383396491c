// Tests for en-i-was-at with "had … years": "I had six happy years at Preston North End" is a past job of the speaker.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (words: string) => `Host: You were there a while.\n\nGuest: ${words}\n\nHost: Thanks.\n\nGuest: Sure.`;

describe('en-i-was-at: "I had N years at"', () => {
  it.each([
    ['I had six happy years at Preston North End, and I learned a lot.', 'Guest (guest) -WORKED_AT-> Preston North End'],
    ['I had two years at Siemens before that.', 'Guest (guest) -WORKED_AT-> Siemens'],
  ])('%s', (words, relation) => {
    expect(relationsOf(talk(words), 'years')).toContain(relation);
  });
});
