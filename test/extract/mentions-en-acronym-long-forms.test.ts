// Tests for a long form the document defines by an acronym, written out (extract/stages/mentions/acronyms.ts
// withLongForms): "England and Wales Cricket Board (ECB)" is one mention of the board, not a place England and an
// organization "Wales Cricket Board", so what the sentence says of it is said of the board.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

const doc = (text: string) => extractText(`Host: ${text}\n\nGuest: Yes.\n`);
const labels = (text: string) => doc(text).entities.map((e) => `${e.type} ${e.label}`);

describe('a long form with "and" or "for" in it, defined by an acronym, is one name', () => {
  it.each([
    ['Richard Thompson, Chair of the England and Wales Cricket Board (ECB), spoke first.', 'England and Wales Cricket Board', ['place England', 'organization Wales Cricket Board']],
    ['Javier Ruiz from the Federal Mediation and Conciliation Service (FMCS) is at every session.', 'Federal Mediation and Conciliation Service', ['organization Federal Mediation', 'organization Conciliation Service']],
    ['Thomas Ekberg advises the Global Energy Alliance for People and Planet (GEAPP) now.', 'Global Energy Alliance for People and Planet', ['organization Planet', 'organization Global Energy Alliance']],
  ])('%s', (text, longForm, parts) => {
    const found = labels(text);
    expect(found).toContain(`organization ${longForm}`);
    for (const part of parts) expect(found).not.toContain(part);
    expect(doc(text).entities.find((e) => e.label === longForm)?.mentions.length).toBe(2);
  });

  it('what the sentence says of the long form holds for the body ("Chair of the … (ECB)" leads it)', () => {
    expect(relationLines(doc('Richard Thompson, Chair of the England and Wales Cricket Board (ECB), spoke first.'))).toContain('Richard Thompson -LEADS-> England and Wales Cricket Board');
  });

  it('a long form later written out again without its acronym is the same body', () => {
    const found = doc('The England and Wales Cricket Board (ECB) met. Later the England and Wales Cricket Board sold the teams.');
    expect(found.entities.find((e) => e.label === 'England and Wales Cricket Board')?.mentions.length).toBe(3);
  });
});
