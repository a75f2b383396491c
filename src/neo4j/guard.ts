// The read-only guard: refuses Cypher that writes or administers before it reaches the server.
// Checks the query with strings, quoted names and comments stripped, so text inside a literal never trips it.
import { WriteQueryError } from './errors.ts';

/** Clauses that write or administer. Matched as whole words, case-insensitively, outside strings/comments. */
export const WRITE_CLAUSES = ['CREATE', 'MERGE', 'SET', 'DELETE', 'REMOVE', 'DETACH', 'DROP', 'FOREACH', 'ALTER', 'GRANT', 'DENY', 'REVOKE', 'RENAME', 'TERMINATE', 'START', 'STOP', 'ENABLE', 'DEALLOCATE', 'REALLOCATE'] as const;

/** Procedures a read-only query may CALL: schema and metadata look-ups that never write. */
export const READ_PROCEDURES = [
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.info',
  'db.ping',
  'dbms.components',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
] as const;

/** The query with string literals, `quoted names` and comments replaced by spaces (same length). */
export function stripLiterals(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end === -1 ? query.length : end + 2;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += c !== '`' && query[j] === '\\' ? 2 : 1;
      const stop = Math.min(j + 1, query.length);
      out += c === '`' ? ' '.repeat(stop - i) : `${c}${' '.repeat(Math.max(0, stop - i - 2))}${c}`.slice(0, stop - i);
      i = stop;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Why the query is refused, or null when it only reads. */
export function writeReason(query: string): string | null {
  const code = stripLiterals(query);
  if (/\bLOAD\s+CSV\b/i.test(code)) return 'LOAD CSV is not allowed';
  const word = new RegExp(`(^|[^.$:\\w])(${WRITE_CLAUSES.join('|')})(?![\\w])(?!\\s*:)`, 'i');
  const hit = word.exec(code);
  if (hit) return `${hit[2].toUpperCase()} is not allowed`;
  for (const call of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)/gi)) {
    const name = call[1].toLowerCase();
    if (!(READ_PROCEDURES as readonly string[]).includes(name)) return `CALL ${call[1]} is not allowed (read-only queries may call ${READ_PROCEDURES.slice(0, 4).join(', ')}, …)`;
  }
  return null;
}

/** Throws WriteQueryError for a query that would write or administer. */
export function assertReadOnly(query: string): void {
  if (typeof query !== 'string' || query.trim() === '') throw new WriteQueryError('the query is empty');
  const reason = writeReason(query);
  if (reason) throw new WriteQueryError(`refused: read-only queries only (${reason}); writes go through \`turngraph sync\``);
}
