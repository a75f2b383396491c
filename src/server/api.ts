// Extension point for extra HTTP API handlers (the Cypher panel's /api/cypher, the viewer's /api/neighbourhood).
// Each handler is connect-style; it calls next() for requests it does not own. They share one Neo4j driver.
import type { ApiHandler } from './http.ts';
import { createCypherHandler } from './cypher.ts';
import { createNeo4jConnection } from './neo4j-connection.ts';
import { createNeighbourhoodHandler } from './neighbourhood.ts';

const neo4j = createNeo4jConnection();

/** Extra API handlers mounted after the graph-file endpoint, in the dev server and in `turngraph serve`. */
export const API_HANDLERS: ApiHandler[] = [createCypherHandler({}, process.env, neo4j), createNeighbourhoodHandler({}, process.env, neo4j)];
