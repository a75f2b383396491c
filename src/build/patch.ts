// One-shot rebuilds patched in place. After a cached build, a record in the cache keeps what the graph file's bytes
// were made from that neither the file nor the cache holds: where each record of the file lies, and each node's and
// typed edge's tally across documents (votes, aliases, first documents, rules). `turngraph build` after a few
// transcripts were edited then extracts those, takes their old contributions (still in the cache) out of the tallies
// and puts the new ones in, and splices the records they change into the old file: the bytes a full build writes,
// for the work of the edited documents. Entities, relations and co-occurrences may come, go or change weight (the
// layout is then made again and every position spliced in; records come and go in key order, with their commas);
// anything this cannot vouch for gets a full (cached) build instead, which writes a new record.
import { closeSync, fstatSync, openSync, readFileSync, readSync, rmSync, statSync, writevSync } from 'node:fs';
import { compareKeys, type DocumentContribution } from '../../extract/stages/contribution.ts';
import { CO_OCCURS, documentNodeParts, documentSpans, pairKey, tallyAttributes, typedKey, type NodePart } from '../../extract/stages/merge.ts';
import { closestStretch, DEFAULT_PAIR_EVIDENCE, summarisePairs } from '../../extract/stages/pairs.ts';
import type { Diagnostic } from '../../extract/types.ts';
import { TYPE_COLORS, type EdgeAttrs, type EntityType, type KnowledgeGraph, type NodeAttrs, type Span, type Turn } from '../model.ts';
import { GraphFileError } from '../graph/io.ts';
import { assignPositions, nodeSize, roundPosition, validateLayoutOptions, weightBucket, type LayoutMemo } from '../graph/layout.ts';
import { MultiDirectedGraph } from 'graphology';
import { documentKey, ExtractionCache, layoutMemo } from './cache.ts';
import { writeCacheFile } from '../../extract/cachefile.ts';
import { buildFilePath } from './stamp.ts';
import { statOrNull } from './discover.ts';
import { JobRunner, type ExtractJob, type JobEnvironment } from './job.ts';
import type { ExtractorThread } from './pool.ts';
import type { BuildFacts } from './summary.ts';
import { writeThroughTemporary, type RecordOffsets } from './write.ts';

const FORMAT = 3;

/** Above this many edited transcripts, a full (cached) build: it spreads their extraction over the threads. */
const MOST_EDITS = 16;

/** Documents read from the cache at most for one edge's quotes, when an edited document gave up early ones. */
const MOST_QUOTED = 64;

/** CO_OCCURS quotes per edge (the merge's default: builds from the CLI use it). */
const KEEP = DEFAULT_PAIR_EVIDENCE;

type Range = [number, number];

interface DocumentRecord {
  path: string;
  id: string;
  /** The cache key its contribution sits under. */
  key: string;
  lang: string;
  /** Its entry in the graph's document list, and its turns (null when it has none). */
  entry: Range;
  turns: Range | null;
  /** Turns by kind, and its warnings (the build summary lists them). */
  kinds: Array<[string, number]>;
  warnings: Diagnostic[];
}

/** A node's tally across documents: what each document's share (NodePart) adds, so one can be taken out again. */
interface NodeState {
  /** Documents with a share. */
  docs: number;
  labels: Array<[string, number]>;
  types: Array<[string, number]>;
  /** Each alias with the number of documents giving it. */
  aliases: Array<[string, number]>;
  /** Documents where it speaks or is marked a speaker. */
  speakers: number;
  /** Documents naming it as an entity, ascending; documents where it speaks, with their first label. */
  entityDocs: number[];
  speakerDocs: Array<[number, string]>;
}

/** A typed edge's tally: documents stating it, and each rule with the number of documents using it. */
interface TypedState {
  docs: number;
  rules: Array<[string, number]>;
}

interface PatchRecord {
  format: number;
  /** What the bytes depend on besides the inputs (stamp.ts setupKey). */
  setup: string;
  /** The graph file as written: a file changed since is never patched. */
  output: { size: number; mtimeMs: number };
  documents: DocumentRecord[];
  nodes: { keys: string[]; at: number[]; label: string[]; type: string[]; speaker: boolean[]; degree: number[]; mentions: number[]; state: NodeState[] };
  /** ends: each edge's source and target, as node numbers (flat). */
  edges: { keys: string[]; at: number[]; ends: number[]; weight: number[]; type: string[]; typed: Record<number, TypedState> };
  /**
   * Ends of typed relations some document states that are no node (a merge keeps such relations out), sorted: an
   * entity the edit brings that is one of them could bring relations of other documents, so it is never patched.
   * Never fewer than there are (it may keep an end no document relates any more).
   */
  dangling: string[];
}

/** What a patched build tells its caller: the summary's facts and warnings, documents extracted and reused. */
export interface PatchResult {
  patched: true;
  facts: BuildFacts;
  warnings: Diagnostic[];
  extracted: number;
  reused: number;
}

/**
 * Why a build could not be patched, and how many edited documents were extracted on the way (they are in the cache
 * now, so the full build that follows reads them there).
 */
export interface PatchDeclined {
  patched: false;
  reason: string;
  extracted: number;
}

/** One record per graph file, beside its stamp (stamp.ts). */
/** Whether the cache holds a record of the build that last wrote out: a patch of it may be possible. */
export function patchRecorded(cacheDir: string, out: string): boolean {
  return statOrNull(recordPath(cacheDir, out)) !== null;
}

function recordPath(cacheDir: string, out: string): string {
  return buildFilePath(cacheDir, out, '.patch.json');
}

/** A node's tally while it is changed. */
class NodeTallyState {
  docs: number;
  labels: Map<string, number>;
  types: Map<string, number>;
  aliases: Map<string, number>;
  speakers: number;
  entityDocs: number[];
  speakerDocs: Array<[number, string]>;

  constructor(state?: NodeState) {
    this.docs = state?.docs ?? 0;
    this.labels = new Map(state?.labels);
    this.types = new Map(state?.types);
    this.aliases = new Map(state?.aliases);
    this.speakers = state?.speakers ?? 0;
    this.entityDocs = [...(state?.entityDocs ?? [])];
    this.speakerDocs = [...(state?.speakerDocs ?? [])];
  }

  /** Adds (+1) or takes out (−1) one document's share. */
  apply(part: NodePart, sign: 1 | -1): void {
    this.docs += sign;
    for (const vote of part.votes) {
      add(this.labels, vote.label, sign * vote.weight);
      add(this.types, vote.type, sign * vote.weight);
    }
    for (const alias of new Set(part.aliases)) add(this.aliases, alias, sign);
    if (part.speaker) this.speakers += sign;
    if (part.votes.length) {
      const at = this.entityDocs.findIndex((doc) => doc >= part.doc);
      if (sign > 0) this.entityDocs.splice(at < 0 ? this.entityDocs.length : at, 0, part.doc);
      else if (at >= 0 && this.entityDocs[at] === part.doc) this.entityDocs.splice(at, 1);
    }
    if (part.speakerLabel !== null) {
      const at = this.speakerDocs.findIndex(([doc]) => doc >= part.doc);
      if (sign > 0) this.speakerDocs.splice(at < 0 ? this.speakerDocs.length : at, 0, [part.doc, part.speakerLabel]);
      else if (at >= 0 && this.speakerDocs[at][0] === part.doc) this.speakerDocs.splice(at, 1);
    }
  }

