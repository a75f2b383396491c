// Tests for venues and sites named by their last word (cues placeHeads, extract/stages/mentions/latin.ts): a garden,
// stadium, base, station or beach is a place, not a person or a company, and "Operation Cronos" is an event.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, name: string) => extractText(text).entities.find((e) => e.label === name)?.type;

describe('a venue or site is a place', () => {
  it.each([
    ['She plays Addison Square Garden in September.', 'Addison Square Garden'],
    ['Kestrel flew for the first time from Harlow Space Force Base in March.', 'Harlow Space Force Base'],
    ['The final is at Ferncliffe Stadium this year.', 'Ferncliffe Stadium'],
    ['We moved the team next to Kingsway Station last spring.', 'Kingsway Station'],
    ['Our office is a short walk from Marlow Beach, so people surf at lunch.', 'Marlow Beach'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});

describe('an operation of the police or the military is an event', () => {
  it('Operation Halberd', () => {
    expect(typeOf('The group was disrupted by the National Crime Agency in Operation Halberd last year.', 'Operation Halberd')).toBe('event');
  });
});
