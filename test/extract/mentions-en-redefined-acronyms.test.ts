// Tests for an acronym the lexicon knows that a document defines as another body ("England and Wales Cricket Board
// (ECB)"; extract/stages/mentions.ts redefined, mentions/acronyms.ts tickerOf): the document's body, not the lexicon's.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typed = (text: string) => extractText(`Host: ${text}\n\nGuest: Yes.\n`).entities.map((e) => `${e.type} ${e.label}`);

describe('an acronym the document defines otherwise', () => {
  it('"England and Wales Cricket Board (ECB)" … "The ECB" is the cricket board, not the European Central Bank', () => {
    const found = typed('Richard Thompson, Chair of the England and Wales Cricket Board (ECB), spoke. The ECB has sold the teams.');
    expect(found).toContain('organization England and Wales Cricket Board');
    expect(found).not.toContain('government European Central Bank');
  });

  it('the lexicon\'s own long form keeps the lexicon\'s entity', () => {
    expect(typed('The European Central Bank (ECB) raised rates. The ECB meets in June.')).toContain('government European Central Bank');
    expect(typed('The U.S. Food and Drug Administration (FDA) approved it. FDA staff agreed.')).toContain('government Food and Drug Administration');
  });
});
