// Tests for a guessed name at the start of a sentence: capitals there tell nothing, so a lone unknown word opening a
// sentence is a name only when the document also writes it as one where no sentence starts.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const extract = (text: string) => extractText(text, 'starts.en');
const surfaces = (doc: ReturnType<typeof extract>) => doc.mentions.map((m) => m.surface);

describe('a guessed name at a sentence start', () => {
  it('is the name the document writes elsewhere, typed as it is there, and can state relations', () => {
    const doc = extract(
      'Host: Tell me about the lab.\n\nGuest: I joined a small lab in Lisbon called Quorvia two years ago. Quorvia promotes open science, and we publish everything.\n\nHost: Thanks.\n',
    );
    expect(surfaces(doc).filter((s) => s === 'Quorvia')).toHaveLength(2);
    const label = new Map(doc.entities.map((e) => [e.key, e.label]));
    expect(doc.relations.map((r) => `${label.get(r.source)} ${r.type} ${label.get(r.target)}`)).toContain('Quorvia PROMOTES open science');
    expect(doc.entities.find((e) => e.label === 'Quorvia')?.type).toBe('organization');
  });

  it('stays no name when the document writes it only at sentence starts', () => {
    const doc = extract('Host: Hello.\n\nGuest: Quorvia is what we say here. Quorvia again, I mean.\n\nHost: Thanks.\n');
    expect(surfaces(doc)).not.toContain('Quorvia');
  });
});

describe('a known name whose first word is a stop word, at a sentence start', () => {
  it('"Web Summit Porto, May 2027." is the event and the city, no place "Summit Porto"', () => {
    const doc = extract('Host: Web Summit Porto, May 2027. Welcome, everyone.\n\nGuest: Thanks for having me.\n');
    expect(surfaces(doc)).toContain('Web Summit');
    expect(surfaces(doc)).not.toContain('Summit Porto');
    expect(doc.entities.find((e) => e.label === 'Porto')?.type).toBe('place');
  });
});
