// segment.json's word lists must not contradict each other: a marker is looked up before a role, so a word in both
// silently loses its role (3884a30 did that to 记者 and Reporter, the interviewers of press interviews).
import { describe, expect, it } from 'vitest';
import { segmentRules } from '../../extract/stages/segment/rules.ts';

describe('segment.json', () => {
  it('no label word is both a speaker role and a marker (narration, boilerplate)', () => {
    const rules = segmentRules();
    expect([...rules.markerLabels.keys()].filter((word) => rules.roles.has(word))).toEqual([]);
  });
});
