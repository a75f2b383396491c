// POST /api/cypher {query, params} and GET /api/cypher/status for the viewer's Cypher panel.
// Credentials stay here (NEO4J_* env); the browser only sends the query. Same guard and READ runner as the CLI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { TurngraphError } from '../../extract/errors.ts';
import { isNeo4jConfigured, openDriver, resolveNeo4jConfig, type Neo4jConfig } from '../neo4j/config.ts';
import { Neo4jQueryError, Neo4jTimeoutError, WriteQueryError, toNeo4jError } from '../neo4j/errors.ts';
import { runReadQuery } from '../neo4j/query.ts';
import { sendJson, type ApiHandler } from './http.ts';

export interface CypherHandlerOptions {
  rowLimit: number;
  timeoutMs: number;
  maxBodyBytes: number;
}
export const DEFAULT_CYPHER_HANDLER_OPTIONS: CypherHandlerOptions = { rowLimit: 500, timeoutMs: 10_000, maxBodyBytes: 64 * 1024 };
export const START_HINT = 'Start a local Neo4j with `npm run neo4j:start`, sync a graph with `npx turngraph sync graph-data/sample.json`, or set NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD before starting the viewer.';

export function createCypherHandler(options: Partial<CypherHandlerOptions> = {}, env: NodeJS.ProcessEnv = process.env): ApiHandler {
  const settings = { ...DEFAULT_CYPHER_HANDLER_OPTIONS, ...options };
  let connection: { config: Neo4jConfig; driver: Driver } | null = null;
  const connect = () => {
    if (!connection) {
      const config = resolveNeo4jConfig({}, env);
      connection = { config, driver: openDriver(config) };
      process.once('exit', () => void connection?.driver.close());
    }
    return connection;
  };

  return async (req: IncomingMessage, res: ServerResponse, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/api/cypher/status' && req.method === 'GET') {
      try {
        const { config, driver } = connect();
        await driver.verifyConnectivity({ database: config.database });
        return sendJson(res, 200, { configured: isNeo4jConfigured(env), reachable: true, uri: config.uri, database: config.database ?? null });
      } catch (error) {
        const message = error instanceof TurngraphError ? error.message : toNeo4jError(error, connection?.config ?? { uri: 'neo4j' }).message;
        return sendJson(res, 200, { configured: isNeo4jConfigured(env), reachable: false, uri: connection?.config.uri ?? null, error: message, hint: START_HINT });
      }
    }
    if (path !== '/api/cypher') return next();
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST a JSON body {query, params}' });
    let body: { query?: unknown; params?: unknown };
    try {
      body = JSON.parse(await readBody(req, settings.maxBodyBytes));
    } catch (error) {
      return sendJson(res, 400, { error: `turngraph cypher: the body must be JSON {query, params} (${(error as Error).message})` });
    }
    if (typeof body.query !== 'string') return sendJson(res, 400, { error: 'turngraph cypher: "query" must be a string' });
    const params = body.params && typeof body.params === 'object' && !Array.isArray(body.params) ? (body.params as Record<string, unknown>) : {};
    try {
      const { config, driver } = connect();
      const result = await runReadQuery(driver, config, body.query, params, { rowLimit: settings.rowLimit, timeoutMs: settings.timeoutMs });
      sendJson(res, 200, result);
    } catch (error) {
      const typed = error instanceof TurngraphError ? error : toNeo4jError(error, connection?.config ?? { uri: 'neo4j' });
      const status = typed instanceof WriteQueryError ? 403 : typed instanceof Neo4jQueryError ? 400 : typed instanceof Neo4jTimeoutError ? 504 : typed.owner === 'turngraph neo4j' ? 503 : 400;
      sendJson(res, status, { error: typed.message, ...(status === 503 ? { hint: START_HINT } : {}) });
    }
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`body larger than ${limit} bytes`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
