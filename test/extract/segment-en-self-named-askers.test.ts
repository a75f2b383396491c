// Tests for an asker from the floor who names themselves first ("AUDIENCE MEMBER: Hi, I'm Priya Raman, …"): they speak
// as that person (units.ts SELF_INTRODUCED); a bare asker who names no one stays narration.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const TOWN_HALL = `Town Hall on the Eastside Transit Plan

MAYOR DELGADO: Good evening. Let's take questions.

ANDREA KIM: Thank you, Mayor.

AUDIENCE MEMBER: My name is Gloria Benitez, I've run a bakery on Pacific Avenue for twenty years. What happens to parking?

ANDREA KIM: We keep most of the spaces.

AUDIENCE MEMBER: Hi, I'm Derek Shaw, I work at Lincoln High School. Will the buses run late?

ANDREA KIM: Until midnight.

AUDIENCE MEMBER: Why is Sound Transit paying for this?

MAYOR DELGADO: Thank you all.
`;

describe('segment: askers from the floor who give their names', () => {
  it('speak as the person they name; a bare asker stays narration', () => {
    const doc = extractText(TOWN_HALL, 'town-hall');
    const who = (words: string) => doc.turns.find((t) => t.text.includes(words));
    expect(doc.speakers.map((s) => s.label)).toEqual(expect.arrayContaining(['Gloria Benitez', 'Derek Shaw']));
    expect(who('My name is Gloria Benitez')?.kind).toBe('turn');
    expect(who('Why is Sound Transit paying')?.kind).toBe('narration');
    expect(doc.speakers.map((s) => s.label)).not.toContain('Audience Member');
  });

  it('what they say of themselves is theirs', () => {
    expect(relationLines(extractText(TOWN_HALL, 'town-hall'))).toContain('Derek Shaw -WORKS_AT-> Lincoln High School');
  });
});
