// Span validity: every node mention and edge evidence span must lie inside its turn's text, and a
// mention must cover exactly one of its node's names (label or alias), so every quote can be shown.
import type { EvalEdge, EvalNode } from './input.ts';
import type { Span } from '../model.ts';

export interface SpanProblem {
  /** "node o3" or "edge openai -RELEASED-> o3". */
  owner: string;
  span: Span;
  problem: string;
}
export interface SpanCheck {
  checked: number;
  invalid: SpanProblem[];
}

/** Why a span does not fit its turn, or null when it does. */
function spanProblem(span: Span, texts: Map<string, string>): string | null {
  const text = texts.get(span.turn);
  if (text === undefined) return `turn ${span.turn} does not exist`;
  if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) {
    return `[${span.start}, ${span.end}) is not inside the turn's ${text.length} characters`;
  }
  return null;
}

export function checkSpans(nodes: EvalNode[], edges: EvalEdge[], texts: Map<string, string>): SpanCheck {
  const invalid: SpanProblem[] = [];
  let checked = 0;
  for (const node of nodes) {
    const names = new Set([node.attributes.label, ...node.attributes.aliases]);
    for (const span of node.attributes.mentions) {
      checked++;
      const problem = spanProblem(span, texts);
      const surface = problem ? '' : texts.get(span.turn)!.slice(span.start, span.end);
      if (problem) invalid.push({ owner: `node ${node.key}`, span, problem });
      else if (!names.has(surface)) {
        invalid.push({ owner: `node ${node.key}`, span, problem: `covers "${surface}", not the label or an alias` });
      }
    }
  }
  for (const edge of edges) {
    for (const span of edge.attributes.evidence) {
      checked++;
      const problem = spanProblem(span, texts);
      if (problem) invalid.push({ owner: `edge ${edge.source} -${edge.attributes.type}-> ${edge.target}`, span, problem });
    }
  }
  return { checked, invalid };
}
