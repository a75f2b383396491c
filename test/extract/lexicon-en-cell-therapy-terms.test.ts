// Tests for concepts of cell and gene therapy talk: CAR-T, lipid nanoparticles, lentiviral vectors are terms, not
// organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Guest:** ${text}\n\n**Host:** Thanks.\n`).entities.find((e) => e.label === label)?.type;

describe('cell and gene therapy terms', () => {
  it.each([
    ['It makes vectors for in vivo CAR-T, which changes everything.', 'CAR-T cell therapy'],
    ['Their platform uses lipid nanoparticles, the tech behind the vaccine.', 'lipid nanoparticles'],
    ['EsoBiotec makes lentiviral vectors for it.', 'lentiviral vectors'],
  ])('%s → %s is a concept', (text, label) => {
    expect(typeOf(text, label)).toBe('concept');
  });
});
