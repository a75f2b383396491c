// The Neo4j part of the details panel: "Expand neighbourhood (Neo4j)" with its status line for a node when
// Neo4j answers; for what came from Neo4j, a badge, the node's mention count and the edge's quotes.
import type { ViewerGraph } from '../../../src/server/payload.ts';
import { neo4j } from '../state/neo4j.ts';
import { el } from '../views/dom.ts';
import { expandNeighbourhood } from './expand.ts';

export function nodeSection(key: string, _graph: ViewerGraph): HTMLElement {
  const state = neo4j.get();
  const section = el('section', { class: 'neo4j-expand', 'aria-label': 'Neo4j' });
  if (state.loadedNodes.has(key)) {
    const count = state.mentionCounts.get(key) ?? 0;
    section.append(el('p', { class: 'neo4j-origin' }, el('span', { class: 'badge neo4j-badge' }, 'from Neo4j'), ` ${count} mention${count === 1 ? '' : 's'} stored in Neo4j (quotes not loaded)`));
  }
  const button = el('button', { type: 'button', class: 'neo4j-expand-button' }, 'Expand neighbourhood (Neo4j)');
  const status = el('p', { class: 'neo4j-expand-status', role: 'status' });
  button.addEventListener('click', () => void expandNeighbourhood(key));
  section.append(button, status);
  const update = () => {
    const { reachable, busy, message } = neo4j.get();
    button.hidden = reachable !== true;
    button.disabled = busy !== null;
    const mine = message?.node === key ? message : null;
    status.textContent = mine?.text ?? '';
    status.classList.toggle('error', Boolean(mine?.error));
  };
  update();
  const off = neo4j.subscribe(() => (section.isConnected ? update() : off()));
  return section;
}

export function edgeSection(key: string, _graph: ViewerGraph): HTMLElement | null {
  const state = neo4j.get();
  if (!state.loadedEdges.has(key)) return null;
  const quotes = state.quotes.get(key) ?? [];
  return el('section', { class: 'neo4j-expand', 'aria-label': 'Neo4j' },
    el('p', { class: 'neo4j-origin' }, el('span', { class: 'badge neo4j-badge' }, 'from Neo4j'), ` ${quotes.length} quote${quotes.length === 1 ? '' : 's'} loaded`),
    el('ul', { class: 'neo4j-quotes' }, ...quotes.map((quote) => el('li', {}, el('q', {}, quote)))));
}
