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
