// The viewer's calls to the Neo4j endpoints of `turngraph serve`: is Neo4j reachable, and one entity's
// neighbourhood (GET /api/neighbourhood). Errors carry the server's message and start hint.
import type { Neighbourhood } from '../../../src/neo4j/neighbourhood.ts';

export type { Neighbourhood };

export interface Neo4jStatus {
  reachable: boolean;
  uri?: string | null;
  error?: string;
  hint?: string;
}

export async function fetchNeo4jStatus(): Promise<Neo4jStatus> {
  try {
    const response = await fetch('/api/cypher/status');
    if (!response.ok) return { reachable: false, error: `HTTP ${response.status}` };
    return (await response.json()) as Neo4jStatus;
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Neighbours asked for per expansion (the server caps at 500 and says when it truncated). */
export const EXPAND_LIMIT = 50;

export async function fetchNeighbourhood(key: string, limit = EXPAND_LIMIT): Promise<Neighbourhood> {
  const response = await fetch(`/api/neighbourhood?id=${encodeURIComponent(key)}&limit=${limit}`);
  const body = (await response.json().catch(() => ({}))) as Neighbourhood & { error?: string; hint?: string };
  if (!response.ok) throw new Error(`${body.error ?? `HTTP ${response.status}`}${body.hint ? ` — ${body.hint}` : ''}`);
  return body;
}
