// Tests for a name said to be a hardware product ("Atlas Home is the household robot we've been building", "Kestrel
// was our first drone"): a product, not an organization; "X is the robot company" stays an organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(`**Host:** So?\n\n**Karen Liu:** ${text}\n`).entities.find((e) => e.label === label)?.type;

describe('"<name> is the … robot/drone/chip"', () => {
  it.each([
    ["Atlas Home is the household robot we've been building since 2021.", 'Atlas Home', 'product'],
    ['Kestrel Mini was our first drone, and it sold well.', 'Kestrel Mini', 'product'],
    ['Vesta Core is a custom inference chip for phones.', 'Vesta Core', 'product'],
    ['Halvard Motion is the humanoid robot company in Oslo.', 'Halvard Motion', 'organization'],
  ])('%s → %s is a %s', (text, label, type) => {
    expect(typeOf(text, label)).toBe(type);
  });

  it('"the investment arm of" names a part of a company, no product', () => {
    expect(typeOf('Corvane Seed is the investment arm of a bank.', 'Corvane Seed')).not.toBe('product');
  });
});
