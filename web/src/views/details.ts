// The details panel (<aside aria-label="Details">): what is selected and the quoted words behind it, same-label nodes
// with their document hint. Node: relations by type, turns it speaks, turns quoting it. Edge: evidence. Turn: entities.
import { TYPE_COLORS, type KnowledgeGraph, type Span } from '../../../src/model.ts';
import { getDetailsSections, getRenderer, selectEdge } from '../api.ts';
import { speakerHint, speakerName, type GraphIndex } from '../graph/data.ts';
import { data } from '../state/data.ts';
import { filters } from '../state/filters.ts';
import { selectNode, selectTurn, selection } from '../state/selection.ts';
import { append, clear, el } from './dom.ts';
import { renderQuote, type QuoteOptions } from './quote.ts';

/** Quotes shown before a "show all" button, to keep the panel fast on big nodes. */
const QUOTE_PAGE = 30;

export function mountDetails(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex): () => void {
  const render = () => {
    clear(root);
    const { node, edge, turn, highlighted } = selection.get();
    if (node && graph.hasNode(node)) renderNode(root, graph, index, node);
    else if (edge && graph.hasEdge(edge)) renderEdge(root, graph, index, edge);
    else if (turn && index.turnsById.has(turn)) renderTurn(root, graph, index, turn);
    else if (highlighted.length > 0) renderHighlighted(root, graph, index, highlighted);
    else renderHelp(root, graph);
    markFiltered(root);
    root.scrollTop = 0;
  };
  render();
  const offs = [
    selection.subscribe(render),
    data.subscribe((state, previous) => state.revision !== previous.revision && render()),
    // After the renderer's own subscriber has recomputed what is drawn.
    filters.subscribe(() => queueMicrotask(() => markFiltered(root))),
  ];
  return () => offs.forEach((off) => off());
}

function renderNode(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex, key: string): void {
  const node = graph.getNodeAttributes(key);
  const docs = graph.getAttribute('documents');
  root.append(
    el('h2', { class: 'details-title' }, node.label, hintSpan(index.hints.get(key))),
    el('p', { class: 'details-type' }, typeBadge(node.type), node.speaker ? el('span', { class: 'badge' }, 'speaker') : null),
  );
  for (const section of getDetailsSections()) append(root, section.node?.(key, graph));
  if (node.aliases?.length) root.append(fact('Aliases', node.aliases.join(' · ')));
  const titles = (node.documents ?? []).map((id) => docs.find((d) => d.id === id)?.title || id);
  if (titles.length) root.append(fact(titles.length === 1 ? 'Document' : 'Documents', titles.join(' · ')));

  // Relations grouped by type, typed relations before co-occurrence.
  const groups = new Map<string, { edge: string; other: string; out: boolean; evidence: number }[]>();
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const out = source === key;
    const list = groups.get(attrs.type) ?? [];
    list.push({ edge, other: out ? target : source, out, evidence: attrs.evidence?.length ?? 0 });
    groups.set(attrs.type, list);
  });
  const types = [...groups.keys()].sort((a, b) => Number(a === 'CO_OCCURS') - Number(b === 'CO_OCCURS') || a.localeCompare(b));
  const relations = el('section', { class: 'relations', 'aria-label': 'Relations' }, el('h3', {}, `Relations (${graph.degree(key)})`));
  for (const type of types) {
    const list = groups.get(type)!.sort((a, b) => b.evidence - a.evidence);
    const items = el('ul', { class: 'relation-list' });
    for (const r of list) {
      const other = graph.getNodeAttribute(r.other, 'label');
      const button = el('button', { type: 'button', class: 'relation', title: 'Show the evidence', 'data-edge': r.edge },
        el('span', { class: 'arrow' }, r.out ? '→' : '←'), ` ${other}`, nameHint(index.hints.get(r.other)), ' ', el('span', { class: 'count' }, `×${r.evidence}`));
      button.addEventListener('click', () => selectEdge(r.edge));
      items.append(el('li', {}, button));
    }
    const group = el('details', { class: 'relation-group', open: type !== 'CO_OCCURS' || types.length === 1 },
      el('summary', {}, `${type} (${list.length})`), items);
    relations.append(group);
  }
  if (types.length === 0) relations.append(el('p', { class: 'muted' }, 'No relations.'));
  root.append(relations);

  const spansByTurn = groupSpans(node.mentions ?? []);
  const spoken = index.turnsBySpeaker.get(key) ?? [];
  if (spoken.length) root.append(quotesSection(`Speaks in ${turnCount(spoken.length)}`, spoken, index, spansByTurn, 'Spoken turns'));
  const turns = index.turnsByNode.get(key) ?? [];
  root.append(quotesSection(`Quoted in ${turnCount(turns.length)}`, turns, index, spansByTurn));
}

