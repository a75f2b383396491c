// Tests for firms no head word names (extract/stages/mentions/latin.ts TRADE_LAST, stopNounOpensName; cues orgHeads
// Clinic): "Kestrel Minerals", "Marlow Books", "University Hospitals" are no people; "the American Arbitration
// Association" keeps "American"; "Cleveland Clinic" is no place.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('firms named by their trade', () => {
  it.each([
    ['We closed the acquisition of Kestrel Minerals last month.', 'Kestrel Minerals/organization'],
    ['He left to join Marlow Books in Leeds.', 'Marlow Books/organization'],
    ['Ambulances went to University Hospitals for a day.', 'University Hospitals/organization'],
    ['We co-produced it with Halvik Film in Bergen.', 'Halvik Film/organization'],
    ['I run the clinical data group for Trellis Health.', 'Trellis Health/organization'],
    ['I advise the American Arbitration Association on its rules.', 'American Arbitration Association/organization'],
    ['Patients went to Cleveland Clinic overnight.', 'Cleveland Clinic/organization'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('a person with a known first name keeps a trade word as surname: Samantha Power', () => {
    expect(entities('Samantha Power spoke first.')).toContain('Samantha Power/person');
  });

  it('everyday words before a trade word name nothing: Critical Minerals', () => {
    expect(entities('Critical Minerals matter more every year.').some((e) => e.startsWith('Critical Minerals'))).toBe(false);
  });
});
