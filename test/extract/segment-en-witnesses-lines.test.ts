// Tests for a committee record's "Witnesses:" lines over each panel (segment.json markerLabels "Witnesses"): narration,
// read for relations, never a speaker called "Witnesses" nor the last answer's words.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const RECORD = `Examination of witnesses

Witnesses: Helen Fry, Chief Executive, Northgrid; and Omar Sayed.

Q1 Chair: Good morning.

Helen Fry: Good morning.

Q2 Chair: Why the delay?

Omar Sayed: The queue is long.

Witnesses: Jane Oduya and Ravi Kapoor.

Q3 Chair: Welcome to the second panel.

Jane Oduya: Thank you.

Ravi Kapoor: Thank you, Chair.
`;

describe('"Witnesses:" lines in a committee record', () => {
  const doc = extractText(RECORD, 'witnesses');

  it('are narration of their own, not a speaker nor the last answer', () => {
    expect(doc.speakers.map((s) => s.label)).not.toContain('Witnesses');
    expect(doc.turns.filter((t) => t.kind === 'narration' && t.text.startsWith('Witnesses:'))).toHaveLength(2);
    expect(doc.turns.find((t) => t.text.startsWith('The queue is long'))?.text).toBe('The queue is long.');
  });

  it("a witness's title in the list still ties them to their organisation", () => {
    expect(relationLines(doc)).toContain('Helen Fry -CEO_OF-> Northgrid');
  });
});