function renderEdge(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex, key: string): void {
  const edge = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const link = (node: string) => {
    const b = el('button', { type: 'button', class: 'link' }, graph.getNodeAttribute(node, 'label'), hintSpan(index.hints.get(node)));
    b.addEventListener('click', () => selectNode(node));
    return b;
  };
  root.append(
    el('h2', { class: 'details-title' }, link(source), el('span', { class: 'rel-type' }, ` ${edge.type} `), link(target)),
    fact('Evidence', `${edge.evidence?.length ?? 0} span${edge.evidence?.length === 1 ? '' : 's'} · weight ${edge.weight}`),
  );
  if (edge.rules?.length) root.append(fact('Rules', edge.rules.join(', ')));
  for (const section of getDetailsSections()) append(root, section.edge?.(key, graph));
  const spansByTurn = groupSpans(edge.evidence ?? []);
  const turns = [...spansByTurn.keys()].filter((t) => index.turnsById.has(t)).sort((a, b) => index.turnOrder.get(a)! - index.turnOrder.get(b)!);
  root.append(quotesSection('Evidence', turns, index, spansByTurn));
}

function renderTurn(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex, id: string): void {
  const turn = index.turnsById.get(id)!;
  const entities = index.entitiesByTurn.get(id) ?? [];
  root.append(el('h2', { class: 'details-title' }, `Turn #${turn.index} · ${speakerName(turn, index)}`, hintSpan(speakerHint(turn, index))));
  const list = el('ul', { class: 'entity-list', 'aria-label': 'Entities in this turn' });
  for (const key of entities) list.append(el('li', {}, entityButton(graph, index, key)));
  root.append(el('section', {}, el('h3', {}, `Mentions ${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}`), list));
  const spans: Span[] = [];
  for (const key of entities) for (const m of graph.getNodeAttribute(key, 'mentions') ?? []) if (m.turn === id) spans.push(m);
  const quote = lazyQuote(index, turn.id, { spans, speaker: speakerName(turn, index), speakerHint: speakerHint(turn, index) });
  root.append(quote.node);
  fillQuotes(index, [quote]);
}

function renderHighlighted(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex, keys: readonly string[]): void {
  const present = keys.filter((k) => graph.hasNode(k));
  root.append(el('h2', { class: 'details-title' }, `${present.length} highlighted`));
  const list = el('ul', { class: 'entity-list' });
  for (const key of present) list.append(el('li', {}, entityButton(graph, index, key)));
  root.append(list);
}

function renderHelp(root: HTMLElement, graph: KnowledgeGraph): void {
  const docs = graph.getAttribute('documents');
  root.append(
    el('h2', { class: 'details-title' }, graph.getAttribute('name') || 'Graph'),
    el('p', { class: 'muted' }, `${graph.order} entities · ${graph.size} relations · ${docs.length} document${docs.length === 1 ? '' : 's'}`),
    ...docs.map((d) => el('p', { class: 'doc-title' }, d.title || d.id)),
    el('p', {}, 'Search for an entity, click a node or a relation, or click a turn in the conversation strip below to read the words behind the graph.'),
    el('p', { class: 'muted' }, 'Esc clears the selection. The URL keeps the view: copy it to share.'),
  );
}

