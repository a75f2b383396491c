// Tests for "X and Y" in English discovery (extract/stages/mentions/latin.ts): a coordination of two names stays two
// entities, while a name that holds "and" (CHIPS and Science Act) stays one.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../extract/types.ts';
import { extractText } from './extract-text.ts';

function entities(text: string): Entity[] {
  return extractText(text, 'doc').entities;
}
const labels = (es: Entity[]) => es.map((e) => e.label);

describe('an unknown one-word name and a known institution are two names', () => {
  it.each([
    ['Last year Quorvex and Peking University signed a joint research agreement.', 'Quorvex', 'Peking University'],
    ['The grant went to Lumidra and Stanford University, who share the lab.', 'Lumidra', 'Stanford University'],
  ])('%s → %s and %s', (text, left, right) => {
    const es = entities(text);
    expect(labels(es)).toContain(right);
    expect(labels(es)).toContain(left);
    expect(labels(es).filter((l) => l.includes(' and '))).toEqual([]);
  });

  it('a name that holds "and" before an unknown head stays one (CHIPS and Science Act)', () => {
    expect(labels(entities('Congress passed the CHIPS and Science Act in 2022.'))).toContain('CHIPS and Science Act');
  });
});

describe('a lone word listed after "in" with a place is a place', () => {
  it.each([
    ['Guest: We also have clients in Lyon and in Vantaa.\n\nHost: Thanks.\n', 'Vantaa'],
    ['Host: And the AI factories, for example in Barcelona and in Bologna?\n\nGuest: Yes.\n', 'Bologna'],
  ])('%s → %s', (text, name) => {
    expect(entities(text).find((e) => e.label === name)?.type).toBe('place');
  });

  it('not where no "in" opens the list ("Acme and Vantaa signed")', () => {
    expect(entities('Guest: Lyon and Vantaa signed the deal.\n\nHost: Thanks.\n').find((e) => e.label === 'Vantaa')?.type).not.toBe('place');
  });
});
