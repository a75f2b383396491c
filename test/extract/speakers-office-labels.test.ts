// Tests for meeting records that label officials by office and surname in capitals (speakers.ts officeHolder;
// segment.json nameTitles "Sen.", "Rep.", "Gov."): "CITY MANAGER TSE:" is the Howard Tse of "City Manager Howard Tse".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const MEETING = `CITY OF BRAYDON — COUNCIL MEETING

Present: Mayor Alma Ruiz; City Manager Victor Nakamura; Public Works Director Funmi Adeyemi; City Clerk Ruth Olsen.

MAYOR RUIZ: We are called to order. Mr. Nakamura?

CITY MANAGER NAKAMURA: Thank you, Mayor. The paving bids came in on Friday.

PUBLIC WORKS DIRECTOR ADEYEMI: Two of them were over budget.

CITY CLERK OLSEN: The bids are posted online.

MAYOR RUIZ: Thank you. State Senator Dana Whitlock is here too. Senator?

SEN. WHITLOCK: Thanks, Mayor. The state grant is coming.
`;

describe('office and surname labels', () => {
  it('resolves each to the full name written after the same office, "SEN." to the senator', () => {
    const doc = extractText(MEETING, 'meeting');
    const who = new Map(doc.speakers.flatMap((s) => s.aliases.map((a) => [a, s.label] as const)));
    expect(['MAYOR RUIZ', 'CITY MANAGER NAKAMURA', 'PUBLIC WORKS DIRECTOR ADEYEMI', 'CITY CLERK OLSEN', 'SEN. WHITLOCK'].map((l) => who.get(l))).toEqual([
      'Alma Ruiz',
      'Victor Nakamura',
      'Funmi Adeyemi',
      'Ruth Olsen',
      'Dana Whitlock',
    ]);
  });

  it('leaves the label as written where two people hold that office in the text', () => {
    const text = 'Present: City Manager Victor Nakamura; City Manager Ken Nakamura (interim).\n\nHOST: Welcome.\n\nCITY MANAGER NAKAMURA: Thanks.\n\nHOST: Go on.\n\nCITY MANAGER NAKAMURA: Sure.';
    expect(extractText(text, 'two').speakers.map((s) => s.label)).toContain('City Manager Nakamura');
  });
});
