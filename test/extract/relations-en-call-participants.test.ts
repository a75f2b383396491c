// Tests for the callOrg party (extract/stages/relations.ts callCompany, relations/parties.ts) and the rules
// en-company-participant-title / -ceo: an earnings call's participants list gives the company's own people a title
// and no firm; they work at the company whose call the document is.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const CALL = `# Halden Mobility Q1 2027 Earnings Call

Company Participants

Sara Lindgren - Vice President, Investor Relations
Ola Brekke - President and Chief Executive Officer
Mei Tanaka - Deputy Chief Executive Officer
Jonas Falk - Chief Financial Officer

Conference Call Participants

Ravi Menon - Barclays

Operator: Good morning, and welcome to the Halden Mobility first quarter 2027 earnings conference call.

Sara Lindgren: Thank you. Ola will start.

Ola Brekke: Thanks, Sara. Ridership grew in every city.

Ravi Menon: Ola, what about Oslo?

Ola Brekke: Oslo grew fastest.
`;

describe("an earnings call's participants list: a title and no firm is the call's company", () => {
  it('each executive works at the company; the chief executive is its CEO; a deputy is not', () => {
    const lines = relationLines(extractText(CALL)).filter((line) => /WORKS_AT|CEO_OF/.test(line));
    expect(lines).toEqual(expect.arrayContaining([
      'Sara Lindgren -WORKS_AT-> Halden Mobility',
      'Ola Brekke -WORKS_AT-> Halden Mobility',
      'Ola Brekke -CEO_OF-> Halden Mobility',
      'Mei Tanaka -WORKS_AT-> Halden Mobility',
      'Jonas Falk -WORKS_AT-> Halden Mobility',
      'Ravi Menon -WORKS_AT-> Barclays',
    ]));
    expect(lines).not.toContain('Mei Tanaka -CEO_OF-> Halden Mobility');
    expect(lines).not.toContain('Ravi Menon -WORKS_AT-> Halden Mobility');
  });

  it('the same list in a document that is no call ties no one to a company', () => {
    const panel = CALL.replace('first quarter 2027 earnings conference call', 'panel on city transport');
    const lines = relationLines(extractText(panel)).filter((line) => /WORKS_AT|CEO_OF/.test(line) && !line.includes('Barclays'));
    expect(lines).toEqual([]);
  });
});

/** A call as FactSet prints it: "Name - Firm - Title" entries (the firm with "Corp."), parts in capitals. */
const FACTSET = `Tessaly Networks Corp. (TSNW) Q2 2027 Earnings Call
July 30, 2027 4:30 PM ET

CORPORATE PARTICIPANTS
Nora Quist - Tessaly Networks Corp. - Head of Investor Relations
Bram Osei - Tessaly Networks Corp. - President & Chief Executive Officer
Lise Moen - Tessaly Networks Corp. - Deputy CEO

OTHER PARTICIPANTS
T.J. Rourke - Evercore ISI - Analyst
Maya Lind - Jefferies - Analyst

MANAGEMENT DISCUSSION SECTION

Operator: Good afternoon, and welcome to the Tessaly Networks second quarter 2027 earnings call.

Nora Quist: Thank you. With me is Bram Osei.

Bram Osei: Thanks, Nora. Orders were strong.

QUESTION AND ANSWER SECTION

Operator: Our first question comes from T.J. Rourke with Evercore ISI.

T.J. Rourke: Bram, how were orders in Europe?

Bram Osei: Strong there too.
`;

describe('a call as FactSet prints it', () => {
  it('"Name - Firm Corp. - Title" gives WORKS_AT, and CEO_OF for the chief executive only; an analyst with initials is read', () => {
    const lines = relationLines(extractText(FACTSET)).filter((line) => /WORKS_AT|CEO_OF/.test(line));
    expect(lines).toEqual(expect.arrayContaining([
      'Nora Quist -WORKS_AT-> Tessaly Networks Corp',
      'Bram Osei -WORKS_AT-> Tessaly Networks Corp',
      'Bram Osei -CEO_OF-> Tessaly Networks Corp',
      'Lise Moen -WORKS_AT-> Tessaly Networks Corp',
      'T.J. Rourke -WORKS_AT-> Evercore ISI',
    ]));
    expect(lines).not.toContain('Lise Moen -CEO_OF-> Tessaly Networks Corp');
  });

  it('a part named in capitals on its own line is the section of the turns below, not words of the turn above', () => {
    const doc = extractText(FACTSET);
    const turns = doc.turns.filter((t) => t.kind === 'turn').map((t) => [t.speakerLabel, t.section, t.text]);
    expect(turns).toEqual([
      ['Nora Quist', 'MANAGEMENT DISCUSSION SECTION', 'Thank you. With me is Bram Osei.'],
      ['Bram Osei', 'MANAGEMENT DISCUSSION SECTION', 'Thanks, Nora. Orders were strong.'],
      ['T.J. Rourke', 'QUESTION AND ANSWER SECTION', 'Bram, how were orders in Europe?'],
      ['Bram Osei', 'QUESTION AND ANSWER SECTION', 'Strong there too.'],
    ]);
  });
});

describe('a participants list titled in capitals', () => {
  it('"CORPORATE PARTICIPANTS" over its entries titles the list: a section, not an organisation', () => {
    const doc = extractText(FACTSET);
    const labels = doc.entities.map((e) => e.label);
    expect(labels).not.toContain('CORPORATE PARTICIPANTS');
    expect(labels).not.toContain('OTHER PARTICIPANTS');
    const list = doc.turns.find((t) => t.text.startsWith('Nora Quist - '));
    expect(list?.section).toBe('CORPORATE PARTICIPANTS');
    expect(list?.text.split('\n')).toHaveLength(3);
  });
});
