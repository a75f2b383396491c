// Tests for a past post an English sentence gives after "and", its subject the person last named: "She did her PhD
// at Oxford and was a postdoc at Fermilab" says she worked at Fermilab.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** ${text}\n\n**Guest:** Thanks for having me.\n`;

describe('a past post after "and"', () => {
  it('"She did her PhD at Oxford and was a postdoc at Fermilab" → WORKED_AT Fermilab', () => {
    const lines = relationsOf(doc('Our guest is Nadia Ferrante. She did her PhD at the University of Oxford and was a postdoc at Fermilab.'));
    expect(lines).toContain('Nadia Ferrante -WORKED_AT-> Fermilab');
  });
});
