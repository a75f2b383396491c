// Tests for a career told as moves between research labs: "I joined Bell Labs in 1979, then moved to Xerox PARC":
// Bell Labs is a past job, Xerox PARC an organisation (not a place) the speaker moved to.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`**Host:** Tell us about your career.\n\n**Ada Brooks:** ${text}\n`);

describe('joined one lab, then moved to another', () => {
  it('"I joined Bell Labs in 1979, then moved to Xerox PARC in 1984"', () => {
    const d = doc('I joined Bell Labs in 1979, then moved to Xerox PARC in 1984.');
    expect(d.entities.find((e) => e.label === 'Xerox PARC')?.type).toBe('organization');
    const lines = relationLines(d);
    expect(lines).toContain('Ada Brooks -WORKED_AT-> Bell Labs');
    expect(lines).not.toContain('Ada Brooks -WORKS_AT-> Bell Labs');
    expect(lines).toContain('Ada Brooks -WORKS_AT-> Xerox PARC');
  });

  it('a place between the two jobs: "I joined Bell Labs in Murray Hill, then moved to Xerox PARC"', () => {
    expect(relationLines(doc('I joined Bell Labs in Murray Hill, then moved to Xerox PARC.'))).toContain('Ada Brooks -WORKED_AT-> Bell Labs');
  });

  it('"I first joined Corvane Labs, and later switched to Halvard Robotics"', () => {
    const lines = relationLines(doc('I first joined Corvane Labs, and later switched to Halvard Robotics.'));
    expect(lines).toContain('Ada Brooks -WORKED_AT-> Corvane Labs');
    expect(lines).toContain('Ada Brooks -WORKS_AT-> Halvard Robotics');
  });

  it('"I went to Stanford" is no job', () => {
    const lines = relationLines(doc('I joined Corvane Labs after I went to Stanford.'));
    expect(lines.filter((l) => l.includes('Stanford') && /WORK/.test(l))).toEqual([]);
  });
});
