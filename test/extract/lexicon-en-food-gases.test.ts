// Tests for English lexicon entries (extract/data/lexicon/*.json) met in a coffee earnings call, a brewing podcast, a
// wildfire report and a water rate hearing: food firms, insurers and gases are known names of the right type.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('food firms, insurers, gases', () => {
  it.each([
    ['Guest: Our capsules are a licensing deal with Keurig Dr Pepper for K-Cups.', 'Keurig Dr Pepper (organization)'],
    ["Guest: JDE Peet's and Smucker's have both raised prices twice this year.", "JDE Peet's (organization)"],
    ["Guest: JDE Peet's and Smucker's have both raised prices twice this year.", 'J.M. Smucker (organization)'],
    ['Guest: State Farm and Allstate stopped writing new homeowners policies.', 'State Farm (organization)'],
    ['Guest: In 2022 our CO2 supplier put us on allocation.', 'carbon dioxide (concept)'],
    ['Guest: Three of our wells test above the PFAS limit.', 'PFAS (concept)'],
    ['Guest: The roof and the HVAC at Eastgate are at end of life.', 'HVAC (concept)'],
  ])('%s → %s', (text, name) => {
    expect(entities(text)).toContain(name);
  });
});
