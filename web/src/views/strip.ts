// The conversation strip: the document's turns in order (speaker + first words). Clicking a turn highlights the
// entities it mentions; the turns mentioning or spoken by the selected node are marked: where a topic or speaker lives.
import type { StripTurn, ViewerGraph } from '../../../src/server/payload.ts';
import { turnDocument } from '../../../src/server/payload.ts';
import { hasTurns, speakerName, type GraphIndex } from '../graph/data.ts';
import { filters } from '../state/filters.ts';
import { selectTurn, selection } from '../state/selection.ts';
import { turnEntitiesLoaded } from '../state/turns.ts';
import { clear, el } from './dom.ts';
import { unavailableNote } from './file-notice.ts';

const FIRST_WORDS = 22;

export function mountStrip(root: HTMLElement, graph: ViewerGraph, index: GraphIndex): () => void {
  let shownDocument: string | null = null;
  /** The shown document's turns once fetched. */
  let shownTurns: readonly StripTurn[] = [];
  /** Turns of the selected edge's evidence in the shown document (fetched), to mark them. */
  let edgeTurns: { edge: string; document: string; turns: ReadonlySet<string> } | null = null;
  let alive = true;
  const buttons = new Map<string, HTMLButtonElement>();
  const list = el('ol', { class: 'strip-list' });
  const title = el('span', { class: 'strip-title' });
  clear(root);
  root.append(el('div', { class: 'strip-head' }, el('strong', {}, 'Conversation'), title), list);
  // A graph without turns (a neighbourhood from Neo4j: quotes stay there) has no conversation to show.
  root.hidden = !hasTurns(graph);

  /** The first document (in file order, which conversation order follows) of a list of them. */
  const firstDocument = (ids: Iterable<string>): string | null => {
    let best: string | null = null;
    for (const id of ids) if (index.documentOrder.has(id) && (best === null || index.documentOrder.get(id)! < index.documentOrder.get(best)!)) best = id;
    return best;
  };

  const documentToShow = (): string | null => {
    const docs = graph.getAttribute('documents');
    const { node, turn, edge } = selection.get();
    if (turn) return turnDocument(turn);
    if (filters.get().document) return filters.get().document;
    // Where the node is first mentioned or speaks, where the edge's evidence starts.
    const first = node && graph.hasNode(node) ? firstDocument(graph.getNodeAttribute(node, 'documents') ?? [])
      : edge && graph.hasEdge(edge) ? docs[graph.getEdgeAttribute(edge, 'evidenceDocuments')?.[0]?.[0] ?? -1]?.id ?? null : null;
    return first ?? shownDocument ?? docs.find((d) => (d.turns ?? 0) > 0)?.id ?? null;
  };

  const build = (documentId: string | null) => {
    shownDocument = documentId;
    shownTurns = [];
    buttons.clear();
    clear(list);
    const doc = graph.getAttribute('documents').find((d) => d.id === documentId);
    title.textContent = doc ? ` · ${doc.title || doc.id}` : '';
    if (!documentId || !doc?.turns) return;
    list.setAttribute('aria-busy', 'true');
    index.quotes.documentTurns(documentId).then((turns) => {
      if (!alive || shownDocument !== documentId) return;
      list.removeAttribute('aria-busy');
      shownTurns = turns;
      turnEntitiesLoaded(turns.map((t) => [t.id, t.entities] as const));
      for (const turn of turns) {
        if (turn.kind === 'boilerplate') continue;
        const button = el('button', { type: 'button', class: `strip-turn kind-${turn.kind}`, 'data-turn': turn.id, title: turn.head },
          el('span', { class: 'strip-speaker' }, speakerName(turn, index)), el('span', { class: 'strip-words' }, firstWords(turn.head)));
        button.addEventListener('click', () => selectTurn(selection.get().turn === turn.id ? null : turn.id));
        buttons.set(turn.id, button);
        list.append(el('li', {}, button));
      }
      mark();
    }, (error: unknown) => {
      if (!alive || shownDocument !== documentId) return;
      list.removeAttribute('aria-busy');
      list.append(unavailableNote(error, (message) => `(turns unavailable: ${message})`, 'li'));
    });
  };

  /** The turns of the shown document mentioning or spoken by the node, or holding the edge's evidence. */
  const markedTurns = (): Set<string> => {
    const { node, edge } = selection.get();
    if (node) return new Set(shownTurns.filter((t) => t.speaker === node || t.entities.includes(node)).map((t) => t.id));
    if (edge && edgeTurns?.edge === edge && edgeTurns.document === shownDocument) return new Set(edgeTurns.turns);
    if (edge && shownDocument && index.quotes.hasEdge(edge)) {
      const document = shownDocument;
      index.quotes.evidenceTurns(edge, document).then((turns) => {
        if (!alive || selection.get().edge !== edge || shownDocument !== document) return;
        edgeTurns = { edge, document, turns: new Set(turns) };
        mark();
      }, () => undefined);
    }
    return new Set();
  };

  const mark = () => {
    const { turn } = selection.get();
    const marked = markedTurns();
    for (const [id, button] of buttons) {
      button.classList.toggle('marked', marked.has(id));
      button.classList.toggle('active', id === turn);
      button.setAttribute('aria-pressed', String(id === turn));
    }
    const first = turn ? buttons.get(turn) : [...marked].map((id) => buttons.get(id)).find(Boolean);
    first?.scrollIntoView({ block: 'nearest', inline: 'center' });
  };

  const update = () => {
    const doc = documentToShow();
    if (doc !== shownDocument) build(doc);
    mark();
  };
  update();
  const offs = [selection.subscribe(update), filters.subscribe(update)];
  return () => {
    alive = false;
    offs.forEach((off) => off());
  };
}


function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > FIRST_WORDS ? `${flat.slice(0, FIRST_WORDS)}…` : flat;
}
