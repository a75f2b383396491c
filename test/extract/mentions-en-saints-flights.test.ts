// Tests for short forms inside English names: "St. Paul", "St. Louis Park" are places, not a place "St" and a
// person "Paul"; "Alaska Airlines Flight 1282" names the airline, no organisation "… Flight"; "Q&A", "M&A" are no
// organisations; nor are a numbered "Gate 5", "ITEM 7" (extract/stages/mentions/latin.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const labels = (text: string) => extractText(`**Host:** Go on.\n\n**Tom Abernathy:** ${text}\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('saints, mounts and forts', () => {
  it.each([
    ['They built Lakeview Commons in St. Paul, and it worked.', 'place St. Paul'],
    ['We moved the office to St. Louis Park last year.', 'place St. Louis Park'],
    ['We hiked up Mt. Hood in June.', 'place Mt. Hood'],
  ])('%s → %s', (text, label) => {
    const found = labels(text);
    expect(found).toContain(label);
    expect(found.filter((l) => /^(?:place|person|organization) (?:St|Mt|Paul|Hood)$/.test(l))).toEqual([]);
  });
});

describe('a flight number after an airline', () => {
  it('"Alaska Airlines Flight 1282" → Alaska Airlines', () => {
    const found = labels('The board investigated Alaska Airlines Flight 1282 for a year.');
    expect(found).toContain('organization Alaska Airlines');
    expect(found.filter((l) => l.includes('Flight'))).toEqual([]);
  });

  it('"ITEM 7" and "Gate 5" name nothing', () => {
    expect(labels('Board at Gate 5, then read ITEM 7 in the packet.').filter((l) => /Gate|ITEM/.test(l))).toEqual([]);
  });
});

describe('Q&A and M&A', () => {
  it('"join for Q&A", "our M&A team" name no organisation', () => {
    expect(labels('Dr. Samuel Ito will join for Q&A, and our M&A team is busy.').filter((l) => /Q&A|M&A/.test(l))).toEqual([]);
  });
});
