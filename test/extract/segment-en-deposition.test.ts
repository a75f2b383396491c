// Tests for deposition and trial records (segment.json introductions, bylines, headingLines, proseLabels; the
// colloquy labels of segment/units.ts): the witness "X, having been first duly sworn" answers the A. questions, the
// lawyer of "EXAMINATION BY MS. Y:" asks the Q. ones, and "MR. Z: Objection, form." is Z between them.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const DEPOSITION = `IN RE: HARBOR CRANE LITIGATION

DEPOSITION OF LOUISA FENWICK

APPEARANCES:
  For the Plaintiffs: Gordon Achebe, Esq.
  For the Defendant: Ingrid Solvang, Esq.

LOUISA FENWICK, having been first duly sworn, was examined and testified as follows:

EXAMINATION BY MR. ACHEBE:

Q. Please state your name for the record.
A. Louisa Fenwick.
Q. Who inspected the crane?
A. Our yard foreman did.
MS. SOLVANG: Objection, form.
Q. You can answer.
A. He did, in May.
`;

const doc = extractText(DEPOSITION, 'deposition');
const turns = doc.turns.map((t) => [t.kind, doc.speakers.find((s) => s.key === t.speaker)?.label ?? null, t.text]);

describe('deposition records', () => {
  it('the sworn witness answers, the examining lawyer asks, and the colloquy is its lawyer', () => {
    expect(turns.filter(([kind]) => kind === 'turn').map(([, who, text]) => `${who}: ${text}`)).toEqual([
      'Gordon Achebe: Please state your name for the record.',
      'Louisa Fenwick: Louisa Fenwick.',
      'Gordon Achebe: Who inspected the crane?',
      'Louisa Fenwick: Our yard foreman did.',
      'Ingrid Solvang: Objection, form.',
      'Gordon Achebe: You can answer.',
      'Louisa Fenwick: He did, in May.',
    ]);
  });

  it('reads the case caption "IN RE:" as narration, no speaker', () => {
    expect(turns[0]).toEqual(['narration', null, 'IN RE: HARBOR CRANE LITIGATION']);
    expect(doc.speakers.map((s) => s.label)).not.toContain('In Re');
  });

  it('makes "EXAMINATION BY MR. ACHEBE:" the section of the questioning, not a turn', () => {
    expect(doc.turns.filter((t) => t.kind === 'turn').every((t) => t.section === 'EXAMINATION BY MR. ACHEBE')).toBe(true);
  });
});

describe('an inquiry\'s witness, called by counsel or sworn in a line of its own', () => {
  const answerer = (text: string) => {
    const doc = extractText(text, 'inquiry');
    const answer = doc.turns.find((t) => t.text.startsWith('Peter James Halloran'));
    return doc.speakers.find((s) => s.key === answer?.speaker)?.label;
  };

  it.each([
    ['MR PETER HALLORAN (sworn)', 'The Inquiry will hear from the Route Director.'],
    ['(Witness came to the table)', 'The Inquiry calls Mr Peter Halloran.'],
  ])('"%s" / "%s": the A. answers are Peter Halloran\'s', (line, call) => {
    const text = `THE CHAIR: Good morning. Who is first?\n\nMS ODUNSI: ${call}\n\n${line}\n\nMS ODUNSI: Please give your full name.\n\nA. Peter James Halloran.\n\nQ. And before that?\n\nA. I was at Arup.\n\nTHE CHAIR: Thank you.\n`;
    expect(answerer(text)).toBe('Peter Halloran');
  });
});
