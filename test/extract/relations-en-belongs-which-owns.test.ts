// Tests for ownership said with "belongs to", an object relative or a person as the owner (extract/data/relations.json
// en-belongs-to, en-which-owner-owns, en-person-owns): "Givenchy, which belongs to LVMH", "Lesage, which Chanel owns".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('ownership told other ways', () => {
  it.each([
    ['We design for Maison Verlaine, which belongs to Halvard Group.', 'Halvard Group -OWNS-> Maison Verlaine'],
    ['Since 2019 Kestrel Records now belongs to Tessel Media.', 'Tessel Media -OWNS-> Kestrel Records'],
    ['The beading is done by Rouvre Studios, which Halvard Group owns.', 'Halvard Group -OWNS-> Rouvre Studios'],
    ['Ines Roy owns Harborline Cricket Club, and she wants a new captain.', 'Ines Roy -OWNS-> Harborline Cricket Club'],
  ])('%s', (text, line) => {
    expect(relationsOf(text)).toContain(line);
  });

  it.each([
    ['Corvane Shipping belonged to the Meridian Alliance until 2024.', 'Meridian Alliance -OWNS-> Corvane Shipping'],
    ['Ines Roy owns Corvane Systems shares through a trust.', 'Ines Roy -OWNS-> Corvane Systems'],
  ])('%s gives no ownership', (text, line) => {
    expect(relationsOf(text)).not.toContain(line);
  });
});
