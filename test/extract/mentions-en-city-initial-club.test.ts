// Tests for a club named by a city, an initial and a name: "Yokohama F. Marinos" is one organisation, not a place
// "Yokohama F" (extract/stages/mentions/latin.ts); "Plan B. Google" stays apart.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Go on.\n\n**Lena Hoffmann:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('a city, an initial and a name', () => {
  it('"Yokohama F. Marinos called" → organization Yokohama F. Marinos', () => {
    const found = labels('After that tournament, Yokohama F. Marinos called me.');
    expect(found).toContain('organization Yokohama F. Marinos');
    expect(found.filter((l) => l.endsWith(' Yokohama F'))).toEqual([]);
  });

  it('"we had a Plan B. Google said no" keeps Google apart', () => {
    expect(labels('We had a Plan B. Google said no to it.').filter((l) => l.includes('B. Google'))).toEqual([]);
  });
});
