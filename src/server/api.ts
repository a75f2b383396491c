// Extension point for extra HTTP API handlers (the Neo4j engineer adds POST /api/cypher here).
// Each handler is connect-style; it calls next() for requests it does not own.
import type { ApiHandler } from './http.ts';
import { createCypherHandler } from './cypher.ts';

/** Extra API handlers mounted after the graph-file endpoint, in the dev server and in `turngraph serve`. */
export const API_HANDLERS: ApiHandler[] = [createCypherHandler()];
