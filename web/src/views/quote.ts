// A quoted turn: speaker, section and the turn text with the given spans wrapped in <mark>.
// Built from text nodes only, so "<script>" in a transcript shows as those characters.
import type { Span, Turn } from '../../../src/model.ts';
import { el } from './dom.ts';

export interface QuoteOptions {
  spans: readonly Span[];
  /** Display name of the speaker (the speaker node's label); defaults to the label as written. */
  speaker?: string;
  /** The speaker's document hint when another node shares its label (see graph/names.ts). */
  speakerHint?: string;
  /** Called when the quote's header is clicked (e.g. to select the turn in the strip). */
  onOpenTurn?: (turn: Turn) => void;
}

export function renderQuote(turn: Turn, { spans, speaker: name, speakerHint, onOpenTurn }: QuoteOptions): HTMLElement {
  const speaker = name ?? turn.speakerLabel ?? (turn.kind === 'narration' ? 'Narration' : '—');
  const meta = el(
    'div',
    { class: 'quote-meta' },
    el('span', { class: 'quote-speaker' }, speaker, speakerHint ? el('span', { class: 'name-hint' }, ` — ${speakerHint}`) : null),
    turn.section ? el('span', { class: 'quote-section' }, turn.section) : null,
    el('span', { class: 'quote-index' }, `#${turn.index}`),
  );
  if (onOpenTurn) {
    meta.setAttribute('role', 'button');
    meta.setAttribute('tabindex', '0');
    meta.title = 'Show this turn in the conversation';
    meta.addEventListener('click', () => onOpenTurn(turn));
  }
  const body = el('p', { class: 'quote-text' }, ...markSpans(turn.text ?? '', spans));
  return el('blockquote', { class: 'quote', 'data-turn': turn.id }, meta, body);
}

/** Splits text into plain text nodes and <mark> elements for the (merged, clamped) spans. */
export function markSpans(text: string, spans: readonly Span[]): Node[] {
  const ranges = spans
    .map((s) => [Math.max(0, s.start), Math.min(text.length, s.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const [a, b] of ranges) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out: Node[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push(document.createTextNode(text.slice(at, a)));
    out.push(el('mark', {}, text.slice(a, b)));
    at = b;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}
