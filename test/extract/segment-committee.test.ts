// UK select-committee records: "Q101 Chair:" labels with question numbers, witnesses called "Dr Marsh", the Chair
// named in the members list.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const RECORD = [
  'HOUSE OF COMMONS',
  '',
  'Members present: Chi Onwurah (Chair); Dawn Butler; Aaron Bell.',
  '',
  'Witnesses: Dr Helen Marsh, Director of Data at NHS England; Professor Anil Mehta, Turing Fellow at the Alan Turing Institute.',
  '',
  'Q101 Chair: Good morning. Dr Marsh, how many trusts use language models?',
  '',
  'Dr Marsh: Thank you, Chair. Thirty-seven are piloting a scribe.',
  '',
  'Q102 Dawn Butler: Professor Mehta, is there a benchmark we should look at?',
  '',
  'Professor Mehta: MedQA, mostly.',
  '',
  'Q103 Chair: Thank you both.',
  '',
  'Dr Marsh: Thank you.',
].join('\n');

describe('segment and speakers: a committee record', () => {
  it('reads "Q101 Chair:" as the Chair speaking, not as a name "Q101 Chair"', () => {
    const labels = extractText(RECORD).turns.filter((t) => t.kind === 'turn').map((t) => t.speakerLabel);
    expect(labels).toEqual(['Chair', 'Dr Marsh', 'Dawn Butler', 'Professor Mehta', 'Chair', 'Dr Marsh']);
  });

  it('names every speaker in full: the Chair from the members list, "Dr Marsh" from the witness list', () => {
    expect(extractText(RECORD).speakers.map((s) => s.label).sort()).toEqual(['Anil Mehta', 'Chi Onwurah', 'Dawn Butler', 'Helen Marsh']);
  });
});
