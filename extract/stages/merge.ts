// Folding documents' contributions into one graph's nodes and edges, in any order: a corpus build adds each
// document as its extraction arrives and keeps only the merged state, never every document's contribution.
// The result depends on the documents and their indices only (the order a sequential build reads them in).
import type { DocumentInfo, EdgeAttrs, EntityType, NodeAttrs, Span, Turn } from '../../src/model.ts';
import { OptionsError } from '../errors.ts';
import { compareKeys, type DocumentContribution, type SpanTriples } from './contribution.ts';
import { closestStretch, summarisePairs } from './pairs.ts';

export const CO_OCCURS = 'CO_OCCURS';

/** Where turn texts can wait, numbered, until read (src/build/spool.ts keeps them in a file). */
export interface TextStore {
  put(text: string): number;
  get(ref: number): string;
}

type SpooledTurnClass = new (turn: Turn, ref: number) => Turn;

/**
 * Turns whose text waits in `store`: the same fields, `text` read back when asked for, the same JSON (toJSON lists
 * the fields in the model's order). A class of its own keeps the objects small and alike.
 */
function spooledTurnClass(store: TextStore): SpooledTurnClass {
  return class SpooledTurn implements Turn {
    readonly id: string;
    readonly document: string;
    readonly index: number;
    readonly kind: Turn['kind'];
    readonly speaker: string | null;
    readonly speakerLabel: string | null;
    readonly section: string | null;
    readonly #ref: number;

    constructor(turn: Turn, ref: number) {
      this.id = turn.id;
      this.document = turn.document;
      this.index = turn.index;
      this.kind = turn.kind;
      this.speaker = turn.speaker;
      this.speakerLabel = turn.speakerLabel;
      this.section = turn.section;
      this.#ref = ref;
    }

    get text(): string {
      return store.get(this.#ref);
    }

    toJSON(): Turn {
      const { id, document, index, kind, speaker, speakerLabel, section, text } = this;
      return { id, document, index, kind, speaker, speakerLabel, section, text };
    }
  };
}

/** finish() calls its step after about this many span chunks or co-occurring pairs made into the graph. */
const STEP_EVERY = 4096;

export interface MergedGraph {
  documents: DocumentInfo[];
  turns: Turn[];
  /** Sorted by key; x, y, size and color are left for the layout. */
  nodes: Array<{ key: string; attributes: NodeAttrs }>;
  /** Sorted by key. */
  edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttrs }>;
}

/**
 * Spans of one document, as triples into its turns: [from, to) of the document's block, where all its entities'
 * mentions and relations' evidence sit as 32-bit numbers (half of a JavaScript array's 8 bytes a number, and no
 * array object per entity: ~100 bytes less per chunk, of which a 100 MB corpus has hundreds of thousands).
 */
interface SpanChunk {
  doc: number;
  turns: Turn[];
  block: Int32Array;
  from: number;
  to: number;
}

interface NodeDraft {
  key: string;
  /** Insertion number: pairs of nodes are keyed by these. */
  id: number;
  labelVotes: Map<string, number>;
  typeVotes: Map<EntityType, number>;
  aliases: Set<string>;
  chunks: SpanChunk[];
  documents: Set<string>;
  speaker: boolean;
  /** Earliest document naming it as an entity, and earliest where it speaks (with the label used there). */
  firstEntityDoc: number;
  firstSpeakerDoc: number;
  firstSpeakerLabel: string;
}

interface TypedDraft {
  source: string;
  target: string;
  type: string;
  chunks: SpanChunk[];
  rules: Set<string>;
}

/** A co-occurring pair: every shared turn counts; the earliest `keep` ones (document, turn) are its evidence. */
interface PairDraft {
  source: NodeDraft;
  target: NodeDraft;
  shared: number;
  /** Flat (document, turn, start, end) quads, earliest first: a few numbers, not three objects, per quote. */
  kept: number[];
}

/**
 * A scoped merger makes edges only: no nodes (their drafts only tell which ends exist), no document list or turns;
 * and of the edges only these keys (typed and CO_OCCURS, see typedKey and pairKey), or all when null. Fed every
 * document holding one of them and their ends, it makes them exactly as a full merge would (src/build/live.ts
 * makes the nodes itself, and re-merges the edges an edited document touches this way).
 */
