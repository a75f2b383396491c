// A spoken introduction with no comma before "who is" ("joined by Dr Samuel Osei who is chief clinical information officer
// at Leeds Teaching Hospitals", as captions and unpunctuated transcripts write it) gives WORKS_AT (en-person-staff-at).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('relations: "X who is <job> at Y" without a comma', () => {
  it.each([
    ["today I'm joined by Dr Samuel Osei who is chief clinical information officer at Leeds Teaching Hospitals", 'Samuel Osei -WORKS_AT-> Leeds Teaching Hospitals'],
    ["my guest is Tobias Lund who's a process engineer at Caterpillar", 'Tobias Lund -WORKS_AT-> Caterpillar'],
  ])('%s', (intro, edge) => {
    expect(relationsOf(`**Host:** ${intro}\n\n**Guest:** thanks for having me\n`)).toContain(edge);
  });
});
