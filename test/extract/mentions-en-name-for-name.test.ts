// Tests for "for" between two capitalised words (extract/stages/mentions/latin.ts): one name in "Code for America",
// two in "the HBM for Nvidia" (an acronym, then a company) and "T3 in Minneapolis for Hines" (a place, then a client).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);

describe('"for" between two names', () => {
  it.each([
    ['Kessel Memory supplies most of the HBM for Nvidia these days.', 'HBM for Nvidia', 'NVIDIA'],
    ['His firm designed a tower in Tarnow for Halvorsen last year.', 'Tarnow for Halvorsen', 'Halvorsen'],
    ['We also built the RPU for Kessel, and it shipped in May.', 'RPU for Kessel', 'RPU'],
    ['Our interns came through Google for Startups in Lisbon.', 'Google for Startups', 'Google'],
  ])('%s: no name "%s"', (text, joined, part) => {
    const found = labels(text);
    expect(found).not.toContain(joined);
    expect(found).toContain(part);
  });

  it.each([
    ['She volunteered with Code for America before law school.', 'Code for America'],
    ['He marched with the Campaign for Nuclear Disarmament in the eighties.', 'Campaign for Nuclear Disarmament'],
    ['The grant came from Teachers for Equity, a small charity.', 'Teachers for Equity'],
  ])('a name that goes on with "for": %s', (text, name) => {
    expect(labels(text)).toContain(name);
  });
});
