// A corpus graph kept current while its transcripts are edited (`turngraph build --watch`). Every document's
// contribution stays in memory, with its share of each node (merge.ts, NodePart). After an edit, the nodes the
// document touched (before or after) are made again from their parts, and the edges it touched are merged again
// from the documents holding their ends; the layout comes from its memo when its input is unchanged, and the write
// reuses every piece already serialised (write.ts, JSONMemo): the same bytes as a full build, for a fraction of its time.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createMerger, toGraph } from '../../extract/stages/assemble.ts';
import type { DocumentContribution } from '../../extract/stages/contribution.ts';
import { compareKeys } from '../../extract/stages/contribution.ts';
import { CO_OCCURS, documentNodeParts, nodeFromParts, pairKey, typedKey, type MergedGraph, type NodePart } from '../../extract/stages/merge.ts';
import { summarisePairs } from '../../extract/stages/pairs.ts';
import type { Diagnostic } from '../../extract/types.ts';
import type { KnowledgeGraph, NodeAttrs } from '../model.ts';
import { assignLayout, assignSizes, weightBucket, type LayoutOptions } from '../graph/layout.ts';
import { DEFAULT_CACHE_DIR, layoutFolder, layoutMemo } from './cache.ts';
import type { CorpusBuildHooks, CorpusBuildOptions } from './corpus.ts';
import { discoverInputs, statOrNull } from './discover.ts';
import { HeapGovernor } from './heap.ts';
import { JobRunner, type ExtractJob } from './job.ts';
import { extractAll, jobEnvironment, planJobs, validateExtractAllOptions, type SkippedDocument } from './parallel.ts';
import { pruneCache } from './prune.ts';
import { JSONMemo, writeGraphFileStreaming } from './write.ts';
import { firstIndex } from '../../extract/arrays.ts';

/** What a refresh did. */
export interface LiveUpdate {
  /**
   * edit: changed, added or removed documents merged in; rebuild: too many files changed at once, or a document's id
   * changed (a full, cached build); none.
   */
  kind: 'edit' | 'rebuild' | 'none';
  /** Paths of the documents extracted afresh and merged in (edited or added). */
  extracted: string[];
  /** Paths of the documents new since the last refresh (also in extracted, unless they failed), and of those gone. */
  added: string[];
  removed: string[];
  /**
   * One line per edited document that could not be read or extracted (the graph keeps its earlier version), or on a
   * rebuild per document left out ("skipped PATH: reason").
   */
  failed: string[];
  documents: number;
}

/** Documents whose mentions of a node are serialised together (see mentionRuns). */
const RUN_DOCUMENTS = 64;

/** Above this many edited, added or removed documents at once, a refresh is a full (cached, parallel) build instead. */
const MOST_EDITS = 16;

/** What edits since the graph was made changed: keys re-merged, and whether any key came or went. */
interface Patch {
  nodes: Set<string>;
  edges: Set<string>;
  reordered: boolean;
}

type MergedNode = MergedGraph['nodes'][number];
type MergedEdge = MergedGraph['edges'][number];

/** How a file looked when last read: a changed size or time means hashing it again. */
interface Fingerprint {
  size: number;
  mtimeMs: number;
  hash: string;
}

export class LiveGraph {
  private readonly nodes = new Map<string, MergedNode>();
  private readonly edges = new Map<string, MergedEdge>();
  private nodeOrder: string[] = [];
  private edgeOrder: string[] = [];
  /** Documents (indices, ascending) naming each entity or speaker key, and stating each typed edge. */
  private readonly nodeDocs = new Map<string, number[]>();
  private readonly edgeDocs = new Map<string, number[]>();
  /** Each document's node parts, made when first needed and dropped when the document changes. */
  private readonly parts: Array<Map<string, NodePart> | null>;
  /**
   * Each document's run of mentions (see mentionRuns): documents of one run are neighbours with the same number here.
   * A document added later gets a number of its own, so its neighbours' runs stay as they were serialised.
   */
  private readonly runOf: number[];
  private nextRun: number;
  /** The parts each node was made from, and each part's mentions as JSON: the writer's runs of mentions. */
  private readonly madeFrom = new WeakMap<NodeAttrs, NodePart[]>();
  private readonly runs = new WeakMap<NodePart, { parts: NodePart[]; bytes: Buffer }>();
  private readonly memo = new JSONMemo((attributes) => this.mentionRuns(attributes));
  private readonly runner: JobRunner;
  private readonly heap = new HeapGovernor();
  private current: KnowledgeGraph;

