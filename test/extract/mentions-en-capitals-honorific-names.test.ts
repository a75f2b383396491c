// Tests for names in capitals after an honorific, as a court's or a public inquiry's transcript lists who appears
// (extract/stages/mentions/latin.ts capitalsHonouredName): "MS RACHEL ODUNSI KC" is the barrister Rachel Odunsi, not a ship.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const APPEARANCES = `THE HALBERTON RAIL INQUIRY

Before:
SIR MALCOLM TREVITHICK (Chair of the Inquiry)

Appearances:
MS RACHEL ODUNSI KC, Counsel to the Inquiry
MR DAVID FAIRLIE KC, for Network Rail Infrastructure Limited
DAME JUNE ELLIS, for the families

THE CHAIR: Good morning.

MS ODUNSI: Good morning, sir. The Inquiry calls its first witness.

THE CHAIR: Thank you.

MS ODUNSI: Mr Halloran, please give your full name.
`;

describe('an honorific and a name in capitals', () => {
  const entities = extractText(APPEARANCES, 'inquiry').entities.map((e) => `${e.type} ${e.label}`);

  it.each(['Rachel Odunsi', 'David Fairlie', 'June Ellis', 'Malcolm Trevithick'])('%s is a person, named without honorific or letters', (name) => {
    expect(entities).toContain(`person ${name}`);
  });

  it('leaves no organization or ship named with the honorific', () => {
    expect(entities.filter((e) => /\b(?:MS|MR|SIR|DAME)\b/.test(e) && !e.startsWith('person '))).toEqual([]);
  });

  it('"MS" before a ship\'s name in capitals stays a ship', () => {
    const found = extractText('Host: The MS NORDLYS VIKING ran aground in May.\n\nGuest: Yes.\n').entities.map((e) => `${e.type} ${e.label}`);
    expect(found.some((e) => e.startsWith('person'))).toBe(true); // the speakers only
    expect(found).not.toContain('person Nordlys Viking');
  });
});
