// One entity's neighbourhood read from Neo4j in one parameterised READ query: the entity, its strongest
// neighbours (capped) and every relationship among them, shaped like the graph contract for the viewer to merge.
import type { Driver } from 'neo4j-driver';
import { OptionsError, TurngraphError } from '../../extract/errors.ts';
import { ENTITY_TYPES, type DocumentInfo, type EdgeAttrs, type EntityType, type Lang, type NodeAttrs } from '../model.ts';
import type { Neo4jConfig } from './config.ts';
import { runReadQuery } from './query.ts';
import { evidenceOf } from './relations.ts';

export interface NeighbourhoodOptions {
  /** Most neighbours returned, strongest first. */
  limit: number;
  /** Most evidence spans (and quotes) per relationship. */
  evidenceLimit: number;
  timeoutMs: number;
}
export const MAX_NEIGHBOURHOOD_LIMIT = 500;
export const DEFAULT_NEIGHBOURHOOD_OPTIONS: NeighbourhoodOptions = { limit: 50, evidenceLimit: 20, timeoutMs: 10_000 };

export function validateNeighbourhoodOptions(options: Partial<NeighbourhoodOptions>): NeighbourhoodOptions {
  const merged = { ...DEFAULT_NEIGHBOURHOOD_OPTIONS, ...options };
  if (!Number.isInteger(merged.limit) || merged.limit < 1 || merged.limit > MAX_NEIGHBOURHOOD_LIMIT)
    throw new OptionsError('turngraph neighbourhood', `limit must be an integer from 1 to ${MAX_NEIGHBOURHOOD_LIMIT}, got ${merged.limit}`);
  if (!Number.isInteger(merged.evidenceLimit) || merged.evidenceLimit < 1) throw new OptionsError('turngraph neighbourhood', `evidence limit must be a positive integer, got ${merged.evidenceLimit}`);
  if (!Number.isFinite(merged.timeoutMs) || merged.timeoutMs <= 0) throw new OptionsError('turngraph neighbourhood', `timeout must be positive, got ${merged.timeoutMs}`);
  return merged;
}

/** No entity with that key in Neo4j (not synced, or synced under another key). */
export class UnknownEntityError extends TurngraphError {
  constructor(key: string) {
    super('turngraph neighbourhood', `no entity with key "${key.slice(0, 200)}" in Neo4j (sync its graph first: npx turngraph sync GRAPH.json)`);
  }
}

/** A node as in the graph file, except that mention spans are not loaded: `mentionCount` says how many there are. */
export interface NeighbourhoodNode {
  key: string;
  attributes: NodeAttrs;
  mentionCount: number;
}
/** An edge as in the graph file; `quotes[i]` are the words of `attributes.evidence[i]`. */
export interface NeighbourhoodEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttrs;
  quotes: string[];
  /** Evidence spans stored in Neo4j (attributes.evidence holds at most evidenceLimit of them). */
  evidenceCount: number;
}
export interface Neighbourhood {
  centre: string;
  /** The centre first, then its neighbours, strongest connection (summed weight) first. */
  nodes: NeighbourhoodNode[];
  /** Every entity-to-entity relationship among those nodes. */
  edges: NeighbourhoodEdge[];
  /** How many neighbours the centre has in Neo4j. */
  neighbours: number;
  /** True when `neighbours` > the limit (only the strongest are in `nodes`). */
  truncated: boolean;
  /** The documents those nodes belong to, by id (titles for the details panel). */
  documents: DocumentInfo[];
}

/**
 * Neighbours ranked by the summed weight of their relationships with the centre, then stored size, then key.
 * Relationships among the kept nodes come from a subquery that expands only from those nodes.
 */
export const NEIGHBOURHOOD_QUERY = `
MATCH (c:Entity {key: $key})
OPTIONAL MATCH (c)-[r]-(n:Entity) WHERE n <> c
WITH c, n, sum(r.weight) AS strength
ORDER BY strength DESC, n.size DESC, n.key
WITH c, collect(n) AS ranked
WITH c, ranked[..toInteger($limit)] AS shown, size(ranked) AS total
WITH c, shown, total, [c] + shown AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity) WHERE b IN members
  RETURN collect({key: r.key, type: type(r), source: a.key, target: b.key, props: properties(r)}) AS relationships
}
RETURN c.key AS centre, total,
  [m IN members | {props: properties(m), mentions: COUNT { (m)<-[:MENTIONS]-() }}] AS members,
  relationships,
  COLLECT { UNWIND members AS m MATCH (d:Document)-[:HAS_ENTITY]->(m) RETURN DISTINCT d {.id, .title, .source, .lang} } AS documents`;

interface Row {
  centre: string;
  total: number;
  members: { props: Record<string, unknown>; mentions: number }[];
  relationships: { key: string | null; type: string; source: string; target: string; props: Record<string, unknown> }[];
  documents: { id: string; title: string | null; source: string | null; lang: string | null }[];
}

export async function loadNeighbourhood(driver: Driver, config: Neo4jConfig, key: string, options: Partial<NeighbourhoodOptions> = {}): Promise<Neighbourhood> {
  const settings = validateNeighbourhoodOptions(options);
  if (typeof key !== 'string' || key === '') throw new OptionsError('turngraph neighbourhood', 'the entity key must be a non-empty string');
  const result = await runReadQuery(driver, config, NEIGHBOURHOOD_QUERY, { key, limit: settings.limit }, { rowLimit: 1, timeoutMs: settings.timeoutMs });
  const row = result.rows[0] as unknown as Row | undefined;
  if (!row) throw new UnknownEntityError(key);
  return toNeighbourhood(row, settings);
}

/** The query's one row in the graph contract's shape. Pure. */
export function toNeighbourhood(row: Row, options: Pick<NeighbourhoodOptions, 'limit' | 'evidenceLimit'>): Neighbourhood {
  const nodes = row.members.map(({ props, mentions }) => ({ key: String(props.key), attributes: toNodeAttrs(props), mentionCount: Number(mentions) || 0 }));
  const seen = new Set<string>();
  const edges: NeighbourhoodEdge[] = [];
  for (const rel of row.relationships) {
    const key = rel.key ?? `${rel.source}|${rel.type}|${rel.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const state = evidenceOf(rel.props);
    const kept = state.evidence.slice(0, options.evidenceLimit);
    edges.push({
      key,
      source: rel.source,
      target: rel.target,
      attributes: {
        type: rel.type,
        weight: Number(rel.props.weight) || 0,
        rules: state.rules,
        evidence: kept.map(({ turn, start, end }) => ({ turn, start, end })),
      },
      quotes: kept.map((span) => span.quote),
      evidenceCount: state.evidence.length,
    });
  }
  edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const documents = (row.documents ?? [])
    .map((d) => ({ id: String(d.id), title: d.title ?? '', source: d.source ?? '', lang: (['zh', 'en', 'mixed'].includes(String(d.lang)) ? d.lang : 'mixed') as Lang }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { centre: row.centre, nodes, edges, neighbours: Number(row.total) || 0, truncated: Number(row.total) > options.limit, documents };
}

function toNodeAttrs(props: Record<string, unknown>): NodeAttrs {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const type = (ENTITY_TYPES as readonly string[]).includes(String(props.type)) ? (props.type as EntityType) : 'concept';
  return {
    label: String(props.label ?? props.key),
    type,
    aliases: list(props.aliases),
    mentions: [],
    documents: list(props.documents),
    speaker: props.speaker === true,
    x: Number(props.x) || 0,
    y: Number(props.y) || 0,
    size: Number(props.size) || 3,
    color: typeof props.color === 'string' ? props.color : '#999999',
  };
}
