// Tests for names joined by "of" or "for" (extract/stages/mentions/latin.ts): a ministry with words before it is one
// body ("Federal Ministry of Health"), and a lone word after "from" or a possessive, then "for", is no name with what follows.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('a ministry or department after qualifying words', () => {
  it.each([
    ['Before that I was head of epidemiology at the Federal Ministry of Health in Khartoum.', 'Federal Ministry of Health (government)'],
    ['We are funded by the German Federal Ministry for Economic Affairs. We invest in tools.', 'German Federal Ministry for Economic Affairs (government)'],
    ['The money comes through the Ohio Department of Development this year.', 'Ohio Department of Development'],
  ])('%s → %s', (text, name) => {
    const found = entities(text);
    expect(found.some((e) => e.startsWith(name))).toBe(true);
    expect(found.some((e) => /^(?:Health|Economic Affairs|Development) \(/.test(e))).toBe(false);
  });
});

describe('"for" after a lone word', () => {
  it('a place or a work and who it was for are two names', () => {
    const found = entities("I covered the bankruptcy from Skellefteå for Handelsblatt. Then I recorded Schubert's Winterreise for Chandos.");
    expect(found.some((e) => e.includes(' for '))).toBe(false);
    expect(found.some((e) => e.startsWith('Handelsblatt'))).toBe(true);
    expect(found.some((e) => e.startsWith('Chandos'))).toBe(true);
  });

  it('a plural of members opens a name: "Americans for Prosperity"', () => {
    expect(entities('She gave money to Americans for Prosperity last year.')).toContain('Americans for Prosperity (organization)');
  });
});
