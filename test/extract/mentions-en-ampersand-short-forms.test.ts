// Tests for a short form with "&" (extract/stages/mentions/latinshort.ts isNameShaped): once a document names
// "Lantern & Quill Press", a bare "Lantern & Quill" is that press, and "you started Lantern & Quill" founds it.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

describe('short forms with an ampersand', () => {
  const text = '**Nadia:** Imogen, you started Lantern & Quill in a spare bedroom in Leeds.\n\n**Imogen:** I did, in 2014.\n\n**Nadia:** And Lantern & Quill Press is now famous.';

  it('"Lantern & Quill" is a mention of Lantern & Quill Press', () => {
    const press = extractText(text).entities.find((e) => e.label === 'Lantern & Quill Press');
    expect(press?.mentions.length).toBe(2);
  });

  it('"you started Lantern & Quill" says who founded it', () => {
    expect(relationsOf(text)).toContain('Imogen -FOUNDED-> Lantern & Quill Press');
  });
});
