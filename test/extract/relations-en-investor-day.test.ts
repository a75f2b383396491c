// Tests for a listed company's day for investors ("R&D Day", "Investor Day", "Capital Markets Day"): the company is
// named without the day ("Halden Biosciences", not "Halden Biosciences R&D Day"), and, as on an earnings call, the
// corporate participants listed with a title and no firm work at it (relations.ts CALL).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const day = (event: string) => `# Halden Biosciences 2026 ${event}

Corporate Participants

Grace Whitmore - Chief Executive Officer
Ivan Petrakis - Chief Financial Officer

Conference Call Participants

Dora Lindqvist - Morgan Stanley

Ivan Petrakis: Good morning and welcome to the Halden Biosciences ${event}. Grace will start.

Grace Whitmore: Thank you, Ivan. It has been a busy year for the company.

Dora Lindqvist: Thanks. How is enrolment going?

Grace Whitmore: Ahead of plan.
`;

describe('an investor day', () => {
  for (const event of ['R&D Day', 'Investor Day', 'Capital Markets Day']) {
    it(`names the company without "${event}" and gives its listed people the company`, () => {
      const doc = extractText(day(event), 'rd-day');
      const labels = doc.entities.map((e) => e.label);
      expect(labels).toContain('Halden Biosciences');
      expect(labels.filter((l) => / Day$/.test(l))).toEqual([]);
      const found = relationLines(doc);
      for (const r of ['Grace Whitmore -CEO_OF-> Halden Biosciences', 'Ivan Petrakis -WORKS_AT-> Halden Biosciences']) expect(found, found.join('\n')).toContain(r);
      expect(found.filter((r) => r.includes('-HOSTS->'))).toEqual([]); // the company holds the day: no show
      expect(found.filter((r) => r.startsWith('Dora Lindqvist -WORKS_AT->'))).toEqual(['Dora Lindqvist -WORKS_AT-> Morgan Stanley']);
    });
  }

  it('gives no company to a day that is no investor day ("the Halden Biosciences Family Day")', () => {
    const found = relationLines(extractText(day('Family Day'), 'family-day'));
    expect(found.filter((r) => r.startsWith('Ivan Petrakis -WORKS_AT->'))).toEqual([]);
  });
});
