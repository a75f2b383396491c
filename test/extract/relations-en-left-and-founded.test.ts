// Tests for first-person founding stories told after leaving a job ("Maya and I left Remedy and founded Fjordlight",
// "So I left and started Second Thread"), and for panel intros naming a board member or a coach's club.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const turn = (text: string) => relationsOf(`**Host:** How did it start?\n\n**Jonas Eriksen:** ${text}\n`);

describe('founding after leaving a job', () => {
  it('"Maya Castillo and I left Remedy Entertainment in 2019 and founded Fjordlight Games in Oslo"', () => {
    const lines = turn('Maya Castillo and I left Remedy Entertainment in 2019 and founded Fjordlight Games in Oslo.');
    expect(lines).toContain('Jonas Eriksen -FOUNDED-> Fjordlight Games');
    expect(lines).toContain('Maya Castillo -FOUNDED-> Fjordlight Games');
    expect(lines).toContain('Jonas Eriksen -WORKED_AT-> Remedy Entertainment');
  });

  it('"So I left and started Loomwell Studio in Paris"', () => {
    expect(turn('I watched it for years. So I left and started Loomwell Studio in Paris.')).toContain('Jonas Eriksen -FOUNDED-> Loomwell Studio');
  });

  it('"I left Google and joined Fjordlight Games" founds nothing', () => {
    expect(turn('I left Google and joined Fjordlight Games.').filter((l) => l.includes('FOUNDED'))).toEqual([]);
  });
});

describe('posts named in a panel intro', () => {
  it('"Robert Hale, a board member at the National Transportation Safety Board"', () => {
    expect(relationsOf('**Moderator:** Our panel: Robert Hale, a board member at the National Transportation Safety Board.\n\n**Robert Hale:** Thanks.\n')).toContain(
      'Robert Hale -WORKS_AT-> National Transportation Safety Board',
    );
  });

  it('"Hansi Flick now coaches FC Barcelona"', () => {
    expect(turn('I learned it from Hansi Flick. Hansi Flick now coaches FC Barcelona, and he still calls me.')).toContain('Hansi Flick -WORKS_AT-> FC Barcelona');
  });
});
