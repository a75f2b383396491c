// Tests for a founder named in a relative clause without "that" or "which", as speech puts it: "Breakthrough Energy
// Ventures, the fund Bill Gates started", "Corvane, a startup Ana Ruiz co-founded" → the person founded it.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const doc = (text: string) => `**Host:** ${text}\n\n**Guest:** Thanks for having me.\n`;

describe('"Y, the company X founded" with no relative pronoun', () => {
  it.each([
    ['I advise Breakthrough Energy Ventures, the fund Bill Gates started in 2015.', 'Bill Gates -FOUNDED-> Breakthrough Energy Ventures'],
    ['She now runs Corvane Labs, a startup Ana Ruiz co-founded.', 'Ana Ruiz -FOUNDED-> Corvane Labs'],
    ['We hired from Halvard Foundation, the charity Tomas Brandt set up.', 'Tomas Brandt -FOUNDED-> Halvard Foundation'],
  ])('%s', (text, line) => {
    expect(relationsOf(doc(text))).toContain(line);
  });

  it('"the company X started working for" names a job, not a founding', () => {
    const lines = relationsOf(doc('He left Corvane Labs, the company Ana Ruiz started working for in 2019.'));
    expect(lines).not.toContain('Ana Ruiz -FOUNDED-> Corvane Labs');
  });
});
