// Tests for an earlier job given after "and before that" with the subject left out: "Jonathan spent eleven years at
// Intel and before that worked at Qualcomm" → Jonathan WORKED_AT Qualcomm as well.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Dana Whitfield:** Over to Marcus.\n\n**Marcus Obi:** ${text}\n`;

describe('"X ... and before that worked at Y"', () => {
  it.each([
    ['Jonathan Reyes spent eleven years at Intel and before that worked at Qualcomm in San Diego.', 'Jonathan Reyes -WORKED_AT-> Qualcomm'],
    ['Priya Raman ran photonics at Lumen Systems, and previously worked for Corning.', 'Priya Raman -WORKED_AT-> Corning'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('a job the speaker had is not the named person\'s ("I met Priya Raman, and before that worked at Corning")', () => {
    expect(relationsOf(doc('I met Priya Raman in May. Before that I worked at Corning.'))).not.toContain('Priya Raman -WORKED_AT-> Corning');
  });
});
