// Relations stated by an entity's own name: "特朗普政府" → Donald Trump LEADS it when 特朗普 is a person
// of the document; "Facebook AI Lab in Paris" → PART_OF Facebook, LOCATED_IN Paris.
import type { NameRule } from '../../rules.ts';
import type { Entity, Relation, ResolvedMention } from '../../types.ts';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐–—_·・.]+/gu, '');

export function nameRelations(rules: NameRule[], entities: Entity[], mentions: ResolvedMention[]): Relation[] {
  const byName = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const name of new Set([e.label, ...e.aliases].map(fold))) {
      const list = byName.get(name);
      if (list) list.push(e);
      else byName.set(name, [e]);
    }
  }
  const relations: Relation[] = [];
  const entityOf = new Map(entities.map((e) => [e.key, e]));
  // Each distinct surface of an entity is read once; all its mentions are the evidence.
  const groups = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const key = `${m.entity}\u0000${m.surface}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  for (const group of groups.values()) {
    const self = entityOf.get(group[0].entity);
    if (!self) continue;
    for (const rule of rules) {
      if (!rule.entityTypes.includes(self.type)) continue;
      const name = rule.regex.exec(group[0].surface)?.groups?.[rule.self === 'S' ? 'O' : 'S'];
      if (!name) continue;
      const other = (byName.get(fold(name)) ?? []).find((e) => e.key !== self.key && rule.otherTypes.includes(e.type));
      if (!other) continue;
      const [source, target] = rule.self === 'S' ? [self.key, other.key] : [other.key, self.key];
      const evidence = group.map((m) => ({ turn: m.turn, start: m.start, end: m.end }));
      relations.push({ source, target, type: rule.type, evidence, rules: [rule.id] });
    }
  }
  return relations;
}