export interface MergeScope {
  edges: ReadonlySet<string> | null;
  /** With edges: every key at an end of one of them (a quick test that skips most pairs). */
  ends?: ReadonlySet<string>;
}

export class GraphMerger {
  private readonly docs: Array<{ document: DocumentInfo; turns: Turn[] } | undefined> = [];
  private readonly nodes = new Map<string, NodeDraft>();
  private readonly typed = new Map<string, TypedDraft>();
  private readonly pairs = new Map<number, Map<number, PairDraft>>();
  /** One copy of each repeated string of the turns (document id, speaker key and label): thread messages and JSON
   * give every turn its own copies, ~100 bytes a turn on a 100 MB corpus of half a million turns. */
  private readonly strings = new Map<string, string>();
  /** A scoped merger's answers on pairs, by their drafts' numbers (pairInScope). */
  private answers: Uint8Array | null = null;

  /** Turns whose text waits in the store, or null when texts stay in memory. */
  private readonly Spooled: SpooledTurnClass | null;

  /**
   * keep: evidence spans per CO_OCCURS edge; cooccurrence: whether to add CO_OCCURS edges at all; store: where
   * turn texts wait until they are read (a large build's spool file), or null to keep them in memory.
   */
  constructor(
    private readonly keep: number,
    private readonly cooccurrence = true,
    private readonly store: TextStore | null = null,
    private readonly scope: MergeScope | null = null,
  ) {
    this.Spooled = store ? spooledTurnClass(store) : null;
  }

  /** Document numbers left out on purpose (a build skipped them): finish() does not miss them. */
  private readonly skipped = new Set<number>();

  /** Adds document number `index` (its position in input order); each index once, in any order. */
  add(index: number, contribution: DocumentContribution): void {
    if (!Number.isInteger(index) || index < 0 || this.docs[index] || this.skipped.has(index)) throw new OptionsError('turngraph assemble', `document index ${index} is invalid or added twice`);
    if (this.scope) {
      this.addScoped(index, contribution, this.scope);
      return;
    }
    const document = ownDocument(contribution.document);
    const { turns } = contribution;
    for (let i = 0; i < turns.length; i++) {
      const turn = turns[i];
      turn.document = this.intern(turn.document);
      if (turn.speaker !== null) turn.speaker = this.intern(turn.speaker);
      if (turn.speakerLabel !== null) turn.speakerLabel = this.intern(turn.speakerLabel);
      if (turn.section !== null) turn.section = this.intern(turn.section);
      if (this.Spooled) turns[i] = new this.Spooled(turn, this.store!.put(turn.text));
    }
    this.docs[index] = { document, turns };
    const relations = contribution.relations.filter((relation) => relation.source !== relation.target && relation.type !== CO_OCCURS); // CO_OCCURS is reserved
    const chunk = this.chunker(index, turns, [...contribution.entities.map((entity) => entity.mentions), ...relations.map((relation) => relation.evidence)]);
    const drafts: NodeDraft[] = [];
    for (const entity of contribution.entities) {
      const draft = this.node(entity.key);
      drafts.push(draft);
      increment(draft.labelVotes, draft.labelVotes.has(entity.label) ? entity.label : own(entity.label), entity.weight);
      increment(draft.typeVotes, entity.type, entity.weight);
      for (const alias of entity.aliases) if (!draft.aliases.has(alias)) draft.aliases.add(own(alias));
      if (entity.mentions.length) draft.chunks.push(chunk(entity.mentions));
      draft.documents.add(document.id);
      draft.speaker ||= entity.speaker;
      draft.firstEntityDoc = Math.min(draft.firstEntityDoc, index);
    }
    for (const speaker of contribution.speakers) {
      const draft = this.node(speaker.key);
      if (index < draft.firstSpeakerDoc) {
        draft.firstSpeakerDoc = index;
        draft.firstSpeakerLabel = own(speaker.label);
      }
      for (const alias of speaker.aliases) if (!draft.aliases.has(alias)) draft.aliases.add(own(alias));
      draft.documents.add(document.id);
      draft.speaker = true;
    }
    this.addRelations(relations, chunk);
    if (this.cooccurrence) this.addPairs(index, contribution, drafts);
  }

