// Tests for a founder named in a relative clause right after the organisation: "Rewiring America, which Saul Griffith
// co-founded", "Corvane Labs, which Ana Ruiz and Bob Li started" → each person named founded it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** Go on.\n\n**Aisha Khan:** ${text}\n`;

describe('"Y, which X founded"', () => {
  it.each([
    ['And follow Rewiring America, which Saul Griffith co-founded in 2020.', ['Saul Griffith -FOUNDED-> Rewiring America']],
    ['Corvane Labs, which Ana Ruiz and Bob Li started, is great.', ['Ana Ruiz -FOUNDED-> Corvane Labs', 'Bob Li -FOUNDED-> Corvane Labs']],
  ])('%s', (text, lines) => {
    const found = relationsOf(doc(text));
    for (const line of lines) expect(found).toContain(line);
  });

  it('"Y, which X started working for" is a job, not a founding', () => {
    expect(relationsOf(doc('Corvane Labs, which Ana Ruiz started working for in May, is great.'))).not.toContain('Ana Ruiz -FOUNDED-> Corvane Labs');
  });
});
