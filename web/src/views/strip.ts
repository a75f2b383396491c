// The conversation strip: the document's turns in order (speaker + first words). Clicking a turn highlights the
// entities it mentions; the turns mentioning or spoken by the selected node are marked: where a topic or speaker lives.
import type { KnowledgeGraph } from '../../../src/model.ts';
import { speakerName, type GraphIndex } from '../graph/data.ts';
import { filters } from '../state/filters.ts';
import { selectTurn, selection } from '../state/selection.ts';
import { clear, el } from './dom.ts';

const FIRST_WORDS = 22;

export function mountStrip(root: HTMLElement, graph: KnowledgeGraph, index: GraphIndex): () => void {
  let shownDocument: string | null = null;
  const buttons = new Map<string, HTMLButtonElement>();
  const list = el('ol', { class: 'strip-list' });
  const title = el('span', { class: 'strip-title' });
  clear(root);
  root.append(el('div', { class: 'strip-head' }, el('strong', {}, 'Conversation'), title), list);
  // A graph without turns (a neighbourhood from Neo4j: quotes stay there) has no conversation to show.
  root.hidden = index.turnsById.size === 0;

  /** The turns mentioning the node and those it speaks (an unnamed guest is never mentioned), in conversation order. */
  const nodeTurns = (node: string): string[] => {
    const mentioned = index.turnsByNode.get(node) ?? [];
    const spoken = index.turnsBySpeaker.get(node) ?? [];
    if (spoken.length === 0) return mentioned;
    return [...new Set([...mentioned, ...spoken])].sort((a, b) => index.turnOrder.get(a)! - index.turnOrder.get(b)!);
  };

  const documentToShow = (): string | null => {
    const docs = graph.getAttribute('documents');
    const { node, turn, edge } = selection.get();
    if (turn) return index.turnsById.get(turn)?.document ?? null;
    if (filters.get().document) return filters.get().document;
    const firstTurn = node ? nodeTurns(node)[0] : edge ? graph.getEdgeAttribute(edge, 'evidence')?.[0]?.turn : undefined;
    if (firstTurn) return index.turnsById.get(firstTurn)?.document ?? null;
    return shownDocument ?? docs[0]?.id ?? index.turnsByDocument.keys().next().value ?? null;
  };

  const build = (documentId: string | null) => {
    shownDocument = documentId;
    buttons.clear();
    clear(list);
    const doc = graph.getAttribute('documents').find((d) => d.id === documentId);
    title.textContent = doc ? ` · ${doc.title || doc.id}` : '';
    for (const turn of index.turnsByDocument.get(documentId ?? '') ?? []) {
      if (turn.kind === 'boilerplate') continue;
      const button = el('button', { type: 'button', class: `strip-turn kind-${turn.kind}`, 'data-turn': turn.id, title: index.texts.head(turn).slice(0, 200) },
        el('span', { class: 'strip-speaker' }, speakerName(turn, index)), el('span', { class: 'strip-words' }, firstWords(index.texts.head(turn))));
      button.addEventListener('click', () => selectTurn(selection.get().turn === turn.id ? null : turn.id));
      buttons.set(turn.id, button);
      list.append(el('li', {}, button));
    }
  };

  const mark = () => {
    const { node, turn, edge } = selection.get();
    const marked = new Set<string>(node ? nodeTurns(node) : []);
    if (edge && graph.hasEdge(edge)) for (const s of graph.getEdgeAttribute(edge, 'evidence') ?? []) marked.add(s.turn);
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
  return () => offs.forEach((off) => off());
}


function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > FIRST_WORDS ? `${flat.slice(0, FIRST_WORDS)}…` : flat;
}
