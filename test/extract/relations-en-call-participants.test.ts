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
