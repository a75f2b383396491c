// Tests for jobs said in the first person or in a relative clause (extract/data/relations.json en-i-lead-function-at,
// en-i-after-years-at, en-i-then-spent-years-at, en-person-who-now-works-at): "I lead the incident response practice
// at Y", "after eight years as an editor at Y", "…, then spent twelve years at Y", "X, who teaches contract law at Y".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('first-person and relative-clause jobs', () => {
  it.each([
    ['Ruth Calloway: Ruth Calloway, I lead the fraud analytics practice at Tessaly Partners.', 'Ruth Calloway -WORKS_AT-> Tessaly Partners'],
    ['Omar Fell: I run the clinical data group for Brennick Partners now.', 'Omar Fell -WORKS_AT-> Brennick Partners'],
    ['Ines Marlow: I started the press in 2014, after eight years as an editor at Quillfield Group.', 'Ines Marlow -WORKED_AT-> Quillfield Group'],
    ['Jonah Reyes: I studied physics at Corrin University, then spent twelve years at Halvard Systems.', 'Jonah Reyes -WORKED_AT-> Halvard Systems'],
    ['Mara Ilves: My guest is Tobias Grell, who teaches contract law at Wrenfield University.', 'Tobias Grell -WORKS_AT-> Wrenfield University'],
  ])('%s', (text, expected) => {
    expect(relationsOf(`Ada Brook: Welcome to the show.\n\n${text}\n\nAda Brook: Thank you.`)).toContain(expected);
  });

  it('studying is no job: "I studied physics at X" gives no WORKED_AT of X', () => {
    expect(relationsOf('Ada Brook: Welcome.\n\nJonah Reyes: I studied physics at Corrin University, then spent twelve years at Halvard Systems.')).not.toContain('Jonah Reyes -WORKED_AT-> Corrin University');
  });
});
