// Typed errors of the Neo4j module: each message is one line a user can act on, naming the part that threw.
// toNeo4jError maps neo4j-driver failures (server down, wrong password, unknown database, timeout) to these.
import { TurngraphError } from '../../extract/errors.ts';

/** The server could not be reached or the connection was lost. */
export class Neo4jUnavailableError extends TurngraphError {
  constructor(message: string) {
    super('turngraph neo4j', message);
  }
}
/** The server refused the credentials. */
export class Neo4jAuthError extends TurngraphError {
  constructor(message: string) {
    super('turngraph neo4j', message);
  }
}
/** The database named by --database / NEO4J_DATABASE does not exist or is offline. */
export class Neo4jDatabaseError extends TurngraphError {
  constructor(message: string) {
    super('turngraph neo4j', message);
  }
}
/** A query or transaction ran past its time limit. */
export class Neo4jTimeoutError extends TurngraphError {
  constructor(message: string) {
    super('turngraph neo4j', message);
  }
}
/** A Cypher query the server rejected (syntax, semantics) or any other server-side failure. */
export class Neo4jQueryError extends TurngraphError {
  constructor(message: string) {
    super('turngraph cypher', message);
  }
}
/** A query refused by the read-only guard before it reached the server. */
export class WriteQueryError extends TurngraphError {
  constructor(message: string) {
    super('turngraph cypher', message);
  }
}
export interface ErrorContext {
  uri: string;
  database?: string;
  username?: string;
}

/** Turns whatever neo4j-driver threw into one of the typed errors above (typed errors pass through). */
export function toNeo4jError(error: unknown, context: ErrorContext): TurngraphError {
  if (error instanceof TurngraphError) return error;
  const code = String((error as { code?: unknown })?.code ?? '');
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.split('\n')[0].trim();
  const db = context.database ?? 'the default database';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect ECONN|Could not perform discovery|Failed to connect/i.test(raw))
    return new Neo4jUnavailableError(`cannot reach Neo4j at ${context.uri} (is it running? try \`npm run neo4j:start\`): ${/Caused by: (.*)/.exec(raw)?.[1] ?? message}`);
  if (code.startsWith('Neo.ClientError.Security.Unauthorized') || code.startsWith('Neo.ClientError.Security.AuthenticationRateLimit'))
    return new Neo4jAuthError(`Neo4j at ${context.uri} rejected user "${context.username ?? 'neo4j'}": wrong password? (set NEO4J_PASSWORD or --password)`);
  if (code.startsWith('Neo.ClientError.Database.DatabaseNotFound') || code.startsWith('Neo.TransientError.Database.DatabaseUnavailable'))
    return new Neo4jDatabaseError(`database "${db}" does not exist or is unavailable on ${context.uri}: ${message}`);
  if (code.includes('TransactionTimedOut') || code.includes('Timeout') || /timed? ?out/i.test(raw))
    return new Neo4jTimeoutError(`query timed out on ${context.uri}: ${message}`);
  if (code.startsWith('Neo.ClientError.Security.Forbidden') || code.startsWith('Neo.ClientError.Statement.AccessMode') || /not allowed in (a )?read/i.test(raw))
    return new WriteQueryError(`refused by the server in a read-only transaction: ${message}`);
  if (code.startsWith('Neo.')) return new Neo4jQueryError(`${message} [${code}]`);
  return new Neo4jUnavailableError(`Neo4j at ${context.uri} failed: ${message}`);
}