  /** The node's attributes before layout, as a merge of every document makes them (merge.ts tallyAttributes). */
  attributes(key: string, mentions: Span[], documents: string[]): NodeAttrs {
    const [firstSpeaker] = this.speakerDocs;
    return tallyAttributes(
      {
        key, labelVotes: new Map(this.labels), typeVotes: new Map(this.types) as Map<EntityType, number>, aliases: new Set(this.aliases.keys()), documents, speaker: this.speakers > 0,
        firstEntityDoc: this.entityDocs[0] ?? Infinity, firstSpeakerDoc: firstSpeaker?.[0] ?? Infinity, firstSpeakerLabel: firstSpeaker?.[1] ?? '',
      },
      mentions,
    );
  }

  toJSON(): NodeState {
    return { docs: this.docs, labels: [...this.labels], types: [...this.types], aliases: [...this.aliases], speakers: this.speakers, entityDocs: this.entityDocs, speakerDocs: this.speakerDocs };
  }
}

function add(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next) counts.set(key, next);
  else counts.delete(key);
}

/** A document's typed relations by edge key: the spans stating it (sorted triples, no repeats) and the rules. */
type TypedOf = Map<string, { source: string; target: string; type: string; triples: number[]; rules: Set<string> }>;

function typedOf(contribution: DocumentContribution): TypedOf {
  const typed: TypedOf = new Map();
  for (const relation of contribution.relations) {
    if (relation.source === relation.target || relation.type === CO_OCCURS) continue;
    const key = typedKey(relation);
    let found = typed.get(key);
    if (!found) typed.set(key, (found = { source: relation.source, target: relation.target, type: relation.type, triples: [], rules: new Set() }));
    found.triples.push(...relation.evidence);
    for (const rule of relation.rules) found.rules.add(rule);
  }
  return typed;
}

/**
 * Tallies a cached build as its documents arrive (CorpusBuildHooks.onContribution), and after the graph file is
 * written, saves the record a later build patches from. Nothing is saved when a document was not cached or the
 * file's records are not where the writer said.
 */
export class PatchRecorder {
  readonly offsets: RecordOffsets = { documents: [], turns: [], nodes: [], edges: [] };
  private readonly nodes = new Map<string, NodeTallyState>();
  private readonly typed = new Map<string, TypedState & { counts: Map<string, number> }>();
  /** Both ends of every typed relation. */
  private readonly ends = new Set<string>();
  private readonly documents: Array<Omit<DocumentRecord, 'path' | 'entry' | 'turns'> & { count: number }> = [];
  private complete = true;

  constructor(private readonly jobs: ExtractJob[]) {}

  add(index: number, contribution: DocumentContribution, key: string | null): void {
    if (key === null) this.complete = false;
    for (const [node, part] of documentNodeParts(index, contribution, false)) {
      let state = this.nodes.get(node);
      if (!state) this.nodes.set(node, (state = new NodeTallyState()));
      state.apply(part, 1);
    }
    for (const [edge, { source, target, rules }] of typedOf(contribution)) {
      this.ends.add(source).add(target);
      let state = this.typed.get(edge);
      if (!state) this.typed.set(edge, (state = { docs: 0, rules: [], counts: new Map() }));
      state.docs++;
      for (const rule of rules) add(state.counts, rule, 1);
    }
    this.documents[index] = { id: contribution.document.id, key: key ?? '', lang: contribution.document.lang, count: contribution.turns.length, kinds: kindsOf(contribution.turns), warnings: warningsOf(contribution.diagnostics) };
  }

  /** Saves the record of `graph`, just written to `out` with this recorder's offsets. Best effort. */
  save(cacheDir: string, out: string, graph: KnowledgeGraph, setup: string): void {
    const path = recordPath(cacheDir, out);
    rmSync(path, { force: true });
    const written = statOrNull(out);
    const { offsets } = this;
    const docs = this.documents;
    if (!this.complete || !written || docs.length !== this.jobs.length || docs.some((doc, i) => !doc || doc.id !== this.jobs[i].id)) return;
    if (offsets.documents.length !== docs.length * 2 || offsets.nodes.length !== graph.order * 2 || offsets.edges.length !== graph.size * 2) return;
    const documents: DocumentRecord[] = [];
    let turn = 0;
    for (let i = 0; i < docs.length; i++) {
      const { count, ...doc } = docs[i];
      const turns: Range | null = count ? [offsets.turns[turn * 2], offsets.turns[(turn + count) * 2 - 1]] : null;
      turn += count;
      documents.push({ ...doc, path: this.jobs[i].path, entry: [offsets.documents[i * 2], offsets.documents[i * 2 + 1]], turns });
    }
    if (offsets.turns.length !== turn * 2) return;
    const nodes: PatchRecord['nodes'] = { keys: [], at: offsets.nodes, label: [], type: [], speaker: [], degree: [], mentions: [], state: [] };
    let missing = false;
    graph.forEachNode((key, attributes) => {
      const state = this.nodes.get(key);
      if (!state) missing = true;
      nodes.keys.push(key);
      nodes.label.push(attributes.label);
      nodes.type.push(attributes.type);
      nodes.speaker.push(attributes.speaker);
      nodes.degree.push(graph.degree(key));
      nodes.mentions.push(attributes.mentions.length);
      nodes.state.push(state?.toJSON() ?? new NodeTallyState().toJSON());
    });
    const edges: PatchRecord['edges'] = { keys: [], at: offsets.edges, ends: [], weight: [], type: [], typed: {} };
    const number = new Map(nodes.keys.map((key, i) => [key, i]));
    graph.forEachEdge((key, attributes, source, target) => {
      edges.ends.push(number.get(source)!, number.get(target)!);
      if (attributes.type !== CO_OCCURS) {
        const state = this.typed.get(key);
        if (!state) missing = true;
        else edges.typed[edges.keys.length] = { docs: state.docs, rules: [...state.counts] };
      }
      edges.keys.push(key);
      edges.weight.push(attributes.weight);
      edges.type.push(attributes.type);
    });
    // A patch finds records by binary search in key order (indexIn), which is the order a build writes them in.
    if (missing || !inKeyOrder(nodes.keys) || !inKeyOrder(edges.keys)) return;
    const dangling = [...this.ends].filter((key) => !graph.hasNode(key)).sort(compareKeys);
    const record: PatchRecord = { format: FORMAT, setup, output: { size: written.size, mtimeMs: written.mtimeMs }, documents, nodes, edges, dangling };
    writeRecord(path, record);
  }
}

/** Each job's cache key from its bytes now, or null when one cannot be read (the build then says why). */
export function documentKeys(jobs: ExtractJob[]): string[] | null {
  const keys: string[] = [];
  for (const job of jobs) {
    try {
      keys.push(documentKey(readFileSync(job.path), job.id));
    } catch {
      return null;
    }
  }
  return keys;
}

