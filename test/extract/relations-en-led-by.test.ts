// Tests for a firm "led by" a person after a comma (extract/data/relations.json en-org-led-by-person): "Slide
// Insurance, led by Bruce Lucas" says who leads the firm; a round "led by" an investor stays an investment.
import { describe, expect, it } from 'vitest';
import { relationsOf } from './extract-text.ts';

describe('a firm led by a person', () => {
  it.each([
    ['New carriers have entered the state, such as Tarpon Insurance, led by Dana Whitcombe.', 'Dana Whitcombe -LEADS-> Tarpon Insurance'],
    ['Kessel Labs, which is now led by its founder, Ana Ruiz, hired forty people.', 'Ana Ruiz -LEADS-> Kessel Labs'],
  ])('%s', (text, expected) => {
    expect(relationsOf(text)).toContain(expected);
  });

  it('a round led by an investor is no firm the investor leads', () => {
    const lines = relationsOf('Tessel Robotics raised a Series B, led by Jane Okafor, last spring.');
    expect(lines).not.toContain('Jane Okafor -LEADS-> Tessel Robotics');
  });
});
