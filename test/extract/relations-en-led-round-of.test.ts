// Tests for a round named before its company ("led the Series C of Veridane Materials"; extract/data/relations.json
// en-led-round-of, en-we-led-round-of; mentions/latin.ts: "C of …" opens no name).
import { describe, expect, it } from 'vitest';
import { extractText, relationLines, relationsOf } from './extract-text.ts';

describe('"X led the Series C of Y"', () => {
  it('the investor invested in the company, named whole', () => {
    const doc = extractText('Host: Ardent Capital led the Series C of Veridane Materials, a start-up in Austin.\n\nGuest: Yes.\n');
    expect(relationLines(doc)).toContain('Ardent Capital -INVESTED_IN-> Veridane Materials');
    expect(doc.entities.map((e) => e.label)).not.toContain('C of Veridane Materials');
  });

  it('each of a list that joined the round', () => {
    const lines = relationsOf('Host: Ardent Capital and Temasek joined the $40 million round in Kestrel Robotics.\n\nGuest: Yes.\n');
    expect(lines).toEqual(expect.arrayContaining(['Ardent Capital -INVESTED_IN-> Kestrel Robotics', 'Temasek -INVESTED_IN-> Kestrel Robotics']));
  });

  it('"we led the Series C of Y": the speaker\'s firm', () => {
    const lines = relationsOf('Host: Welcome, Laura.\n\nLaura Chen: Thanks. I am a partner at Ardent Capital. We led the Series C of Veridane Materials.\n');
    expect(lines).toContain('Ardent Capital -INVESTED_IN-> Veridane Materials');
  });
});
