// Tests for the venue after an event and "at" (extract/stages/mentions/latin.ts): in "the World Agri-Tech Summit at
// Moscone West" Moscone West is where the summit is held, a place, no organization.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const entities = (text: string) => extractText(text).entities.map((e) => `${e.label}/${e.type}`);

describe('a name after an event and "at"', () => {
  it.each([
    ["We'll present our yields at the Soil Health Summit at Moscone West in March.", 'Moscone West/place'],
    ['The Aurora Festival at Kelvin Grove sold out again.', 'Kelvin Grove/place'],
    ['She spoke at the Harbor Conference at the Tessel Pavilion last year.', 'Tessel Pavilion/place'],
  ])('%s → %s', (text, expected) => {
    expect(entities(text)).toContain(expected);
  });

  it('an organization head keeps its type: "the Robotics Summit at Halvard University"', () => {
    expect(entities('We met at the Robotics Summit at Halvard University.')).toContain('Halvard University/organization');
  });
});