/** A read-only cache: the next build is a full one. */
function writeRecord(path: string, record: PatchRecord): void {
  writeCacheFile(path, JSON.stringify(record));
}

function kindsOf(turns: Turn[]): Array<[string, number]> {
  const kinds = new Map<string, number>();
  for (const turn of turns) kinds.set(turn.kind, (kinds.get(turn.kind) ?? 0) + 1);
  return [...kinds];
}

function warningsOf(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.level === 'warning');
}

/** A replacement of the old file's bytes [start, end). */
interface Splice {
  start: number;
  end: number;
  bytes: Buffer;
  /** Records this splice puts in a list: where each lies in `bytes`. */
  records?: InsertedRecord[];
}

interface InsertedRecord {
  key: string;
  from: number;
  to: number;
}

/**
 * Rebuilds `out` by patching the graph file the last cached build wrote there, when only a few of the same
 * transcripts changed: declined, saying why, when it cannot (no record, another setup or input list, the file
 * changed since, too many edits, an old contribution gone from the cache, an edited transcript that does not
 * extract, or a new entity that other transcripts state relations about); the caller then builds in full. `jobs` are this build's, `keys` their cache keys.
 */
export async function patchBuild(out: string, jobs: ExtractJob[], keys: string[], env: JobEnvironment, setup: string, thread: ExtractorThread | null = null): Promise<PatchResult | PatchDeclined> {
  let extracted = 0;
  const decline = (reason: string): PatchDeclined => ({ patched: false, reason, extracted });
  if (!env.cache) return decline('no cache');
  const path = recordPath(env.cache.root, out);
  let record: PatchRecord;
  try {
    record = JSON.parse(readFileSync(path, 'utf8')) as PatchRecord;
  } catch {
    return decline('no record of the last build');
  }
  const written = statOrNull(out);
  if (record.format !== FORMAT || record.setup !== setup) return decline('the code, lexicon, rules or graph name changed');
  if (!written || written.size !== record.output.size || written.mtimeMs !== record.output.mtimeMs) return decline('the graph file changed since it was written');
  if (record.documents.length !== jobs.length || jobs.some((job, i) => job.path !== record.documents[i].path || job.id !== record.documents[i].id)) return decline('transcripts were added, removed or renamed');
  const changed = jobs.filter((job) => keys[job.index] !== record.documents[job.index].key);
  if (!changed.length) return decline('nothing changed');
  if (changed.length > MOST_EDITS) return decline(`more than ${MOST_EDITS} transcripts changed`);

  const cache = new ExtractionCache(env.cache.root, env.cache.version);
  const runner = thread ?? new JobRunner(env);
  const edits: Edit[] = [];
  for (const job of changed) {
    const before = cache.get(record.documents[job.index].key);
    if (!before) return decline(`the cache no longer holds the last extraction of ${job.path}`);
    // An edit undone: the cache holds this version too.
    let after = cache.get(keys[job.index]);
    if (!after) {
      try {
        const result = await runner.run(job);
        extracted++;
        if (result.key !== keys[job.index]) return decline(`${job.path} changed while it was extracted`);
        after = result.contribution!;
      } catch {
        return decline(`${job.path} cannot be extracted`); // the full build says why, or leaves it out
      }
    }
    after.document.source = job.path;
    edits.push({ index: job.index, before, after });
  }
  thread?.close(); // its jobs are done: it stops while the file is patched, not after
  let file: FileBytes;
  try {
    file = new FileBytes(out);
  } catch {
    return decline('the graph file cannot be read');
  }
  let patched: ReturnType<typeof patchRecords>;
  try {
    patched = patchRecords(record, file, edits, cache, layoutMemo(env.cache.root));
    if (typeof patched !== 'string') writeSpliced(out, file, patched.splices);
  } finally {
    file.close();
  }
  if (typeof patched === 'string') return decline(patched);
  const { splices, edges, nodes } = patched;
  shiftOffsets(record, splices);
  record.dangling = patched.dangling;
  if (nodes) {
    // Entities came or went: the nodes in their new order, an old record where the shift put it, a new one where
    // its splice put it.
    const placed = insertedRanges(splices);
    const at: number[] = [];
    nodes.keys.forEach((key, n) => {
      const i = nodes.from[n];
      at.push(...(i >= 0 ? [record.nodes.at[i * 2], record.nodes.at[i * 2 + 1]] : placed.get(key)!));
    });
    record.nodes = { keys: nodes.keys, at, label: nodes.label, type: nodes.type, speaker: nodes.speaker, degree: nodes.degree, mentions: nodes.mentions, state: nodes.state };
  }
  if (edges) {
    // Edges came or went: their records lie one after another from the end of the nodes' array on.
    const nodesEnd = record.nodes.at[record.nodes.at.length - 1];
    const at: number[] = [];
    let cursor = nodesEnd + EDGES_START.length;
    for (const length of edges.lengths) {
      at.push(cursor, cursor + length);
      cursor += length + 1;
    }
    record.edges = { keys: edges.keys, at, ends: edges.ends, weight: edges.weight, type: edges.type, typed: edges.typed };
  }
  const now = statSync(out);
  record.output = { size: now.size, mtimeMs: now.mtimeMs };
  for (const { index, after } of edits) {
    Object.assign(record.documents[index], { key: keys[index], lang: after.document.lang, kinds: kindsOf(after.turns), warnings: warningsOf(after.diagnostics) });
  }
  writeRecord(path, record);
  return { patched: true, facts: factsOf(record), warnings: record.documents.flatMap((doc) => doc.warnings), extracted, reused: jobs.length - extracted };
}

interface Edit {
  index: number;
  before: DocumentContribution;
  after: DocumentContribution;
}

/**
 * The splices that turn the old file into the new one, with the record's nodes brought up to date (all but
 * offsets; the new node list when entities came or went) and the new edge list when edges came or went; or why not
 * (a new entity other transcripts relate, quotes would need too many other documents, a record is not as written).
 */
