// A capitalised office, a rank and an office noun ("the Chief Inspector of Rail Accidents", "the Deputy Chief
// Constable"), is no organization (mentions/latin.ts OFFICE_RANK, OFFICE_HEAD); the person holding it stays a person.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const entities = (text: string) => extractText(`**Host:** Who sent it?\n\n**Peter Orme:** ${text}\n`).entities;

describe('mentions: an office named by its rank and noun', () => {
  it.each([
    ['I received it from Andrew Hall, the Chief Inspector of Rail Accidents, in November.', 'Chief Inspector'],
    ['The Deputy Chief Constable signed it off on Friday.', 'Deputy Chief Constable'],
    ['Our Senior Coroner opened the inquest in May.', 'Senior Coroner'],
  ])('%s: no "%s"', (text, office) => {
    expect(entities(text).map((e) => e.label)).not.toContain(office);
  });

  it('nor is the field after it ("of Rail Accidents"), so the holder works at no such body', () => {
    const doc = extractText('**Host:** Who sent it?\n\n**Peter Orme:** I received it from Andrew Hall, the Chief Inspector of Rail Accidents, in November.\n');
    expect(doc.entities.map((e) => e.label)).not.toContain('Rail Accidents');
    expect(relationLines(doc)).toEqual(['Host (host) -INTERVIEWS-> Peter Orme']);
  });
});
