// Tests for "I was studying X at Y" (extract/data/relations.json en-i-studied, en-i-was-at) and a body's possessive
// unit (en-org-possessive-model): "I was studying pharmacy at the University of Leeds" is a course, not a job;
// "the District Attorney's Antiquities Trafficking Unit" is a unit of the office, nothing it developed.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (answer: string) => `Host: Tell us more.\n\nGuest: ${answer}`;

describe('studying at a university', () => {
  it.each([
    ['I was studying pharmacy at the University of Leeds, and a friend asked me to help.', 'University of Leeds'],
    ['Back then I was a graduate student at Kelvin Polytechnic University.', 'Kelvin Polytechnic University'],
  ])('%s', (answer, school) => {
    const lines = relationsOf(talk(answer));
    expect(lines).not.toContain(`Guest (guest) -WORKED_AT-> ${school}`);
  });

  it('"I was studying pharmacy at the University of Leeds" is STUDIED_AT', () => {
    expect(relationsOf(talk('I was studying pharmacy at the University of Leeds, and a friend asked me to help.'))).toContain('Guest (guest) -STUDIED_AT-> University of Leeds');
  });

  it('"when I was still a student at Kelvin Polytechnic University" is STUDIED_AT, no job', () => {
    const lines = relationsOf(talk('I joined the studio in 1996, when I was still a student at Kelvin Polytechnic University.'));
    expect(lines).toContain('Guest (guest) -STUDIED_AT-> Kelvin Polytechnic University');
    expect(lines).not.toContain('Guest (guest) -WORKED_AT-> Kelvin Polytechnic University');
  });

  it('keeps a job: "I was at Meta for six years"', () => {
    expect(relationsOf(talk('I was at Meta for six years.'))).toContain('Guest (guest) -WORKED_AT-> Meta');
  });
});

describe("a body's unit after its possessive", () => {
  it.each([
    ["The Manhattan District Attorney's Antiquities Trafficking Unit has done more for us.", 'Antiquities Trafficking Unit'],
    ["Halden University's Oriental Museum has eight thousand objects.", 'Oriental Museum'],
  ])('%s', (answer, unit) => {
    expect(relationsOf(talk(answer)).filter((l) => l.includes('DEVELOPED') && l.includes(unit))).toEqual([]);
  });
});