function patchRecords(record: PatchRecord, file: FileBytes, edits: Edit[], cache: ExtractionCache, memo: LayoutMemo | null): { splices: Splice[]; edges: EdgeList | null; nodes: NodeList | null; dangling: string[] } | string {
  const splices: Splice[] = [];
  // Other documents' pairs with their quotes, read from the cache when an edited document gave up early quotes.
  const quoted = new Map<number, ReturnType<typeof pairsOf> | null>();
  const pairsFrom = (doc: number) => {
    if (!quoted.has(doc)) {
      const contribution = cache.get(record.documents[doc].key);
      quoted.set(doc, contribution && pairsOf(contribution, true));
    }
    return quoted.get(doc)!;
  };
  const docIndex = new Map(record.documents.map((doc, i) => [doc.id, i]));
  const docOf = (turn: string) => docIndex.get(turn.slice(0, turn.lastIndexOf('#'))) ?? -1;
  const turnOf = (turn: string) => Number(turn.slice(turn.lastIndexOf('#') + 1));
  const edited = new Set(edits.map((edit) => edit.index));
  const json = (range: number[], at: number) => JSON.parse(file.read(range[at * 2], range[at * 2 + 1]).toString('utf8'));

  // Documents: each edited one's entry and turns.
  for (const { index, after } of edits) {
    const doc = record.documents[index];
    if (!doc.turns || !after.turns.length) return 'a transcript has no turns';
    splices.push({ start: doc.entry[0], end: doc.entry[1], bytes: Buffer.from(JSON.stringify(after.document)) });
    splices.push({ start: doc.turns[0], end: doc.turns[1], bytes: Buffer.from(after.turns.map((turn) => JSON.stringify(turn)).join(',')) });
  }

  // Nodes: shares out and in; mentions and documents spliced by document.
  const before = edits.map((edit) => documentNodeParts(edit.index, edit.before));
  const after = edits.map((edit) => documentNodeParts(edit.index, edit.after));
  const touchedNodes = new Set<string>();
  for (const parts of [...before, ...after]) for (const key of parts.keys()) touchedNodes.add(key);
  /** Each node made again, as its record's bytes for a size. */
  const rewritten = new Map<number, (layout: NodeLayout) => Buffer>();
  const oldMentions = [...record.nodes.mentions];
  /** Entities the edit brings (their records made from the edited documents alone), and old ones it takes away. */
  const addedNodes = new Map<string, AddedNode>();
  const removedNodes = new Set<number>();
  const dangling = new Set(record.dangling);
  for (const key of touchedNodes) {
    const i = indexIn(record.nodes.keys, key);
    if (i === undefined) {
      // Not an entity of any document before: only the edited documents name it now. A relation another document
      // states about it (kept out while it was no entity) would come with it: never patched.
      if (dangling.has(key)) return `a new entity (${key}) that other transcripts relate`;
      addedNodes.set(key, addedNode(key, edits, after, edited, docOf));
      continue;
    }
    const state = new NodeTallyState(record.nodes.state[i]);
    const fresh = new Map<number, Span[]>();
    const ids: string[] = [];
    // Mentioned in each edited document before and after: the document list stays, and the edited documents'
    // mentions can be swapped byte for byte inside the record (large nodes are never parsed).
    let inPlace = true;
    let count = record.nodes.mentions[i];
    edits.forEach((edit, e) => {
      const old = before[e].get(key);
      if (old) state.apply(old, -1);
      const part = after[e].get(key);
      if (part) {
        state.apply(part, 1);
        fresh.set(edit.index, part.mentions);
        ids.push(edit.after.document.id);
      }
      inPlace &&= Boolean(old?.mentions.length && part?.mentions.length);
      count += (part?.mentions.length ?? 0) - (old?.mentions.length ?? 0);
    });
    if (state.docs <= 0) {
      removedNodes.add(i);
      continue;
    }
    const made = inPlace ? swapMentions(file.read(record.nodes.at[i * 2], record.nodes.at[i * 2 + 1]), key, state, edits.map((_, e) => [before[e].get(key)!.mentions, after[e].get(key)!.mentions])) : null;
    if (made) rewritten.set(i, made);
    else {
      const { attributes: old } = json(record.nodes.at, i) as { attributes: NodeAttrs };
      const mentions = spliceSpans(old.mentions, edited, fresh, docOf);
      const documents = [...old.documents.filter((id) => !edits.some((edit) => edit.before.document.id === id)), ...ids];
      const attributes = state.attributes(key, mentions, documents);
      Object.assign(attributes, { x: old.x, y: old.y });
      rewritten.set(i, ({ size, x, y }) => Buffer.from(JSON.stringify({ key, attributes: Object.assign(attributes, { x: x ?? attributes.x, y: y ?? attributes.y, size, color: TYPE_COLORS[attributes.type] }) })));
      count = mentions.length;
    }
    oldMentions[i] = record.nodes.mentions[i];
    const { label, type, speaker } = state.attributes(key, [], []);
    record.nodes.state[i] = state.toJSON();
    record.nodes.mentions[i] = count;
    record.nodes.label[i] = label;
    record.nodes.type[i] = type;
    record.nodes.speaker[i] = speaker;
  }

  // Edges: typed ones by their spans and rules, CO_OCCURS ones by counts and the earliest quotes.
  const typedBefore = edits.map((edit) => typedOf(edit.before));
  const typedAfter = edits.map((edit) => typedOf(edit.after));
  const touchedTyped = new Set<string>();
  for (const typed of [...typedBefore, ...typedAfter]) for (const key of typed.keys()) touchedTyped.add(key);
  const pairsBefore = edits.map((edit) => pairsOf(edit.before, false));
  const pairsAfter = edits.map((edit) => pairsOf(edit.after, true));
  const edgeSplices: Splice[] = [];
  // An edge weight left its power-of-two bucket, or edges came or went: ForceAtlas2's input changed, so every
  // position is made again.
  let moved = false;
  const added = new Map<string, AddedEdge>();
  const removed = new Set<number>();
  /** The new length of each edge record written again. */
  const edgeBytes = new Map<number, number>();
  const isNode = (key: string) => {
    const i = indexIn(record.nodes.keys, key);
    return addedNodes.has(key) || (i !== undefined && !removedNodes.has(i));
  };
  // An entity gone takes its edges with it. Only the edited documents named it, so only they shared turns with it;
  // a relation another document still states about it is kept out from now on, as a full build keeps it out.
  if (removedNodes.size) {
    const { keys, ends, typed, weight } = record.edges;
    for (let i = 0; i < keys.length; i++) {
      const gone = [ends[i * 2], ends[i * 2 + 1]].filter((n) => removedNodes.has(n));
      if (!gone.length) continue;
      removed.add(i);
      const key = keys[i];
      const left = typed[i]
        ? edits.reduce((docs, _, e) => docs - Number(typedBefore[e].has(key)) + Number(typedAfter[e].has(key)), typed[i].docs)
        : edits.reduce((shared, _, e) => shared - (pairsBefore[e].get(key)?.shared ?? 0) + (pairsAfter[e].get(key)?.shared ?? 0), weight[i]);
      if (left > 0 && !typed[i]) return `turns shared with an entity gone (${key})`;
      if (left > 0) for (const n of gone) dangling.add(record.nodes.keys[n]);
    }
  }
  for (const key of touchedTyped) {
    const i = indexIn(record.edges.keys, key);
    if (i !== undefined && removed.has(i)) continue;
    if (i === undefined) {
      // Stated now between two entities: a new edge, stated in the edited documents only (another document stating
      // it would have made it already: its ends were entities before, or were recorded as ends of a relation kept
      // out, which no new entity is). Else it is not made, as in a full build, and its end kept as such.
      const stated = typedAfter.map((typed) => typed.get(key));
      const first = stated.find(Boolean);
      if (!first) continue;
      if (!isNode(first.source) || !isNode(first.target)) {
        for (const end of [first.source, first.target]) if (!isNode(end)) dangling.add(end);
        continue;
      }
      const rules = new Map<string, number>();
      const evidence: Span[] = [];
      edits.forEach((edit, e) => {
        const now = stated[e];
        if (!now) return;
        for (const rule of now.rules) add(rules, rule, 1);
        evidence.push(...documentSpans(edit.index, edit.after.turns, now.triples));
      });
      const attributes = { type: first.type, evidence, weight: evidence.length, rules: [...rules.keys()].sort(compareKeys) };
      added.set(key, { source: first.source, target: first.target, type: first.type, weight: evidence.length, typed: { docs: stated.filter(Boolean).length, rules: [...rules] }, bytes: Buffer.from(JSON.stringify({ key, source: first.source, target: first.target, attributes })) });
      continue;
    }
    const state = record.edges.typed[i];
    if (!state) return `no tally of ${key}`;
    const rules = new Map(state.rules);
    let docs = state.docs;
    const fresh = new Map<number, Span[]>();
    edits.forEach((edit, e) => {
      const old = typedBefore[e].get(key);
      if (old) {
        docs--;
        for (const rule of old.rules) add(rules, rule, -1);
      }
      const now = typedAfter[e].get(key);
      if (now) {
        docs++;
        for (const rule of now.rules) add(rules, rule, 1);
        fresh.set(edit.index, documentSpans(edit.index, edit.after.turns, now.triples));
      }
    });
    if (docs <= 0) {
      removed.add(i);
      continue;
    }
    const edge = json(record.edges.at, i) as { attributes: EdgeAttrs };
    const evidence = spliceSpans(edge.attributes.evidence, edited, fresh, docOf);
    moved ||= weightBucket(evidence.length) !== weightBucket(edge.attributes.weight);
    Object.assign(edge.attributes, { evidence, weight: evidence.length, rules: [...rules.keys()].sort(compareKeys) });
    record.edges.typed[i] = { docs, rules: [...rules] };
    record.edges.weight[i] = evidence.length;
    edgeSplices.push(recordSplice(record.edges.at, i, edge));
    edgeBytes.set(i, edgeSplices[edgeSplices.length - 1].bytes.length);
  }
  const touchedPairs = new Set<string>();
  for (const pairs of [...pairsBefore, ...pairsAfter]) for (const key of pairs.keys()) touchedPairs.add(key);
  for (const key of touchedPairs) {
    const i = indexIn(record.edges.keys, key);
    if (i !== undefined && removed.has(i)) continue;
    if (i === undefined) {
      // Two entities newly sharing turns, in the edited documents only (another document sharing them would have
      // made the edge): their first KEEP quotes and shared turns.
      const now = pairsAfter.map((pairs) => pairs.get(key));
      const first = now.find(Boolean)!;
      const quotes = edits.flatMap((_, e) => now[e]?.quotes.map((quote) => quote.span) ?? []).slice(0, KEEP);
      const weight = now.reduce((n, pair) => n + (pair?.shared ?? 0), 0);
      const attributes = { type: CO_OCCURS, evidence: quotes, weight, rules: ['same-turn'] };
      added.set(key, { source: first.source, target: first.target, type: CO_OCCURS, weight, typed: null, bytes: Buffer.from(JSON.stringify({ key, source: first.source, target: first.target, attributes })) });
      continue;
    }
    const edge = json(record.edges.at, i) as { attributes: EdgeAttrs };
    let weight = edge.attributes.weight;
    const quotes: Array<{ doc: number; turn: number; span: Span }> = [];
    for (const span of edge.attributes.evidence) {
      const doc = docOf(span.turn);
      if (!edited.has(doc)) quotes.push({ doc, turn: turnOf(span.turn), span });
    }
    edits.forEach((edit, e) => {
      weight -= pairsBefore[e].get(key)?.shared ?? 0;
      const now = pairsAfter[e].get(key);
      if (!now) return;
      weight += now.shared;
      for (const quote of now.quotes) quotes.push({ doc: edit.index, ...quote });
    });
    if (weight <= 0) {
      removed.add(i);
      continue;
    }
    moved ||= weightBucket(weight) !== weightBucket(edge.attributes.weight);
    quotes.sort((a, b) => a.doc - b.doc || a.turn - b.turn);
    const old = edge.attributes.evidence;
    if (old.length >= KEEP) {
      // Quotes of other documents not kept before all come after the old last one. When the first KEEP do not all
      // come before it, the next documents (from the cache) give theirs, in order, until the first KEEP are known.
      const last = old[old.length - 1];
      const lastDoc = docOf(last.turn);
      const lastTurn = turnOf(last.turn);
      const cut = quotes[KEEP - 1];
      if (!cut || cut.doc > lastDoc || (cut.doc === lastDoc && cut.turn > lastTurn)) {
        let read = 0;
        for (let doc = lastDoc; doc < record.documents.length; doc++) {
          if (quotes.length >= KEEP && quotes[KEEP - 1].doc < doc) break;
          if (edited.has(doc)) continue;
          if (++read > MOST_QUOTED) return `the quotes of ${key} are spread over too many transcripts`;
          const pairs = pairsFrom(doc);
          if (!pairs) return `the cache no longer holds the extraction of ${record.documents[doc].path}`;
          for (const quote of pairs.get(key)?.quotes ?? []) if (doc > lastDoc || quote.turn > lastTurn) quotes.push({ doc, ...quote });
          quotes.sort((a, b) => a.doc - b.doc || a.turn - b.turn);
        }
      }
    }
    Object.assign(edge.attributes, { evidence: quotes.slice(0, KEEP).map((quote) => quote.span), weight });
    record.edges.weight[i] = weight;
    edgeSplices.push(recordSplice(record.edges.at, i, edge));
    edgeBytes.set(i, edgeSplices[edgeSplices.length - 1].bytes.length);
  }
  // Entities came or went: the nodes in their new order (the record's arrays, numbered anew).
  const nodesChanged = addedNodes.size > 0 || removedNodes.size > 0;
  const nodeList = nodesChanged ? renumberedNodes(record, addedNodes, removedNodes) : null;
  if (nodeList && !nodeList.keys.length) return 'every entity is gone';
  const edgeList = added.size || removed.size || nodeList ? changedEdges(record, added, removed, nodeList, edgeBytes) : null;
  if (typeof edgeList === 'string') return edgeList;
  if (edgeList) {
    moved = true;
    edgeSplices.push(...edgeList.splices);
  }

  // Sizes: by connections and mentions, relative to the largest (old numbers: the record's; new: the list's).
  const scoreOf = (i: number, counts: number[], degrees: number[]) => degrees[i] + counts[i];
  const maxOf = (counts: number[], degrees: number[]) => counts.reduce((max, _, i) => Math.max(max, scoreOf(i, counts, degrees)), 1);
  const oldMax = maxOf(oldMentions, record.nodes.degree);
  const keys = nodeList?.keys ?? record.nodes.keys;
  const mentions = nodeList?.mentions ?? record.nodes.mentions;
  const degree = edgeList?.degree ?? record.nodes.degree;
  const newMax = maxOf(mentions, degree);
  const positions = moved ? layoutOf(keys, edgeList?.edges ?? record.edges, memo) : null;
  const layoutAt = (n: number): NodeLayout => ({ size: nodeSize(scoreOf(n, mentions, degree), newMax), ...(positions && { x: positions[n * 2], y: positions[n * 2 + 1] }) });
  const numberOf = (i: number) => (nodeList ? nodeList.number[i] : i);
  for (const [i, made] of rewritten) splices.push({ start: record.nodes.at[i * 2], end: record.nodes.at[i * 2 + 1], bytes: made(layoutAt(numberOf(i))) });
  if (nodeList) {
    const made = listSplices(record.nodes.keys, record.nodes.at, removedNodes, new Map([...addedNodes].map(([key, node]) => [key, node.record(layoutAt(nodeList.index.get(key)!))])), 'entity');
    if (typeof made === 'string') return made;
    splices.push(...made);
  }
  if (positions || oldMax !== newMax) {
    for (let i = 0; i < record.nodes.keys.length; i++) {
      if (rewritten.has(i) || removedNodes.has(i)) continue;
      const layout = layoutAt(numberOf(i));
      if (!positions && layout.size === nodeSize(scoreOf(i, oldMentions, record.nodes.degree), oldMax)) continue;
      // The record ends with its layout: ,"x":…,"y":…,"size":…,"color":"…"}}.
      const [start, end] = [record.nodes.at[i * 2], record.nodes.at[i * 2 + 1]];
      const tailStart = Math.max(start, end - TAIL_BYTES);
      const tail = file.read(tailStart, end);
      const from = positions ? tail.lastIndexOf(X_FIELD) : tail.lastIndexOf(SIZE_FIELD);
      const to = tail.indexOf(COLOR_FIELD, from + 1);
      if (from < 0 || to < 0) return 'a node record without its layout';
      const bytes = positions ? `,"x":${JSON.stringify(layout.x)},"y":${JSON.stringify(layout.y)},"size":${JSON.stringify(layout.size)}` : `,"size":${JSON.stringify(layout.size)}`;
      splices.push({ start: tailStart + from, end: tailStart + to, bytes: Buffer.from(bytes) });
    }
  }
  if (nodeList) nodeList.degree = degree;
  else if (edgeList) record.nodes.degree = degree;
  splices.push(...edgeSplices);
  // Zero-length splices (records inserted) go before a splice starting at the same byte.
  return { splices: splices.sort((a, b) => a.start - b.start || a.end - b.end), edges: edgeList?.edges ?? null, nodes: nodeList, dangling: [...dangling].sort(compareKeys) };
}

