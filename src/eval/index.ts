// Evaluation of a turngraph graph against a hand-made gold annotation: pure functions, no I/O.
// The CLI (src/cli/eval.ts) reads the files, calls these, and prints.
export { evaluate, ratio, goldDocumentId, NAMED_TYPES, CO_OCCURS } from './evaluate.ts';
export type { EvalReport, Ratio, NodeRef, MissedRelation, RelationMiss } from './evaluate.ts';
export { formatReport } from './format.ts';
export { parseGraph, parseGold } from './input.ts';
export type { EvalGraph, Gold, GoldEntity, GoldRelation } from './input.ts';
export { normalizeName } from './normalize.ts';
export { matchEntities } from './match.ts';
export { checkSpans } from './spans.ts';
export { EvalError } from './errors.ts';
