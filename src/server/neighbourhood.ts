// GET /api/neighbourhood?id=<entity key>&limit=N: one entity's neighbourhood from Neo4j for the viewer's
// "Expand neighbourhood". Read-only, one parameterised query; credentials stay on the server.
import { TurngraphError } from '../../extract/errors.ts';
import { DEFAULT_NEIGHBOURHOOD_OPTIONS, MAX_NEIGHBOURHOOD_LIMIT, UnknownEntityError, loadNeighbourhood } from '../neo4j/neighbourhood.ts';
import { sendJson, type ApiHandler } from './http.ts';
import { createNeo4jConnection, neo4jErrorResponse, type Neo4jConnection } from './neo4j-connection.ts';

export interface NeighbourhoodHandlerOptions {
  /** Neighbours when the request names no limit. */
  defaultLimit: number;
  timeoutMs: number;
}
export const DEFAULT_NEIGHBOURHOOD_HANDLER_OPTIONS: NeighbourhoodHandlerOptions = { defaultLimit: DEFAULT_NEIGHBOURHOOD_OPTIONS.limit, timeoutMs: 10_000 };
/** Longest entity key accepted (graph keys are short slugs; this only bounds what reaches the server). */
export const MAX_KEY_LENGTH = 1000;

export function createNeighbourhoodHandler(options: Partial<NeighbourhoodHandlerOptions> = {}, env: NodeJS.ProcessEnv = process.env, neo4j: Neo4jConnection = createNeo4jConnection(env)): ApiHandler {
  const settings = { ...DEFAULT_NEIGHBOURHOOD_HANDLER_OPTIONS, ...options };
  return async (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/neighbourhood') return next();
    if (req.method !== 'GET') return sendJson(res, 405, { error: 'turngraph neighbourhood: use GET /api/neighbourhood?id=KEY&limit=N' });
    const id = url.searchParams.get('id');
    if (!id) return sendJson(res, 400, { error: 'turngraph neighbourhood: ?id=<entity key> is required' });
    if (id.length > MAX_KEY_LENGTH) return sendJson(res, 400, { error: `turngraph neighbourhood: id longer than ${MAX_KEY_LENGTH} characters` });
    const rawLimit = url.searchParams.get('limit');
    const limit = rawLimit === null ? settings.defaultLimit : Number(rawLimit);
    if (!/^\d+$/.test(rawLimit ?? '1') || !Number.isInteger(limit) || limit < 1 || limit > MAX_NEIGHBOURHOOD_LIMIT)
      return sendJson(res, 400, { error: `turngraph neighbourhood: limit must be an integer from 1 to ${MAX_NEIGHBOURHOOD_LIMIT}, got "${String(rawLimit).slice(0, 40)}"` });
    try {
      const { config, driver } = neo4j.connect();
      sendJson(res, 200, await loadNeighbourhood(driver, config, id, { limit, timeoutMs: settings.timeoutMs }));
    } catch (error) {
      if (error instanceof UnknownEntityError) return sendJson(res, 404, { error: error.message });
      if (error instanceof TurngraphError && error.owner === 'turngraph neighbourhood') return sendJson(res, 400, { error: error.message });
      const { status, body } = neo4jErrorResponse(error, neo4j.config());
      sendJson(res, status, body);
    }
  };
}
