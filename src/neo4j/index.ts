// The Neo4j module: connection config, the sync, the read-only Cypher runner and its write guard.
// Only this module (and the CLI/server shells around it) talks to neo4j-driver.
export * from './config.ts';
export * from './errors.ts';
export * from './model.ts';
export * from './sync.ts';
export * from './summary.ts';
export * from './guard.ts';
export * from './query.ts';
export * from './format.ts';
export * from './neighbourhood.ts';
