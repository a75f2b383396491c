// Tests for en-person-your-title: "Sharon Graham, your general secretary" said to a union's officer gives her the
// addressee's organisation; to someone whose organisation is unknown, nothing.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const interview = (intro: string) => `CLAIRE HOLLIS: ${intro}

DAVE MULROONEY: Morning, Claire.

CLAIRE HOLLIS: And Sharon Graham, your general secretary, will she be on the picket line?

DAVE MULROONEY: Sharon will be there on Monday, yes.
`;

describe('en-person-your-title', () => {
  it("gives the person the addressee's organisation", () => {
    const found = relationsOf(interview('Dave Mulrooney works for Unite. Dave, good morning.'), 'radio');
    expect(found, found.join('\n')).toContain('Sharon Graham -WORKS_AT-> Unite the Union');
  });

  it('gives nothing when the addressee has no organisation', () => {
    const found = relationsOf(interview('Dave, good morning.'), 'radio');
    expect(found.filter((r) => r.startsWith('Sharon Graham -WORKS_AT->'))).toEqual([]);
  });
});
