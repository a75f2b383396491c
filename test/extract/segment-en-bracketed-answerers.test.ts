// Tests for answers that open with the answerer's name in brackets ("A: (Tan) Sure, …"; extract/stages/segment/units.ts
// bracketedNames, roles.ts bracketedAnswerer): the bracketed person speaks, not one anonymous guest.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const CALL = `Harbourline Logistics Q1 2026 Results Call — Q&A transcript

Participants: Michael Tan (Chief Executive Officer), Sarah Caldwell (Chief Financial Officer)

Q: Can you talk about the Rotterdam terminal?
A: (Tan) Sure. Before Harbourline I worked at Maersk for twelve years.

Q: And margins?
A: (Caldwell) Margins improved by two points.

Q: Thanks.
A: [Michael Tan] Thank you.
`;

describe('"A: (Tan) …": the bracketed name is the answerer', () => {
  const doc = extractText(CALL, 'bracketed');
  const speakerOf = (words: string) => doc.speakers.find((s) => s.key === doc.turns.find((t) => t.text.startsWith(words))?.speaker)?.label;

  it('each answer goes to the person its brackets name, the brackets no part of the words', () => {
    expect(speakerOf('Sure.')).toBe('Michael Tan');
    expect(speakerOf('Margins improved')).toBe('Sarah Caldwell');
    expect(speakerOf('Thank you.')).toBe('Michael Tan');
  });

  it("the answerer's first-person story is theirs", () => {
    expect(relationLines(doc)).toContain('Michael Tan -WORKED_AT-> A.P. Moller-Maersk');
  });

  it('a sound cue or a word no one is called in brackets names no speaker', () => {
    const cues = extractText(CALL.replace('(Tan) Sure.', '(Laughs) Sure.').replace('(Caldwell) Margins', '(Inaudible) Margins'), 'cues');
    expect(cues.turns.filter((t) => /^\((?:Laughs|Inaudible)\) /.test(t.text))).toHaveLength(2);
    expect(cues.speakers.map((s) => s.label).filter((l) => /Laughs|Inaudible|Caldwell/.test(l))).toEqual([]);
  });
});
