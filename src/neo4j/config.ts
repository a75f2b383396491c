// Connection settings for Neo4j: defaults from NEO4J_* environment variables, overridden by CLI flags, validated once.
// The default password matches `npm run neo4j:start` (scripts/neo4j.js), so a fresh clone works without setup.
import type { Driver } from 'neo4j-driver';
import { OptionsError } from '../../extract/errors.ts';
import { neo4jDriver } from './driver.ts';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  /** Database name; undefined → the server's default database. */
  database?: string;
  /** Time limit per transaction, in ms. */
  timeoutMs: number;
}

export const DEFAULT_PASSWORD = 'turngraph-dev';

export const DEFAULT_NEO4J_CONFIG: Neo4jConfig = {
  uri: 'bolt://127.0.0.1:7687',
  username: 'neo4j',
  password: DEFAULT_PASSWORD,
  database: undefined,
  timeoutMs: 60_000,
};

/** True when the user pointed turngraph at a Neo4j server explicitly (env), not just the local default. */
export function isNeo4jConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.NEO4J_URI);
}

/** Merges defaults ← environment ← flags and validates the result. */
export function resolveNeo4jConfig(flags: Partial<Neo4jConfig> = {}, env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  const fromEnv: Partial<Neo4jConfig> = {
    uri: env.NEO4J_URI || undefined,
    username: env.NEO4J_USERNAME || undefined,
    password: env.NEO4J_PASSWORD || undefined,
    database: env.NEO4J_DATABASE || undefined,
  };
  const config = { ...DEFAULT_NEO4J_CONFIG };
  for (const source of [fromEnv, flags]) {
    for (const [key, value] of Object.entries(source)) if (value !== undefined) (config as Record<string, unknown>)[key] = value;
  }
  validateNeo4jConfig(config);
  return config;
}

export function validateNeo4jConfig(config: Neo4jConfig): void {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/.test(config.uri))
    throw new OptionsError('turngraph neo4j', `--uri must look like bolt://host:7687 or neo4j+s://host, got "${config.uri}"`);
  if (!config.username) throw new OptionsError('turngraph neo4j', '--username must not be empty');
  if (config.database !== undefined && !/^[A-Za-z0-9][A-Za-z0-9.\-]{0,62}$/.test(config.database))
    throw new OptionsError('turngraph neo4j', `--database "${config.database}" is not a valid database name`);
  if (!Number.isFinite(config.timeoutMs) || config.timeoutMs <= 0)
    throw new OptionsError('turngraph neo4j', `timeout must be a positive number of ms, got ${config.timeoutMs}`);
}

/** Opens a driver; numbers come back as JS numbers (the graph's integers are small). */
export function openDriver(config: Neo4jConfig): Driver {
  const neo4j = neo4jDriver();
  return neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
    disableLosslessIntegers: true,
    connectionTimeout: Math.min(config.timeoutMs, 15_000),
    connectionAcquisitionTimeout: Math.min(config.timeoutMs, 30_000),
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
}
