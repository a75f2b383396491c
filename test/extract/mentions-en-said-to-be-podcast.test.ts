// Tests for a show's name said to be a podcast (extract/data/cues.json en-show-hint): "Harbor Notes — a podcast about
// ports", "Harbor Notes is an independent podcast" name a work, so "Welcome to Harbor Notes" is the host's show.
import { describe, expect, it } from 'vitest';
import { extractText, relationLines } from './extract-text.ts';

describe('a name said to be a podcast', () => {
  it.each([
    ['Harbor Notes — a podcast about how ports work\n\nPriya Nandakumar: Welcome to Harbor Notes. Our guest is Lars Jensen.\n\nLars Jensen: Thanks.\n\nPriya Nandakumar: Let\'s start with the canal.\n\nLars Jensen: Sure.'],
    ['Priya Nandakumar: Welcome to Harbor Notes. Our guest is Lars Jensen.\n\nLars Jensen: Thanks.\n\nPriya Nandakumar: Harbor Notes is an independent podcast. Bye.\n\nLars Jensen: Bye.'],
  ])('%s', (text) => {
    const doc = extractText(text, 'show');
    expect(doc.entities.find((e) => e.label === 'Harbor Notes')?.type).toBe('work');
    expect(relationLines(doc)).toContain('Priya Nandakumar -HOSTS-> Harbor Notes');
  });
});
