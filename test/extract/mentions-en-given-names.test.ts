// Tests for given names compromise does not list (cues.json enGivenNames; extract/stages/mentions/latin.ts): a name
// they open, with a surname particle or not, is a person, not an organization.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const typed = (text: string) => extractText(`**Host:** ${text}\n\n**Guest:** Thanks.\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('given names compromise does not list', () => {
  it.each([
    ['Renaud de Lesquen is the chief executive of Givenchy.', 'Renaud de Lesquen'],
    ['We hired Hervé de Villiers in May.', 'Hervé de Villiers'],
    ['Amélie told me the collection was moved.', 'Amélie'],
    ['My co-founder Sjoerd van Dam wrote the code.', 'Sjoerd van Dam'],
  ])('%s → %s is a person', (text, name) => {
    const found = typed(text);
    expect(found).toContain(`person ${name}`);
    expect(found).not.toContain(`organization ${name}`);
  });

  it('the person holds the post the sentence gives', () => {
    const doc = extractText('**Host:** Renaud de Lesquen is the chief executive of Givenchy.\n\n**Guest:** Yes.\n');
    expect(relationLines(doc)).toContain('Renaud de Lesquen -CEO_OF-> Givenchy');
  });

  it('a firm or a place "de" a name stays what it was', () => {
    const found = typed('I worked at Banque de France and visited the Château de Versailles.');
    expect(found).toContain('organization Banque de France');
    expect(found.filter((l) => l.startsWith('person') && !/\((?:host|guest)\)/.test(l))).toEqual([]);
  });
});
