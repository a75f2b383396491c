// Tests for "THE CHAIR:" in inquiry, committee and board records (speakers.ts chairOf): the label stands for the one
// person the header names as chair ("Before: DAME … (Chair of the Inquiry)", "Chair: …", "Chaired by …"), not for a
// person called "The Chair".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const record = (header: string) => `THE WESTMERE DAM INQUIRY

${header}

(10.00 am)

THE CHAIR: Good morning. Mr Pellow, who is first today?

MR PELLOW: Good morning, Chair. The Inquiry calls Ms Ruth Abernathy.

THE CHAIR: Thank you. Ms Abernathy, please sit down.

MR PELLOW: Ms Abernathy, what was your role in 2020?

MS ABERNATHY: I was the reservoir safety engineer for the county.
`;

const chairOf = (text: string) => {
  const doc = extractText(text, 'inquiry');
  return doc.speakers.find((s) => s.aliases.includes('THE CHAIR'))?.label;
};
const chairRole = (text: string) => extractText(text, 'inquiry').speakers.find((s) => s.aliases.includes('THE CHAIR'))?.role;

describe('speakers: THE CHAIR', () => {
  it('is the person the header names with a chair\'s post in brackets, in capitals and with letters after the name', () => {
    const text = record('Before: DAME HELEN ASHWORTH DBE (Chair of the Inquiry)\n\nAppearances:\nMR OWEN PELLOW KC, Counsel to the Inquiry');
    expect(chairOf(text)).toBe('Helen Ashworth');
    expect(chairRole(text)).toBe('host'); // presides: no guest the header introduces
  });

  it('is the person of a "Chair:" line or "Chaired by"', () => {
    expect(chairOf(record('Chair: Sir Graham Fenwick'))).toBe('Graham Fenwick');
    expect(chairOf(record('A public hearing chaired by Rt Hon Margaret Tolley MP'))).toBe('Margaret Tolley');
  });

  it('stays as written when the header names no chair, or two', () => {
    expect(chairOf(record('Appearances:\nMR OWEN PELLOW KC, Counsel to the Inquiry'))).toBe('The Chair');
    expect(chairOf(record('Before: HELEN ASHWORTH (Chair of the Inquiry)\nPETER MOSS (Chair of the Panel)'))).toBe('The Chair');
  });

  it('the chair named in the header and the speaker are one person', () => {
    const doc = extractText(record('Before: DAME HELEN ASHWORTH DBE (Chair of the Inquiry)'), 'inquiry');
    expect(doc.entities.filter((e) => /Ashworth/.test(e.label)).map((e) => [e.label, e.speaker])).toEqual([['Helen Ashworth', true]]);
    expect(doc.entities.map((e) => e.label)).not.toContain('The Chair');
  });
});
