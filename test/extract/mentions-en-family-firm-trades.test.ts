// Tests for a family's firm named with its possessive and its trade (extract/stages/mentions/latin.ts
// POSSESSIVE_FIRM_LAST): "Hill's Pet Nutrition" is one organization; "Sarah's Group chat" names no firm.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe("a surname's possessive and a trade", () => {
  it.each([
    ["Guest: My first client was Hill's Pet Nutrition in Topeka.", "Hill's Pet Nutrition (organization)"],
    ["Guest: We supplied Kellogg's Foods for years.", "Kellogg's Foods (organization)"],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });

  it("a first name's possessive is no firm", () => {
    expect(entities("Guest: Sarah's Group chat is loud these days.").filter((e) => e.includes('Group'))).toEqual([]);
  });
});
