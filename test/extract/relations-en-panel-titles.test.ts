// Tests for the titles a panel's intro gives its speakers (extract/data/relations.json en-person-title-at and
// en-person-staff-at, cues enStopwords): "Sarah Lindgren, CISO of Maersk" works at Maersk, and "CISO of" is no name.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const intro = [
  'Moderator: Tom Whitaker, security editor at The Ledger',
  'Panellists: Sarah Lindgren, CISO of Brightwater Shipping; Daniel Osei, VP of threat intelligence at Northvane; Ana Ruiz, CIO of Calloway Foods',
  '',
  'TOM WHITAKER: Good afternoon everyone. Daniel, let us start.',
  '',
  'DANIEL OSEI: Sure. Happy to.',
].join('\n');

describe('a panel intro\'s titles say where each panellist works', () => {
  const doc = extractText(intro);
  it.each([
    'Sarah Lindgren -WORKS_AT-> Brightwater Shipping',
    'Daniel Osei -WORKS_AT-> Northvane',
    'Ana Ruiz -WORKS_AT-> Calloway Foods',
  ])('%s', (line) => {
    expect(relationLines(doc)).toContain(line);
  });

  it('"CISO of" is no part of the company\'s name', () => {
    const labels = doc.entities.map((e) => e.label);
    expect(labels.filter((l) => /CISO|CIO/.test(l))).toEqual([]);
  });
});
