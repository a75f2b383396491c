// Tests for two shapes (extract/stages/mentions/latin.ts): a numbered designation names nothing ("Lane 1", "the
// Tranche 2 contract"); a surname's possessive with no noun after it is the family's firm ("we both left Driscoll's").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('numbered designations', () => {
  it.each([
    ['The program picked us for Lane 1 last year.', 'Lane'],
    ['The first mission is under the Tranche 2 contract.', 'Tranche'],
    ['We opened Berth 4 in May.', 'Berth'],
  ])('%s: no %s', (text, word) => {
    expect(entities(text).some((e) => e.startsWith(`${word}/`) || e.startsWith(`${word} `))).toBe(false);
  });
});

describe("a surname's possessive with no noun after it", () => {
  it.each([
    ["My sister and I both left Brannock's and started the cooperative.", "Brannock's/organization"],
    ["After ten years at Pellham's, she went out on her own.", "Pellham's/organization"],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it("a first name's possessive stays a person's: \"the idea was Sarah's.\"", () => {
    expect(entities("Honestly, the idea was Sarah's.")).not.toContain("Sarah's/organization");
  });
});
