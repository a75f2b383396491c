// Tests for extract/stages/mentions/models.ts (through findMentions): model-name patterns, and hardware model codes
// (MI308, H800) read as products rather than the organization an unknown acronym would be.
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../extract/lexicon.ts';
import { findMentions } from '../../extract/stages/mentions.ts';
import type { Mention } from '../../extract/types.ts';
import { turnedDocument } from './doc.ts';

const lexicon = loadLexicon();
const mentionsOf = (text: string): Mention[] => findMentions(turnedDocument([['turn', null, text]]), lexicon).mentions;
const typeOf = (text: string, surface: string) => mentionsOf(text).find((m) => m.surface === surface)?.type;

describe('hardware model codes', () => {
  it.each([
    ['The Commerce Department restricted exports of the MI308 to China.', 'MI308'],
    ['We bought H800 and B200 parts last year.', 'H800'],
    ['We bought H800 and B200 parts last year.', 'B200'],
    ['It runs on an RTX4090 at home.', 'RTX4090'],
  ])('%s → %s is a product', (text, surface) => {
    expect(typeOf(text, surface)).toBe('product');
  });

  it.each([
    ['At CES2024 we showed the robot.', 'CES2024'],
    ['The G20 met in Rio.', 'G20'],
  ])('%s: %s is no product (a year, two digits)', (text, surface) => {
    expect(typeOf(text, surface)).not.toBe('product');
  });

  it('a lexicon product keeps its label (MI300X is MI300; ROCm at the start of a turn)', () => {
    expect(mentionsOf('The MI300X is shipping.').find((m) => m.surface === 'MI300X')).toMatchObject({ type: 'product', canonical: 'MI300' });
    expect(mentionsOf("ROCm. It's open source, and PyTorch supports it.").find((m) => m.surface === 'ROCm')).toMatchObject({ type: 'product', canonical: 'ROCm' });
  });
});
