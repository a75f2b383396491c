// Tests for cues.json placeHeads Theatre, Theater, Auditorium, Arena: a hall where a talk is recorded is a place, not a
// person ("Sanders Theatre") or an organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`${text}\n\nHost: Hi.\n\nGuest: Hello.\n\nHost: Thanks.`).entities.find((e) => e.label === label)?.type;

describe('halls for talks and shows', () => {
  it.each([
    ['Recorded at Sanders Theatre, Harvard University, May 27, 2026', 'Sanders Theatre'],
    ['Recorded at Rackham Auditorium, University of Michigan', 'Rackham Auditorium'],
    ['Filmed live at the Kessler Theater in Dallas', 'Kessler Theater'],
    ['Recorded before an audience at Halvorsen Arena', 'Halvorsen Arena'],
  ])('%s → place', (text, name) => {
    expect(typeOf(text, name)).toBe('place');
  });
});
