// The viewer's Cypher panel: a query box with examples, sent to POST /api/cypher (credentials stay on the
// server); shows the rows as a table, lights up the entities found, and a row click selects its entity.
import { getGraph, highlightNodes, registerPanel, selectNode } from '../api.ts';
import { clear, el } from '../views/dom.ts';
import { EXAMPLE_QUERIES } from './examples.ts';
import './panel.css';

interface CypherResult {
  keys: string[];
  rows: Record<string, unknown>[];
  nodeKeys: string[];
  relationshipKeys: string[];
  truncated: boolean;
}

registerPanel({ id: 'cypher', title: 'Cypher', mount: mountCypherPanel });

export function mountCypherPanel(container: HTMLElement): void {
  const status = el('p', { class: 'cypher-status', role: 'status' }, 'Checking Neo4j…');
  const examples = el('div', { class: 'cypher-examples' });
  const input = el('textarea', { class: 'cypher-query', rows: '6', spellcheck: 'false', 'aria-label': 'Cypher query' });
  const run = el('button', { type: 'button', class: 'cypher-run' }, 'Run (Ctrl+Enter)');
  const message = el('p', { class: 'cypher-message', role: 'alert' });
  const results = el('div', { class: 'cypher-results' });
  container.append(status, examples, input, run, message, results);
  input.value = EXAMPLE_QUERIES[0].query;
  for (const example of EXAMPLE_QUERIES) {
    const button = el('button', { type: 'button', class: 'cypher-example' }, example.title);
    button.addEventListener('click', () => {
      input.value = example.query;
      void execute();
    });
    examples.append(button);
  }

  void fetch('/api/cypher/status')
    .then((response) => response.json())
    .then((body: { reachable: boolean; uri?: string; hint?: string; error?: string }) => {
      status.textContent = body.reachable ? `Neo4j at ${body.uri} (read-only)` : `Neo4j is not reachable. ${body.hint ?? 'Run `npm run neo4j:start`.'}`;
      status.classList.toggle('error', !body.reachable);
    })
    .catch(() => {
      status.textContent = 'No Cypher endpoint on this server. Run the viewer with `turngraph serve`, then `npm run neo4j:start`.';
      status.classList.add('error');
    });

  async function execute(): Promise<void> {
    message.textContent = 'Running…';
    message.classList.remove('error');
    clear(results);
    try {
      const response = await fetch('/api/cypher', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: input.value, params: {} }) });
      const body = (await response.json()) as CypherResult & { error?: string; hint?: string };
      if (!response.ok) throw new Error(`${body.error ?? response.statusText}${body.hint ? ` — ${body.hint}` : ''}`);
      showResult(body);
    } catch (error) {
      message.textContent = error instanceof Error ? error.message : String(error);
      message.classList.add('error');
    }
  }

  function showResult(result: CypherResult): void {
    const graph = getGraph();
    const present = result.nodeKeys.filter((key) => graph?.hasNode(key));
    message.textContent = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (row limit reached)' : ''} · ${present.length} entit${present.length === 1 ? 'y' : 'ies'} lit up in the graph`;
    if (present.length) highlightNodes(present);
    const table = el('table', { class: 'cypher-table' });
    table.append(el('thead', {}, el('tr', {}, ...result.keys.map((key) => el('th', {}, key)))));
    const body = el('tbody');
    for (const row of result.rows) {
      const keys = result.keys.flatMap((key) => entityKeys(row[key])).filter((key) => graph?.hasNode(key));
      const tr = el('tr', { class: keys.length ? 'selectable' : undefined, 'data-node': keys[0] }, ...result.keys.map((key) => el('td', {}, cellText(row[key]))));
      if (keys.length) tr.addEventListener('click', () => selectNode(keys[0]));
      body.append(tr);
    }
    table.append(body);
    results.append(table);
  }

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void execute();
    }
  });
  run.addEventListener('click', () => void execute());
}

/** Entity keys inside one result value (a node, a path, a list of nodes). */
function entityKeys(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(entityKeys);
  const v = value as { labels?: string[]; properties?: { key?: unknown }; nodes?: unknown[] };
  if (v.labels?.includes('Entity') && typeof v.properties?.key === 'string') return [v.properties.key];
  if (Array.isArray(v.nodes)) return v.nodes.flatMap(entityKeys);
  return [];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
  if (v.labels && v.properties) return String(v.properties.label ?? v.properties.title ?? v.properties.id ?? v.properties.key ?? `(:${v.labels.join(':')})`);
  if (v.type && v.properties) return `[:${v.type}]`;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ¦ ');
  return JSON.stringify(value);
}
