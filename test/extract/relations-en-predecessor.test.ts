// Tests for a speaker naming the one they followed in a post: "My predecessor, Thabo Nkosi, started the program" →
// the speaker SUCCEEDS Thabo Nkosi; "I succeeded Thabo Nkosi as chief executive" likewise.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => relationsOf(`**Host:** How did it start?\n\n**Naledi Mokoena:** ${text}\n`);

describe('a predecessor named by the speaker', () => {
  it.each([
    'My predecessor, Thabo Nkosi, had started the transmission program.',
    'I succeeded Thabo Nkosi as chief executive in 2021.',
    'I took over from Thabo Nkosi in 2021.',
  ])('%s → Naledi Mokoena SUCCEEDS Thabo Nkosi', (text) => {
    expect(turn(text)).toContain('Naledi Mokoena -SUCCEEDS-> Thabo Nkosi');
  });

  it('"his predecessor, Thabo Nkosi" is not the speaker\'s', () => {
    expect(turn('Sipho Dlamini and his predecessor, Thabo Nkosi, both tried.').filter((l) => l.startsWith('Naledi Mokoena -SUCCEEDS'))).toEqual([]);
  });
});
