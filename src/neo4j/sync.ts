// Sync a turngraph graph into Neo4j: batched UNWIND with parameters, one transaction per batch, each batch
// read → diffed in JS → only changes written, so a second sync writes nothing and a crashed one can be re-run.
import type { Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../model.ts';
import { OptionsError } from '../../extract/errors.ts';
import type { Neo4jConfig } from './config.ts';
import { toNeo4jError } from './errors.ts';
import { ENTITY_LABEL, ENTITY_LABELS, entityLabel, relationType, toSyncRows, type DocumentPart, type EntityRow, type RelationRow, type SyncPlanInput } from './model.ts';
import { chunks, inTransaction, sameProps, type BatchTx } from './tx.ts';
import { evidenceOf, mergeRelation, relationProps, withoutDocuments, type StoredRelation } from './relations.ts';

export interface SyncOptions {
  /** Rows per transaction. */
  batchSize: number;
  /** Read and diff, write nothing. */
  dryRun: boolean;
  /** Also remove documents that are in the database but in none of the synced graphs. */
  prune: boolean;
  onProgress?: (done: number, total: number, phase: string) => void;
}
export const DEFAULT_SYNC_OPTIONS: SyncOptions = { batchSize: 2000, dryRun: false, prune: false };

export interface SyncCounts {
  created: number;
  updated: number;
  removed: number;
  unchanged: number;
}
export const SYNC_PARTS = ['documents', 'entities', 'turns', 'relations', 'mentions', 'spoke', 'membership'] as const;
export type SyncPart = (typeof SYNC_PARTS)[number];
export interface SyncSummary {
  dryRun: boolean;
  counts: Record<SyncPart, SyncCounts>;
  /** created + updated + removed over every part: 0 when the database already matched. */
  changes: number;
}

export function validateSyncOptions(options: Partial<SyncOptions>): SyncOptions {
  const merged = { ...DEFAULT_SYNC_OPTIONS, ...options };
  if (!Number.isInteger(merged.batchSize) || merged.batchSize < 1 || merged.batchSize > 100_000)
    throw new OptionsError('turngraph sync', `--batch-size must be an integer from 1 to 100000, got ${merged.batchSize}`);
  return merged;
}

const TYPE_LABELS = Object.values(ENTITY_LABELS);
const SCHEMA = [
  'CREATE CONSTRAINT turngraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE',
  'CREATE CONSTRAINT turngraph_turn_id IF NOT EXISTS FOR (t:Turn) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT turngraph_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE',
];

/** Creates the uniqueness constraints the sync relies on (idempotent). */
export async function ensureSchema(driver: Driver, config: Neo4jConfig): Promise<void> {
  const session = driver.session({ database: config.database });
  try {
    for (const statement of SCHEMA) await session.run(statement);
  } catch (error) {
    throw toNeo4jError(error, config);
  } finally {
    await session.close();
  }
}

/** Syncs each graph in turn; each graph owns the documents it lists. */
export async function syncGraphs(driver: Driver, config: Neo4jConfig, graphs: KnowledgeGraph[], options: Partial<SyncOptions> = {}): Promise<SyncSummary> {
  const settings = validateSyncOptions(options);
  const plans = graphs.map(toSyncRows);
  const summary = emptySummary(settings.dryRun);
  if (!settings.dryRun) await ensureSchema(driver, config);
  const extra = settings.prune ? await documentsNotIn(driver, config, plans) : [];
  for (const [i, plan] of plans.entries()) {
    await new Sync(driver, config, settings, summary).run(plan, i === plans.length - 1 ? extra : []);
  }
  summary.changes = SYNC_PARTS.reduce((sum, part) => sum + summary.counts[part].created + summary.counts[part].updated + summary.counts[part].removed, 0);
  return summary;
}

function emptySummary(dryRun: boolean): SyncSummary {
  const counts = Object.fromEntries(SYNC_PARTS.map((part) => [part, { created: 0, updated: 0, removed: 0, unchanged: 0 }])) as Record<SyncPart, SyncCounts>;
  return { dryRun, counts, changes: 0 };
}

async function documentsNotIn(driver: Driver, config: Neo4jConfig, plans: SyncPlanInput[]): Promise<string[]> {
  const wanted = plans.flatMap((plan) => plan.documents.map((part) => part.document.id));
  const rows = await inTransaction(driver, config, true, (tx) => tx.read<{ id: string }>('MATCH (d:Document) WHERE NOT d.id IN $wanted RETURN d.id AS id ORDER BY id', { wanted }));
  return rows.map((row) => row.id);
}

class Sync {
  private done = 0;
  private total = 0;
  /** Stale relations/entities already pruned in this run (several owned documents can hold the same one). */
  private readonly pruned = new Set<string>();
  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly options: SyncOptions,
    private readonly summary: SyncSummary,
  ) {}

  private tx<T>(work: (tx: BatchTx) => Promise<T>): Promise<T> {
    return inTransaction(this.driver, this.config, this.options.dryRun, work);
  }
  private count(part: SyncPart, kind: keyof SyncCounts, n = 1): void {
    this.summary.counts[part][kind] += n;
  }
  private progress(n: number, phase: string): void {
    this.done += n;
    this.options.onProgress?.(Math.min(this.done, this.total), this.total, phase);
  }

  async run(plan: SyncPlanInput, removedDocuments: string[]): Promise<void> {
    const parts: DocumentPart[] = [
      ...plan.documents,
      ...removedDocuments.map((id) => ({ document: { id, title: '', source: '', lang: '' }, turns: [], mentions: [], spoke: [] })),
    ];
    const owned = parts.map((part) => part.document.id);
    const rowsPerPart = parts.reduce((sum, part) => sum + part.turns.length + part.mentions.length + part.spoke.length, 0);
    this.total = plan.entities.length + plan.relations.length + rowsPerPart + parts.length * 2;
    const existed = await this.syncDocuments(plan.documents.map((part) => part.document));
    const previous = parts.filter((part) => existed.has(part.document.id) || removedDocuments.includes(part.document.id));
    const relationKeys = new Set(plan.relations.map((row) => row.key));
    for (const part of previous) await this.pruneRelations(part.document.id, relationKeys, owned);
    this.progress(parts.length - previous.length, 'relations');
    for (const batch of chunks(plan.entities, this.options.batchSize)) await this.syncEntities(batch, owned);
    for (const part of parts) await this.syncTurns(part, existed.has(part.document.id) || removedDocuments.includes(part.document.id));
    for (const batch of chunks(plan.relations, this.options.batchSize)) await this.syncRelations(batch, owned);
    const entityKeys = new Map(plan.entities.map((row) => [row.key, row]));
    for (const part of previous) await this.pruneEntities(part.document.id, entityKeys, owned);
    this.progress(parts.length - previous.length, 'entities');
    if (removedDocuments.length > 0) {
      await this.tx((tx) => tx.write('UNWIND $ids AS id MATCH (d:Document {id: id}) DETACH DELETE d', { ids: removedDocuments }));
      this.count('documents', 'removed', removedDocuments.length);
    }
  }

  /** Upserts the Document nodes; returns the ids that already existed (only those can hold stale content). */
  private async syncDocuments(rows: DocumentPart['document'][]): Promise<Set<string>> {
    return this.tx(async (tx) => {
      const found = await tx.read<{ id: string; props: Record<string, unknown> }>('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, properties(d) AS props', { ids: rows.map((row) => row.id) });
      const old = new Map(found.map((row) => [row.id, row.props]));
      const changed = rows.filter((row) => !sameProps(old.get(row.id), { ...row }));
      for (const row of rows) this.count('documents', !old.has(row.id) ? 'created' : changed.includes(row) ? 'updated' : 'unchanged');
      if (changed.length) await tx.write('UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d = row', { rows: changed });
      return new Set(old.keys());
    });
  }

  private async syncEntities(batch: EntityRow[], owned: string[]): Promise<void> {
    await this.tx(async (tx) => {
      const found = await tx.read<{ key: string; props: Record<string, unknown>; labels: string[]; members: string[] }>(
        `UNWIND $keys AS key MATCH (e:Entity {key: key})
         OPTIONAL MATCH (d:Document)-[:HAS_ENTITY]->(e) WHERE d.id IN $owned
         RETURN e.key AS key, properties(e) AS props, labels(e) AS labels, collect(d.id) AS members`,
        { keys: batch.map((row) => row.key), owned },
      );
      const old = new Map(found.map((row) => [row.key, row]));
      const byLabel = new Map<string, { key: string; props: Record<string, unknown> }[]>();
      const addMembers: { document: string; entity: string }[] = [];
      const dropMembers: { document: string; entity: string }[] = [];
      for (const row of batch) {
        const label = entityLabel(row.type);
        const before = old.get(row.key);
        const kept = ((before?.props.documents as string[] | undefined) ?? []).filter((id) => !owned.includes(id));
        const documents = [...new Set([...kept, ...row.documents])].sort();
        const props = { key: row.key, label: row.label, type: row.type, aliases: row.aliases, speaker: row.speaker, documents, x: row.x, y: row.y, size: row.size, color: row.color };
        const labelsOk = before !== undefined && before.labels.length === 2 && before.labels.includes(label) && before.labels.includes(ENTITY_LABEL);
        if (!before) this.count('entities', 'created');
        else if (labelsOk && sameProps(before.props, props)) this.count('entities', 'unchanged');
        else this.count('entities', 'updated');
        if (!before || !labelsOk || !sameProps(before.props, props)) byLabel.set(label, [...(byLabel.get(label) ?? []), { key: row.key, props }]);
        const members = new Set(before?.members ?? []);
        for (const document of row.documents) if (!members.has(document)) addMembers.push({ document, entity: row.key });
        for (const document of members) if (!row.documents.includes(document)) dropMembers.push({ document, entity: row.key });
        this.count('membership', 'unchanged', row.documents.filter((document) => members.has(document)).length);
      }
      for (const [label, rows] of byLabel) {
        await tx.write(
          `UNWIND $rows AS row MERGE (e:${ENTITY_LABEL} {key: row.key}) SET e = row.props
           REMOVE e:${TYPE_LABELS.join(':')} SET e:${label}`,
          { rows },
        );
      }
      if (addMembers.length) await tx.write('UNWIND $rows AS row MATCH (d:Document {id: row.document}), (e:Entity {key: row.entity}) MERGE (d)-[:HAS_ENTITY]->(e)', { rows: addMembers });
      if (dropMembers.length) await tx.write('UNWIND $rows AS row MATCH (d:Document {id: row.document})-[h:HAS_ENTITY]->(e:Entity {key: row.entity}) DELETE h', { rows: dropMembers });
      this.count('membership', 'created', addMembers.length);
      this.count('membership', 'removed', dropMembers.length);
    });
    this.progress(batch.length, 'entities');
  }

  /** Turns, MENTIONS and SPOKE of one document: upsert what the file has, delete what it no longer has. */
  private async syncTurns(part: DocumentPart, existed: boolean): Promise<void> {
    const document = part.document.id;
    const size = this.options.batchSize;
    const oldTurns = existed
      ? await this.tx((tx) => tx.read<{ id: string; props: Record<string, unknown> }>('MATCH (:Document {id: $document})-[:HAS_TURN]->(t:Turn) RETURN t.id AS id, properties(t) AS props', { document }))
      : [];
    const oldById = new Map(oldTurns.map((row) => [row.id, row.props]));
    for (const batch of chunks(part.turns, size)) {
      const changed = batch.filter((turn) => !sameProps(oldById.get(turn.id), { ...turn }));
      for (const turn of batch) this.count('turns', !oldById.has(turn.id) ? 'created' : changed.includes(turn) ? 'updated' : 'unchanged');
      if (changed.length)
        await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (d:Document {id: row.document}) MERGE (t:Turn {id: row.id}) SET t = row MERGE (d)-[:HAS_TURN]->(t)', { rows: changed }));
      this.progress(batch.length, 'turns');
    }
    await this.syncLinks(part, existed);
    const wanted = new Set(part.turns.map((turn) => turn.id));
    const stale = oldTurns.map((row) => row.id).filter((id) => !wanted.has(id));
    for (const batch of chunks(stale, size)) await this.tx((tx) => tx.write('UNWIND $ids AS id MATCH (t:Turn {id: id}) DETACH DELETE t', { ids: batch }));
    this.count('turns', 'removed', stale.length);
  }

  private async syncLinks(part: DocumentPart, existed: boolean): Promise<void> {
    const document = part.document.id;
    const size = this.options.batchSize;
    type Mention = { turn: string; entity: string; start: number; end: number; surface: string };
    const mentionKey = (m: Mention) => `${m.turn}|${m.entity}|${m.start}|${m.end}`;
    const oldMentions = existed
      ? await this.tx((tx) => tx.read<Mention>('MATCH (:Document {id: $document})-[:HAS_TURN]->(t:Turn)-[m:MENTIONS]->(e:Entity) RETURN t.id AS turn, e.key AS entity, m.start AS start, m.end AS end, m.surface AS surface', { document }))
      : [];
    const oldMentionMap = new Map(oldMentions.map((m) => [mentionKey(m), m]));
    const wantedMentions = new Map(part.mentions.map((m) => [mentionKey(m), m]));
    const createMentions = [...wantedMentions].filter(([key]) => !oldMentionMap.has(key)).map(([, m]) => m);
    const updateMentions = [...wantedMentions].filter(([key, m]) => oldMentionMap.has(key) && oldMentionMap.get(key)!.surface !== m.surface).map(([, m]) => m);
    const removeMentions = [...oldMentionMap].filter(([key]) => !wantedMentions.has(key)).map(([, m]) => m);
    for (const batch of chunks(removeMentions, size))
      await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (t:Turn {id: row.turn})-[m:MENTIONS]->(e:Entity {key: row.entity}) WHERE m.start = row.start AND m.end = row.end DELETE m', { rows: batch }));
    for (const batch of chunks(createMentions, size))
      await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (t:Turn {id: row.turn}), (e:Entity {key: row.entity}) CREATE (t)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(e)', { rows: batch }));
    for (const batch of chunks(updateMentions, size))
      await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (t:Turn {id: row.turn})-[m:MENTIONS]->(e:Entity {key: row.entity}) WHERE m.start = row.start AND m.end = row.end SET m.surface = row.surface', { rows: batch }));
    this.count('mentions', 'created', createMentions.length);
    this.count('mentions', 'updated', updateMentions.length);
    this.count('mentions', 'removed', removeMentions.length);
    this.count('mentions', 'unchanged', wantedMentions.size - createMentions.length - updateMentions.length);
    this.progress(part.mentions.length, 'mentions');

    type Spoke = { entity: string; turn: string };
    const spokeKey = (s: Spoke) => `${s.entity}|${s.turn}`;
    const oldSpoke = existed
      ? await this.tx((tx) => tx.read<Spoke>('MATCH (:Document {id: $document})-[:HAS_TURN]->(t:Turn)<-[:SPOKE]-(e:Entity) RETURN e.key AS entity, t.id AS turn', { document }))
      : [];
    const oldSpokeKeys = new Set(oldSpoke.map(spokeKey));
    const wantedSpoke = new Map(part.spoke.map((s) => [spokeKey(s), s]));
    const createSpoke = [...wantedSpoke].filter(([key]) => !oldSpokeKeys.has(key)).map(([, s]) => s);
    const removeSpoke = oldSpoke.filter((s) => !wantedSpoke.has(spokeKey(s)));
    for (const batch of chunks(removeSpoke, size))
      await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (e:Entity {key: row.entity})-[s:SPOKE]->(t:Turn {id: row.turn}) DELETE s', { rows: batch }));
    for (const batch of chunks(createSpoke, size))
      await this.tx((tx) => tx.write('UNWIND $rows AS row MATCH (e:Entity {key: row.entity}), (t:Turn {id: row.turn}) MERGE (e)-[:SPOKE]->(t)', { rows: batch }));
    this.count('spoke', 'created', createSpoke.length);
    this.count('spoke', 'removed', removeSpoke.length);
    this.count('spoke', 'unchanged', wantedSpoke.size - createSpoke.length);
    this.progress(part.spoke.length, 'spoke');
  }

  private async syncRelations(batch: RelationRow[], owned: string[]): Promise<void> {
    await this.tx(async (tx) => {
      const found = await tx.read<StoredRelation>(
        `UNWIND $rows AS row MATCH (a:Entity {key: row.source})-[r]->(b:Entity {key: row.target}) WHERE r.key = row.key
         RETURN r.key AS key, type(r) AS type, row.source AS source, row.target AS target, properties(r) AS props`,
        { rows: batch.map((row) => ({ key: row.key, source: row.source, target: row.target })) },
      );
      const old = new Map(found.map((row) => [row.key, row]));
      const byType = new Map<string, { source: string; target: string; key: string; props: Record<string, unknown> }[]>();
      for (const row of batch) {
        const type = relationType(row.type);
        const before = old.get(row.key);
        const props = relationProps(mergeRelation(row, before?.props, owned));
        if (!before) this.count('relations', 'created');
        else if (sameProps(before.props, props)) {
          this.count('relations', 'unchanged');
          continue;
        } else this.count('relations', 'updated');
        byType.set(type, [...(byType.get(type) ?? []), { source: row.source, target: row.target, key: row.key, props }]);
      }
      for (const [type, rows] of byType) {
        await tx.write(
          `UNWIND $rows AS row MATCH (a:Entity {key: row.source}), (b:Entity {key: row.target})
           MERGE (a)-[r:${type} {key: row.key}]->(b) SET r = row.props`,
          { rows },
        );
      }
    });
    this.progress(batch.length, 'relations');
  }

  /** Relations that carry this document's contributions but are no longer in the file: drop the contribution. */
  private async pruneRelations(document: string, wanted: Set<string>, owned: string[]): Promise<void> {
    const found = await this.tx((tx) =>
      tx.read<StoredRelation>(
        `MATCH (:Document {id: $document})-[:HAS_ENTITY]->(:Entity)-[r]-(:Entity) WHERE $document IN r.documents
         RETURN DISTINCT r.key AS key, type(r) AS type, startNode(r).key AS source, endNode(r).key AS target, properties(r) AS props`,
        { document },
      ),
    );
    const stale = found.filter((row) => !wanted.has(row.key) && !this.pruned.has(`r:${row.key}`));
    for (const row of stale) this.pruned.add(`r:${row.key}`);
    for (const batch of chunks(stale, this.options.batchSize)) {
      await this.tx(async (tx) => {
        const remove: { key: string; source: string; target: string }[] = [];
        const update: { key: string; source: string; target: string; props: Record<string, unknown> }[] = [];
        for (const row of batch) {
          const rest = withoutDocuments(evidenceOf(row.props), owned);
          const ends = { key: row.key, source: row.source, target: row.target };
          if (rest.contributions.length === 0) remove.push(ends);
          else update.push({ ...ends, props: relationProps({ ...rest, key: row.key }) });
        }
        const match = 'UNWIND $rows AS row MATCH (:Entity {key: row.source})-[r]->(:Entity {key: row.target}) WHERE r.key = row.key';
        if (remove.length) await tx.write(`${match} DELETE r`, { rows: remove });
        if (update.length) await tx.write(`${match} SET r = row.props`, { rows: update });
        this.count('relations', 'removed', remove.length);
        this.count('relations', 'updated', update.length);
      });
    }
    this.progress(1, 'relations');
  }

  /** Entities this document held that the file no longer puts in it: detach, and delete when no document is left. */
  private async pruneEntities(document: string, wanted: Map<string, EntityRow>, owned: string[]): Promise<void> {
    const found = await this.tx((tx) =>
      tx.read<{ key: string; documents: string[] | null }>('MATCH (:Document {id: $document})-[:HAS_ENTITY]->(e:Entity) RETURN e.key AS key, e.documents AS documents', { document }),
    );
    // Entities still in the file had their membership settled by syncEntities (atomically with their update).
    const stale = found.filter((row) => !wanted.has(row.key) && !this.pruned.has(`e:${row.key}`));
    for (const row of stale) this.pruned.add(`e:${row.key}`);
    for (const batch of chunks(stale, this.options.batchSize)) {
      await this.tx(async (tx) => {
        // Not in the file: none of the owned documents holds it any more.
        const remove = batch.filter((row) => (row.documents ?? []).every((id) => owned.includes(id))).map((row) => row.key);
        const keep = batch.filter((row) => !remove.includes(row.key)).map((row) => ({ key: row.key, documents: (row.documents ?? []).filter((id) => !owned.includes(id)) }));
        if (remove.length) await tx.write('UNWIND $keys AS key MATCH (e:Entity {key: key}) DETACH DELETE e', { keys: remove });
        if (keep.length)
          await tx.write('UNWIND $rows AS row MATCH (d:Document)-[h:HAS_ENTITY]->(e:Entity {key: row.key}) WHERE d.id IN $owned DELETE h SET e.documents = row.documents', { rows: keep, owned });
        this.count('entities', 'removed', remove.length);
        this.count('entities', 'updated', keep.length);
        this.count('membership', 'removed', batch.reduce((n, row) => n + (row.documents ?? []).filter((id) => owned.includes(id)).length, 0));
      });
    }
    this.progress(1, 'entities');
  }
}
