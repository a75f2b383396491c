// Tests for a post a person holds now, said with "he's" (extract/data/relations.json en-he-is-staff-at), and where
// a person came from, in a relative clause (en-person-came-from).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const talk = (answer: string) => `Host: Tell us about the staff.\n\nGuest: ${answer}`;

describe("he's a physician for, who came over from", () => {
  it.each([
    ["My guest is Arjun Mehta, a surgeon in New York, and he's also a team physician for Gotham FC.", 'Arjun Mehta -WORKS_AT-> Gotham FC'],
    ['I met Dana Pryce last year. She is now a partner at Kestrel Ventures.', 'Dana Pryce -WORKS_AT-> Kestrel Ventures'],
    ['I work with our head of performance, Nicola Grant, who came over from Manchester City.', 'Nicola Grant -WORKED_AT-> Manchester City'],
  ])('%s', (answer, line) => {
    expect(relationsOf(talk(answer))).toContain(line);
  });

  it('a school one came from is no job: "Li Wen, who came from Tsinghua University"', () => {
    expect(relationsOf(talk('The report was written by Li Wen, who came from Tsinghua University.'))).not.toContain('Li Wen -WORKED_AT-> Tsinghua University');
  });
});