  /**
   * A scoped merger's add: the document's turns are only kept for quoting, and its nodes only drafted, to tell which
   * ends exist: with `ends`, only those; then only relations and pairs between two of them can be in scope.
   */
  private addScoped(index: number, contribution: DocumentContribution, scope: MergeScope): void {
    const { document, turns } = contribution;
    this.docs[index] = { document, turns };
    const ends = scope.ends;
    const drafts = contribution.entities.map((entity) => (!ends || ends.has(entity.key) ? this.node(entity.key) : undefined));
    for (const speaker of contribution.speakers) if (!ends || ends.has(speaker.key)) this.node(speaker.key);
    const relations = contribution.relations.filter(
      (relation) =>
        relation.source !== relation.target &&
        relation.type !== CO_OCCURS &&
        (!ends || (ends.has(relation.source) && ends.has(relation.target))) &&
        (!scope.edges || scope.edges.has(typedKey(relation))),
    );
    this.addRelations(relations, this.chunker(index, turns, relations.map((relation) => relation.evidence)));
    if (this.cooccurrence) this.addPairs(index, contribution, drafts);
  }

  /** Span chunks of one document, all in one block sized for these triples (taken in this order). */
  private chunker(index: number, turns: Turn[], triples: SpanTriples[]): (triples: SpanTriples) => SpanChunk {
    let size = 0;
    for (const list of triples) size += list.length;
    const block = new Int32Array(size);
    let used = 0;
    return (list) => {
      block.set(list, used);
      used += list.length;
      return { doc: index, turns, block, from: used - list.length, to: used };
    };
  }

  private addRelations(relations: DocumentContribution['relations'], chunk: (triples: SpanTriples) => SpanChunk): void {
    for (const relation of relations) {
      const key = typedKey(relation);
      let draft = this.typed.get(key);
      if (!draft) this.typed.set(own(key), (draft = { source: own(relation.source), target: own(relation.target), type: relation.type, chunks: [], rules: new Set() }));
      draft.chunks.push(chunk(relation.evidence));
      for (const rule of relation.rules) draft.rules.add(rule);
    }
  }

  /**
   * The merged nodes and edges; every index from 0 to the largest added must have been added. The merger is
   * emptied (its drafts would otherwise live as long as it does, beside the graph made from them). `step` is
   * called every few nodes and edges made, e.g. to let a heap governor collect the drafts already let go.
   */
  /** Document number `index` will not be added (it could not be read): the graph is made without it. */
  skip(index: number): void {
    if (this.docs[index]) throw new OptionsError('turngraph assemble', `document ${index} was added, so it cannot be skipped`);
    this.skipped.add(index);
  }

  finish(step: () => void = () => {}): MergedGraph {
    const documents: DocumentInfo[] = [];
    const turns: Turn[] = [];
    for (let i = 0; !this.scope && i < this.docs.length; i++) {
      const doc = this.docs[i];
      if (!doc && this.skipped.has(i)) continue;
      if (!doc) throw new OptionsError('turngraph assemble', `document ${i} was never added`);
      documents.push(doc.document);
      for (const turn of doc.turns) turns.push(turn);
    }
    let made = 0;
    const counted = (weight: number) => {
      made += weight;
      if (made >= STEP_EVERY) {
        made = 0;
        step();
      }
    };
    const nodes = this.scope ? [] : [...this.nodes.values()].sort((a, b) => compareKeys(a.key, b.key)).map((draft) => {
      counted(draft.chunks.length);
      return { key: draft.key, attributes: nodeAttributes(draft) };
    });
    const edges: MergedGraph['edges'] = [];
    for (const [key, draft] of this.typed) {
      if (!this.nodes.has(draft.source) || !this.nodes.has(draft.target)) continue;
      counted(draft.chunks.length);
      const evidence = expandSpans(draft.chunks);
      draft.chunks.length = 0;
      edges.push({ key, source: draft.source, target: draft.target, attributes: { type: draft.type, evidence, weight: evidence.length, rules: [...draft.rules].sort(compareKeys) } });
    }
    for (const targets of this.pairs.values()) {
      for (const pair of targets.values()) {
        counted(1);
        const { source, target } = pair;
        edges.push({
          key: pairKey(source.key, target.key),
          source: source.key,
          target: target.key,
          attributes: { type: CO_OCCURS, evidence: this.quotes(pair.kept), weight: pair.shared, rules: ['same-turn'] },
        });
      }
      targets.clear();
    }
    edges.sort((a, b) => compareKeys(a.key, b.key));
    this.docs.length = 0;
    this.nodes.clear();
    this.typed.clear();
    this.pairs.clear();
    this.strings.clear();
    return { documents, turns, nodes, edges };
  }

