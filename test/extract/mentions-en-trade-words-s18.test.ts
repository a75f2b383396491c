// Tests for a trade's word closing a firm's name (extract/stages/mentions/latin.ts TRADE_LAST): "Ironweed Brewing",
// "Trident Seafoods", "Carollo Engineers", "Mutual Distributing" are firms, not people, though nothing else says so.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a trade word last makes a firm', () => {
  it.each([
    ['Guest: I left to start Ironweed Brewing with my husband.', 'Ironweed Brewing (organization)'],
    ['Guest: We sold to Trident Seafoods at the dock for years.', 'Trident Seafoods (organization)'],
    ['Guest: We hired Carollo Engineers to do a treatment study.', 'Carollo Engineers (organization)'],
    ['Guest: We signed with Mutual Distributing two years ago.', 'Mutual Distributing (organization)'],
    ['Guest: Copperline Roasters brought us four plants.', 'Copperline Roasters (organization)'],
    ['Guest: The money went to Catholic Charities in the end.', 'Catholic Charities (organization)'],
    ['Guest: Our hops come from Loftus Ranches and a few others.', 'Loftus Ranches (organization)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it('a known first name before the trade word stays a person: "Helen Dairy"', () => {
    expect(entities('Guest: I met Helen Dairy at the fair.')).toContain('Helen Dairy (person)');
  });
});
