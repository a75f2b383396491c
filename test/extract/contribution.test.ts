// Tests for extract/stages/contribution.ts: a document's compact contribution carries everything the merge needs,
// so a graph merged from contributions (as the build cache and worker threads pass them) equals one from extractions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { assemble, createMerger, mergeContributions, toGraph } from '../../extract/stages/assemble.ts';
import { contribute, toTriples } from '../../extract/stages/contribution.ts';
import { toGraphJSON } from '../../src/graph/io.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'transcripts');
const context = { lexicon: loadLexicon(), rules: loadRelationRules() };
const extractions = ['chips-policy.zh.md', 'mixed-opensource.mixed.md', 'panel-autonomy.en.md', 'podcast-robotics.en.md'].map((name) =>
  extractDocument({ id: name.replace(/\.md$/, ''), path: name, text: readFileSync(join(FIXTURES, name), 'utf8') }, context),
);

describe('contribute + mergeContributions', () => {
  it('gives the same graph bytes as assembling the extractions, after a JSON round trip (the cache) ', () => {
    const fromExtractions = toGraphJSON(assemble(extractions, { name: 'g' }));
    const stored = extractions.map((extraction) => JSON.parse(JSON.stringify(contribute(extraction))));
    expect(toGraphJSON(mergeContributions(stored, { name: 'g' }))).toBe(fromExtractions);
  });

  it('gives the same bytes whatever order the documents arrive in (as worker threads finish them)', () => {
    const expected = toGraphJSON(mergeContributions(extractions.map((e) => contribute(e)), { name: 'g' }));
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1]]) {
      const merger = createMerger({ name: 'g' });
      for (const index of order) merger.add(index, contribute(extractions[index]));
      expect(toGraphJSON(toGraph(merger.finish(), { name: 'g' }))).toBe(expected);
    }
  });

  it('puts mentions stored out of order or twice back in conversation order, once each', () => {
    const expected = JSON.parse(toGraphJSON(mergeContributions([contribute(extractions[0])], { name: 'g' })));
    const shuffled = contribute(extractions[0]);
    const entity = shuffled.entities.find((e) => e.mentions.length >= 9)!;
    const triples: number[][] = [];
    for (let i = 0; i < entity.mentions.length; i += 3) triples.push(entity.mentions.slice(i, i + 3));
    entity.mentions = [...triples.reverse(), triples[0], triples[1]].flat();
    const merger = createMerger({ name: 'g' });
    merger.add(0, shuffled);
    const actual = JSON.parse(toGraphJSON(toGraph(merger.finish(), { name: 'g' })));
    const mentions = (graph: { nodes: Array<{ key: string; attributes: { mentions: unknown[] } }> }) => graph.nodes.find((n) => n.key === entity.key)!.attributes.mentions;
    expect(mentions(actual)).toEqual(mentions(expected));
    expect(mentions(actual).length).toBe(triples.length);
  });

  it('refuses a document added twice or a missing one', () => {
    const merger = createMerger();
    merger.add(0, contribute(extractions[0]));
    expect(() => merger.add(0, contribute(extractions[0]))).toThrow(/added twice/);
    merger.add(2, contribute(extractions[2]));
    expect(() => merger.finish()).toThrow(/document 1 was never added/);
  });

  it('is a fraction of the extraction it summarises (besides the co-occurrence summary, work done once for the merge)', () => {
    for (const extraction of extractions) {
      const turnText = extraction.turns.reduce((n, turn) => n + turn.text.length, 0);
      const overhead = JSON.stringify({ ...contribute(extraction), pairs: undefined }).length - turnText;
      expect(overhead).toBeLessThan((JSON.stringify(extraction).length - turnText) / 2);
    }
  });

  it('keeps every mention: node mentions in the merged graph point at the entity\'s text', () => {
    const graph = mergeContributions(extractions.map((e) => contribute(e)));
    const turns = new Map(graph.getAttribute('turns').map((turn) => [turn.id, turn.text]));
    const total = extractions.reduce((n, e) => n + e.entities.reduce((m, entity) => m + entity.mentions.length, 0), 0);
    let seen = 0;
    graph.forEachNode((_key, attrs) => {
      for (const span of attrs.mentions) {
        expect(turns.get(span.turn)!.slice(span.start, span.end).length).toBe(span.end - span.start);
        seen++;
      }
    });
    expect(seen).toBe(total);
  });
});

describe('toTriples', () => {
  const index = new Map([['d#0', 0], ['d#1', 1]]);
  it('sorts by turn then position, drops duplicates and spans on other documents\' turns', () => {
    const spans = [
      { turn: 'd#1', start: 4, end: 6 },
      { turn: 'd#0', start: 9, end: 12 },
      { turn: 'x#0', start: 0, end: 2 },
      { turn: 'd#0', start: 1, end: 3 },
      { turn: 'd#1', start: 4, end: 6 },
    ];
    expect(toTriples(spans, index)).toEqual([0, 1, 3, 0, 9, 12, 1, 4, 6]);
  });
});
