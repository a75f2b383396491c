// Tests for words that are no organizations and a double-barrelled surname (extract/stages/mentions/latin.ts,
// extract/data/cues.json enStopwords): plural acronyms (CISOs, HBCUs), a job title alone (Director), "Ep." of an
// episode number, header words in capitals (HOST, GUEST, PANEL), EBITDA, SOC, DSL; "Kofi Mensah-Bright" is a person.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('stray words', () => {
  it.each([
    ['What would you tell other CISOs about it?', 'CISOs'],
    ['The Mellon Foundation funds curators from HBCUs now.', 'HBCUs'],
    ['Guest: Dr. Ama Osei, Director, The Harlow Museum of Art, Boston', 'Director'],
    ['The Opening Move Podcast — Ep. 203 with a grandmaster', 'Ep'],
    ['HOST — Devon Clarke\nGUEST — Anya Petrov', 'HOST'],
    ['HOST — Devon Clarke\nGUEST — Anya Petrov', 'GUEST'],
    ['We will not chase a deal until net debt is below one times EBITDA.', 'EBITDA'],
    ['Our SOC, which we outsource, flagged odd traffic.', 'SOC'],
    ['It still ran copper DSL to 40% of its customers.', 'DSL'],
  ])('%s: no %s', (text, word) => {
    expect(entities(text).some((e) => e.startsWith(`${word}/`))).toBe(false);
  });

  it('a double-barrelled surname after an unknown first name is a person: Kofi Mensah-Bright', () => {
    expect(entities('We have just signed Kofi Mensah-Bright, a poet from Accra.')).toContain('Kofi Mensah-Bright/person');
  });
});
