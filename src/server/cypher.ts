// POST /api/cypher {query, params} and GET /api/cypher/status for the viewer's Cypher panel.
// Credentials stay here (NEO4J_* env); the browser only sends the query. Same guard and READ runner as the CLI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TurngraphError } from '../../extract/errors.ts';
import { isNeo4jConfigured } from '../neo4j/config.ts';
import { toNeo4jError } from '../neo4j/errors.ts';
import { runReadQuery } from '../neo4j/query.ts';
import { sendJson, type ApiHandler } from './http.ts';
import { START_HINT, createNeo4jConnection, neo4jErrorResponse, type Neo4jConnection } from './neo4j-connection.ts';

export interface CypherHandlerOptions {
  rowLimit: number;
  timeoutMs: number;
  maxBodyBytes: number;
}
export const DEFAULT_CYPHER_HANDLER_OPTIONS: CypherHandlerOptions = { rowLimit: 500, timeoutMs: 10_000, maxBodyBytes: 64 * 1024 };
export { START_HINT };

export function createCypherHandler(options: Partial<CypherHandlerOptions> = {}, env: NodeJS.ProcessEnv = process.env, neo4j: Neo4jConnection = createNeo4jConnection(env)): ApiHandler {
  const settings = { ...DEFAULT_CYPHER_HANDLER_OPTIONS, ...options };
  const connect = neo4j.connect;

  return async (req: IncomingMessage, res: ServerResponse, next) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/api/cypher/status' && req.method === 'GET') {
      try {
        const { config, driver } = connect();
        await driver.verifyConnectivity({ database: config.database });
        return sendJson(res, 200, { configured: isNeo4jConfigured(env), reachable: true, uri: config.uri, database: config.database ?? null });
      } catch (error) {
        const message = error instanceof TurngraphError ? error.message : toNeo4jError(error, neo4j.config() ?? { uri: 'neo4j' }).message;
        return sendJson(res, 200, { configured: isNeo4jConfigured(env), reachable: false, uri: neo4j.config()?.uri ?? null, error: message, hint: START_HINT });
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
      const { status, body } = neo4jErrorResponse(error, neo4j.config());
      sendJson(res, status, body);
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
