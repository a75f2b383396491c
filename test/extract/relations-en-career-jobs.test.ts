// Tests for jobs a speaker tells in the first person (relations.json en-i-started-career-at, en-my-first-job-as-at,
// en-we-both-worked-at, en-i-then-number-at, en-i-joined-from, en-i-have-job-at, en-org-employs-me) and for a
// spokesperson or representative named in an appositive (en-person-staff-at).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (said: string) => `Jess Alvarado: Tell us about yourself.\n\nNadia Okafor: ${said}\n\nJess Alvarado: Thanks.\n`;

describe('a job the speaker tells of', () => {
  it.each([
    ['I started my career at Banfield in Portland, then I moved to Florida.', 'Nadia Okafor -WORKED_AT-> Banfield'],
    ['My first job was as a junior analyst at Goldman Sachs.', 'Nadia Okafor -WORKED_AT-> Goldman Sachs'],
    ['I started Helmsman in 2020, when we both worked at Weaveworks.', 'Nadia Okafor -WORKED_AT-> Weaveworks'],
    ['Before this job I spent nine years at Mozilla, working on security, and then two at the Linux Foundation.', 'Nadia Okafor -WORKED_AT-> Linux Foundation'],
    ['I joined Halcyon Robotics in April from Morgan Stanley, where I was treasurer.', 'Nadia Okafor -WORKED_AT-> Morgan Stanley'],
    ['I live off GitHub Sponsors and a part-time job at Chainguard.', 'Nadia Okafor -WORKS_AT-> Chainguard'],
    ['wolfSSL employed me full time from 2019.', 'Nadia Okafor -WORKS_AT-> wolfSSL'],
  ])('%s → %s', (said, line) => {
    expect(relationsOf(turn(said))).toContain(line);
  });

  it('a job someone else has, or one only applied for, is not the speaker’s', () => {
    const lines = relationsOf(turn('I applied for a job at Chainguard. My brother has a part-time job at Ocado.'));
    expect(lines.filter((l) => l.startsWith('Nadia Okafor -WORK'))).toEqual([]);
  });
});

describe('a spokesperson or a representative for an organization', () => {
  it.each([
    ['Speaking were Mathilde Rousseau, spokesperson for the World Food Programme, and others.', 'Mathilde Rousseau -WORKS_AT-> World Food Programme'],
    ['We heard from Ahmed Babiker, country representative for the World Health Organization in Sudan.', 'Ahmed Babiker -WORKS_AT-> World Health Organization'],
  ])('%s → %s', (text, line) => {
    expect(relationsOf(text)).toContain(line);
  });
});
