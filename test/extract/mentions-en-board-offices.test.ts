// Tests for a board's or council's offices before a name (extract/stages/mentions/latin.ts rankedName): "Chair Adaeze
// Oduya", "General Counsel Peter Asante", "Director Tanabe" are the people, not organizations.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label} (${e.type})`);

describe('an office before a name', () => {
  it('a roll call of a board: each name a person', () => {
    const found = entities('PRESENT: Chair Adaeze Oduya; Vice Chair Tom Brecken; Directors Lila Sandoval and Hiroshi Tanabe. STAFF: Chief Executive Officer Renata Vogel; General Counsel Peter Asante.\n\nCHAIR ODUYA: I call the meeting to order.');
    for (const name of ['Adaeze Oduya', 'Tom Brecken', 'Lila Sandoval', 'Renata Vogel', 'Peter Asante']) expect(found).toContain(`${name} (person)`);
    expect(found.filter((e) => /^(?:Chair|Vice|Directors|Chief|General) /.test(e))).toEqual([]);
  });

  it('"Director Tanabe moves approval": the director is a person', () => {
    expect(entities('Chair: Director Tanabe moves approval, Director Sandoval seconds.')).toContain('Tanabe (person)');
  });

  it('an office before a head word names no person: "the Chair Company"', () => {
    expect(entities('Guest: He joined the Chair Company last year.').filter((e) => e.endsWith('(person)') && e.startsWith('Company'))).toEqual([]);
  });
});

describe('a chair addressed', () => {
  it('"Thank you, Madam Chair" names no one', () => {
    const found = entities('Renata Vogel: Thank you, Madam Chair. Mr. Chairman, I object.\n\nAdaeze Oduya: Go on.');
    expect(found.filter((e) => /Chair/.test(e))).toEqual([]);
  });
});