/** An edge the edit brings: its record's bytes and what the patch record keeps of it. */
interface AddedEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
  typed: TypedState | null;
  bytes: Buffer;
}

/** The edge list after edges came or went: the record's arrays (offsets left for after the write), with lengths. */
interface EdgeList {
  keys: string[];
  ends: number[];
  weight: number[];
  type: string[];
  typed: Record<number, TypedState>;
  /** Each record's length in the new file. */
  lengths: number[];
}

/**
 * The edge list after edges came or went (or the nodes were numbered anew): the splices that take the removed edge
 * records out and put the added ones in, the new list with its ends in the new node numbers, and each node's degree;
 * or why not.
 */
function changedEdges(record: PatchRecord, added: Map<string, AddedEdge>, removed: Set<number>, nodes: NodeList | null, edgeBytes: Map<number, number>): { splices: Splice[]; edges: EdgeList; degree: number[] } | string {
  const { keys, at, ends } = record.edges;
  const splices = listSplices(keys, at, removed, new Map([...added].map(([key, edge]) => [key, edge.bytes])), 'edge');
  if (typeof splices === 'string') return splices;
  const oldIndex = nodes ? null : new Map(record.nodes.keys.map((key, i) => [key, i]));
  const numberOfKey = (key: string) => (nodes ? nodes.index.get(key)! : oldIndex!.get(key)!);
  const renumber = (n: number) => (nodes ? nodes.number[n] : n);
  const inserted = [...added.keys()].sort(compareKeys);
  const places = inserted.map((key) => placeIn(keys, key));
  // The new list: old keys (less the removed) and added ones, merged in key order.
  const edges: EdgeList = { keys: [], ends: [], weight: [], type: [], typed: {}, lengths: [] };
  const push = (key: string, source: number, target: number, weight: number, type: string, typed: TypedState | null | undefined, length: number) => {
    if (typed) edges.typed[edges.keys.length] = typed;
    edges.keys.push(key);
    edges.ends.push(source, target);
    edges.weight.push(weight);
    edges.type.push(type);
    edges.lengths.push(length);
  };
  let k = 0;
  for (let i = 0; i <= keys.length; i++) {
    for (; k < inserted.length && places[k] === i; k++) {
      const edge = added.get(inserted[k])!;
      push(inserted[k], numberOfKey(edge.source), numberOfKey(edge.target), edge.weight, edge.type, edge.typed, edge.bytes.length);
    }
    if (i === keys.length || removed.has(i)) continue;
    push(keys[i], renumber(ends[i * 2]), renumber(ends[i * 2 + 1]), record.edges.weight[i], record.edges.type[i], record.edges.typed[i], edgeBytes.get(i) ?? at[i * 2 + 1] - at[i * 2]);
  }
  const degree = new Array<number>(nodes ? nodes.keys.length : record.nodes.keys.length).fill(0);
  for (const end of edges.ends) degree[end]++;
  return { splices, edges, degree };
}

