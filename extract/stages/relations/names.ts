// Relations stated by an entity's own name: "特朗普政府" → Donald Trump LEADS it when 特朗普 is a person
// of the document; "Facebook AI Lab in Paris" → PART_OF Facebook, LOCATED_IN Paris.
import type { NameRule } from '../../rules.ts';
import type { Entity, Relation, ResolvedMention } from '../../types.ts';

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐–—_·・.]+/gu, '');

export function nameRelations(rules: NameRule[], entities: Entity[], mentions: ResolvedMention[]): Relation[] {
  const byName = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const name of new Set([e.label, ...e.aliases].map(fold))) byName.set(name, [...(byName.get(name) ?? []), e]);
  }
  const relations: Relation[] = [];
  const entityOf = new Map(entities.map((e) => [e.key, e]));
  for (const mention of mentions) {
    const self = entityOf.get(mention.entity);
    if (!self) continue;
    for (const rule of rules) {
      if (!rule.entityTypes.includes(self.type)) continue;
      const match = rule.regex.exec(mention.surface);
      const name = match?.groups?.[rule.self === 'S' ? 'O' : 'S'];
      if (!name) continue;
      const other = (byName.get(fold(name)) ?? []).find((e) => e.key !== self.key && rule.otherTypes.includes(e.type));
      if (!other) continue;
      const [source, target] = rule.self === 'S' ? [self.key, other.key] : [other.key, self.key];
      relations.push({ source, target, type: rule.type, evidence: [{ turn: mention.turn, start: mention.start, end: mention.end }], rules: [rule.id] });
    }
  }
  return relations;
}
