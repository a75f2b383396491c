// A caption export writes ">>" where the speaker changes and names no one: each ">>" opens a paragraph of its own, so
// one speaker's words do not run into the next one's (units.ts speakerChanges). A nested Markdown quote stays whole.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

describe('segment: ">>" speaker changes in a caption export', () => {
  it('each ">>" line opens a paragraph, its wrapped lines with it', () => {
    const text = [
      '0:00',
      ">> hey everybody welcome back I'm Marcus Feld and my guest today is",
      'Elena Vasquez from Fluence',
      '0:09',
      ">> thanks Marcus it's great to be on",
      '>> so Elena where do your cells come from',
      '>> mostly from CATL and some from AESC',
    ].join('\n');
    const doc = extractText(text, 'captions');
    expect(doc.turns.map((t) => t.text)).toEqual([
      "hey everybody welcome back I'm Marcus Feld and my guest today is Elena Vasquez from Fluence",
      "thanks Marcus it's great to be on",
      'so Elena where do your cells come from',
      'mostly from CATL and some from AESC',
    ]);
  });

  it('a nested quote, every line marked, is one paragraph', () => {
    const text = ['Host: She wrote to me:', '', '>> We will not sell the farm to', '>> anyone this year.', '', 'Guest: Right.'].join('\n');
    const doc = extractText(text, 'quote');
    expect(doc.turns.some((t) => t.text.includes('We will not sell the farm to anyone this year.'))).toBe(true);
  });
});
