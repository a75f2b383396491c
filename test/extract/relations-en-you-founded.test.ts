// Tests for a host telling the guest their own story: "You founded Loomwell Studio in 2018 after a decade at LVMH"
// → the guest founded Loomwell Studio and worked at LVMH; "you chair the Tidewater Alliance" → leads it (a past
// "you chaired" states no current post).
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

const asked = (question: string) => relationsOf(`**Host:** ${question}\n\n**Camille Durand:** Yes, that's right.\n`);

describe('the host tells the guest their story', () => {
  it('"You founded Loomwell Studio in 2018 after a decade at LVMH"', () => {
    const lines = asked('You founded Loomwell Studio in 2018 after a decade at LVMH. Why resale?');
    expect(lines).toContain('Camille Durand -FOUNDED-> Loomwell Studio');
    expect(lines).toContain('Camille Durand -WORKED_AT-> LVMH');
  });

  it('"you co-founded Loomwell Studio after six years at Google"', () => {
    const lines = asked('So you co-founded Loomwell Studio after six years at Google?');
    expect(lines).toContain('Camille Durand -FOUNDED-> Loomwell Studio');
    expect(lines).toContain('Camille Durand -WORKED_AT-> Google');
  });

  it('"You chair the Tidewater Alliance" → the guest leads it', () => {
    expect(asked('You chair the Tidewater Alliance. What happened?')).toContain('Camille Durand -LEADS-> Tidewater Alliance');
  });

  it('"You chaired the Tidewater Alliance … we invested in Africa50": a past chair is no organisation "we" stands for', () => {
    const lines = relationsOf(
      '**Host:** You chaired the Tidewater Alliance. What happened?\n\n**Camille Durand:** Politics. We invested in Africa50 instead.\n',
    );
    expect(lines.filter((l) => l.startsWith('Tidewater Alliance'))).toEqual([]);
  });

  it('"Did you know who founded Google?" states nothing about the guest', () => {
    expect(asked('Do you know why they founded Google there?').filter((l) => l.startsWith('Camille Durand -FOUNDED'))).toEqual([]);
  });
});