  private constructor(
    private readonly paths: string[],
    private readonly options: Partial<CorpusBuildOptions>,
    private jobs: ExtractJob[],
    private readonly fingerprints: Array<Fingerprint | null>,
    /** null for a document the build skipped (it could not be read): it joins when an edit makes it readable. */
    private readonly contributions: Array<DocumentContribution | null>,
    runner: JobRunner,
    /** How the first build went: documents from the cache, extracted, threads. */
    readonly first: { reused: number; extracted: number; workers: number; skipped: SkippedDocument[] },
  ) {
    this.runner = runner;
    this.parts = contributions.map(() => null);
    this.runOf = contributions.map((_, index) => Math.floor(index / RUN_DOCUMENTS));
    this.nextRun = Math.ceil(contributions.length / RUN_DOCUMENTS);
    contributions.forEach((contribution, index) => contribution && this.index(index, contribution, +1));
    for (const key of [...this.nodeDocs.keys()].sort(compareKeys)) this.nodes.set(key, this.makeNode(key)!);
    const merger = createMerger({}, null, { edges: null });
    contributions.forEach((contribution, index) => contribution && merger.add(index, contribution));
    for (const edge of merger.finish().edges) this.edges.set(edge.key, edge);
    this.nodeOrder = [...this.nodes.keys()];
    this.edgeOrder = [...this.edges.keys()];
    this.current = this.makeGraph();
  }

  /** Builds the corpus as `buildCorpus` does (same bytes), keeping what later updates need. */
  static async build(paths: string[], options: Partial<CorpusBuildOptions> = {}, hooks: CorpusBuildHooks = {}): Promise<LiveGraph> {
    const inputs = discoverInputs(paths);
    hooks.onStart?.(inputs);
    const jobs = planJobs(inputs, validateExtractAllOptions(options).strict);
    // Read before extracting: a file edited meanwhile then looks changed at the next refresh.
    const fingerprints = jobs.map((job) => fingerprint(job));
    const { contributions, reused, extracted, workers, cacheVersion, skipped } = await extractAll(inputs, options, hooks.onProgress);
    hooks.onExtracted?.();
    const runner = new JobRunner(jobEnvironment(validateExtractAllOptions(options)));
    const live = new LiveGraph(paths, options, jobs, fingerprints, contributions, runner, { reused, extracted, workers, skipped });
    const cacheDir = live.cacheDir;
    if (cacheDir !== null && cacheVersion !== null) pruneCache(cacheDir, { version: cacheVersion, layout: layoutFolder(), documents: inputs.length });
    return live;
  }

  get graph(): KnowledgeGraph {
    return this.current;
  }

  get diagnostics(): Diagnostic[] {
    return this.kept.flatMap((contribution) => contribution.diagnostics);
  }

  /**
   * Gets ready for the first edit by rehearsing one: the smallest document extracted (loading the lexicon, rules and
   * segmenters) and merged in again, laid out and sized (the same graph), so that code is compiled before it counts.
   */
  warm(): void {
    const job = this.jobs.reduce<ExtractJob | null>((best, candidate) => (this.fingerprints[candidate.index] && this.contributions[candidate.index] && (!best || (candidate.bytes ?? 0) < (best.bytes ?? 0)) ? candidate : best), null);
    if (!job) return;
    try {
      const patch: Patch = { nodes: new Set(), edges: new Set(), reordered: false };
      this.update(job.index, this.runner.run(job).contribution!, patch);
      this.patchGraph(patch, true); // the layout path too (from its memo: the graph is the same)
    } catch {
      // unreadable now: the next refresh reports it
    }
    this.idle();
  }

  /**
   * A full garbage collection, for when nothing waits (after the first build, after each update is written): what
   * the last update left is collected then, not in the middle of the next one.
   */
  idle(): void {
    this.heap.collect();
  }

  /** Writes the graph; pieces unchanged since the last write are not serialised again. */
  write(path: string): void {
    writeGraphFileStreaming(path, this.current, this.memo);
  }

