// Evidence as plain strings for formats without lists: "turn[start:end] quote" per span, and the quotes alone.
import type { KnowledgeGraph, Span, Turn } from '../model.ts';

export function turnTexts(graph: KnowledgeGraph): Map<string, Turn> {
  return new Map(graph.getAttribute('turns').map((turn) => [turn.id, turn]));
}

/** "doc#3[10:25]; doc#7[0:12]": where each span is, one string. */
export function spansText(spans: Span[]): string {
  return spans.map((span) => `${span.turn}[${span.start}:${span.end}]`).join('; ');
}

/** The quoted words of each span, joined by " ¦ ". */
export function quotesText(spans: Span[], turns: Map<string, Turn>): string {
  return spans.map((span) => (turns.get(span.turn)?.text ?? '').slice(span.start, span.end)).join(' ¦ ');
}
