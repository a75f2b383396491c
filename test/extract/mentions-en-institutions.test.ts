// Tests for English institution names (extract/stages/mentions/latin.ts and the cues' organization heads): hospitals,
// NHS trusts, record labels and names that hold a possessive, as a reader of an unseen transcript expects them.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

const entities = (text: string): Entity[] => extractText(text).entities;
const typeOf = (es: Entity[], label: string) => es.find((e) => e.label === label || e.aliases.includes(label))?.type;

describe('a hospital, a trust or a record label is an organization, not a person', () => {
  it.each([
    ['She trained at Harwell Memorial Hospital before the move.', 'Harwell Memorial Hospital'],
    ['I still run a clinic at Brookfield Hospital once a month.', 'Brookfield Hospital'],
    ['Evelyn Lister Hospital opened a new ward in May.', 'Evelyn Lister Hospital'],
    ['We now share a discharge team with Wexford Valley Trust.', 'Wexford Valley Trust'],
    ['I started in A&R at Corvid Records, then moved on.', 'Corvid Records'],
    ['Her first album came out on Halfmoon Records in 2015.', 'Halfmoon Records'],
  ])('%s → %s', (text, name) => {
    expect(typeOf(entities(text), name)).toBe('organization');
  });
});

describe('a possessive inside an institution\'s name stays in it', () => {
  const labels = (text: string) => entities(text).map((e) => e.label);
  it.each([
    ["She is chief executive of St Aldric's and St Nicholas' NHS Foundation Trust in London.", "St Aldric's and St Nicholas' NHS Foundation Trust"],
    ["Our emergency department at St Barnabas' Hospital saw 14,000 attendances.", "St Barnabas' Hospital"],
    ["Before that I worked at Women's and Children's Hospital in Adelaide.", "Women's and Children's Hospital"],
    ["We host the Rowan Children's Research Centre with the university.", "Rowan Children's Research Centre"],
  ])('%s → %s', (text, name) => {
    expect(labels(text)).toContain(name);
    expect(typeOf(entities(text), name)).toBe('organization');
  });

  it.each([
    // A known company's possessive names its unit, not one institution; a plain possessive before a word stays out.
    ["Google's Research School opened in May.", 'Google'],
    ["We visited the Jones' house in Leeds.", 'Jones'],
  ])('%s keeps %s apart', (text, name) => {
    expect(labels(text)).toContain(name);
  });
});

describe('a possessive institution goes on to the place after it', () => {
  it("King's College London is one organization", () => {
    expect(typeOf(entities("I did my PhD at Prince's College London, then moved north."), "Prince's College London")).toBe('organization');
  });
});
