// Tests for an investor's own round talk: "We led Heliogrid's Series B" (the speaker's firm invested in Heliogrid),
// and a round named by its letter after the company ("Lux led Tessellate's Series A").
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) =>
  `**Rebecca Bellan:** Aisha, introduce yourself.\n\n**Aisha Khan:** I'm Aisha Khan, partner at Lowercarbon Capital. ${text}\n`;

describe("a round of another company's, by letter or seed", () => {
  it.each([
    ["We led Heliogrid's Series B last spring.", 'Lowercarbon Capital -INVESTED_IN-> Heliogrid'],
    ["We co-led Corvane Labs' seed round with two angels.", 'Lowercarbon Capital -INVESTED_IN-> Corvane Labs'],
    ["Khosla Ventures led Heliogrid's Series C.", 'Khosla Ventures -INVESTED_IN-> Heliogrid'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('"we led the Series B" with no company named claims nothing of another firm', () => {
    const lines = relationsOf(doc('Honestly we led the Series B because of the team.'));
    expect(lines.filter((l) => l.includes('INVESTED_IN'))).toEqual([]);
  });
});
