// A header's short lines in a hard-wrapped transcript stay lines of their own: a provenance line ("Recorded at …",
// "Hosted by …") and the line after a time of day are no wrapped sentence's second half.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const wrapped = (header: string[]) =>
  [
    ...header,
    '',
    'Ahead of the ceremony, the honorary degree recipient sat down with the president of the',
    'student association in front of a full hall, and took questions from the audience after',
    'that. The transcript below has been lightly edited for length and for clarity by the staff',
    'of the office of communications, who also wrote this short note for the readers of it.',
    '',
    'TOBIAS WREN: Welcome back to campus. You studied chemistry here before you went on to run',
    'a laboratory of your own in Leeds, and then a company of your own in Sheffield as well.',
    '',
    'MARGARET ELLSWORTH: Thank you, Tobias. It is a pleasure to be back here after so many years',
    'away from the place where I first learned to love the laboratory and its long quiet nights.',
  ].join('\n');

const labels = (text: string) => extractText(text, 'header').entities.map((e) => e.label);

describe('segment: a header\'s provenance and time lines', () => {
  it('"Recorded at …" under the title is a line of its own, not the end of a name', () => {
    const doc = extractText(wrapped(['Founders Weekend 2026: A Conversation with Dame Margaret Ellsworth', 'Recorded at Sanders Theatre, Harvard University, May 27, 2026']), 'header');
    expect(doc.turns[0].text).toContain('Ellsworth\nRecorded at Sanders Theatre');
    expect(doc.entities.map((e) => e.label).filter((l) => /Recorded/.test(l))).toEqual([]);
  });

  it('"Hosted by …" under the title is a line of its own', () => {
    const doc = extractText(wrapped(['Town Hall Meeting on the Eastside Transit Plan and the Budget', 'Hosted by Mayor Rosa Delgado at Franklin Middle School in Tacoma']), 'header');
    expect(doc.turns[0].text).toContain('Budget\nHosted by');
  });

  it('the line after a time of day ("8:30 a.m. ET") is a line of its own: no place "ET New York Stock Exchange"', () => {
    const found = labels(wrapped(['Calyxa Therapeutics Investor Meeting 2026', 'Edited transcript — Thursday, October 8, 2026, 8:30 a.m. ET', 'New York Stock Exchange, New York']));
    expect(found.filter((l) => /\bET\b/.test(l))).toEqual([]);
  });

  it('a sentence wrapped after "at 9 a.m." still runs on into its lower-case words', () => {
    const doc = extractText(['Host: We open the doors at 9 a.m.', 'sharp every day.', '', 'Guest: Good.'].join('\n'), 'header');
    expect(doc.turns[0].text).toBe('We open the doors at 9 a.m. sharp every day.');
  });
});
