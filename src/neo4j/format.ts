// Text rendering of query results for the terminal: one line per row, columns padded, values kept short.
import type { QueryResult } from './query.ts';

const MAX_CELL = 80;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value && 'labels' in value && 'properties' in value) {
    const node = value as { labels: string[]; properties: Record<string, unknown> };
    const name = node.properties.label ?? node.properties.title ?? node.properties.id ?? node.properties.key ?? '';
    return `(:${node.labels.join(':')} ${JSON.stringify(name)})`;
  }
  if (typeof value === 'object' && value && 'type' in value && 'properties' in value) return `[:${(value as { type: string }).type}]`;
  return JSON.stringify(value);
}

export function formatTable(result: QueryResult): string {
  const cells = result.rows.map((row) => result.keys.map((key) => oneLine(cellText(row[key]))));
  const widths = result.keys.map((key, i) => Math.max(key.length, ...cells.map((row) => width(row[i]))));
  const line = (values: string[]) => values.map((value, i) => value + ' '.repeat(Math.max(0, widths[i] - width(value)))).join(' │ ').trimEnd();
  const out = [line(result.keys), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...cells.map(line)];
  out.push(`${result.rows.length} row${result.rows.length === 1 ? '' : 's'}${result.truncated ? ' (truncated at the row limit)' : ''}`);
  return out.join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}
