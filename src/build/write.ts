// Streaming graph writer for large corpora: the same bytes as toGraphJSON (src/graph/io.ts), produced piece by
// piece, so a graph whose JSON exceeds V8's longest string (~512 MB) can still be written, with less memory.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { EdgeAttrs, KnowledgeGraph, NodeAttrs } from '../model.ts';
import { GraphFileError, temporaryBeside } from '../graph/io.ts';

/**
 * Serialised pieces kept from one write to the next, as UTF-8 bytes, for a writer whose graphs share objects
 * (src/build/live.ts rebuilds the graph from mostly the same objects after an edit). Turns, documents and edges
 * are kept in blocks (a document's turns, a node's outgoing edges), reused while the block's objects are the same;
 * a node is kept per attributes object, its layout (x, y, size, color: the last fields) appended at each write.
 * Only for objects not changed in place between writes, other than by the layout. A node's mentions can come as
 * runs serialised elsewhere (`mentionRuns`, e.g. one per few dozen documents, kept while those are unchanged; each
 * run is a piece of every write, so a few dozen per node at most): non-empty, and joined with commas, the mentions
 * array's elements.
 */
export class JSONMemo {
  private readonly blocks = new WeakMap<object, Block>();
  /** Each item's JSON, for blocks made again around a changed item. */
  private readonly pieces = new WeakMap<object, Buffer>();
  private readonly heads = new WeakMap<object, NodePieces | null>();

  constructor(private readonly mentionRuns: (attributes: NodeAttrs) => Buffer[] | null = () => null) {}

  /**
   * The JSON of `items`' elements, joined with commas, as blocks of consecutive objects in one group (a document's
   * turns, a node's edges); a block whose objects are the same as at the last write is one piece, not serialised again.
   */
  *elements<T>(items: readonly T[], identity: (item: T) => object, group: (item: T) => unknown, json: (item: T) => string): Generator<Buffer> {
    for (let i = 0; i < items.length; ) {
      let block = this.blocks.get(identity(items[i]));
      if (!block || block.objects.length > items.length - i || block.objects.some((object, k) => object !== identity(items[i + k]))) {
        const first = group(items[i]);
        let end = i + 1;
        while (end < items.length && end - i < MOST_IN_BLOCK && group(items[end]) === first) end++;
        const objects: object[] = [];
        const parts: Buffer[] = [];
        for (let k = i; k < end; k++) {
          const object = identity(items[k]);
          let bytes = this.pieces.get(object);
          if (!bytes) this.pieces.set(object, (bytes = Buffer.from(json(items[k]))));
          objects.push(object);
          if (k > i) parts.push(COMMA);
          parts.push(bytes);
        }
        block = { objects, bytes: Buffer.concat(parts) };
        this.blocks.set(objects[0], block);
        // One copy of the bytes, not two: each item's piece becomes a view into its block, and a block that began
        // at an item now inside this one is dropped (it would keep its bytes alive as long as that item lives).
        for (let k = 0, offset = 0; k < objects.length; k++) {
          if (k) {
            this.blocks.delete(objects[k]);
            offset += COMMA.length;
          }
          const length = this.pieces.get(objects[k])!.length;
          this.pieces.set(objects[k], block.bytes.subarray(offset, offset + length));
          offset += length;
        }
      }
      if (i) yield COMMA;
      yield block.bytes;
      i += block.objects.length;
    }
  }

  /** The node's JSON: its serialised pieces (everything but the layout) and the layout fields, or the whole. */
  *node(key: string, attributes: NodeAttrs): Generator<string | Buffer> {
    let pieces = this.heads.get(attributes);
    if (pieces === undefined) this.heads.set(attributes, (pieces = nodePieces(key, attributes, this.mentionRuns(attributes))));
    const { x, y, size, color } = attributes;
    if (!pieces || !Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || typeof color !== 'string') {
      yield JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes });
      return;
    }
    yield* pieces;
    yield `,"x":${JSON.stringify(x)},"y":${JSON.stringify(y)},"size":${JSON.stringify(size)},"color":${JSON.stringify(color)}}}`;
  }
}