  /** Whether the scope (if any) holds this pair's edge; the answer is kept by the drafts' numbers. */
  private pairInScope(left: NodeDraft, right: NodeDraft): boolean {
    const edges = this.scope?.edges;
    if (!edges) return true;
    // With ends, drafts are made for those only: their numbers index a square of answers (0: not asked yet).
    const size = this.scope!.ends?.size ?? 0;
    if (left.id < size && right.id < size) {
      this.answers ??= new Uint8Array(size * size);
      const at = left.id * size + right.id;
      if (!this.answers[at]) this.answers[at] = edges.has(pairKey(left.key, right.key)) ? 1 : 2;
      return this.answers[at] === 1;
    }
    return edges.has(pairKey(left.key, right.key));
  }

  private quotes(kept: number[]): Span[] {
    const spans: Span[] = [];
    for (let i = 0; i < kept.length; i += 4) spans.push({ turn: this.docs[kept[i]]!.turns[kept[i + 1]].id, start: kept[i + 2], end: kept[i + 3] });
    return spans;
  }

  private intern(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    const kept = own(value);
    this.strings.set(kept, kept);
    return kept;
  }

  private node(key: string): NodeDraft {
    let draft = this.nodes.get(key);
    if (!draft) {
      key = own(key);
      draft = {
        key, id: this.nodes.size, labelVotes: new Map(), typeVotes: new Map(), aliases: new Set(), chunks: [], documents: new Set(), speaker: false,
        firstEntityDoc: Infinity, firstSpeakerDoc: Infinity, firstSpeakerLabel: '',
      };
      this.nodes.set(key, draft);
    }
    return draft;
  }

  /** The document's co-occurring pairs (summarised where it was extracted, or here for an older contribution). */
  private addPairs(index: number, contribution: DocumentContribution, drafts: Array<NodeDraft | undefined>): void {
    const stored = contribution.pairs;
    const { rows } = stored && stored.keep >= this.keep ? stored : summarisePairs(contribution.entities, this.keep);
    const entities = contribution.entities;
    for (let at = 0; at < rows.length; ) {
      const left = drafts[rows[at]];
      const right = drafts[rows[at + 1]];
      const leftMentions = entities[rows[at]].mentions;
      const rightMentions = entities[rows[at + 1]].mentions;
      const first = at + 4;
      at = first + rows[at + 3];
      if (!left || !right || !this.pairInScope(left, right)) continue;
      let targets = this.pairs.get(left.id);
      if (!targets) this.pairs.set(left.id, (targets = new Map()));
      let pair = targets.get(right.id);
      if (!pair) targets.set(right.id, (pair = { source: left, target: right, shared: 0, kept: [] }));
      pair.shared += rows[first - 2];
      // The earliest quotes (document, turn) across documents; this document's come in conversation order.
      const kept = pair.kept;
      const full = this.keep * 4;
      for (let q = first; q < at; q++) {
        const turn = rows[q];
        const last = kept.length - 4;
        if (kept.length >= full && (index > kept[last] || (index === kept[last] && turn >= kept[last + 1]))) break;
        let place = kept.length;
        while (place > 0 && (kept[place - 4] > index || (kept[place - 4] === index && kept[place - 3] > turn))) place -= 4;
        kept.splice(place, 0, index, turn, ...closestStretch(leftMentions, rightMentions, turn));
        if (kept.length > full) kept.length = full;
      }
    }
  }
}

/** The key of a typed edge: source|TYPE|target. */
export function typedKey(relation: { source: string; type: string; target: string }): string {
  return `${relation.source}|${relation.type}|${relation.target}`;
}

/** The key of the CO_OCCURS edge between two entities (left: the smaller key). */
export function pairKey(left: string, right: string): string {
  return `${left}|${CO_OCCURS}|${right}`;
}

/** The node's attributes; its drafts' span chunks are let go as they are expanded (finish peaks lower). */
function nodeAttributes(draft: NodeDraft): NodeAttrs {
  const mentions = expandSpans(draft.chunks);
  draft.chunks.length = 0;
  return tallyAttributes(draft, mentions);
}

/** What a node's attributes are made from, besides its mentions (votes may be changed: one tally, one use). */
export type NodeTally = Pick<NodeDraft, 'key' | 'labelVotes' | 'typeVotes' | 'aliases' | 'speaker' | 'firstEntityDoc' | 'firstSpeakerDoc' | 'firstSpeakerLabel'> & { documents: Iterable<string> };

