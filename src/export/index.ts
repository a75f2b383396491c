// Exports of a turngraph graph for other tools: GEXF and GraphML (Gephi), CSV (neo4j-admin import), Cypher script.
// exportGraph returns file name → content; the CLI writes them atomically.
import type { KnowledgeGraph } from '../model.ts';
import { OptionsError } from '../../extract/errors.ts';
import { toCSV } from './csv.ts';
import { toCypherScript } from './cypher.ts';
import { toGEXF } from './gexf.ts';
import { toGraphML } from './graphml.ts';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** For csv: several files (OUT is a folder); else one file, under the key "". */
export function exportGraph(graph: KnowledgeGraph, format: string): Record<string, string> {
  switch (format as ExportFormat) {
    case 'gexf':
      return { '': toGEXF(graph) };
    case 'graphml':
      return { '': toGraphML(graph) };
    case 'cypher':
      return { '': toCypherScript(graph) };
    case 'csv':
      return toCSV(graph);
    default:
      throw new OptionsError('turngraph export', `--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  }
}

export { toCSV, toCypherScript, toGEXF, toGraphML };
export { cypherLiteral, cypherString } from './cypher.ts';
export { csvField } from './csv.ts';
export { xmlEscape } from './graphml.ts';
