// Tests for "and" between two names that each open with a known company: "Oracle Cloud and Google Research" are two
// names, not one organisation joined by "and" (as "CHIPS and Science Act" is one).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Who else?\n\n**Marcus Obi:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('"and" before a known company', () => {
  it('"Oracle Cloud and Google Research": "and" before a known company does not join the two', () => {
    const found = labels('We signed Oracle Cloud and Google Research last month.');
    expect(found.filter((l) => l.includes(' and '))).toEqual([]);
    expect(found).toContain('organization Google Research');
  });


  it('"CHIPS and Science Act" stays one name', () => {
    expect(labels('The CHIPS and Science Act paid for the fab.')).toContain('work CHIPS and Science Act');
  });
});
