// Tests for the place guess after "<name> in" (latin.ts AFTER_NAME_IN, MANNER_NOUN): "Caltech in Pasadena" is a place, but "in
// Conversation with", "in Partnership with" say how, not where.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`Host: Hi.\n\nGuest: ${text}\n\nHost: Thanks.`).entities.map((e) => `${e.label}/${e.type}`);

describe('"<name> in <word> with"', () => {
  it('names no place', () => {
    expect(labels('Tonight it is Ngozi Achebe in Conversation with Laura Whitfield.').filter((l) => l.startsWith('Conversation'))).toEqual([]);
    expect(labels('The show is Kestrel Opera in Partnership with the city.').filter((l) => l.startsWith('Partnership'))).toEqual([]);
  });

  it('"<name> in <place>" still names the place', () => {
    expect(labels('We built it with Caltech in Pasadena last year.')).toContain('Pasadena/place');
  });
});
