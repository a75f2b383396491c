// neo4j-driver, loaded on first use: the commands and builds that never talk to Neo4j do not pay for loading it
// (a few tenths of a second at every start).
import { createRequire } from 'node:module';

type Neo4jDriver = typeof import('neo4j-driver');

let loaded: Neo4jDriver | null = null;

export function neo4jDriver(): Neo4jDriver {
  return (loaded ??= createRequire(import.meta.url)('neo4j-driver') as Neo4jDriver);
}
