// Small helpers around neo4j-driver used by the sync: one session per call, one transaction per batch,
// integer-preserving parameters, property comparison, and driver errors turned into typed ones.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { neo4jDriver } from './driver.ts';
import { toNeo4jError } from './errors.ts';

/** A transaction whose writes are skipped in dry-run mode (reads still run, so the plan is exact). */
export interface BatchTx {
  read<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  write(query: string, params?: Record<string, unknown>): Promise<void>;
}

/** Runs `work` in one write transaction (a read transaction in dry-run) with the configured timeout. */
export async function inTransaction<T>(driver: Driver, config: Neo4jConfig, dryRun: boolean, work: (tx: BatchTx) => Promise<T>): Promise<T> {
  const session = driver.session({ database: config.database, defaultAccessMode: dryRun ? neo4jDriver().session.READ : neo4jDriver().session.WRITE });
  const wrap = (tx: ManagedTransaction): BatchTx => ({
    async read(query, params = {}) {
      const result = await tx.run(query, toParams(params));
      return result.records.map((record) => record.toObject()) as never;
    },
    async write(query, params = {}) {
      if (!dryRun) await tx.run(query, toParams(params));
    },
  });
  try {
    const txConfig = { timeout: config.timeoutMs };
    return dryRun ? await session.executeRead((tx) => work(wrap(tx)), txConfig) : await session.executeWrite((tx) => work(wrap(tx)), txConfig);
  } catch (error) {
    throw toNeo4jError(error, config);
  } finally {
    await session.close();
  }
}

/** Integers travel as Neo4j integers (so substring(t.text, m.start, …) works), everything else as is. */
export function toParams(value: unknown): never {
  return convert(value) as never;
}
function convert(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4jDriver().int(value) : value;
  if (Array.isArray(value)) return value.map(convert);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined && inner !== null) out[key] = convert(inner);
    return out;
  }
  return value;
}

/** Property maps equal as Neo4j stores them: null/undefined/absent alike, arrays element-wise. */
export function sameProps(a: Record<string, unknown> | undefined, b: Record<string, unknown>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (!sameValue(a[key], b[key])) return false;
  return true;
}
function sameValue(a: unknown, b: unknown): boolean {
  const none = (v: unknown) => v === null || v === undefined;
  if (none(a) || none(b)) return none(a) && none(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  return a === b;
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