type NodePieces = Array<string | Buffer>;

interface Block {
  /** The identities of the items serialised, in order. */
  objects: readonly object[];
  bytes: Buffer;
}

/** Objects serialised together at most (a block is serialised again whole when one of them changes). */
const MOST_IN_BLOCK = 512;

const LAYOUT_FIELDS = ['x', 'y', 'size', 'color'];
const COMMA = Buffer.from(',');
/** The fields of a merged node, in order (extract/stages/merge.ts): mentions may come as runs. */
const NODE_FIELDS = ['label', 'type', 'aliases', 'mentions', 'documents', 'speaker', ...LAYOUT_FIELDS];

/**
 * `{"key":…,"attributes":{…` up to the layout fields, when they are the attributes' last four; else null. With
 * runs, the mentions are those runs (the fields must then be exactly a merged node's).
 */
function nodePieces(key: string, attributes: NodeAttrs, runs: Buffer[] | null): NodePieces | null {
  const names = Object.keys(attributes);
  if (runs && names.length === NODE_FIELDS.length && NODE_FIELDS.every((name, i) => names[i] === name)) {
    const { label, type, aliases, documents, speaker } = attributes;
    const pieces: NodePieces = [`${JSON.stringify({ key, attributes: { label, type, aliases } }).slice(0, -2)},"mentions":[`];
    runs.forEach((run, i) => pieces.push(...(i ? [COMMA, run] : [run])));
    pieces.push(`],"documents":${JSON.stringify(documents)},"speaker":${JSON.stringify(speaker)}`);
    return pieces;
  }
  if (names.length <= LAYOUT_FIELDS.length || LAYOUT_FIELDS.some((name, i) => names[names.length - LAYOUT_FIELDS.length + i] !== name)) return null;
  const { x: _x, y: _y, size: _size, color: _color, ...rest } = attributes;
  return [Buffer.from(JSON.stringify({ key, attributes: rest }).slice(0, -2))];
}

/**
 * Where each record of a written graph file lies: [start, end) byte offsets, flat, of each document entry, turn,
 * node and edge (src/build/patch.ts splices records of a later build into the file).
 */
export interface RecordOffsets {
  documents: number[];
  turns: number[];
  nodes: number[];
  edges: number[];
}

/** A place in the chunks: the writer notes its byte offset in that list of RecordOffsets. */
class Mark {
  constructor(readonly list: number[]) {}
}

/**
 * The graph's serialised JSON in chunks; joined, they equal `JSON.stringify(graph.export()) + "\n"`. With a memo,
 * pieces unchanged since its last use come as the bytes kept from then. With offsets (and no memo), marks before
 * and after each record tell the writer to note where it lies.
 */