export function tallyAttributes(draft: NodeTally, mentions: Span[]): NodeAttrs {
  // A speaker first met before any document names them as an entity gets one "person" vote, with that label.
  if (draft.firstSpeakerDoc < draft.firstEntityDoc) {
    increment(draft.typeVotes, 'person', 1);
    increment(draft.labelVotes, draft.firstSpeakerLabel, 1);
  }
  const label = topVote(draft.labelVotes) ?? draft.key;
  return {
    label,
    type: topVote(draft.typeVotes) ?? 'concept',
    // The other names it goes by: a speaker's labels include the name itself ("Sam Altman: …"), which is no alias.
    aliases: [...draft.aliases].filter((alias) => alias !== label).sort(compareKeys),
    mentions,
    documents: [...draft.documents].sort(compareKeys),
    speaker: draft.speaker,
    x: 0,
    y: 0,
    size: 1,
    color: '',
  };
}

/**
 * One document's share of one node: what a merge adds for that key from that document. A node's attributes are
 * those of its parts, in document order (nodeFromParts), as GraphMerger makes them: src/build/live.ts keeps the
 * parts, so an edited document's nodes are made again without going through every other document's entities.
 */
export interface NodePart {
  doc: number;
  documentId: string;
  /** Label and type votes of the entities under this key here; none where it only speaks. */
  votes: Array<{ label: string; type: EntityType; weight: number }>;
  aliases: string[];
  speaker: boolean;
  /** The label of its first speaker entry here, or null where it does not speak. */
  speakerLabel: string | null;
  /** Its mentions here, in order, without duplicates. */
  mentions: Span[];
}

/** The node parts of document number `index`, by key; without `mentions`, their mention lists are left empty. */
export function documentNodeParts(index: number, contribution: DocumentContribution, mentions = true): Map<string, NodePart> {
  const { document, turns } = contribution;
  const parts = new Map<string, NodePart>();
  const chunks = new Map<string, SpanChunk[]>();
  const part = (key: string) => {
    let found = parts.get(key);
    if (!found) parts.set(key, (found = { doc: index, documentId: document.id, votes: [], aliases: [], speaker: false, speakerLabel: null, mentions: [] }));
    return found;
  };
  for (const entity of contribution.entities) {
    const found = part(entity.key);
    found.votes.push({ label: entity.label, type: entity.type, weight: entity.weight });
    found.aliases.push(...entity.aliases);
    found.speaker ||= entity.speaker;
    if (!mentions || !entity.mentions.length) continue;
    const block = Int32Array.from(entity.mentions);
    let list = chunks.get(entity.key);
    if (!list) chunks.set(entity.key, (list = []));
    list.push({ doc: index, turns, block, from: 0, to: block.length });
  }
  for (const speaker of contribution.speakers) {
    const found = part(speaker.key);
    found.speakerLabel ??= speaker.label;
    found.aliases.push(...speaker.aliases);
    found.speaker = true;
  }
  for (const [key, list] of chunks) part(key).mentions = expandSpans(list);
  return parts;
}

/** A node's attributes from all its parts, in document order: the same as a merge of those documents makes. */
export function nodeFromParts(key: string, parts: readonly NodePart[]): NodeAttrs {
  // A document has one part per key: its id once, so the documents need no set.
  const tally: NodeTally = {
    key, labelVotes: new Map(), typeVotes: new Map(), aliases: new Set(), documents: parts.map((part) => part.documentId), speaker: false,
    firstEntityDoc: Infinity, firstSpeakerDoc: Infinity, firstSpeakerLabel: '',
  };
  for (const part of parts) {
    for (const vote of part.votes) {
      increment(tally.labelVotes, vote.label, vote.weight);
      increment(tally.typeVotes, vote.type, vote.weight);
    }
    if (part.votes.length) tally.firstEntityDoc = Math.min(tally.firstEntityDoc, part.doc);
    if (part.speakerLabel !== null && part.doc < tally.firstSpeakerDoc) {
      tally.firstSpeakerDoc = part.doc;
      tally.firstSpeakerLabel = part.speakerLabel;
    }
    for (const alias of part.aliases) tally.aliases.add(alias);
    tally.speaker ||= part.speaker;
  }
  // Concatenated natively, a few thousand arrays at a time (a call's argument count is bounded).
  let mentions: Span[] = [];
  for (let at = 0; at < parts.length; at += 4096) mentions = mentions.concat(...parts.slice(at, at + 4096).map((part) => part.mentions));
  return tallyAttributes(tally, mentions);
}

