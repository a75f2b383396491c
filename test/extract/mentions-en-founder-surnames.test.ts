// A lexicon company named after its founder ("Eli Lilly", "William Blair") goes by the surname once the document names
// it in full (mentions/latinshort.ts founderSurname); not where a person of the document bears that name ("Lilly Chen").
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(`**Host:** Who leads?\n\n**Nadia Ferro:** ${text}\n`).entities;

describe('mentions: a founder-named company by its surname', () => {
  it.each([
    ['We run trials against Eli Lilly. Honestly, Lilly has the better pill today.', 'Eli Lilly', 'Lilly'],
    ['Our banker was William Blair, and Blair ran a tight process.', 'William Blair', 'Blair'],
  ])('%s', (text, company, surname) => {
    const found = entities(text);
    expect(found.find((e) => e.label === company && e.type === 'organization')?.aliases).toContain(surname);
    expect(found.some((e) => e.type === 'person' && e.label === surname)).toBe(false);
  });

  it('a person of the document named so keeps the name ("Lilly Chen" … "Lilly")', () => {
    const found = entities('Eli Lilly sells the pill. Lilly Chen runs our lab, and Lilly thinks the data are thin.');
    expect(found.find((e) => e.label === 'Eli Lilly')?.aliases ?? []).not.toContain('Lilly');
  });
});