  /**
   * Looks at the files again. Edited and added documents are extracted and merged in, removed ones taken out (a
   * rename is both); the documents after a new or removed one change number, nothing else of theirs. When more than
   * a few files changed, or a new file changes another document's id, the whole corpus is built again (from the
   * cache: the live graph returned is then a new one). An edited document that cannot be read or extracted is
   * reported in `failed`, one line each, and keeps its last good extraction in the graph; an added one stays out
   * (as a build skips it) until it can be read.
   */
  async refresh(hooks: CorpusBuildHooks = {}): Promise<{ update: LiveUpdate; live: LiveGraph }> {
    const inputs = discoverInputs(this.paths);
    const jobs = planJobs(inputs, validateExtractAllOptions(this.options).strict);
    const before = new Map(this.jobs.map((job) => [job.path, job]));
    const now = new Set(jobs.map((job) => job.path));
    const removed = this.jobs.filter((job) => !now.has(job.path));
    const added = jobs.filter((job) => !before.has(job.path));
    // A document's id comes from its file name, made unique in input order ("-2"): a file added or removed can change
    // another's id, and with it every turn id of that document.
    const renamed = jobs.some((job) => before.has(job.path) && before.get(job.path)!.id !== job.id);
    const changed: Array<{ job: ExtractJob; seen: Fingerprint | null }> = [];
    for (const job of this.jobs) {
      if (!now.has(job.path)) continue;
      const seen = this.fingerprints[job.index];
      const stats = statOrNull(job.path);
      if (seen && stats && stats.size === seen.size && stats.mtimeMs === seen.mtimeMs) continue; // same size and time: trusted
      const found = fingerprint(job);
      if (found && seen && found.hash === seen.hash) this.fingerprints[job.index] = found; // touched, not changed
      else changed.push({ job, seen: found });
    }
    if (renamed || removed.length + added.length + changed.length > MOST_EDITS) {
      const live = await LiveGraph.build(this.paths, this.options, hooks);
      live.warm();
      const failed = live.first.skipped.map(({ path, reason }) => `skipped ${path}: ${reason}`);
      const update: LiveUpdate = { kind: 'rebuild', extracted: [], added: added.map((job) => job.path), removed: removed.map((job) => job.path), failed, documents: inputs.length - failed.length };
      return { update, live };
    }
    const failed: string[] = [];
    const extracted: string[] = [];
    const patch: Patch = { nodes: new Set(), edges: new Set(), reordered: false };
    // Gone documents leave the graph and their places; the rest keep their order, so new ones go in at their own.
    for (const job of [...removed].sort((a, b) => b.index - a.index)) {
      this.update(job.index, null, patch);
      this.removePlace(job.index);
    }
    const position = new Map(jobs.map((job) => [job.path, job.index]));
    const edits = changed.map(({ job, seen }) => ({ job: jobs[position.get(job.path)!], seen }));
    for (const job of added) {
      this.insertPlace(job.index);
      edits.push({ job, seen: fingerprint(job) });
    }
    this.jobs = jobs;
    for (const { job, seen } of edits.sort((a, b) => a.job.index - b.job.index)) {
      try {
        const { contribution } = this.runner.run(job);
        this.update(job.index, contribution!, patch);
        this.fingerprints[job.index] = seen;
        extracted.push(job.path);
      } catch (error) {
        // An edited document keeps its last good version; a new one stays out, as a build skips it.
        failed.push(error instanceof Error ? error.message : String(error));
      }
    }
    const kind = extracted.length || removed.length ? 'edit' : 'none';
    if (kind === 'edit') this.patchGraph(patch);
    const update: LiveUpdate = { kind, extracted, added: added.map((job) => job.path), removed: removed.map((job) => job.path), failed, documents: jobs.length };
    return { update, live: this };
  }

  /** Document number `at` is gone: every later document's number goes down by one. */
  private removePlace(at: number): void {
    this.contributions.splice(at, 1);
    this.fingerprints.splice(at, 1);
    this.parts.splice(at, 1);
    this.runOf.splice(at, 1);
    this.renumber(at, -1);
  }

  /** A new document takes number `at` (empty until it is extracted): every document from there on goes up by one. */
  private insertPlace(at: number): void {
    this.renumber(at, +1);
    this.contributions.splice(at, 0, null);
    this.fingerprints.splice(at, 0, null);
    this.parts.splice(at, 0, null);
    this.runOf.splice(at, 0, this.nextRun++);
  }