/** One document's [turn, start, end] triples (any order, repeats allowed) as spans, as the merge makes them. */
export function documentSpans(index: number, turns: Turn[], triples: SpanTriples): Span[] {
  return expandSpans([{ doc: index, turns, block: Int32Array.from(triples), from: 0, to: triples.length }]);
}

/**
 * Span objects in conversation order (document, turn, start, end), duplicates removed. Works on the numbers: the
 * only objects made are the spans returned (a 100 MB corpus has two million of them; a row object per span beside
 * each doubled what finish() allocates).
 */
function expandSpans(chunks: SpanChunk[]): Span[] {
  const sorted = chunks.length > 1 ? [...chunks].sort((a, b) => a.doc - b.doc) : chunks;
  let total = 0;
  let ordered = true;
  let previous: SpanChunk | null = null;
  let previousAt = 0;
  for (const chunk of sorted) {
    total += (chunk.to - chunk.from) / 3;
    for (let i = chunk.from; ordered && i < chunk.to; i += 3) {
      if (previous) ordered = compareAt(previous, previousAt, chunk, i) < 0;
      previous = chunk;
      previousAt = i;
    }
  }
  const span = (chunk: SpanChunk, i: number): Span => ({ turn: chunk.turns[chunk.block[i]].id, start: chunk.block[i + 1], end: chunk.block[i + 2] });
  if (ordered) {
    const spans: Span[] = new Array(total);
    let k = 0;
    for (const chunk of sorted) for (let i = chunk.from; i < chunk.to; i += 3) spans[k++] = span(chunk, i);
    return spans;
  }
  // Out of order or repeated: sort (chunk, offset) pairs packed as numbers, then keep the first of equal ones.
  const order: number[] = [];
  sorted.forEach((chunk, c) => {
    for (let i = chunk.from; i < chunk.to; i += 3) order.push(c * 2 ** 26 + (i - chunk.from));
  });
  const chunkOf = (packed: number) => sorted[Math.floor(packed / 2 ** 26)];
  const offsetOf = (packed: number) => chunkOf(packed).from + (packed % 2 ** 26);
  const compare = (a: number, b: number) => compareAt(chunkOf(a), offsetOf(a), chunkOf(b), offsetOf(b));
  order.sort(compare);
  const spans: Span[] = [];
  for (let k = 0; k < order.length; k++) if (k === 0 || compare(order[k - 1], order[k]) !== 0) spans.push(span(chunkOf(order[k]), offsetOf(order[k])));
  return spans;
}

/** Compares the span at `i` in chunk `a`'s block with the one at `j` in chunk `b`'s: document, turn, start, end. */
function compareAt(a: SpanChunk, i: number, b: SpanChunk, j: number): number {
  return a.doc - b.doc || a.block[i] - b.block[j] || a.block[i + 1] - b.block[j + 1] || a.block[i + 2] - b.block[j + 2];
}

/**
 * A copy of `value` that holds on to nothing else. A string cut from a longer one (a title or a label sliced from a
 * transcript's text, a key joined from such pieces) keeps the whole of that text alive for as long as it lives:
 * every document's full text, held by the merged graph's labels and titles until the graph is written (at 40 MB of
 * transcripts, 40 MB of texts a spooled build meant to keep out of memory). Strings under 13 characters are copied
 * by V8 whenever they are cut, so they are returned as they are.
 */
export function own(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}

function ownDocument(document: DocumentInfo): DocumentInfo {
  return { ...document, id: own(document.id), title: own(document.title), source: own(document.source) };
}

function increment<K>(votes: Map<K, number>, key: K, by: number): void {
  votes.set(key, (votes.get(key) ?? 0) + by);
}

/** The most voted key; ties go to the first key in sorted order, so the result never depends on input order. */
function topVote<K extends string>(votes: Map<K, number>): K | undefined {
  let best: K | undefined;
  for (const [key, count] of votes) {
    const bestCount = best === undefined ? -1 : votes.get(best)!;
    if (count > bestCount || (count === bestCount && compareKeys(key, best!) < 0)) best = key;
  }
  return best;
}
