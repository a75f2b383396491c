// Matching graph nodes to gold entities by normalised name: a node matches every gold entity that
// shares its label or one of its aliases with the entity's name or aliases (see normalize.ts).
import type { EvalNode, GoldEntity } from './input.ts';
import { normalizeName } from './normalize.ts';

export interface EntityMatch {
  /** gold entity name → keys of the nodes that match it, sorted. */
  nodesOf: Map<string, string[]>;
  /** node key → names of the gold entities it matches, in gold order. */
  entitiesOf: Map<string, string[]>;
}

/** Every normalised name under which a gold entity can be written. */
function goldNames(entity: GoldEntity): Set<string> {
  return new Set([entity.name, ...entity.aliases].map(normalizeName).filter(Boolean));
}

/** Every normalised name a node carries: its label and its aliases. */
export function nodeNames(node: EvalNode): Set<string> {
  return new Set([node.attributes.label, ...node.attributes.aliases].map(normalizeName).filter(Boolean));
}

export function matchEntities(nodes: EvalNode[], entities: GoldEntity[]): EntityMatch {
  const byName = new Map<string, string[]>();
  for (const entity of entities) {
    for (const name of goldNames(entity)) {
      const list = byName.get(name) ?? [];
      if (!list.includes(entity.name)) list.push(entity.name);
      byName.set(name, list);
    }
  }
  const order = new Map(entities.map((e, i) => [e.name, i]));
  const nodesOf = new Map<string, string[]>(entities.map((e) => [e.name, []]));
  const entitiesOf = new Map<string, string[]>();
  for (const node of nodes) {
    const matched = new Set<string>();
    for (const name of nodeNames(node)) for (const entity of byName.get(name) ?? []) matched.add(entity);
    if (matched.size === 0) continue;
    const sorted = [...matched].sort((a, b) => order.get(a)! - order.get(b)!);
    entitiesOf.set(node.key, sorted);
    for (const entity of sorted) nodesOf.get(entity)!.push(node.key);
  }
  for (const keys of nodesOf.values()) keys.sort();
  return { nodesOf, entitiesOf };
}