  /** Adds `by` to every document number from `from` on: in the key → documents indices and in the node parts. */
  private renumber(from: number, by: 1 | -1): void {
    for (const map of [this.nodeDocs, this.edgeDocs]) {
      for (const docs of map.values()) for (let i = firstIndex(docs.length, (at) => docs[at] >= from); i < docs.length; i++) docs[i] += by;
    }
    for (let doc = from; doc < this.parts.length; doc++) for (const part of this.parts[doc]?.values() ?? []) part.doc += by;
  }

  /** The documents in the graph, in input order (skipped ones left out). */
  private get kept(): DocumentContribution[] {
    return this.contributions.filter((contribution): contribution is DocumentContribution => contribution !== null);
  }

  private get cacheDir(): string | null {
    return this.options.cacheDir === undefined ? DEFAULT_CACHE_DIR : this.options.cacheDir;
  }

  /**
   * Replaces document `index`'s contribution (null: the document is gone): the nodes and edges it touches, before or
   * after, are made again.
   */
  private update(index: number, next: DocumentContribution | null, patch: Patch): void {
    const previous = this.contributions[index];
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const ends = new Set<string>();
    for (const contribution of [previous, next]) if (contribution) touched(contribution, nodes, edges, ends);
    if (previous) this.index(index, previous, -1);
    this.contributions[index] = next;
    this.parts[index] = null;
    if (next) this.index(index, next, +1);

    let reordered = false;
    for (const key of nodes) reordered = put(this.nodes, key, this.makeNode(key)) || reordered;
    // The edges, from every document holding one of their ends: those hold every CO_OCCURS pair and typed edge,
    // and tell whether an end exists at all.
    const documents = new Set<number>([index]);
    for (const key of ends) for (const doc of this.nodeDocs.get(key) ?? []) documents.add(doc);
    for (const key of edges) for (const doc of this.edgeDocs.get(key) ?? []) documents.add(doc);
    const merger = createMerger({}, null, { edges, ends });
    for (const doc of [...documents].sort((a, b) => a - b)) {
      const contribution = this.contributions[doc];
      if (contribution) merger.add(doc, contribution);
    }
    const made = new Map(merger.finish().edges.map((edge) => [edge.key, edge]));
    for (const key of edges) reordered = put(this.edges, key, made.get(key) ?? null) || reordered;
    if (reordered) {
      this.nodeOrder = [...this.nodes.keys()].sort(compareKeys);
      this.edgeOrder = [...this.edges.keys()].sort(compareKeys);
    }
    for (const key of nodes) patch.nodes.add(key);
    for (const key of edges) patch.edges.add(key);
    patch.reordered ||= reordered;
  }

  /** The node of `key` from its parts, or null when no document names it. */
  private makeNode(key: string): MergedNode | null {
    const docs = this.nodeDocs.get(key);
    if (!docs) return null;
    const parts = docs.map((doc) => this.partsOf(doc).get(key)!);
    const attributes = nodeFromParts(key, parts);
    this.madeFrom.set(attributes, parts);
    return { key, attributes };
  }

  private partsOf(doc: number): Map<string, NodePart> {
    return (this.parts[doc] ??= documentNodeParts(doc, this.contributions[doc]!));
  }

  /**
   * The node's mentions, serialised in runs of up to RUN_DOCUMENTS neighbouring documents (runOf, so a run's
   * documents stay the same across edits): a run is kept while its parts are the same objects, and an edit
   * serialises again only the run holding the edited document, for each node it touches.
   */
  private mentionRuns(attributes: NodeAttrs): Buffer[] | null {
    const parts = this.madeFrom.get(attributes);
    if (!parts) return null;
    const runs: Buffer[] = [];
    for (let at = 0; at < parts.length; ) {
      const number = this.runOf[parts[at].doc];
      let end = at + 1;
      while (end < parts.length && this.runOf[parts[end].doc] === number) end++;
      const group = parts.slice(at, end).filter((part) => part.mentions.length);
      at = end;
      if (!group.length) continue;
      let run = this.runs.get(group[0]);
      if (!run || run.parts.length !== group.length || run.parts.some((part, i) => part !== group[i])) {
        run = { parts: group, bytes: Buffer.from(group.map((part) => JSON.stringify(part.mentions).slice(1, -1)).join(',')) };
        this.runs.set(group[0], run);
      }
      runs.push(run.bytes);
    }
    return runs;
  }

