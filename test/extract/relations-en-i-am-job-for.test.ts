// Tests for en-i-am-staff-at (extract/data/relations.json) with trades and "for": "I'm a bus driver for TriMet".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('"I am a <trade> for Y"', () => {
  it.each([
    ['I am a bus driver for TriMet, I have been there twenty years.', 'Gene Ortiz -WORKS_AT-> TriMet'],
    ["I'm a reporter for Kestrel Media.", 'Gene Ortiz -WORKS_AT-> Kestrel Media'],
    ["I'm an electrician with Halvard Group.", 'Gene Ortiz -WORKS_AT-> Halvard Group'],
  ])('%s', (text, line) => {
    expect(relationsOf(`Host: Go ahead.\n\nGene Ortiz: Hi. ${text}\n`)).toContain(line);
  });

  it('a fan of a team works nowhere', () => {
    expect(relationsOf("Host: Go ahead.\n\nGene Ortiz: Hi. I'm a big fan of Kestrel Media.\n").filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});

describe('"I\'ve been a <trade> at Y": a job held to this day', () => {
  it.each([
    ["I've been an ICU nurse at Harwell Medical Center for 22 years.", 'Gene Ortiz -WORKS_AT-> Harwell Medical Center'],
    ['I have been a software engineer at Calloway Growers since 2019.', 'Gene Ortiz -WORKS_AT-> Calloway Growers'],
  ])('%s', (text, line) => {
    expect(relationsOf(`Host: Go ahead.\n\nGene Ortiz: Hi. ${text}\n`)).toContain(line);
  });

  it('a patient of a hospital works nowhere', () => {
    expect(relationsOf("Host: Go ahead.\n\nGene Ortiz: Hi. I've been a patient at Harwell Medical Center for years.\n").filter((l) => l.includes('WORKS_AT'))).toEqual([]);
  });
});
