// The read-only Cypher runner shared by `turngraph cypher` and the viewer's /api/cypher endpoint:
// guard → READ transaction with a timeout → at most rowLimit rows, plain JSON values, and the graph keys found.
import type { Driver } from 'neo4j-driver';
import { OptionsError } from '../../extract/errors.ts';
import type { Neo4jConfig } from './config.ts';
import { neo4jDriver } from './driver.ts';
import { toNeo4jError } from './errors.ts';
import { assertReadOnly } from './guard.ts';

export interface QueryOptions {
  rowLimit: number;
  timeoutMs: number;
}
export const DEFAULT_QUERY_OPTIONS: QueryOptions = { rowLimit: 1000, timeoutMs: 15_000 };

export interface QueryResult {
  keys: string[];
  rows: Record<string, unknown>[];
  /** Keys of graph entities (Entity.key) found anywhere in the rows, in first-seen order. */
  nodeKeys: string[];
  /** Relation keys ("source|TYPE|target") of entity-to-entity relationships found in the rows. */
  relationshipKeys: string[];
  /** True when the result had more rows than rowLimit. */
  truncated: boolean;
}

export function validateQueryOptions(options: Partial<QueryOptions>): QueryOptions {
  const merged = { ...DEFAULT_QUERY_OPTIONS, ...options };
  if (!Number.isInteger(merged.rowLimit) || merged.rowLimit < 1) throw new OptionsError('turngraph cypher', `row limit must be a positive integer, got ${merged.rowLimit}`);
  if (!Number.isFinite(merged.timeoutMs) || merged.timeoutMs <= 0) throw new OptionsError('turngraph cypher', `timeout must be positive, got ${merged.timeoutMs}`);
  return merged;
}

export async function runReadQuery(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown> = {}, options: Partial<QueryOptions> = {}): Promise<QueryResult> {
  assertReadOnly(query);
  const settings = validateQueryOptions(options);
  const session = driver.session({ database: config.database, defaultAccessMode: neo4jDriver().session.READ });
  const found = { nodes: new Set<string>(), relationships: new Set<string>() };
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, params);
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= settings.rowLimit) {
            truncated = true;
            break;
          }
          const row: Record<string, unknown> = {};
          for (const key of record.keys) row[String(key)] = toPlain(record.get(key), found);
          rows.push(row);
        }
        const keys = (await result.keys()).map(String);
        return { keys, rows, nodeKeys: [...found.nodes], relationshipKeys: [...found.relationships], truncated };
      },
      { timeout: settings.timeoutMs },
    );
  } catch (error) {
    throw toNeo4jError(error, config);
  } finally {
    await session.close();
  }
}

type Found = { nodes: Set<string>; relationships: Set<string> };

/** Driver values → JSON: nodes {labels, properties}, relationships {type, properties}, paths as node/rel lists. */
function toPlain(value: unknown, found: Found): unknown {
  if (value === null || value === undefined) return null;
  const { isNode, isRelationship, isPath, isInt } = neo4jDriver();
  if (isNode(value as never)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown> };
    const properties = toPlain(node.properties, found) as Record<string, unknown>;
    if (node.labels.includes('Entity') && typeof properties.key === 'string') found.nodes.add(properties.key);
    return { labels: node.labels, properties };
  }
  if (isRelationship(value as never)) {
    const rel = value as unknown as { type: string; properties: Record<string, unknown> };
    const properties = toPlain(rel.properties, found) as Record<string, unknown>;
    if (typeof properties.key === 'string') found.relationships.add(properties.key);
    return { type: rel.type, properties };
  }
  if (isPath(value as never)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[]; start: unknown };
    const nodes = [toPlain(path.start, found), ...path.segments.map((s) => toPlain(s.end, found))];
    return { nodes, relationships: path.segments.map((s) => toPlain(s.relationship, found)) };
  }
  if (isInt(value as never)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map((item) => toPlain(item, found));
  if (typeof value === 'object') {
    if (typeof (value as { toString?: unknown }).toString === 'function' && value.constructor && value.constructor !== Object) return String(value);
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v, found)]));
  }
  return value;
}