  /**
   * Brings the graph up to date. With the same node and edge keys, the new attributes take their places in it, and
   * when no edge weight left its power-of-two bucket, ForceAtlas2's input is unchanged: the positions stay and only
   * sizes are redone; else the layout is redone (from its memo when known). New or removed keys change the order
   * ForceAtlas2 and the file follow, so the graph is made again.
   */
  private patchGraph(patch: Patch, relayout = false): void {
    if (patch.reordered) {
      this.current = this.makeGraph();
      return;
    }
    const graph = this.current;
    let moved = false;
    // Keys merged but never made (a relation's end that is no entity anywhere, or its edge) are skipped.
    for (const key of patch.edges) {
      const edge = this.edges.get(key);
      if (!edge) continue;
      moved ||= weightBucket(graph.getEdgeAttribute(key, 'weight')) !== weightBucket(edge.attributes.weight);
      graph.replaceEdgeAttributes(key, edge.attributes);
    }
    for (const key of patch.nodes) {
      const node = this.nodes.get(key);
      if (!node) continue;
      const { x, y } = graph.getNodeAttributes(key);
      graph.replaceNodeAttributes(key, Object.assign(node.attributes, { x, y }));
    }
    graph.setAttribute('documents', this.kept.map((contribution) => contribution.document));
    graph.setAttribute('turns', this.kept.flatMap((contribution) => contribution.turns));
    if (moved || relayout) assignLayout(graph, this.layoutOptions());
    else assignSizes(graph, this.layoutOptions());
  }

  /** Adds (+1) or removes (−1) a document from the key → documents indices. */
  private index(doc: number, contribution: DocumentContribution, sign: 1 | -1): void {
    const keys = (map: Map<string, number[]>, key: string) => {
      let docs = map.get(key);
      if (!docs) map.set(key, (docs = []));
      const at = firstIndex(docs.length, (i) => docs[i] >= doc);
      if (sign > 0 && docs[at] !== doc) docs.splice(at, 0, doc);
      if (sign < 0 && docs[at] === doc) docs.splice(at, 1);
      if (!docs.length) map.delete(key);
    };
    for (const entity of contribution.entities) keys(this.nodeDocs, entity.key);
    for (const speaker of contribution.speakers) keys(this.nodeDocs, speaker.key);
    for (const relation of contribution.relations) keys(this.edgeDocs, typedKey(relation));
  }

  private makeGraph(): KnowledgeGraph {
    const merged: MergedGraph = {
      documents: this.kept.map((contribution) => contribution.document),
      turns: this.kept.flatMap((contribution) => contribution.turns),
      nodes: this.nodeOrder.map((key) => this.nodes.get(key)!),
      edges: this.edgeOrder.map((key) => this.edges.get(key)!),
    };
    return toGraph(merged, { name: this.options.name ?? 'turngraph', layout: this.layoutOptions() });
  }

  private layoutOptions(): Partial<LayoutOptions> {
    const cacheDir = this.cacheDir;
    return { memo: cacheDir === null ? null : layoutMemo(cacheDir) };
  }
}

/**
 * What a contribution touches: its entities and speakers (nodes); its typed edges and CO_OCCURS pairs (edges); and
 * the ends of those edges (ends).
 */
function touched(contribution: DocumentContribution, nodes: Set<string>, edges: Set<string>, ends: Set<string>): void {
  for (const entity of contribution.entities) nodes.add(entity.key);
  for (const speaker of contribution.speakers) nodes.add(speaker.key);
  for (const relation of contribution.relations) {
    if (relation.source === relation.target || relation.type === CO_OCCURS) continue;
    edges.add(typedKey(relation));
    ends.add(relation.source);
    ends.add(relation.target);
  }
  const { entities } = contribution;
  const { rows } = contribution.pairs ?? summarisePairs(entities, 1);
  for (let at = 0; at < rows.length; at += 4 + rows[at + 3]) {
    const left = entities[rows[at]].key;
    const right = entities[rows[at + 1]].key;
    edges.add(pairKey(left, right));
    ends.add(left);
    ends.add(right);
  }
}

/** Puts `entry` under `key`, or removes the key when null; true when the map's keys changed. */
function put<T>(map: Map<string, T>, key: string, entry: T | null): boolean {
  if (entry === null) return map.delete(key);
  const added = !map.has(key);
  map.set(key, entry);
  return added;
}

function fingerprint(job: ExtractJob): Fingerprint | null {
  try {
    const stats = statSync(job.path);
    return { size: stats.size, mtimeMs: stats.mtimeMs, hash: createHash('sha256').update(readFileSync(job.path)).digest('hex') };
  } catch {
    return null;
  }
}
