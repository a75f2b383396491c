// Tests for a roster written one entry a line ("Amanda Ruiz, PhD, Biostatistician, Mayo Clinic"; extract/stages/segment/
// text.ts ENTRY_LINE): its lines stay lines, so one entry's employer and the next entry's name make no single name.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const ROSTER = `ONCOLOGIC DRUGS ADVISORY COMMITTEE

Voting members:
Amanda Ruiz, PhD, Biostatistician, Mayo Clinic
Gregory Oduya, MD, Fred Hutchinson Cancer Center
Sarah Lindqvist, Patient Representative

DR. HSU: Good morning. I would like to call this meeting to order.

DR. RUIZ: Amanda Ruiz, Mayo Clinic.

DR. ODUYA: Greg Oduya, Fred Hutch.
`;

describe('a roster one entry a line', () => {
  const doc = extractText(ROSTER, 'roster');

  it('keeps its lines apart', () => {
    expect(doc.turns.find((t) => t.text.includes('Amanda Ruiz, PhD'))?.text).toContain('Mayo Clinic\nGregory Oduya');
  });

  it('makes no name out of one line\'s end and the next line\'s start', () => {
    const labels = doc.entities.map((e) => e.label);
    expect(labels.filter((l) => /Clinic Gregory|Center Sarah/.test(l))).toEqual([]);
    expect(labels).toContain('Mayo Clinic');
  });
});
