// Tests for a list of appearances naming counsel in capitals with a first name compromise does not know ("MS PRIYA
// NANDA, for Kestrel Civil Engineering Limited"): the honorific and the appearance's shape say it is a person, and the
// label "MS NANDA:" is her (latin.ts capitalsHonouredName, names.ts expandSurname).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const RECORD = `THE WESTMERE DAM INQUIRY

Appearances:
MR OWEN PELLOW KC, Counsel to the Inquiry
MS PRIYA NANDA, for Westmere Water Limited

MR PELLOW: Good morning. The Inquiry calls Ms Ruth Abernathy.

MS NANDA: Chair, may I raise one point first?

MR PELLOW: Of course.

MS NANDA: Thank you.
`;

describe('appearances with a first name compromise does not know', () => {
  it('name a person, and the label is her', () => {
    const doc = extractText(RECORD, 'inquiry');
    expect(doc.speakers.find((s) => s.aliases.includes('MS NANDA'))?.label).toBe('Priya Nanda');
    expect(doc.entities.filter((e) => /NANDA|Nanda/.test(e.label)).map((e) => `${e.label}/${e.type}`)).toEqual(['Priya Nanda/person']);
  });

  it('"MS" before a name with no appearance after it still needs a first name it knows ("MS NORDLYS VIKING" is a ship)', () => {
    const doc = extractText('Host: The MS NORDLYS VIKING docked at Bergen.\n\nGuest: Yes.\n\nHost: Then?\n\nGuest: It sailed.', 'ship');
    expect(doc.entities.filter((e) => e.type === 'person').map((e) => e.label)).not.toContain('Nordlys Viking');
  });
});
