// Tests for en-signed-for-us: a manager whose club the document names says a player "has signed for us": the player
// works at the manager's club (speakerOrg); with no club known for the speaker, nothing.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const presser = (header: string) => `# Press conference

${header}

Q. And the loan signing, Callum Hoey, when does he arrive?

MARTIN KEANE: Callum Hoey has signed for us on loan until the end of the season.

Q. Thanks.

MARTIN KEANE: Cheers.
`;

describe('en-signed-for-us', () => {
  it("gives the player the speaker's club", () => {
    const found = relationsOf(presser('Speaker: Martin Keane, Harrowgate Athletic manager'), 'presser');
    expect(found, found.join('\n')).toContain('Callum Hoey -WORKS_AT-> Harrowgate Athletic');
  });

  it('gives nothing when the speaker has no club', () => {
    const found = relationsOf(presser('Post-match, Saturday'), 'presser');
    expect(found.filter((r) => r.startsWith('Callum Hoey -WORKS_AT->'))).toEqual([]);
  });
});
