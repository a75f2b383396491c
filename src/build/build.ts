// Builds one graph from transcript files: read each, extract it, merge all into one graph.
// The CLI's `build` calls this; progress is reported through a callback, never printed here.
import { buildGraph, extractDocument, loadLexicon, loadRelationRules, readTranscript } from '../../extract/index.ts';
import type { Diagnostic, DocumentExtraction } from '../../extract/types.ts';
import type { KnowledgeGraph } from '../model.ts';

export interface BuildOptions {
  /** Extra lexicon files (--lexicon), merged over the bundled lexicon. */
  lexiconFiles: string[];
  /** Name stored in the graph attributes. */
  name: string;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { lexiconFiles: [], name: 'turngraph' };

export interface BuildProgress {
  done: number;
  total: number;
  path: string;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  diagnostics: Diagnostic[];
}

export function buildFromFiles(
  paths: string[],
  options: Partial<BuildOptions> = {},
  onProgress: (progress: BuildProgress) => void = () => {},
): BuildResult {
  const settings = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const context = { lexicon: loadLexicon(settings.lexiconFiles), rules: loadRelationRules() };
  const extractions: DocumentExtraction[] = [];
  const usedIds = new Set<string>();
  paths.forEach((path, index) => {
    const source = readTranscript(path);
    source.id = uniqueId(source.id, usedIds);
    extractions.push(extractDocument(source, context));
    onProgress({ done: index + 1, total: paths.length, path });
  });
  const graph = buildGraph(extractions, { name: settings.name });
  return { graph, diagnostics: extractions.flatMap((extraction) => extraction.diagnostics) };
}

/** Two files with the same name in different folders still get distinct document ids. */
function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}
