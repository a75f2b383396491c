// Tests for hearing records as the US Congress prints them (and parliaments that copy the layout): each turn opens an
// indented line with an honorific and the surname in capitals ending in a period ("    Senator HAWLEY. Thank you."),
// lines are hard-wrapped with no blank line between turns, and each witness's part is headed STATEMENT OF … in capitals.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'hearing.en');
const turns = (doc: ReturnType<typeof extract>) =>
  doc.turns.filter((t) => t.kind === 'turn').map((t) => [doc.speakers.find((s) => s.key === t.speaker)?.label, t.text]);

const HEARING = `PIPELINE SAFETY: THE NEXT DECADE

HEARING BEFORE THE SUBCOMMITTEE ON ENERGY OF THE COMMITTEE ON COMMERCE

    Chair DELGADO. The subcommittee will come to order. Our witnesses
are Nora Whitcombe, the president of Lakeshore Gas, and Professor
Ian Marsh of Purdue University.
    Senator OKAFOR. Thank you, Madam Chair.
    Chair DELGADO. Ms. Whitcombe, you may begin.

  STATEMENT OF NORA WHITCOMBE, PRESIDENT, LAKESHORE GAS, TOLEDO,
                                  OHIO

    Ms. WHITCOMBE. Thank you, Chair Delgado. Lakeshore Gas inspects
every mile of its pipe each year.
    Professor MARSH. Inspection alone is not enough, Senator.
    Mr. PRICE of Texas. Professor, who pays for the sensors?
    Professor MARSH. The operators do.
`;

describe('segment: hearing records', () => {
  it('opens a turn at each "Honorific SURNAME." line and joins its wrapped lines', () => {
    expect(turns(extract(HEARING))).toEqual([
      ['Delgado', 'The subcommittee will come to order. Our witnesses are Nora Whitcombe, the president of Lakeshore Gas, and Professor Ian Marsh of Purdue University.'],
      ['Okafor', 'Thank you, Madam Chair.'],
      ['Delgado', 'Ms. Whitcombe, you may begin.'],
      ['Nora Whitcombe', 'Thank you, Chair Delgado. Lakeshore Gas inspects every mile of its pipe each year.'],
      ['Ian Marsh', 'Inspection alone is not enough, Senator.'],
      ['Price', 'Professor, who pays for the sensors?'],
      ['Ian Marsh', 'The operators do.'],
    ]);
  });

  it('reads a surname the text gives in full as that full name, even one that is also a first name (Marsh)', () => {
    const doc = extract(HEARING);
    expect(doc.speakers.find((s) => s.label === 'Ian Marsh')?.aliases).toContain('Professor MARSH');
  });

  it('makes the wrapped STATEMENT OF heading the section of the turns after it, not words of the chair', () => {
    const doc = extract(HEARING);
    const statement = 'STATEMENT OF NORA WHITCOMBE, PRESIDENT, LAKESHORE GAS, TOLEDO, OHIO';
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => t.section)).toEqual([null, null, null, statement, statement, statement, statement]);
  });

  it('does not read a line that starts with an honorific and a name in ordinary case as a turn', () => {
    const doc = extract('Host: Welcome.\n\nGuest: Thanks.\n\nMr. Smith. He was my teacher.\n\nHost: Right.\n');
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => t.text)).toEqual(['Welcome.', 'Thanks.\nMr. Smith. He was my teacher.', 'Right.']);
  });
});
