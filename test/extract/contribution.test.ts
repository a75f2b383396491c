// Tests for extract/stages/contribution.ts: a document's compact contribution carries everything the merge needs,
// so a graph merged from contributions (as the build cache and worker threads pass them) equals one from extractions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, loadLexicon, loadRelationRules } from '../../extract/index.ts';
import { assemble, createMerger, mergeContributions, toGraph } from '../../extract/stages/assemble.ts';
import { contribute, toTriples, type DocumentContribution } from '../../extract/stages/contribution.ts';
import { documentNodeParts, nodeFromParts, type NodePart } from '../../extract/stages/merge.ts';
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

describe('node parts and the scoped merger (what the live graph of build --watch merges again after an edit)', () => {
  const contributions = () => extractions.map((e) => contribute(e));
  const merged = () => createMerger({ name: 'g' });

  it('make every node from its documents\' parts exactly as the merge does', () => {
    const full = createMerger({ name: 'g' });
    contributions().forEach((contribution, index) => full.add(index, contribution));
    const { nodes } = full.finish();
    const parts = contributions().map((contribution, index) => documentNodeParts(index, contribution));
    expect(nodes.length).toBeGreaterThan(50);
    for (const node of nodes) {
      const of: NodePart[] = parts.flatMap((byKey) => (byKey.has(node.key) ? [byKey.get(node.key)!] : []));
      expect(nodeFromParts(node.key, of)).toEqual(node.attributes);
    }
    expect(nodes.some((node) => node.attributes.speaker)).toBe(true);
    expect(nodes.some((node) => node.attributes.documents.length > 1)).toBe(true);
  });

  it('count a speaker met before any document names them, as the merge does', () => {
    const doc = (id: string, text: string): DocumentContribution => ({
      document: { id, title: id, source: `${id}.md`, lang: 'en' },
      turns: [{ id: `${id}#0`, document: id, index: 0, kind: 'turn', speaker: 'k', speakerLabel: 'Speaker Label', section: null, text }],
      diagnostics: [], entities: [], speakers: [], relations: [],
    });
    const speaking = doc('a', 'Hello.');
    speaking.speakers.push({ key: 'k', label: 'Speaker Label', aliases: ['S. Label'] });
    const naming = doc('b', 'Zed here.');
    naming.entities.push({ key: 'k', label: 'Zed Label', type: 'product', weight: 1, aliases: [], mentions: [0, 0, 3], speaker: false });
    const full = createMerger({ name: 'g' });
    [speaking, naming].forEach((contribution, index) => full.add(index, contribution));
    const [node] = full.finish().nodes;
    expect(node.attributes).toMatchObject({ label: 'Speaker Label', type: 'person', aliases: ['S. Label'], documents: ['a', 'b'], speaker: true });
    const parts = [speaking, naming].map((contribution, index) => documentNodeParts(index, contribution).get('k')!);
    expect(nodeFromParts('k', parts)).toEqual(node.attributes);
  });

  it('make only the edges in scope, each as the full merge does', () => {
    const full = merged();
    contributions().forEach((contribution, index) => full.add(index, contribution));
    const { edges } = full.finish();
    const chosen = edges.filter((_, i) => i % 7 === 0);
    const scoped = createMerger({ name: 'g' }, null, { edges: new Set(chosen.map((edge) => edge.key)) });
    contributions().forEach((contribution, index) => scoped.add(index, contribution));
    const made = scoped.finish();
    expect(made.nodes).toEqual([]);
    expect(made.turns).toEqual([]);
    expect(made.edges).toEqual(chosen);
    expect(chosen.some((edge) => edge.attributes.type === 'CO_OCCURS') && chosen.some((edge) => edge.attributes.type !== 'CO_OCCURS')).toBe(true);
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