export function* graphJSONChunks(graph: KnowledgeGraph, memo: JSONMemo | null = null, offsets: RecordOffsets | null = null): Generator<string | Buffer | Mark> {
  yield `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":{`;
  let first = true;
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (value === undefined || typeof value === 'function') continue; // as JSON.stringify skips them
    yield `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    const marks = offsets && (name === 'documents' || name === 'turns') ? offsets[name] : null;
    if (marks && Array.isArray(value)) yield* markedArray(value, marks, (item) => JSON.stringify(item ?? null));
    else if (memo && Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null)) {
      yield '[';
      const same = (item: object) => item;
      yield* memo.elements(value as object[], same, (item) => (item as { document?: unknown }).document, (item) => JSON.stringify(item));
      yield ']';
    } else if (Array.isArray(value)) yield* arrayChunks(value, (item) => JSON.stringify(item ?? null));
    else yield JSON.stringify(value);
  }
  yield '},"nodes":[';
  let comma = '';
  for (const key of graph.nodes()) {
    const attributes = graph.getNodeAttributes(key);
    if (memo) {
      yield comma;
      yield* memo.node(key, attributes);
    } else if (offsets) yield* marked(comma, JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes }), offsets.nodes);
    else yield `${comma}${JSON.stringify(isEmpty(attributes) ? { key } : { key, attributes })}`;
    comma = ',';
  }
  yield '],"edges":[';
  if (memo) {
    const edges: EdgeEntry[] = [];
    graph.forEachEdge((key, attributes, source, target) => edges.push({ key, attributes, source, target }));
    // Blocks by source: an edit changes the edges of a few nodes.
    yield* memo.elements(
      edges,
      (edge) => edge.attributes,
      (edge) => edge.source,
      (edge) => edgeJSON(edge.key, edge.source, edge.target, edge.attributes),
    );
  } else {
    let comma = '';
    for (const key of graph.edges()) {
      const json = edgeJSON(key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
      if (offsets) yield* marked(comma, json, offsets.edges);
      else yield `${comma}${json}`;
      comma = ',';
    }
  }
  yield ']}\n';
}

interface EdgeEntry {
  key: string;
  attributes: EdgeAttrs;
  source: string;
  target: string;
}

function edgeJSON(key: string, source: string, target: string, attributes: EdgeAttrs): string {
  const edge = { key, source, target };
  return JSON.stringify(isEmpty(attributes) ? edge : { ...edge, attributes });
}

/** A record between marks: its separator, then a mark, the record, a mark. */
function* marked(comma: string, json: string, list: number[]): Generator<string | Mark> {
  if (comma) yield comma;
  const mark = new Mark(list);
  yield mark;
  yield json;
  yield mark;
}

function* markedArray<T>(items: readonly T[], list: number[], stringify: (item: T) => string): Generator<string | Mark> {
  yield '[';
  for (let i = 0; i < items.length; i++) yield* marked(i ? ',' : '', stringify(items[i]), list);
  yield ']';
}

function* arrayChunks<T>(items: readonly T[], stringify: (item: T) => string | undefined): Generator<string> {
  yield '[';
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}${stringify(items[i]) ?? 'null'}`;
  yield ']';
}

function isEmpty(object: object): boolean {
  for (const _ in object) return false;
  return true;
}

/**
 * Writes the graph through a temporary file beside `path`, then renames: a good file is never half-overwritten.
 * With offsets (and no memo), notes where each record lies in the file.
 */
export function writeGraphFileStreaming(path: string, graph: KnowledgeGraph, memo: JSONMemo | null = null, offsets: RecordOffsets | null = null): void {
  writeThroughTemporary(path, (fd) => {
    // Chunks are encoded straight into one reused buffer (no joined strings, no per-chunk Buffer): 3x less CPU.
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    let flushed = 0; // bytes written before the buffer's
    const flush = (bytes: Uint8Array) => {
      writeAll(fd, bytes);
      flushed += bytes.length;
    };
    for (const chunk of graphJSONChunks(graph, memo, memo ? null : offsets)) {
      if (chunk instanceof Mark) {
        chunk.list.push(flushed + used);
        continue;
      }
      if (typeof chunk !== 'string') {
        // Bytes kept from an earlier write: copied, not encoded again.
        if (used + chunk.length > buffer.length) {
          flush(buffer.subarray(0, used));
          used = 0;
        }
        if (chunk.length > buffer.length) flush(chunk);
        else {
          buffer.set(chunk, used);
          used += chunk.length;
        }
        continue;
      }
      const most = chunk.length * 3; // UTF-8 bytes per UTF-16 code unit, at most
      if (used + most > buffer.length) {
        flush(buffer.subarray(0, used));
        used = 0;
      }
      if (most > buffer.length) flush(Buffer.from(chunk, 'utf8'));
      else used += buffer.write(chunk, used, 'utf8');
    }
    flush(buffer.subarray(0, used));
  });
}

/**
 * Writes `path` through a temporary file beside it (`write` gets its descriptor), then renames: a good file is never
 * half-overwritten, and a failed write leaves no temporary file; the error is one line naming the path.
 */
export function writeThroughTemporary(path: string, write: (fd: number) => void): void {
  const temporary = temporaryBeside(path);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'w');
    write(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new GraphFileError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

const WRITE_BUFFER_BYTES = 4 << 20;

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}
