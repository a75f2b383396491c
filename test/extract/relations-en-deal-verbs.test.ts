// Tests for en-acquired with a deal under way or signed ("is buying", "agreed to acquire"); not a wish.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (words: string) => `Host: So, the news.\n\nGuest: ${words}\n\nHost: Thanks.\n\nGuest: Sure.`;

describe('en-acquired: a deal under way or signed', () => {
  it.each([
    ['AstraZeneca is buying EsoBiotec for up to a billion dollars.', 'AstraZeneca -ACQUIRED-> EsoBiotec'],
    ['Right. AbbVie agreed to acquire Capstan Therapeutics in June.', 'AbbVie -ACQUIRED-> Capstan Therapeutics'],
  ])('%s', (words, relation) => {
    expect(relationsOf(talk(words), 'deal')).toContain(relation);
  });

  it('not a wish', () => {
    expect(relationsOf(talk('AstraZeneca wants to buy EsoBiotec, people say.'), 'deal').filter((r) => r.includes('ACQUIRED'))).toEqual([]);
  });
});
