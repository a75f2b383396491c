// Tests for ownership said with an adverb, a list or the passive (extract/data/relations.json en-owns, en-owned-by):
// "Concord also owns Fantasy Records and Rounder", "The Orchard, which is owned by Sony Music".
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('ownership', () => {
  it.each([
    ['Our writers are signed to Tessel Media. Tessel Media also owns Halfmoon Records and Brightwater Records.', ['Tessel Media -OWNS-> Halfmoon Records', 'Tessel Media -OWNS-> Brightwater Records']],
    ['Our distributor is Kestrel Records, which is owned by Halvard Group.', ['Halvard Group -OWNS-> Kestrel Records']],
    ['Tickets go through Gatefold Systems, owned by Meridian Live, and the fees are high.', ['Meridian Live -OWNS-> Gatefold Systems']],
    ['The app is a product of Norvale Labs, and Norvale Labs is owned by Corrigan Capital.', ['Corrigan Capital -OWNS-> Norvale Labs']],
  ])('%s', (text, expected) => {
    const lines = relationsOf(text);
    for (const line of expected) expect(lines).toContain(line);
  });

  it('an owner is not what is owned: "Kestrel Records, which is owned by Halvard Group"', () => {
    expect(relationsOf('Our distributor is Kestrel Records, which is owned by Halvard Group.')).not.toContain('Kestrel Records -OWNS-> Halvard Group');
  });
});
