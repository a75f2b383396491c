// Tests for en-i-work-at with "teach"/"lecture": "I teach at Lincoln High School" is a current job; "I teach for a
// living" or "I teach kids at the weekend" names no employer.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (words: string) => `Host: Welcome.\n\nGuest: ${words}\n\nHost: Thanks.\n\nGuest: Sure.`;

describe('en-i-work-at: teaching', () => {
  it.each([
    ["Hi, I teach at Lincoln High School in Tacoma.", 'Guest (guest) -WORKS_AT-> Lincoln High School'],
    ["I still lecture at Keele University on Fridays.", 'Guest (guest) -WORKS_AT-> Keele University'],
  ])('%s', (words, relation) => {
    expect(relationsOf(talk(words), 'teach')).toContain(relation);
  });

  it('not a class taught for someone', () => {
    expect(relationsOf(talk('I teach for Lincoln High School parents sometimes.'), 'teach').filter((r) => r.includes('WORKS_AT'))).toEqual([]);
  });
});
