// Tests for "and" between two names that each open with a known company: "Oracle Cloud and Google Research" are two
// names, not one organisation joined by "and" (as "CHIPS and Science Act" is one); nor are two that "both" follows.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Who else?\n\n**Marcus Obi:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('"and" before a known company', () => {
  it('"Oracle Cloud and Google Research": "and" before a known company does not join the two', () => {
    const found = labels('We signed Oracle Cloud and Google Research last month.');
    expect(found.filter((l) => l.includes(' and '))).toEqual([]);
    expect(found).toContain('organization Google Research');
  });

  it('"Citigroup and Bank of America": a known company before "and" is a name of its own', () => {
    const found = labels('Within weeks, JPMorgan Chase, Citigroup and Bank of America had all left the alliance.');
    expect(found.filter((l) => l.includes(' and '))).toEqual([]);
    expect(found).toContain('organization Citigroup');
    expect(found).toContain('organization Bank of America');
  });

  it('"Caltech and Peking University" stay two; "Natural Sciences and Engineering Research Council" stays one', () => {
    expect(labels('Caltech and Peking University wrote it.')).toContain('organization Peking University');
    expect(labels('The Natural Sciences and Engineering Research Council funds us.')).toContain('organization Natural Sciences and Engineering Research Council');
  });

  it('"Verra and Gold Standard both submit": "both" after them makes two names', () => {
    const found = labels('Verra and Gold Standard both submit methodologies to it.');
    expect(found.filter((l) => l.includes(' and '))).toEqual([]);
    expect(found.join('|')).toMatch(/Gold Standard/);
  });

  it('"CHIPS and Science Act" stays one name', () => {
    expect(labels('The CHIPS and Science Act paid for the fab.')).toContain('work CHIPS and Science Act');
  });
});
