// The viewer server's one lazy Neo4j driver (credentials from NEO4J_* stay here) and the mapping of Neo4j
// failures to HTTP answers, shared by /api/cypher and /api/neighbourhood.
import type { Driver } from 'neo4j-driver';
import { TurngraphError } from '../../extract/errors.ts';
import { openDriver, resolveNeo4jConfig, type Neo4jConfig } from '../neo4j/config.ts';
import { Neo4jQueryError, Neo4jTimeoutError, WriteQueryError, toNeo4jError } from '../neo4j/errors.ts';

export const START_HINT = 'Start a local Neo4j with `npm run neo4j:start`, sync a graph with `npx turngraph sync graph-data/sample.json`, or set NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD before starting the viewer.';

export interface Neo4jConnection {
  /** Opens the driver on first use (config errors throw here, as typed errors). */
  connect(): { config: Neo4jConfig; driver: Driver };
  /** The config once connect() succeeded, for error messages. */
  config(): Neo4jConfig | null;
}

export function createNeo4jConnection(env: NodeJS.ProcessEnv = process.env): Neo4jConnection {
  let connection: { config: Neo4jConfig; driver: Driver } | null = null;
  return {
    connect() {
      if (!connection) {
        const config = resolveNeo4jConfig({}, env);
        connection = { config, driver: openDriver(config) };
        process.once('exit', () => void connection?.driver.close());
      }
      return connection;
    },
    config: () => connection?.config ?? null,
  };
}

/** HTTP status and JSON body for a failure: 403 refused write, 400 bad query, 504 timeout, 503 unreachable (+ hint). */
export function neo4jErrorResponse(error: unknown, config: Neo4jConfig | null): { status: number; body: { error: string; hint?: string } } {
  const typed = error instanceof TurngraphError ? error : toNeo4jError(error, config ?? { uri: 'neo4j' });
  const status = typed instanceof WriteQueryError ? 403 : typed instanceof Neo4jQueryError ? 400 : typed instanceof Neo4jTimeoutError ? 504 : typed.owner === 'turngraph neo4j' ? 503 : 400;
  return { status, body: { error: typed.message, ...(status === 503 ? { hint: START_HINT } : {}) } };
}
