// Tests for the build summary (src/build/summary.ts): what a user reads after `turngraph build`, also for a folder
// of many transcripts, where listing every document and speaker would bury the figures.
import { describe, expect, it } from 'vitest';
import { summarizeBuild } from '../../src/build/summary.ts';
import { buildGraph, extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import type { SourceText } from '../../extract/types.ts';

const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const transcript = (i: number): SourceText => ({
  id: `episode-${String(i).padStart(2, '0')}`,
  path: `episode-${i}.md`,
  text: `Host: Welcome to episode ${i}. Today we talk about OpenAI.\n\nGuest: Thanks for having me.\n`,
});
const summaryOf = (count: number) => {
  const graph = buildGraph(Array.from({ length: count }, (_, i) => extractDocument(transcript(i), context)));
  return summarizeBuild(graph, [], 'out.json').split('\n');
};
const line = (lines: string[], head: string) => lines.find((l) => l.startsWith(head)) ?? '';

describe('summarizeBuild', () => {
  it('names every document and speaker of a small build', () => {
    const lines = summaryOf(2);
    expect(line(lines, 'documents')).toBe('documents  2 (episode-00 [en], episode-01 [en])');
    expect(line(lines, 'speakers')).not.toContain('more');
  });

  it('lists a large folder’s first twelve documents and counts the rest, on one line', () => {
    const lines = summaryOf(30);
    const documents = line(lines, 'documents');
    expect(documents).toMatch(/^documents {2}30 \(episode-00 \[en\], .*episode-11 \[en\], … and 18 more\)$/);
    expect(documents).not.toContain('episode-12');
  });

  it('gives a speaker label shared by many documents once, with its count', () => {
    const speakers = line(summaryOf(30), 'speakers');
    expect(speakers.match(/Host/g)).toHaveLength(1);
    expect(speakers).toBe('speakers   Guest (guest) ×30, Host (host) ×30');
  });
});
