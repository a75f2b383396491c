// Test helper: a small graph file written by hand for a browser test that needs a graph of one shape (guests sharing
// a label, a hub named in forty documents…), with what a build writes beside it filled in.
import type { EntityType, SerializedKnowledgeGraph, Span, Turn } from '../../src/model.ts';

export interface HandNode {
  key: string;
  label: string;
  type: EntityType;
  documents: string[];
  x: number;
  y: number;
  size?: number;
  speaker?: boolean;
  mentions?: Span[];
  color?: string;
}

export interface HandEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  evidence: Span[];
  rules?: string[];
}

/** A turn of a hand-written graph: `${document}#${index}`, an English speaker turn. */
export function handTurn(document: string, index: number, speaker: string | null, speakerLabel: string, text: string): Turn {
  return { id: `${document}#${index}`, document, index, kind: 'turn', speaker, speakerLabel, section: null, text };
}

/** The graph file: English documents read from `${id}.md`, nodes and edges with a build's default attributes. */
export function handGraph(name: string, documents: { id: string; title: string }[], turns: Turn[], nodes: HandNode[], edges: HandEdge[] = []): SerializedKnowledgeGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name, documents: documents.map(({ id, title }) => ({ id, title, source: `${id}.md`, lang: 'en' as const })), turns },
    nodes: nodes.map(({ key, label, type, documents: docs, x, y, size = 6, speaker = false, mentions = [], color = '' }) => ({
      key, attributes: { label, type, aliases: [], mentions, documents: docs, speaker, x, y, size, color },
    })),
    edges: edges.map(({ key, source, target, type, evidence, rules = ['test'] }) => ({ key, source, target, attributes: { type, evidence, weight: evidence.length, rules } })),
  } as SerializedKnowledgeGraph;
}

/**
 * Two episodes of two turns, every turn naming Meta, its text given by `say`: a file rebuilt with another `say` has
 * the same keys and turn ids but other words (what a stale request would be answered with).
 */
export function rebuiltGraph(say: (document: string, index: number) => string): SerializedKnowledgeGraph {
  const documents = ['ep01', 'ep02'].map((id) => ({ id, title: `Episode ${id.slice(2)}` }));
  const turns = documents.flatMap(({ id }) => [0, 1].map((i) => handTurn(id, i, null, 'Guest', say(id, i))));
  const at = (t: Turn, word: string) => ({ turn: t.id, start: t.text.indexOf(word), end: t.text.indexOf(word) + word.length });
  return handGraph('live', documents, turns, [
    { key: 'meta', label: 'Meta', type: 'organization', documents: ['ep01', 'ep02'], x: 0, y: 0, size: 10, color: '#1f77b4', mentions: turns.map((t) => at(t, 'Meta')) },
    { key: 'guest', label: 'Guest', type: 'person', documents: ['ep01', 'ep02'], x: 10, y: 4, size: 8, color: '#d62728' },
  ], [{ key: 'guest|WORKED_AT|meta', source: 'guest', target: 'meta', type: 'WORKED_AT', evidence: turns.map((t) => at(t, 'Meta')) }]);
}
