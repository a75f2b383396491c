// Tests for an unknown word opening a sentence before a verb only someone who acts takes
// (extract/stages/mentions/latin.ts): "Amkor is building a plant", "Concord also owns Rounder", "Flick now coaches
// Barcelona" name a firm or a person, though the document writes the word nowhere else.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const typeOf = (text: string, label: string) => extractText(text).entities.find((e) => e.label === label)?.type;

describe('an unknown word opening a sentence before an agent verb', () => {
  it.each([
    ['Packaging is the bottleneck. Tarnwick is building a packaging plant in Arizona.', 'Tarnwick', 'organization'],
    ['Our writers are published elsewhere. Corvale also owns two folk labels.', 'Corvale', 'organization'],
    ['The tug business is gone. Haldrup was listed in Copenhagen last year.', 'Haldrup', 'organization'],
    ['He left the club in May. Brekkan now coaches the national team.', 'Brekkan', 'person'],
    ['We ride with them daily. Zolvex is owned by a fund in Oslo.', 'Zolvex', 'organization'],
  ])('%s → %s', (text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it.each([
    ['Honestly owns nothing, that one.', 'Honestly'],
    ['Quorvia is what we say here.', 'Quorvia'],
  ])('no name without such a verb, nor from an adverb: %s', (text, word) => {
    expect(extractText(text).mentions.map((m) => m.surface)).not.toContain(word);
  });
});
