// Tests for a body named with a group's possessive (extract/stages/mentions/latin.ts): "the International
// Longshoremen's Association" is one union, no "International Longshoremen" beside an "Association".
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe("a group's possessive and a body's head word", () => {
  it.each([
    ["The Harbor Longshoremen's Association agreement covers the East Coast ports.", "Harbor Longshoremen's Association"],
    ["The Women's Padel Association agreed to the new calendar.", "Women's Padel Association"],
    ["The Upland Farmers' Union opposed the water cap.", "Upland Farmers' Union"],
  ])('%s → %s', (text, name) => {
    expect(labels(text)).toContain(name);
  });

  it("a person's possessive joins no body: \"Peter's Union Square office\"", () => {
    expect(labels("We met in Peter's Union Square office.")).not.toContain("Peter's Union");
  });
});
