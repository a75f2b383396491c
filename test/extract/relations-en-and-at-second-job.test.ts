// Tests for a second past job joined by "and at" to the first: "Before that I was at Norwich City and at Coventry City"
// → the speaker worked at both; "and" without a second "at" ("at Google and Microsoft called") joins no job.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Moderator:** James, your career?\n\n**James Maddison:** ${text}\n`;

describe('"I was at X and at Y"', () => {
  it.each([
    ['Before that I was at Norwich City and at Coventry City where I started.', 'James Maddison -WORKED_AT-> Coventry City'],
    ['I worked for Corvane Labs and then for Halvard Robotics.', 'James Maddison -WORKED_AT-> Halvard Robotics'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('"I was at Google and Microsoft called" gives no job at Microsoft', () => {
    expect(relationsOf(doc('I was at Google and Microsoft called me twice.'))).not.toContain('James Maddison -WORKED_AT-> Microsoft');
  });
});
