// Tests for a work's kind before a quoted name (extract/stages/mentions/latin.ts): 'her song "Salt Road"' is a song,
// no road; 'his book “The Long Field”' a book with its article, no place.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a quoted name after the kind of a work', () => {
  it.each([
    ['Then her song "Salt Marsh Road" went viral on a video app.', 'Salt Marsh Road/work'],
    ['Her song "Copper Valley" hit two million streams in a week.', 'Copper Valley/work'],
    ['We all read his book “The Long Field” that winter.', 'The Long Field/work'],
    ['And the song "Harbor Lights," she said, was written in one afternoon.', 'Harbor Lights/work'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a quoted name with no kind before it stays as it was', () => {
    expect(entities('He said "Tessel Road" was closed.')).not.toContain('Tessel Road/work');
  });
});
