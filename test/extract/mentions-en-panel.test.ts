// Tests for the names of an English policy panel (extract/stages/mentions/latin.ts titles and numbered works,
// mentions/acronyms.ts acronyms in apposition, resolve.ts numbered works): what a reader of the intro expects.
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

const extract = (text: string): DocumentExtraction => extractText(text, 'panel');
const named = (d: DocumentExtraction, name: string) => d.entities.find((e) => e.label === name || e.aliases.includes(name));
const relations = (d: DocumentExtraction) => d.relations.map((r) => `${d.entities.find((e) => e.key === r.source)?.label} ${r.type} ${d.entities.find((e) => e.key === r.target)?.label}`);

describe('an office before a name is a title, not part of an organization', () => {
  it.each([
    ['With me are Priya Raman, general counsel of Mesa Grid; and Commissioner Alma Ortiz of the Nevada Public Service Commission.', 'Alma Ortiz', 'Nevada Public Service Commission'],
    ['Our last guest is Councilwoman Ruth Okonkwo of the Tucson Water Authority.', 'Ruth Okonkwo', 'Tucson Water Authority'],
  ])('%s → %s WORKS_AT %s', (text, person, body) => {
    const d = extract(text);
    expect(d.entities.filter((e) => / (?:Commissioner|Councilwoman) /.test(` ${e.label} `))).toEqual([]);
    expect(named(d, person)?.type).toBe('person');
    expect(relations(d)).toContain(`${person} WORKS_AT ${body}`);
  });
});

describe('an acronym in apposition right after its long form is the same name', () => {
  it('"The National Transmission Planning Board, NTPB, is drafting rules" gives one organization', () => {
    const d = extract('The National Transmission Planning Board, NTPB, is drafting rules. NTPB wants comments by May.');
    const board = named(d, 'NTPB');
    expect(board?.label).toBe('National Transmission Planning Board');
    expect(board?.mentions).toHaveLength(3);
  });

  it.each([
    ['NTPB, the National Transmission Planning Board, is drafting rules. NTPB wants comments by May.'],
    ['NTPB — the National Transmission Planning Board — is drafting rules. NTPB wants comments by May.'],
  ])('the acronym first, then its long form: %s', (text) => {
    const board = named(extract(text), 'NTPB');
    expect(board?.label).toBe('National Transmission Planning Board');
    expect(board?.mentions).toHaveLength(3);
  });

  it('an acronym its neighbour does not spell stays its own name', () => {
    const d = extract('We sell to Northwind, ACME, and Contoso every quarter.');
    expect(named(d, 'ACME')?.label).toBe('ACME');
  });
});

describe('an acronym nobody defines is the one name of the document it spells', () => {
  it('"the Western Grid Planning Council" in the intro, "at WGPC" in a turn: one organization', () => {
    const d = extract('**HOST:** Our guest once sat on the Western Grid Planning Council.\n\n**LEE:** When I was at WGPC, we wrote the rules.');
    const board = named(d, 'WGPC');
    expect(board?.label).toBe('Western Grid Planning Council');
    expect(board?.mentions).toHaveLength(2);
  });

  it('small words count or not: "the Department of Grid Planning" is DGP and DOGP', () => {
    const d = extract('Dana: I worked at the Department of Grid Planning. DOGP was slow, and DGP still is.');
    expect(named(d, 'DOGP')?.label).toBe('Department of Grid Planning');
    expect(named(d, 'DGP')?.label).toBe('Department of Grid Planning');
  });

  it('an acronym two names of the document spell stays its own name', () => {
    const d = extract('Dana: The Nevada Transit Board and the Northern Tariff Bureau both spoke. NTB will decide.');
    expect(named(d, 'NTB')?.label).toBe('NTB');
  });
});

describe('a law or order with its number is one work', () => {
  it('"NTPB Order 2041" and "Order 2041" are one work with its number', () => {
    const d = extract('Dana: NTPB Order 2041 is underrated.\n\nLee: Order 2041 already changed how regional planning works.');
    const order = named(d, 'Order 2041');
    expect(order?.label).toBe('NTPB Order 2041');
    expect(order?.type).toBe('work');
    expect(d.entities.map((e) => e.label)).not.toContain('NTPB Order');
  });

  it('a count after a law is no part of its name', () => {
    const d = extract('We passed the Clean Grid Act 2 years ago.');
    expect(d.entities.map((e) => e.label)).toContain('Clean Grid Act');
  });
});
