// Plain-text rendering of an eval report: a score table, then the lists an engineer works from
// (missed entities, splits, false positives, missed relations, invalid spans).
import type { EvalReport, NodeRef, Ratio } from './evaluate.ts';

const pct = (r: Ratio) => (r.value === null ? '   n/a' : r.value.toFixed(3).padStart(6));
const row = (name: string, value: string, detail = '') => `  ${name.padEnd(26)}${value}${detail ? `  ${detail}` : ''}`;
const score = (name: string, r: Ratio) => row(name, pct(r), `(${r.found}/${r.total})`);
const nodeList = (nodes: NodeRef[]) => nodes.map((n) => `${n.label} (${n.type})`).join(', ');

/** The report as the lines `turngraph eval` prints; `limit` caps each detail list. */
export function formatReport(report: EvalReport, limit = 40): string {
  const cap = <T>(items: T[]) => (items.length > limit ? [...items.slice(0, limit)] : items);
  const more = (items: unknown[]) => (items.length > limit ? ` … and ${items.length - limit} more` : '');
  const { entities: e, relations: r, spans, speakers } = report;
  const lines = [
    `document: ${report.document.gold || '(unnamed)'}${report.document.graph ? ` (graph document ${report.document.graph})` : ''}`,
    score('entity recall', e.all),
    score('important-entity recall', e.important),
    score('named-entity precision', report.namedPrecision),
    score('concept precision', report.conceptPrecision),
    row('split entities', String(report.splits.length).padStart(6)),
    row('merged nodes', String(report.merged.length).padStart(6)),
    row('boilerplate entities', String(report.boilerplate.length).padStart(6)),
    score('typed-relation recall', r.typed),
    score('untyped relation recall', r.untyped),
    score('any-edge relation recall', r.anyEdge),
    row('invalid spans', String(spans.invalid).padStart(6), `of ${spans.checked}`),
    row('unresolved speaker turns', String(speakers.unresolved.length).padStart(6), `of ${speakers.turns} turns`),
    score('gold speakers found', speakers.gold),
  ];
  const section = (title: string, items: string[], all: unknown[] = items) => {
    if (items.length > 0) lines.push('', `${title}:`, ...cap(items).map((i) => `  ${i}`), ...(more(all) ? [`  ${more(all)}`] : []));
  };
  section('missed important entities', e.missedImportant);
  section('missed other entities', e.missed.filter((m) => !e.missedImportant.includes(m)));
  section('split entities (one gold entity, several nodes)', report.splits.map((s) => `${s.entity} ← ${s.nodes.join(', ')}`));
  section('merged nodes (one node, several gold entities)', report.merged.map((m) => `${m.node} → ${m.entities.join(', ')}`));
  section('boilerplate entities in the graph', report.boilerplate.map((b) => `${b.entity} ← ${b.nodes.join(', ')}`));
  if (report.namedPrecision.falsePositives.length) section('false-positive named nodes', [nodeList(cap(report.namedPrecision.falsePositives)) + more(report.namedPrecision.falsePositives)], []);
  if (report.conceptPrecision.falsePositives.length) section('false-positive concept nodes', [nodeList(cap(report.conceptPrecision.falsePositives)) + more(report.conceptPrecision.falsePositives)], []);
  section(
    'missed relations',
    r.missed.map((m) => `${m.source} -${m.type}-> ${m.target}  [${m.status}${m.edgeTypes.length ? `: ${m.edgeTypes.join(', ')}` : ''}]  “${m.evidence}”`),
  );
  section('invalid spans', spans.problems.map((p) => `${p.owner} ${p.span.turn} [${p.span.start}, ${p.span.end}): ${p.problem}`));
  section('turns without a resolved speaker', speakers.unresolved);
  section('gold speakers not speaking in the graph', speakers.missing);
  return lines.join('\n');
}
