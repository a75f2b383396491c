// Tests for an English appositive job that names a person's workplace when the job is a field's noun: a physicist,
// a geneticist, a statistician, an epidemiologist at Y; a word that only ends like one (a checklist) names no job.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** ${text}\n\n**Guest:** Thanks for having me.\n`;

describe('a field noun as the job in an appositive', () => {
  it.each([
    ['Today we have Dr. Nadia Ferrante, a physicist at Fermilab in Illinois.', 'Nadia Ferrante -WORKS_AT-> Fermilab'],
    ['With me is Tomas Brandt, a geneticist at the Broad Institute.', 'Tomas Brandt -WORKS_AT-> Broad Institute'],
    ['Joining us is Ellen Marsh, a statistician at the Office for National Statistics.', 'Ellen Marsh -WORKS_AT-> Office for National Statistics'],
    ['Our guest is Omar Siddiqui, an epidemiologist with Johns Hopkins University.', 'Omar Siddiqui -WORKS_AT-> Johns Hopkins University'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('a word that only ends like one (a checklist at, a playlist for) names no job', () => {
    const lines = relationsOf(doc('I asked Nadia Ferrante, who wrote a checklist at Fermilab, about it.'));
    expect(lines).not.toContain('Nadia Ferrante -WORKS_AT-> Fermilab');
  });
});
