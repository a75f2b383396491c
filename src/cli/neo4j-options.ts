// The Neo4j connection options shared by `turngraph sync` and `turngraph cypher`, declared once.
import type { Command } from 'commander';

export function addConnectionOptions(command: Command): Command {
  return command
    .option('--uri <uri>', 'Bolt URI (default: NEO4J_URI or bolt://127.0.0.1:7687)')
    .option('--username <name>', 'user (default: NEO4J_USERNAME or neo4j)')
    .option('--password <password>', 'password (default: NEO4J_PASSWORD or turngraph-dev)')
    .option('--database <name>', 'database (default: NEO4J_DATABASE or the server default)');
}
