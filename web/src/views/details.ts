// The details panel (<aside aria-label="Details">): what is selected and the quoted words behind it, same-label nodes
// with their document hint. Node: relations by type, turns it speaks, turns quoting it. Edge: evidence. Turn: entities.
// The quotes are fetched when a node, edge or turn is opened (index.quotes), a page at a time.
import { TYPE_COLORS } from '../../../src/model.ts';
import { NODE_DOCUMENTS_SENT, type DocumentPage, type Quote, type QuotePage, type ViewerGraph } from '../../../src/server/payload.ts';
import { getDetailsSections, getRenderer, selectEdge } from '../api.ts';
import { hasTurn, speakerHint, speakerName, type GraphIndex } from '../graph/data.ts';
import { FIRST_PAGE, QUOTE_BATCH } from '../graph/quotes.ts';
import { data } from '../state/data.ts';
import { filters } from '../state/filters.ts';
import { selectNode, selectTurn, selection } from '../state/selection.ts';
import { turnEntitiesLoaded } from '../state/turns.ts';
import { append, clear, el } from './dom.ts';
import { unavailableNote } from './file-notice.ts';
import { renderQuote } from './quote.ts';

export function mountDetails(root: HTMLElement, graph: ViewerGraph, index: GraphIndex): () => void {
  const render = () => {
    clear(root);
    const { node, edge, turn, highlighted } = selection.get();
    if (node && graph.hasNode(node)) renderNode(root, graph, index, node);
    else if (edge && graph.hasEdge(edge)) renderEdge(root, graph, index, edge);
    else if (turn && hasTurn(graph, turn)) renderTurn(root, graph, index, turn);
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

function renderNode(root: HTMLElement, graph: ViewerGraph, index: GraphIndex, key: string): void {
  const node = graph.getNodeAttributes(key);
  const docs = graph.getAttribute('documents');
  root.append(
    el('h2', { class: 'details-title' }, node.label, hintSpan(index.hints.get(key))),
    el('p', { class: 'details-type' }, typeBadge(node.type), node.speaker ? el('span', { class: 'badge' }, 'speaker') : null),
  );
  for (const section of getDetailsSections()) append(root, section.node?.(key, graph));
  if (node.aliases?.length) root.append(fact('Aliases', node.aliases.join(' · ')));
  const byId = new Map(docs.map((d) => [d.id, d.title]));
  const title = (id: string) => byId.get(id) || id;
  const listed = node.documents ?? [];
  const total = Math.max(listed.length, node.documentCount ?? 0);
  // The payload names a hub's first documents; the rest are fetched when "N more" is opened.
  const rest = (offset: number, limit: number) => (listed.length >= total ? Promise.resolve({ total, offset, documents: listed.slice(offset, offset + limit) })
    : index.quotes.documents(key, offset, limit));
  if (total) root.append(documentsFact(listed.slice(0, DOCUMENTS_SHOWN).map(title), total, rest, title));

  // Relations grouped by type, typed relations before co-occurrence.
  const groups = new Map<string, { edge: string; other: string; out: boolean; evidence: number }[]>();
  graph.forEachEdge(key, (edge, attrs, source, target) => {
    const out = source === key;
    const list = groups.get(attrs.type) ?? [];
    list.push({ edge, other: out ? target : source, out, evidence: attrs.evidenceCount ?? 0 });
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

  // Quotes come from the server, a page at a time (a node from Neo4j has none here: its section says so).
  if (!index.quotes.hasNode(key)) return;
  const spoken = index.speakerTurns.get(key) ?? 0;
  if (spoken) root.append(quotesSection((n) => `Speaks in ${turnCount(n)}`, (offset, limit) => index.quotes.spoken(key, offset, limit), index, 'Spoken turns'));
  root.append(quotesSection((n) => `Quoted in ${turnCount(n)}`, (offset, limit) => index.quotes.mentions(key, offset, limit), index));
}

function renderEdge(root: HTMLElement, graph: ViewerGraph, index: GraphIndex, key: string): void {
  const edge = graph.getEdgeAttributes(key);
  const [source, target] = graph.extremities(key);
  const link = (node: string) => {
    const b = el('button', { type: 'button', class: 'link' }, graph.getNodeAttribute(node, 'label'), hintSpan(index.hints.get(node)));
    b.addEventListener('click', () => selectNode(node));
    return b;
  };
  const spans = edge.evidenceCount ?? 0;
  root.append(
    el('h2', { class: 'details-title' }, link(source), el('span', { class: 'rel-type' }, ` ${edge.type} `), link(target)),
    fact('Evidence', `${spans} span${spans === 1 ? '' : 's'} · weight ${edge.weight}`),
  );
  if (edge.rules?.length) root.append(fact('Rules', edge.rules.join(', ')));
  for (const section of getDetailsSections()) append(root, section.edge?.(key, graph));
  if (index.quotes.hasEdge(key)) root.append(quotesSection(() => 'Evidence', (offset, limit) => index.quotes.evidence(key, offset, limit), index));
}

function renderTurn(root: HTMLElement, graph: ViewerGraph, index: GraphIndex, id: string): void {
  const title = el('h2', { class: 'details-title' }, 'Turn');
  const list = el('ul', { class: 'entity-list', 'aria-label': 'Entities in this turn' });
  const heading = el('h3', {}, 'Mentions …');
  const body = el('div', { class: 'quote-list' }, loadingQuote());
  root.append(title, el('section', {}, heading, list), body);
  index.quotes.turn(id).then((detail) => {
    if (!detail) return void body.replaceChildren(el('p', { class: 'muted' }, 'This turn is not in the graph file.'));
    const { turn, entities } = detail;
    turnEntitiesLoaded([[id, entities.map((e) => e.key)]]);
    const present = entities.filter((e) => graph.hasNode(e.key));
    title.replaceChildren(`Turn #${turn.index} · ${speakerName(turn, index)}`, hintSpan(speakerHint(turn, index)) ?? '');
    heading.textContent = `Mentions ${present.length} entit${present.length === 1 ? 'y' : 'ies'}`;
    for (const e of present) list.append(el('li', {}, entityButton(graph, index, e.key)));
    body.replaceChildren(renderQuote(turn, { spans: present.flatMap((e) => e.spans), speaker: speakerName(turn, index), speakerHint: speakerHint(turn, index) }));
  }, (error: unknown) => {
    heading.textContent = 'Mentions';
    body.replaceChildren(unavailable(error));
  });
}

function renderHighlighted(root: HTMLElement, graph: ViewerGraph, index: GraphIndex, keys: readonly string[]): void {
  const present = keys.filter((k) => graph.hasNode(k));
  root.append(el('h2', { class: 'details-title' }, `${present.length} highlighted`));
  const list = el('ul', { class: 'entity-list' });
  for (const key of present) list.append(el('li', {}, entityButton(graph, index, key)));
  root.append(list);
}

function renderHelp(root: HTMLElement, graph: ViewerGraph): void {
  const docs = graph.getAttribute('documents');
  root.append(
    el('h2', { class: 'details-title' }, graph.getAttribute('name') || 'Graph'),
    el('p', { class: 'muted' }, `${graph.order} entities · ${graph.size} relations · ${docs.length} document${docs.length === 1 ? '' : 's'}`),
    ...docs.map((d) => el('p', { class: 'doc-title' }, d.title || d.id)),
    el('p', {}, 'Search for an entity, click a node or a relation, or click a turn in the conversation strip below to read the words behind the graph.'),
    el('p', { class: 'muted' }, 'Esc clears the selection. The URL keeps the view: copy it to share.'),
  );
}

type QuoteLoader = (offset: number, limit: number) => Promise<QuotePage>;

/**
 * A list of quoted turns loaded from the server: the first page at once ("Loading quotes…" until it is there), the
 * rest behind a "Show all N" button. `title` is given the number of turns once it is known.
 */
function quotesSection(title: (total: number) => string, load: QuoteLoader, index: GraphIndex, label = 'Quotes'): HTMLElement {
  const heading = el('h3', {}, title(0).replace(/^(\D*)0 turns?/, '$1…'));
  const list = el('div', { class: 'quote-list' }, loadingQuote());
  const section = el('section', { class: 'quotes', 'aria-label': label, 'aria-busy': 'true' }, heading, list);
  const show = (quotes: readonly Quote[]) => {
    for (const { turn, spans } of quotes) {
      list.append(renderQuote(turn, { spans, speaker: speakerName(turn, index), speakerHint: speakerHint(turn, index), onOpenTurn: (t) => selectTurn(t.id) }));
    }
  };
  const fail = (error: unknown) => {
    section.removeAttribute('aria-busy');
    heading.textContent = label;
    list.replaceChildren(unavailable(error));
  };
  load(0, FIRST_PAGE).then((first) => {
    section.removeAttribute('aria-busy');
    heading.textContent = title(first.total);
    list.replaceChildren();
    show(first.quotes);
    if (first.total <= first.quotes.length) return;
    const more = el('button', { type: 'button', class: 'more' }, `Show all ${first.total}`);
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        for (let offset = first.quotes.length; offset < first.total; offset += QUOTE_BATCH) show((await load(offset, QUOTE_BATCH)).quotes);
        more.remove();
      } catch (error) {
        more.replaceWith(unavailable(error));
      }
    });
    section.append(more);
  }, fail);
  return section;
}

function loadingQuote(): HTMLElement {
  return el('p', { class: 'quote-text loading', 'aria-busy': 'true' }, 'Loading quotes…');
}

function unavailable(error: unknown): HTMLElement {
  return unavailableNote(error, (message) => `(quotes unavailable: ${message})`);
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

function typeBadge(type: string, withName = true): HTMLElement {
  const swatch = el('span', { class: 'swatch', title: type });
  swatch.style.background = TYPE_COLORS[type as keyof typeof TYPE_COLORS] ?? '#999';
  return el('span', { class: 'type' }, swatch, withName ? type : null);
}

/**
 * Titles shown before "N more": a hub of an archive graph is named in thousands of documents, and its quotes come
 * after. The payload sends as many (NODE_DOCUMENTS_SENT); opening "N more" fetches the rest, DOCUMENT_BATCH at a time.
 */
const DOCUMENTS_SHOWN = NODE_DOCUMENTS_SENT;
const DOCUMENT_BATCH = QUOTE_BATCH;

function documentsFact(first: string[], total: number, load: (offset: number, limit: number) => Promise<DocumentPage>, title: (id: string) => string): HTMLElement {
  if (total <= DOCUMENTS_SHOWN) return fact(total === 1 ? 'Document' : 'Documents', first.join(' · '));
  const body = el('span', { class: 'fact-more-list' });
  const more = el('details', { class: 'fact-more' }, el('summary', {}, `${total - DOCUMENTS_SHOWN} more`), body);
  let shown = DOCUMENTS_SHOWN;
  const next = () => {
    if (shown === DOCUMENTS_SHOWN) body.replaceChildren();
    body.setAttribute('aria-busy', 'true');
    load(shown, DOCUMENT_BATCH).then((page) => {
      body.removeAttribute('aria-busy');
      body.querySelector('button.more')?.remove();
      append(body, shown > DOCUMENTS_SHOWN ? ' · ' : '', page.documents.map(title).join(' · '));
      shown += page.documents.length;
      if (shown >= page.total || page.documents.length === 0) return;
      const button = el('button', { type: 'button', class: 'more' }, `Show ${Math.min(DOCUMENT_BATCH, page.total - shown)} more`);
      button.addEventListener('click', () => {
        button.disabled = true;
        next();
      });
      body.append(' ', button);
    }, (error: unknown) => {
      body.removeAttribute('aria-busy');
      body.replaceChildren(unavailableNote(error, (message) => `(documents unavailable: ${message})`, 'span'));
    });
  };
  more.addEventListener('toggle', () => more.open && shown === DOCUMENTS_SHOWN && !body.hasAttribute('aria-busy') && next());
  return el('div', { class: 'fact' }, el('span', { class: 'fact-name' }, `Documents (${total}): `), first.join(' · '), more);
}

function fact(name: string, value: string): HTMLElement {
  return el('p', { class: 'fact' }, el('span', { class: 'fact-name' }, `${name}: `), value);
}

function entityButton(graph: ViewerGraph, index: GraphIndex, key: string): HTMLElement {
  const attrs = graph.getNodeAttributes(key);
  const b = el('button', { type: 'button', class: 'entity', 'data-node': key }, typeBadge(attrs.type, false), ` ${attrs.label}`, nameHint(index.hints.get(key)));
  b.addEventListener('click', () => selectNode(key));
  return b;
}