/** Where a key goes in a list in key order: before the first key after it. */
/** Where key is in keys (in key order, as records are), or undefined: no map of 100,000 edge keys for a few looks. */
function indexIn(keys: string[], key: string): number | undefined {
  const i = placeIn(keys, key);
  return keys[i] === key ? i : undefined;
}

function inKeyOrder(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (compareKeys(keys[i - 1], keys[i]) >= 0) return false;
  return true;
}

function placeIn(keys: string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareKeys(keys[mid], key) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Splices that take records out of a JSON list (each with the comma before it; a run from the first on with the
 * comma after it) and put new ones in at their places in key order (after the record before them; first when
 * nothing before them is left), noting where each new record lies in its splice's bytes; or why not.
 */
function listSplices(keys: string[], at: number[], removed: Set<number>, inserted: Map<string, Buffer>, noun: string): Splice[] | string {
  let lead = 0;
  while (removed.has(lead)) lead++;
  if (lead >= keys.length) return `every ${noun} is gone`;
  const splices: Splice[] = [];
  if (lead) splices.push({ start: at[0], end: at[lead * 2], bytes: EMPTY });
  for (const i of removed) if (i > lead) splices.push({ start: at[i * 2 - 1], end: at[i * 2 + 1], bytes: EMPTY });
  const order = [...inserted.keys()].sort(compareKeys);
  // Before the first record left: at the start.
  const places = order.map((key) => {
    const place = placeIn(keys, key);
    return place <= lead ? 0 : place;
  });
  for (let k = 0; k < order.length; ) {
    const place = places[k];
    const pieces: Buffer[] = [];
    const records: InsertedRecord[] = [];
    let length = 0;
    const piece = (bytes: Buffer) => {
      pieces.push(bytes);
      length += bytes.length;
    };
    if (place > 0) piece(COMMA);
    for (let first = true; k < order.length && places[k] === place; k++, first = false) {
      if (!first) piece(COMMA);
      const bytes = inserted.get(order[k])!;
      records.push({ key: order[k], from: length, to: length + bytes.length });
      piece(bytes);
    }
    if (place === 0) piece(COMMA);
    const start = place > 0 ? at[place * 2 - 1] : at[0];
    splices.push({ start, end: start, bytes: Buffer.concat(pieces), records });
  }
  return splices;
}

/** Where each record a splice puts in lies in the new file, by key (the splices in file order, as written). */
function insertedRanges(splices: Splice[]): Map<string, Range> {
  const ranges = new Map<string, Range>();
  let delta = 0;
  for (const splice of splices) {
    for (const record of splice.records ?? []) ranges.set(record.key, [splice.start + delta + record.from, splice.start + delta + record.to]);
    delta += splice.bytes.length - (splice.end - splice.start);
  }
  return ranges;
}

/** An entity the edit brings: its tally and mentions from the edited documents, and its record for a layout. */
interface AddedNode {
  state: NodeTallyState;
  mentions: number;
  record: (layout: NodeLayout) => Buffer;
}

function addedNode(key: string, edits: Edit[], parts: Array<Map<string, NodePart>>, edited: Set<number>, docOf: (turn: string) => number): AddedNode {
  const state = new NodeTallyState();
  const fresh = new Map<number, Span[]>();
  const documents: string[] = [];
  edits.forEach((edit, e) => {
    const part = parts[e].get(key);
    if (!part) return;
    state.apply(part, 1);
    fresh.set(edit.index, part.mentions);
    documents.push(edit.after.document.id);
  });
  const mentions = spliceSpans([], edited, fresh, docOf);
  return {
    state,
    mentions: mentions.length,
    record: ({ size, x, y }) => {
      const attributes = state.attributes(key, mentions, documents);
      return Buffer.from(JSON.stringify({ key, attributes: Object.assign(attributes, { x: x ?? attributes.x, y: y ?? attributes.y, size, color: TYPE_COLORS[attributes.type] }) }));
    },
  };
}

/** The nodes after entities came or went, in key order: the record's arrays for them, and their new numbers. */
interface NodeList {
  keys: string[];
  /** Old number → new number (−1: gone); new number → old number (−1: added). */
  number: number[];
  from: number[];
  index: Map<string, number>;
  label: string[];
  type: string[];
  speaker: boolean[];
  mentions: number[];
  state: NodeState[];
  degree: number[];
}

function renumberedNodes(record: PatchRecord, added: Map<string, AddedNode>, removed: Set<number>): NodeList {
  const old = record.nodes;
  const list: NodeList = { keys: [], number: [], from: [], index: new Map(), label: [], type: [], speaker: [], mentions: [], state: [], degree: [] };
  const inserted = [...added.keys()].sort(compareKeys);
  let k = 0;
  const push = (key: string, from: number, label: string, type: string, speaker: boolean, mentions: number, state: NodeState) => {
    list.index.set(key, list.keys.length);
    list.keys.push(key);
    list.from.push(from);
    list.label.push(label);
    list.type.push(type);
    list.speaker.push(speaker);
    list.mentions.push(mentions);
    list.state.push(state);
  };
  for (let i = 0; i <= old.keys.length; i++) {
    for (; k < inserted.length && (i === old.keys.length || compareKeys(inserted[k], old.keys[i]) < 0); k++) {
      const node = added.get(inserted[k])!;
      const { label, type, speaker } = node.state.attributes(inserted[k], [], []);
      push(inserted[k], -1, label, type, speaker, node.mentions, node.state.toJSON());
    }
    if (i === old.keys.length) break;
    if (removed.has(i)) {
      list.number.push(-1);
      continue;
    }
    list.number.push(list.keys.length);
    push(old.keys[i], i, old.label[i], old.type[i], old.speaker[i], old.mentions[i], old.state[i]);
  }
  return list;
}

const EMPTY = Buffer.alloc(0);
/** Between the last node record and the first edge record. */
const EDGES_START = '],"edges":[';
const COMMA = Buffer.from(',');

/** A node's layout in the new file: its size, and its position when the layout was made again. */
interface NodeLayout {
  size: number;
  x?: number;
  y?: number;
}

/**
 * ForceAtlas2's positions for the record's nodes and edges (keys in file order, bucketed weights), as a full build
 * makes them (layout.ts assignPositions, through the layout memo), rounded as the file holds them: x, y per node.
 */
function layoutOf(nodes: string[], edges: Pick<EdgeList, 'keys' | 'ends' | 'weight'>, memo: LayoutMemo | null): number[] {
  const graph: KnowledgeGraph = new MultiDirectedGraph();
  for (const key of nodes) graph.addNode(key);
  const { keys, ends, weight } = edges;
  keys.forEach((key, i) => graph.addDirectedEdgeWithKey(key, nodes[ends[i * 2]], nodes[ends[i * 2 + 1]], { weight: weight[i] } as EdgeAttrs));
  assignPositions(graph, validateLayoutOptions({ memo }));
  const positions: number[] = [];
  graph.forEachNode((_, attributes) => positions.push(roundPosition(attributes.x), roundPosition(attributes.y)));
  return positions;
}

/**
 * A node record made again from its old bytes: label, type and aliases from the tally, each edited document's
 * mentions (`swaps`: old spans, new spans, both non-empty) swapped for the new ones, the document list kept (each
 * edited document still names it), speaker from the tally, the position kept and the size given. Null when the
 * bytes are not as expected (the caller then parses the record). Markers with a quote are unambiguous: a quote
 * inside a JSON string is escaped.
 */
function swapMentions(record: Buffer, key: string, state: NodeTallyState, swaps: Array<[Span[], Span[]]>): ((layout: NodeLayout) => Buffer) | null {
  const head = record.indexOf(MENTIONS_FIELD);
  const documents = record.lastIndexOf(DOCUMENTS_FIELD);
  const speaker = record.lastIndexOf(SPEAKER_FIELD);
  const layout = record.lastIndexOf(X_FIELD);
  if (head < 0 || documents < head || speaker < documents || layout < speaker) return null;
  const pieces: Buffer[] = [];
  let at = head + MENTIONS_FIELD.length;
  for (const [old, now] of swaps) {
    const bytes = Buffer.from(old.map((span) => JSON.stringify(span)).join(','));
    const found = record.indexOf(bytes, at);
    if (found < 0 || found + bytes.length > documents) return null;
    pieces.push(record.subarray(at, found), Buffer.from(now.map((span) => JSON.stringify(span)).join(',')));
    at = found + bytes.length;
  }
  pieces.push(record.subarray(at, speaker));
  const { label, type, aliases, speaker: speaks } = state.attributes(key, [], []);
  const { x, y } = JSON.parse(`{${record.toString('utf8', layout + 1, record.length - 2)}}`) as { x: number; y: number };
  const start = `${JSON.stringify({ key, attributes: { label, type, aliases } }).slice(0, -2)},"mentions":[`;
  return (layout) =>
    Buffer.concat([
      Buffer.from(start),
      ...pieces,
      Buffer.from(`,"speaker":${JSON.stringify(speaks)},"x":${JSON.stringify(layout.x ?? x)},"y":${JSON.stringify(layout.y ?? y)},"size":${JSON.stringify(layout.size)},"color":${JSON.stringify(TYPE_COLORS[type])}}}`),
    ]);
}

const MENTIONS_FIELD = Buffer.from(',"mentions":[');
const DOCUMENTS_FIELD = Buffer.from('],"documents":');
const SPEAKER_FIELD = Buffer.from(',"speaker":');
const X_FIELD = Buffer.from(',"x":');
const SIZE_FIELD = Buffer.from(',"size":');
/** Bytes at the end of a node record that hold its layout fields (numbers of a few digits and a colour). */
const TAIL_BYTES = 256;
const COLOR_FIELD = Buffer.from(',"color":');

/** The record at `i` of a list replaced by this object's JSON. */
function recordSplice(at: number[], i: number, object: unknown): Splice {
  return { start: at[i * 2], end: at[i * 2 + 1], bytes: Buffer.from(JSON.stringify(object)) };
}

/** Spans in document order with the edited documents' taken out and their new ones (`fresh`) put in their places. */
function spliceSpans(spans: Span[], edited: Set<number>, fresh: Map<number, Span[]>, docOf: (turn: string) => number): Span[] {
  const kept = spans.filter((span) => !edited.has(docOf(span.turn)));
  const out: Span[] = [];
  let at = 0;
  for (const doc of [...fresh.keys()].sort((a, b) => a - b)) {
    while (at < kept.length && docOf(kept[at].turn) < doc) out.push(kept[at++]);
    for (const span of fresh.get(doc)!) out.push(span);
  }
  while (at < kept.length) out.push(kept[at++]);
  return out;
}

/** A document's co-occurring pairs by edge key: turns shared and, with quotes, its first KEEP quotes. */
type PairsOf = Map<string, { source: string; target: string; shared: number; quotes: Array<{ turn: number; span: Span }> }>;

function pairsOf(contribution: DocumentContribution, quoted: boolean): PairsOf {
  const { entities, turns } = contribution;
  const stored = contribution.pairs;
  const { rows } = stored && stored.keep >= KEEP ? stored : summarisePairs(entities, KEEP);
  const pairs: PairsOf = new Map();
  for (let at = 0; at < rows.length; ) {
    const left = entities[rows[at]];
    const right = entities[rows[at + 1]];
    const shared = rows[at + 2];
    const first = at + 4;
    at = first + rows[at + 3];
    const quotes: Array<{ turn: number; span: Span }> = [];
    for (let q = first; quoted && q < at && quotes.length < KEEP; q++) {
      const turn = rows[q];
      const [start, end] = closestStretch(left.mentions, right.mentions, turn);
      quotes.push({ turn, span: { turn: turns[turn].id, start, end } });
    }
    pairs.set(pairKey(left.key, right.key), { source: left.key, target: right.key, shared, quotes });
  }
  return pairs;
}

/** The old graph file, read by ranges: a patch never holds the whole file (it can be hundreds of MB). */
class FileBytes {
  private readonly fd: number;
  readonly size: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }

  read(start: number, end: number, into?: Buffer): Buffer {
    const bytes = into ? into.subarray(0, end - start) : Buffer.allocUnsafe(end - start);
    for (let done = 0; done < bytes.length; ) {
      const got = readSync(this.fd, bytes, done, bytes.length - done, start + done);
      if (!got) throw new GraphFileError('the graph file ended early');
      done += got;
    }
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Copies per read at most, between splices. */
const COPY_BYTES = 4 << 20;

/** Writes the old file with the splices made, through a temporary file and a rename. */
function writeSpliced(out: string, file: FileBytes, splices: Splice[]): void {
  writeThroughTemporary(out, (fd) => {
    const buffer = Buffer.allocUnsafe(COPY_BYTES);
    let pieces: Buffer[] = [];
    let held = 0;
    const flush = () => {
      for (let written = 0, total = pieces.reduce((n, piece) => n + piece.length, 0); written < total; ) {
        written += writevSync(fd, skipBytes(pieces, written));
      }
      pieces = [];
      held = 0;
    };
    // Unchanged bytes are read into the one buffer and written before it is read into again.
    const copy = (start: number, end: number) => {
      for (let at = start; at < end; ) {
        const take = Math.min(end - at, COPY_BYTES - held);
        if (!take) {
          flush();
          continue;
        }
        pieces.push(file.read(at, at + take, buffer.subarray(held)));
        held += take;
        at += take;
      }
    };
    let at = 0;
    for (const splice of splices) {
      copy(at, splice.start);
      pieces.push(splice.bytes);
      at = splice.end;
      if (pieces.length >= 512) flush();
    }
    copy(at, file.size);
    flush();
  });
}

/** The pieces from byte `skip` on (a short write continues where it stopped). */
function skipBytes(pieces: Buffer[], skip: number): Buffer[] {
  if (!skip) return pieces;
  const rest: Buffer[] = [];
  for (const piece of pieces) {
    if (skip >= piece.length) skip -= piece.length;
    else {
      rest.push(skip ? piece.subarray(skip) : piece);
      skip = 0;
    }
  }
  return rest;
}

/**
 * Moves every offset of the record past the splices: by the bytes each splice before it added or took away. A
 * record put in right after another (a zero-length splice at its end) moves what follows, not that end.
 */
function shiftOffsets(record: PatchRecord, splices: Splice[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  const deltas: number[] = [];
  let total = 0;
  for (const splice of splices) {
    total += splice.bytes.length - (splice.end - splice.start);
    starts.push(splice.start);
    ends.push(splice.end);
    deltas.push(total);
  }
  // The number of splices ending at or before x (splices do not overlap and are in order, so their ends are too).
  const before = (x: number) => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= x) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const shiftStart = (x: number) => {
    const n = before(x);
    return n ? x + deltas[n - 1] : x;
  };
  const shiftEnd = (x: number) => {
    let n = before(x);
    while (n && starts[n - 1] === x && ends[n - 1] === x) n--;
    return n ? x + deltas[n - 1] : x;
  };
  for (const list of [record.nodes.at, record.edges.at]) for (let i = 0; i < list.length; i += 2) [list[i], list[i + 1]] = [shiftStart(list[i]), shiftEnd(list[i + 1])];
  for (const doc of record.documents) {
    doc.entry = [shiftStart(doc.entry[0]), shiftEnd(doc.entry[1])];
    if (doc.turns) doc.turns = [shiftStart(doc.turns[0]), shiftEnd(doc.turns[1])];
  }
}

function factsOf(record: PatchRecord): BuildFacts {
  const kinds = new Map<string, number>();
  for (const doc of record.documents) for (const [kind, n] of doc.kinds) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  const count = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  return {
    documents: record.documents.map(({ id, lang }) => ({ id, lang })),
    kinds,
    speakers: record.nodes.label.filter((_, i) => record.nodes.speaker[i]),
    types: count(record.nodes.type),
    order: record.nodes.keys.length,
    relations: count(record.edges.type),
  };
}
