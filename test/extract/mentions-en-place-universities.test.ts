// "graduated from Michigan", "still teaches at Michigan": a place right after a study or teaching phrase is the
// university named after it, when the document or the lexicon names "University of <place>" (mentions/universities.ts).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`**Host:** Where did you study?\n\n**Ruth Adair:** ${text}\n`);

describe('mentions: a place where one studies or teaches', () => {
  it('is the University of Michigan the document names', () => {
    const found = doc('I did my PhD at the University of Michigan. My adviser still teaches at Michigan.');
    expect(found.entities.find((e) => e.label === 'University of Michigan')?.aliases).toContain('Michigan');
    expect(found.entities.some((e) => e.type === 'place' && e.label === 'Michigan')).toBe(false);
  });

  it('is the University of Washington the lexicon knows', () => {
    expect(relationLines(doc('I graduated from Washington in 2004 and moved to Boston.'))).toContain('Ruth Adair -STUDIED_AT-> University of Washington');
  });

  it('stays the place elsewhere ("moved to Michigan") and where no such university is named', () => {
    const found = doc('I moved to Michigan in 2004. Later I graduated from Ohio.');
    expect(found.entities.filter((e) => e.type === 'place').map((e) => e.label)).toEqual(expect.arrayContaining(['Michigan', 'Ohio']));
  });
});
