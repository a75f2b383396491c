// The notice in the top bar: "Graph file updated" with a Reload button when the file on disk is newer than the
// drawn graph; after a reload, what could not be kept (or why the reload failed), with a button to dismiss it.
// Also the prompt a panel shows in place of quotes the server refused because the file changed (changedPrompt).
import { GraphChangedError } from '../graph/quotes.ts';
import { dismissFileMessage, file, reloadFile, updateWaiting } from '../state/file.ts';
import { neo4j } from '../state/neo4j.ts';
import { clear, el } from './dom.ts';

export function mountFileNotice(root: HTMLElement): () => void {
  const render = () => {
    const state = file.get();
    clear(root);
    const waiting = updateWaiting(state) || state.reloading;
    if (waiting) {
      const fromNeo4j = neo4j.get().loadedNodes.size > 0;
      const button = el('button', { type: 'button', class: 'file-reload', disabled: state.reloading,
        title: 'Load the new version, keeping the selection, search, filters and view' + (fromNeo4j ? ' (nodes added from Neo4j are dropped)' : '') },
        state.reloading ? 'Reloading…' : 'Reload');
      button.addEventListener('click', reloadFile);
      root.append(el('span', { class: 'file-notice-text' }, 'Graph file updated'), button);
    }
    if (state.message) {
      const close = el('button', { type: 'button', class: 'file-dismiss', 'aria-label': 'Dismiss', title: 'Dismiss' }, '×');
      close.addEventListener('click', dismissFileMessage);
      root.append(el('span', { class: 'file-notice-text file-message' }, state.message.text), close);
    }
    root.classList.toggle('error', state.message?.error === true);
    root.hidden = !waiting && !state.message;
  };
  render();
  return file.subscribe(render);
}

/**
 * In place of quotes or turns that could not be read: when the graph file changed since it was drawn, a line saying
 * so with a Reload button (the old version's quotes are gone); otherwise `fallback`'s text, muted.
 */
export function unavailableNote(error: unknown, fallback: (message: string) => string, tag: 'p' | 'li' | 'span' = 'p'): HTMLElement {
  if (!(error instanceof GraphChangedError)) {
    return el(tag, { class: 'muted quote-error' }, fallback(error instanceof Error ? error.message : String(error)));
  }
  const button = el('button', { type: 'button', class: 'file-reload' }, 'Reload');
  button.addEventListener('click', reloadFile);
  return el(tag, { class: 'graph-changed', role: 'status' }, 'The graph file has changed since this view was loaded. ', button, ' to read the new version.');
}