function quotesSection(title: string, turns: readonly string[], index: GraphIndex, spansByTurn: Map<string, Span[]>, label = 'Quotes'): HTMLElement {
  const section = el('section', { class: 'quotes', 'aria-label': label }, el('h3', {}, title));
  const list = el('div', { class: 'quote-list' });
  const show = (from: number, to: number) => {
    const quotes: LazyQuote[] = [];
    for (const id of turns.slice(from, to)) {
      const turn = index.turnsById.get(id);
      if (!turn) continue;
      const quote = lazyQuote(index, id, { spans: spansByTurn.get(id) ?? [], speaker: speakerName(turn, index), speakerHint: speakerHint(turn, index), onOpenTurn: (t) => selectTurn(t.id) });
      list.append(quote.node);
      quotes.push(quote);
    }
    fillQuotes(index, quotes);
  };
  show(0, QUOTE_PAGE);
  section.append(list);
  if (turns.length > QUOTE_PAGE) {
    const more = el('button', { type: 'button', class: 'more' }, `Show all ${turns.length}`);
    more.addEventListener('click', () => {
      show(QUOTE_PAGE, turns.length);
      more.remove();
    });
    section.append(more);
  }
  return section;
}

interface LazyQuote {
  id: string;
  node: HTMLElement;
  options: QuoteOptions;
}

/** A quote drawn at once; with the lite payload its text shows "Loading quote…" until fillQuotes has it. */
function lazyQuote(index: GraphIndex, id: string, options: QuoteOptions): LazyQuote {
  const turn = index.turnsById.get(id)!;
  return { id, options, node: renderQuote(turn, { ...options, text: index.texts.get(id) ?? null }) };
}

/** Fetches the missing texts of the shown quotes in one go and swaps the placeholders for the quotes. */
function fillQuotes(index: GraphIndex, quotes: readonly LazyQuote[]): void {
  const waiting = quotes.filter((q) => index.texts.get(q.id) === undefined);
  if (waiting.length === 0) return;
  const swap = (text: (id: string) => string, failed = false) => {
    for (const q of waiting) {
      const next = renderQuote(index.turnsById.get(q.id)!, { ...q.options, text: text(q.id), ...(failed ? { spans: [] } : {}) });
      q.node.replaceWith(next);
      q.node = next;
    }
  };
  index.texts.load(waiting.map((q) => q.id)).then(
    () => swap((id) => index.texts.get(id) ?? ''),
    (error: unknown) => swap(() => `(quote unavailable: ${error instanceof Error ? error.message : String(error)})`, true),
  );
}

function turnCount(n: number): string {
  return `${n} turn${n === 1 ? '' : 's'}`;
}

/** Greys the listed relations the filters hide (not drawn): their evidence opens, but nothing on screen lights up. */
function markFiltered(root: HTMLElement): void {
  const drawn = getRenderer()?.visibility().edges;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button.relation[data-edge]')) {
    const hidden = drawn !== undefined && !drawn.has(button.dataset.edge!);
    button.classList.toggle('filtered', hidden);
    button.title = hidden ? 'Hidden by the filters. Show the evidence' : 'Show the evidence';
  }
}

/** The document hint of a node whose label another node shares, beside its label in a title. */
function hintSpan(hint: string | undefined): HTMLElement | null {
  return hint ? el('span', { class: 'details-hint' }, ` — ${hint}`) : null;
}

/** The same hint beside a name in a list (smaller, muted). */
function nameHint(hint: string | undefined): HTMLElement | null {
  return hint ? el('span', { class: 'name-hint' }, ` — ${hint}`) : null;
}

function groupSpans(spans: readonly Span[]): Map<string, Span[]> {
  const map = new Map<string, Span[]>();
  for (const s of spans) {
    const list = map.get(s.turn) ?? [];
    list.push(s);
    map.set(s.turn, list);
  }
  return map;
}

function typeBadge(type: string, withName = true): HTMLElement {
  const swatch = el('span', { class: 'swatch', title: type });
  swatch.style.background = TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? '#999';
  return el('span', { class: 'type' }, swatch, withName ? type : null);
}

function fact(name: string, value: string): HTMLElement {
  return el('p', { class: 'fact' }, el('span', { class: 'fact-name' }, `${name}: `), value);
}

function entityButton(graph: KnowledgeGraph, index: GraphIndex, key: string): HTMLElement {
  const attrs = graph.getNodeAttributes(key);
  const b = el('button', { type: 'button', class: 'entity', 'data-node': key }, typeBadge(attrs.type, false), ` ${attrs.label}`, nameHint(index.hints.get(key)));
  b.addEventListener('click', () => selectNode(key));
  return b;
}
