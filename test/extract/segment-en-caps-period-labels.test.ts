// A press conference record's labels written in capitals with a period, no colon ("GOVERNOR HALE. Good morning.",
// "ANNA PRICE. Tom."), as the Federal Reserve's transcripts set them (segment/labels.ts): each is a speaker where the
// label recurs, or is a full name once the document has speakers; a line of capitals said once, alone, is no label.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const RECORD = [
  "Transcript of Governor Hale's Press Conference",
  'March 4, 2026',
  '',
  'GOVERNOR HALE. Good morning. Today the Board decided to hold the bank rate at 4 percent.',
  '',
  'ANNA PRICE. Tom.',
  '',
  'TOM BRADY. Tom Brady of the Financial Times. Are you worried about house prices?',
  '',
  'GOVERNOR HALE. Not yet. Before I joined the Board, I spent ten years at the Bank for International Settlements.',
  '',
  'ANNA PRICE. Priya.',
  '',
  'PRIYA NAIR. Priya Nair, Bloomberg. When will you cut?',
  '',
  'GOVERNOR HALE. When the data tell us to. Thank you.',
].join('\n');

describe('segment: labels in capitals with a period', () => {
  const doc = extractText(RECORD, 'presser');
  const who = (words: string) => {
    const turn = doc.turns.find((t) => t.text.includes(words));
    return doc.speakers.find((s) => s.key === turn?.speaker)?.label ?? null;
  };

  it.each([
    ['Today the Board decided', 'Governor Hale'],
    ['Tom.', 'Anna Price'],
    ['Are you worried', 'Tom Brady'],
    ['When will you cut', 'Priya Nair'],
  ])('"%s" is %s', (words, speaker) => {
    expect(who(words)).toBe(speaker);
  });

  it('the words after the label are the turn, without it', () => {
    expect(doc.turns.find((t) => t.text.includes('Are you worried'))?.text).toBe('Tom Brady of the Financial Times. Are you worried about house prices?');
  });

  it("what a speaker says of themselves is theirs", () => {
    expect(relationLines(doc)).toContain('Governor Hale -WORKED_AT-> Bank for International Settlements');
  });

  it('a line opening with capitals and a period, said once in a document without speakers, stays narration', () => {
    const notice = extractText('CLOSING NOTICE. The plant in Dayton shuts on Friday.\n\nStaff will be told on Monday.', 'notice');
    expect(notice.speakers).toEqual([]);
    expect(notice.turns.every((t) => t.kind !== 'turn')).toBe(true);
  });
});
