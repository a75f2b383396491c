// Tests for speakers a transcript will not name (segment.json markerLabels "Anonymous Attendee", "Unidentified Male";
// stages/mentions.ts markerLabelEnd): their words are narration, and the label is no person or organisation.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const TEXT = 'Host: Lines are open.\n\nGuest: Thanks for having me.\n\nANONYMOUS ATTENDEE: Will the show travel?\n\nGuest: Yes, to Lyon.\n\nCALLER: Is it free?\n\nUNIDENTIFIED MALE: And parking?\n\nGuest: No.';

describe('unnamed askers', () => {
  const doc = extractText(TEXT, 'anonymous');
  it('reads their words as narration, not a speaker called "Anonymous Attendee"', () => {
    expect(doc.turns.filter((t) => t.kind === 'narration').map((t) => t.text)).toEqual(['ANONYMOUS ATTENDEE: Will the show travel?', 'CALLER: Is it free?', 'UNIDENTIFIED MALE: And parking?']);
    expect(doc.speakers.map((s) => s.label)).toEqual(['Host (host)', 'Guest (guest)']);
  });

  it('finds no entity in the labels', () => {
    expect(doc.entities.map((e) => e.label).filter((l) => /anonymous|caller|unidentified/i.test(l))).toEqual([]);
  });
});
