// orgHeads Renewables and Utilities: "EDF Renewables", "Anglian Utilities" are companies, not a lexicon company and a
// product "Renewables" that another company released.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`**Host:** Where were you before?\n\n**Ines Moreau:** ${text}\n`);

describe('mentions: a company ending in Renewables or Utilities', () => {
  it.each([
    ['I joined EDF Renewables from Orsted in 2019.', 'EDF Renewables'],
    ['Before that I spent six years at Anglian Utilities.', 'Anglian Utilities'],
  ])('%s → %s is an organization', (text, label) => {
    expect(doc(text).entities.find((e) => e.label === label)?.type).toBe('organization');
  });

  it('where she works is the whole name', () => {
    const edges = relationLines(doc('I joined EDF Renewables from Orsted in 2019.'));
    expect(edges).toContain('Ines Moreau -WORKS_AT-> EDF Renewables');
    expect(edges.join(' ')).not.toContain('RELEASED');
  });
});
