// Tests for names of museums, galleries, tournaments, a French "Maison", a hospital's short name
// (extract/data/cues.json orgHeads, eventHeads, orgLeadingHeads; extract/stages/mentions/latin.ts TRADE_LAST) and for
// owners, chairs and chief executives said in the first and second person (extract/data/relations.json en-our-owner,
// en-you-took-over-as-ceo, en-i-took-over-as-ceo, en-our-staff-person).
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('museums, tournaments and houses', () => {
  it.each([
    ['We reopened the Harlow Museum of Art in May.', 'Harlow Museum of Art/organization'],
    ['The Saatchi Gallery lent two works.', 'Saatchi Gallery/organization'],
    ['She qualified for the Candidates Tournament last week.', 'Candidates Tournament/event'],
    ['I run Maison Boréale out of Montreal.', 'Maison Boréale/organization'],
    ['She ran a hospital through an attack at Mercy Regional before.', 'Mercy Regional/organization'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });
});

describe('owners, chairs and chief executives', () => {
  const turns = (host: string, guest: string) => `Ada Brook: ${host}\n\nJanelle Whitehorse: ${guest}\n\nAda Brook: Thank you.`;
  it.each([
    [turns('You took over as chief executive of Prairie Link Communications last year.', 'I did.'), 'Janelle Whitehorse -CEO_OF-> Prairie Link Communications'],
    [turns('Welcome.', 'I took over as CEO of Prairie Link Communications in 2024.'), 'Janelle Whitehorse -CEO_OF-> Prairie Link Communications'],
    [turns('Welcome.', 'I work at Prairie Link Communications. Our owner is Blackstone Infrastructure Partners.'), 'Blackstone Infrastructure Partners -OWNS-> Prairie Link Communications'],
    [turns('Welcome.', 'I work at Prairie Link Communications. We are majority-owned by Halvorsen Capital.'), 'Halvorsen Capital -OWNS-> Prairie Link Communications'],
    [turns('Welcome.', 'I work at Prairie Link Communications. Our chair, Whitney Lodge, agreed.'), 'Whitney Lodge -WORKS_AT-> Prairie Link Communications'],
  ])('%s', (text, expected) => {
    expect(relationsOf(text)).toContain(expected);
  });
});
