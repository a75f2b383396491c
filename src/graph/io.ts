// Reading and writing graph files: graphology's serialised JSON, written atomically, checked on load.
// The only graph code that touches the disk.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { TurngraphError } from '../../extract/errors.ts';
import type { KnowledgeGraph, SerializedKnowledgeGraph } from '../model.ts';

/** A graph file that is missing, unreadable or not a turngraph graph. */
export class GraphFileError extends TurngraphError {
  constructor(message: string) {
    super('turngraph graph', message);
  }
}

/** The graph as graphology's serialised JSON, with stable formatting (one entry per line pair). */
export function toGraphJSON(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

/** Writes the graph to a temporary file beside `path`, then renames it: a good file is never half-overwritten. */
export function writeGraphFile(path: string, graph: KnowledgeGraph): void {
  writeFileAtomic(path, toGraphJSON(graph));
}

export function writeFileAtomic(path: string, content: string): void {
  const temporary = temporaryBeside(path);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new GraphFileError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Prepares an atomic write of `path`: creates its folder, refuses a directory, and returns the name of a
 * temporary file beside it (same file system, so the final rename is atomic).
 */
export function temporaryBeside(path: string): string {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    throw new GraphFileError(`cannot create the folder ${folder}`);
  }
  if (isDirectory(path)) throw new GraphFileError(`${path} is a directory; give a file name such as ${join(path, 'graph.json')}`);
  return join(folder, `.${basename(path)}.${process.pid}.tmp`);
}

/** Loads and checks a graph file written by `turngraph build`. */
export function readGraphFile(path: string): KnowledgeGraph {
  if (!isFile(path)) throw new GraphFileError(`${path}: no such file (build it first: turngraph build TRANSCRIPT -o ${path})`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GraphFileError(`${path} is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  return fromGraphJSON(data, path);
}

/** Builds the typed graph from parsed JSON, checking the parts every consumer relies on. */
export function fromGraphJSON(data: unknown, name = 'graph'): KnowledgeGraph {
  const serialized = data as SerializedKnowledgeGraph;
  if (!serialized || typeof serialized !== 'object' || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    throw new GraphFileError(`${name} is not a graphology graph export (needs "nodes" and "edges" arrays)`);
  }
  const attributes = serialized.attributes;
  if (!attributes || !Array.isArray(attributes.documents) || !Array.isArray(attributes.turns)) {
    throw new GraphFileError(`${name} is not a turngraph graph (graph attributes "documents" and "turns" are missing)`);
  }
  try {
    const graph: KnowledgeGraph = new MultiDirectedGraph();
    graph.import(serialized);
    return graph;
  } catch (error) {
    throw new GraphFileError(`${name} cannot be loaded: ${(error as Error).message.split('\n')[0]}`);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
