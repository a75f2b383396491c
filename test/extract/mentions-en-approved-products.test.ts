// Tests for a regulator's approval before a name (extract/data/cues.json en-product-approval, relations.json
// en-org-approval-for-product): "GSK received FDA approval for Priorix" makes Priorix a product GSK developed, where a
// drug's name used to be read as an organization.
import { describe, expect, it } from 'vitest';
import { extractText, relationsOf } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('an approved drug or device', () => {
  it.each([
    ['Supply is fine, and Halvex received FDA approval for Priovance in 2022.', 'Priovance'],
    ['Doctors can now prescribe the FDA-approved Lumetra for adults.', 'Lumetra'],
    ['The firm won CE clearance for Tarnis last spring.', 'Tarnis'],
  ])('%s → %s is a product', (text, name) => {
    expect(typeOf(text, name)).toBe('product');
  });

  it.each([
    ['Supply is fine, and Halvex received FDA approval for Priovance in 2022.', 'Halvex -DEVELOPED-> Priovance'],
    ['Corvale Therapeutics won accelerated approval for Halzeva last year.', 'Corvale Therapeutics -DEVELOPED-> Halzeva'],
  ])('%s → %s', (text, expected) => {
    expect(relationsOf(text)).toContain(expected);
  });
});
