// Tests for cues.json companySuffixes Limited, PLC, LLP, GmbH: a company's legal name and its name without the suffix
// are one organization in a document (resolve.ts linkCompanyShortForms).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const orgs = (text: string) => extractText(text, 'suffixes').entities.filter((e) => e.type === 'organization').map((e) => e.label).sort();

describe('legal suffixes', () => {
  it.each([
    ['Kestrel Civil Engineering Limited', 'Kestrel Civil Engineering'],
    ['Harwick Foods PLC', 'Harwick Foods'],
    ['Brandt Maschinenbau GmbH', 'Brandt Maschinenbau'],
  ])('%s and %s are one organization', (legal, short) => {
    const text = `Appearances: MS PRIYA NANDA, for ${legal}\n\nCOUNSEL: Who were you with?\n\nWITNESS: I was an engineer at ${short} until 2021.\n\nCOUNSEL: Thank you.`;
    expect(orgs(text)).toEqual([legal]);
  });
});
