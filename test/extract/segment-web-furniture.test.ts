// A news site's furniture copied with an interview ("Advertisement", "SKIP ADVERTISEMENT", "Continue reading the main
// story" between the answers): no one's words, so neither an entity nor part of the answer above it.
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.ts';

const ARTICLE = [
  '# The Potter Who Sells Out in Minutes',
  '',
  '**Why only one drop a month?**',
  '',
  'Because I throw every piece myself. My studio is in Asheville.',
  '',
  'Advertisement',
  '',
  '**Who glazes them?**',
  '',
  'My sister Corinne. She trained at Alfred University.',
  '',
  'SKIP ADVERTISEMENT',
  '',
  '**And next year?**',
  '',
  'A show at the Mint Museum.',
  '',
  'Continue reading the main story',
].join('\n');

describe('a news site\'s furniture between the answers', () => {
  const doc = extractText(ARTICLE, 'potter');
  it('is boilerplate of its own, not the end of the answer above it', () => {
    expect(doc.turns.filter((t) => t.kind === 'turn').map((t) => t.text)).toEqual([
      'Why only one drop a month?',
      'Because I throw every piece myself. My studio is in Asheville.',
      'Who glazes them?',
      'My sister Corinne. She trained at Alfred University.',
      'And next year?',
      'A show at the Mint Museum.',
    ]);
    expect(doc.turns.filter((t) => t.kind === 'boilerplate').map((t) => t.text)).toEqual(['Advertisement', 'SKIP ADVERTISEMENT', 'Continue reading the main story']);
  });

  it('names nothing', () => {
    expect(doc.entities.map((e) => e.label).filter((l) => /advertisement|continue/i.test(l))).toEqual([]);
  });
});
