// Tests for en-person-staff-at said aloud, a pronoun where writing puts "who is" ("my guest today is Elena Vasquez
// she's the chief operating officer of Fluence", as caption exports transcribe it).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (words: string) => `Host: ${words}\n\nGuest: Thanks.\n\nHost: So.\n\nGuest: Sure.`;

describe('en-person-staff-at with "she\'s" / "he\'s"', () => {
  it.each([
    ["my guest today is Elena Vasquez she's the chief operating officer of Fluence and before that she was at Siemens", 'Elena Vasquez -WORKS_AT-> Fluence'],
    ["I'm joined by Tom Reyes, he's an engineer at Lonza in Visp.", 'Tom Reyes -WORKS_AT-> Lonza'],
  ])('%s', (words, relation) => {
    expect(relationsOf(talk(words), 'spoken')).toContain(relation);
  });

  it('not someone the pronoun starts a new clause about ("she said …")', () => {
    expect(relationsOf(talk('I called Elena Vasquez she said the engineer at Fluence left.'), 'spoken').filter((r) => r.includes('WORKS_AT'))).toEqual([]);
  });
});
