// Tests for en-person-org-title-line: a header's line "Name, Organisation job" (no possessive) says where the person
// works: "Speaker: Martin Keane, Harrowgate Athletic manager", "Moderated by Lucy Brannigan, Harrowgate Athletic head of media".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const conference = (header: string) => `# Post-match press conference

${header}

LUCY BRANNIGAN: Right, we'll start with questions.

MARTIN KEANE: Go on.

LUCY BRANNIGAN: Thanks, everyone.
`;

describe('en-person-org-title-line', () => {
  it('a speaker line and a moderator line each give the person the organisation', () => {
    const found = relationsOf(conference('Speaker: Martin Keane, Harrowgate Athletic manager\nModerated by Lucy Brannigan, Harrowgate Athletic head of media'), 'presser');
    expect(found, found.join('\n')).toContain('Martin Keane -WORKS_AT-> Harrowgate Athletic');
    expect(found, found.join('\n')).toContain('Lucy Brannigan -WORKS_AT-> Harrowgate Athletic');
  });

  it('not a founder or an owner, and not a job the sentence goes on past', () => {
    const found = relationsOf(conference('Speaker: Martin Keane, Harrowgate Athletic owner\nModerated by Lucy Brannigan, Harrowgate Athletic manager turned pundit'), 'presser');
    expect(found.filter((r) => r.includes('-WORKS_AT->'))).toEqual([]);
  });
});
