// `turngraph cypher "QUERY" [--param k=v]... [--format table|json]`: read-only Cypher against Neo4j.
// Thin: parses params, runs src/neo4j/query.ts (guarded, READ transaction), prints a table or JSON.
import type { Command } from 'commander';
import { addConnectionOptions } from './neo4j-options.ts';
import { OptionsError } from '../../extract/errors.ts';
import { openDriver, resolveNeo4jConfig } from '../neo4j/config.ts';
import { formatTable } from '../neo4j/format.ts';
import { assertReadOnly } from '../neo4j/guard.ts';
import { runReadQuery } from '../neo4j/query.ts';

interface CypherCliOptions {
  param: string[];
  format: string;
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
  limit: string;
  timeout: string;
}

export function registerCypher(program: Command): void {
  addConnectionOptions(program
    .command('cypher')
    .description('run a read-only Cypher query against Neo4j (writes are refused)')
    .argument('<query>', 'the Cypher query'))
    .option('--param <k=v>', 'query parameter; v is parsed as JSON when it can be, else a string (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--format <format>', 'table or json', 'table')
    .option('--limit <rows>', 'maximum rows', '1000')
    .option('--timeout <seconds>', 'time limit of the read transaction', '30')
    .action(async (query: string, options: CypherCliOptions) => {
      if (options.format !== 'table' && options.format !== 'json') throw new OptionsError('turngraph cypher', `--format must be table or json, got "${options.format}"`);
      assertReadOnly(query);
      const params = parseParams(options.param);
      const config = resolveNeo4jConfig({ uri: options.uri, username: options.username, password: options.password, database: options.database });
      const driver = openDriver(config);
      try {
        const result = await runReadQuery(driver, config, query, params, { rowLimit: Number(options.limit), timeoutMs: Number(options.timeout) * 1000 });
        process.stdout.write(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${formatTable(result)}\n`);
      } finally {
        await driver.close();
      }
    });
}

export function parseParams(pairs: string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new OptionsError('turngraph cypher', `--param must look like name=value, got "${pair}"`);
    const name = pair.slice(0, at);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new OptionsError('turngraph cypher', `parameter name "${name}" is not a valid identifier`);
    const raw = pair.slice(at + 1);
    try {
      params[name] = JSON.parse(raw);
    } catch {
      params[name] = raw;
    }
  }
  return params;
}
