// Tests for a body named for its field (extract/stages/mentions/latin.ts, the everyday-words check): "the Department
// of Antiquities" stays a name though the document writes "antiquities" and "department" in lower case too.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const labels = (text: string) => extractText(text).entities.map((e) => e.label);
const talk = 'Host: Go on.\n\nGuest: I work for the Department of Antiquities in Amman. The antiquities from Syria came across, and the department could not stop it.';

describe('a department or ministry named for its field', () => {
  it('"the Department of Antiquities" is found', () => {
    expect(labels(talk)).toContain('Department of Antiquities');
  });

  it('"I work for the Department of Antiquities" is a job', () => {
    expect(relationsOf(talk)).toContain('Guest (guest) -WORKS_AT-> Department of Antiquities');
  });

  it('keeps dropping a phrase of everyday words: "Theoretical Physics"', () => {
    expect(labels('Guest: I moved into Theoretical Physics late, and physics was hard.')).not.toContain('Theoretical Physics');
  });
});
