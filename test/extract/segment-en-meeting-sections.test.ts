// Tests for a meeting record's parts in title case on a line of their own above a speaker's label ("Applicant
// Presentation", "Open Public Hearing", "Adjournment"; extract/stages/segment/units.ts titleSection): the section of
// the turns below, never the last words of the turn above nor an organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const RECORD = `DR. HSU: Thank you. We will now hear from the applicant.

Applicant Presentation

DR. MARSH: Good morning. I am Helen Marsh, chief medical officer of Corvel Therapeutics.

Open Public Hearing

DR. HSU: We now begin the open public hearing.

MR. OKAFOR: My name is Daniel Okafor.

Adjournment

DR. HSU: This meeting is now adjourned.
`;

describe('title-case parts of a meeting record', () => {
  const doc = extractText(RECORD, 'sections');

  it('head the turns below them', () => {
    expect(doc.turns.find((t) => t.text.startsWith('Good morning. I am Helen Marsh'))?.section).toBe('Applicant Presentation');
    expect(doc.turns.find((t) => t.text.startsWith('My name is Daniel'))?.section).toBe('Open Public Hearing');
    expect(doc.turns.find((t) => t.text.startsWith('This meeting is now adjourned'))?.section).toBe('Adjournment');
  });

  it('are no part of the turn above, nor organizations', () => {
    expect(doc.turns.find((t) => t.text.startsWith('Thank you. We will now hear'))?.text).toBe('Thank you. We will now hear from the applicant.');
    expect(doc.entities.map((e) => e.label).filter((l) => /Presentation|Hearing|Adjournment/.test(l))).toEqual([]);
  });

  it('a reply on a line of its own stays the speaker\'s', () => {
    const reply = extractText(RECORD.replace('Applicant Presentation', 'Thank You'), 'reply');
    expect(reply.turns.find((t) => t.text.startsWith('Thank you. We will now hear'))?.text).toContain('Thank You');
  });
});

describe('a part heading set in spaced capitals ("P R O C E E D I N G S")', () => {
  it('is no name: no organization "P R O C E E D"', () => {
    const doc = extractText(`APPLICANT: Corvel Therapeutics\n\nP R O C E E D I N G S\n\n${RECORD}`, 'spaced');
    expect(doc.entities.map((e) => e.label).filter((l) => /^(?:\p{Lu} )+\p{Lu}$/u.test(l))).toEqual([]);
    expect(doc.turns.find((t) => t.text === 'P R O C E E D I N G S')?.kind).toBe('boilerplate');
  });
});
