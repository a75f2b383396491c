// Tests for extract/stages/assemble.ts: one node per entity across documents, edges with evidence,
// deterministic bytes, inputs left untouched.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../extract/stages/assemble.ts';
import { toGraphJSON } from '../../src/graph/io.ts';
import type { DocumentExtraction, Entity, ResolvedMention } from '../../extract/types.ts';
import type { Turn } from '../../src/model.ts';

function turn(document: string, index: number, text: string, speaker: string | null = null): Turn {
  return { id: `${document}#${index}`, document, index, kind: 'turn', speaker, speakerLabel: speaker, section: null, text };
}

function mention(turnId: string, text: string, surface: string, entity: string, from = 0): ResolvedMention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: ${surface} not in ${text}`);
  return { turn: turnId, start, end: start + surface.length, surface, type: 'organization', canonical: null, source: 'lexicon', reason: 'test', entity };
}

function extraction(id: string, texts: string[], found: Array<[number, string, string, Entity['type'], string]>): DocumentExtraction {
  const turns = texts.map((text, index) => turn(id, index, text, 'sam-altman'));
  const mentions = found.map(([index, surface, key]) => mention(turns[index].id, turns[index].text, surface, key));
  const entities = new Map<string, Entity>();
  for (const [index, surface, key, type, label] of found) {
    const entity = entities.get(key) ?? { key, label, type, aliases: [], mentions: [], speaker: false };
    if (!entity.aliases.includes(surface)) entity.aliases.push(surface);
    const m = mentions.find((x) => x.turn === turns[index].id && x.surface === surface)!;
    entity.mentions.push({ turn: m.turn, start: m.start, end: m.end });
    entities.set(key, entity);
  }
  return {
    document: { id, title: id, source: `${id}.md`, lang: 'zh' },
    turns,
    speakers: [{ key: 'sam-altman', label: 'Sam Altman', aliases: ['Sam Altman'], role: 'guest' }],
    diagnostics: [],
    entities: [...entities.values()],
    mentions,
    relations: [],
  };
}

const first = extraction('a', ['OpenAI 发布 o3，陶哲轩评价了 FrontierMath。', '谢谢。'], [
  [0, 'OpenAI', 'openai', 'organization', 'OpenAI'],
  [0, 'o3', 'o3', 'model', 'o3'],
  [0, '陶哲轩', 'terence-tao', 'person', 'Terence Tao'],
]);
first.relations.push({ source: 'openai', target: 'o3', type: 'RELEASED', evidence: [{ turn: 'a#0', start: 0, end: 12 }], rules: ['zh-released'] });
const second = extraction('b', ['Terence Tao said FrontierMath is hard, and OpenAI agreed.'], [
  [0, 'Terence Tao', 'terence-tao', 'person', 'Terence Tao'],
  [0, 'OpenAI', 'openai', 'organization', 'OpenAI'],
]);

describe('assemble', () => {
  const graph = assemble([first, second]);

  it('merges one entity across documents into one node with all its aliases and documents', () => {
    expect(graph.getNodeAttribute('terence-tao', 'aliases')).toEqual(['陶哲轩']);
    expect(graph.getNodeAttribute('terence-tao', 'documents')).toEqual(['a', 'b']);
    expect(graph.getNodeAttribute('terence-tao', 'mentions')).toHaveLength(2);
  });

  it('adds the speaking person as a node even without mentions', () => {
    expect(graph.hasNode('sam-altman')).toBe(true);
    expect(graph.getNodeAttributes('sam-altman')).toMatchObject({ label: 'Sam Altman', type: 'person', speaker: true });
  });

  it('keeps typed relations with their evidence and rule', () => {
    const edge = graph.getEdgeAttributes('openai|RELEASED|o3');
    expect(edge).toMatchObject({ type: 'RELEASED', weight: 1, rules: ['zh-released'] });
    const text = graph.getAttribute('turns')[0].text;
    expect(text.slice(edge.evidence[0].start, edge.evidence[0].end)).toContain('发布');
  });

  it('adds CO_OCCURS edges weighted by shared turns, with the shortest stretch holding both as evidence', () => {
    const edge = graph.getEdgeAttributes('openai|CO_OCCURS|terence-tao');
    expect(edge.weight).toBe(2);
    const turns = graph.getAttribute('turns');
    const quotes = edge.evidence.map((span) => turns.find((t) => t.id === span.turn)!.text.slice(span.start, span.end));
    expect(quotes).toEqual(['OpenAI 发布 o3，陶哲轩', 'Terence Tao said FrontierMath is hard, and OpenAI']);
  });

  it('gives every node a position, a size and its type colour', () => {
    graph.forEachNode((_, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(attrs.size).toBeGreaterThan(0);
      expect(attrs.color).toMatch(/^#[0-9a-f]{6}$/);
    });
  });

  it('gives the same bytes for the same input, whatever the order of entities and mentions', () => {
    const shuffled = structuredClone(first);
    shuffled.entities.reverse();
    shuffled.mentions.reverse();
    expect(toGraphJSON(assemble([shuffled, structuredClone(second)]))).toBe(toGraphJSON(assemble([first, second])));
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([first, second]);
    assemble([first, second]);
    expect(JSON.stringify([first, second])).toBe(before);
  });
});

describe('assemble on entities that share many turns', () => {
  const texts = Array.from({ length: 12 }, (_, i) => `第${i}轮：OpenAI 和 Anthropic 又一次同台。`);
  const found = texts.flatMap((_, i): Array<[number, string, string, Entity['type'], string]> => [
    [i, 'OpenAI', 'openai', 'organization', 'OpenAI'],
    [i, 'Anthropic', 'anthropic', 'organization', 'Anthropic'],
  ]);
  const graph = assemble([extraction('many', texts, found)], { cooccurrenceEvidence: 3 });

  it('weights CO_OCCURS by every shared turn but keeps only the first quotes as evidence', () => {
    const edge = graph.getEdgeAttributes('anthropic|CO_OCCURS|openai');
    expect(edge.weight).toBe(12);
    expect(edge.evidence.map((span) => span.turn)).toEqual(['many#0', 'many#1', 'many#2']);
  });

  it('rejects a non-positive evidence cap', () => {
    expect(() => assemble([], { cooccurrenceEvidence: 0 })).toThrow(/turngraph assemble: cooccurrenceEvidence/);
  });
});

describe('assemble layout options', () => {
  it('keeps the seeded placement when asked for no ForceAtlas2 iterations', () => {
    const graph = assemble([first, second], { layout: { iterations: 0 } });
    expect(graph.order).toBeGreaterThan(2);
    graph.forEachNode((_, attrs) => expect(attrs.x >= 0 && attrs.x <= 100 && attrs.y >= 0 && attrs.y <= 100).toBe(true));
  });
});
