// Stage relations: typed, directed relations stated by a sentence, found by the patterns of
// extract/data/relations.json over the resolved mentions of each turn (never mere adjacency).
import type { Entity, DocumentExtraction, Relation, ResolvedDocument, ResolvedMention } from '../types.ts';
import type { Party, PatternRule, RelationRules } from '../rules.ts';
import { splitSentences } from './relations/sentences.ts';
import { maskSentence, placeholderIndices, type MaskableMention as Maskable } from './relations/mask.ts';
import { affiliations, resolveParty, turnParties, type TurnParties } from './relations/parties.ts';
import { nameRelations } from './relations/names.ts';
import { mergeRelations } from './relations/merge.ts';

export function extractRelations(doc: ResolvedDocument, rules: RelationRules): DocumentExtraction {
  const entities = new Map(doc.entities.map((e) => [e.key, e]));
  const speakerKeys = new Set(doc.speakers.map((s) => s.key));
  const parties = turnParties(doc.turns, doc.speakers);
  const known = new Set(doc.mentions.filter((m) => m.source !== 'discovery').map((m) => m.entity));
  const byTurn = new Map<string, MaskableMention[]>();
  for (const m of doc.mentions) {
    const type = entities.get(m.entity)?.type ?? m.type;
    const loose = known.has(m.entity) ? [] : (rules.looseTypes[type] ?? []);
    const list = byTurn.get(m.turn) ?? [];
    list.push({ ...m, types: [type, ...loose].join('/') });
    byTurn.set(m.turn, list);
  }
  const sentences = doc.turns
    .filter((t) => t.kind !== 'boilerplate')
    .flatMap((turn) => {
      const mentions = byTurn.get(turn.id) ?? [];
      return splitSentences(turn.text, mentions).map((w) => ({ turn, sentence: maskSentence(turn.text, w, mentions) }));
    });
  const run = (patterns: PatternRule[], orgOf: Map<string, string>) =>
    sentences.flatMap(({ turn, sentence }) =>
      matchSentence(patterns, turn, sentence, parties.get(turn.id)!, orgOf, speakerKeys, entities, byTurn.get(turn.id) ?? []),
    );
  const first = run(rules.patterns.filter((r) => !r.needsAffiliation), new Map());
  const orgOf = affiliations(first, entities, rules.affiliation);
  const second = run(rules.patterns.filter((r) => r.needsAffiliation), orgOf);
  const named = nameRelations(rules.names, doc.entities, doc.mentions);
  const turnOrder = new Map(doc.turns.map((t) => [t.id, t.index]));
  return { ...doc, relations: mergeRelations([...first, ...second, ...named], turnOrder) };
}

type MaskableMention = ResolvedMention & Maskable;

function matchSentence(
  patterns: PatternRule[],
  turn: ResolvedDocument['turns'][number],
  sentence: ReturnType<typeof maskSentence<MaskableMention>>,
  parties: TurnParties,
  orgOf: Map<string, string>,
  speakerKeys: Set<string>,
  entities: Map<string, Entity>,
  turnMentions: MaskableMention[],
): Relation[] {
  /** The person last named before an offset of the turn (他/她/he/she). */
  const antecedent = (offset: number) =>
    turnMentions.filter((m) => m.end <= offset && entities.get(m.entity)?.type === 'person').sort((a, b) => b.end - a.end)[0]?.entity ?? null;
  const found: (Relation & { fallback: boolean })[] = [];
  const present = new Set(sentence.mentions.flatMap((m) => m.types.split('/')));
  for (const rule of patterns) {
    if (!rule.kinds.includes(turn.kind)) continue;
    // A slot whose types no mention of the sentence has cannot match: skip the regex (most rules, most sentences).
    if ([rule.subject, rule.object].some((slot) => slot in rule.slotTypes && !rule.slotTypes[slot].some((t) => present.has(t)))) continue;
    if (rule.firstTurns !== null && (parties.turnNumber === null || parties.turnNumber >= rule.firstTurns)) continue;
    if (rule.speakerRole !== null && parties.speakerRole !== rule.speakerRole) continue;
    if (rule.addresseeRole !== null && parties.addresseeRole !== rule.addresseeRole) continue;
    rule.regex.lastIndex = 0;
    for (let match = rule.regex.exec(sentence.masked); match; match = rule.regex.exec(sentence.masked)) {
      rule.regex.lastIndex = match.index + 1; // overlapping matches: every start position gets its chance
      const ends = (role: string): string[] | null => {
        if (!(role in (match!.groups ?? {}))) {
          const key =
            role === 'antecedent'
              ? antecedent(sentence.origin[match!.index])
              : resolveParty(role as Exclude<Party, 'antecedent'>, parties, orgOf, rule.personFallback);
          return key === null ? [] : [key];
        }
        const label = rule.labels[role];
        return placeholderIndices(match!.groups![role])
          .map((i) => sentence.mentions[i])
          .filter((m) => {
            const e = entities.get(m.entity);
            if (rule.speakersOnly.includes(role) && !speakerKeys.has(m.entity)) return false;
            if (isLoose(m, role) && rule.strict.includes(role)) return false;
            return !label || (e !== undefined && [e.label, ...e.aliases].some((n) => label.test(n)));
          })
          .map((m) => {
            if (isLoose(m, role)) loose.add(m.entity);
            return m.entity;
          });
      };
      /** A mention filling a slot only through a looser type (a discovered "organization" as a model). */
      const isLoose = (m: MaskableMention, slot: string) => !rule.slotTypes[slot].includes(m.types.split('/')[0]);
      const loose = new Set<string>();
      const sources = ends(rule.subject) ?? [];
      const targets = ends(rule.object) ?? [];
      // Evidence covers the match and every slot, even one matched inside a lookbehind.
      const ranges = [[match.index, match.index + match[0].length], ...Object.values(match.indices?.groups ?? {}).filter((r) => r !== undefined)];
      const from = Math.min(...ranges.map((r) => r[0]));
      const to = Math.max(...ranges.map((r) => r[1]));
      const start = trimStart(turn.text, sentence.origin[from], sentence.origin[to]);
      const end = trimEnd(turn.text, start, sentence.origin[to]);
      for (const source of sources) {
        for (const target of targets) {
          if (source === target || (loose.has(source) && loose.has(target))) continue;
          found.push({ source, target, type: rule.type, evidence: [{ turn: turn.id, start, end }], rules: [rule.id], fallback: rule.fallback });
        }
      }
    }
  }
  const firm = found.filter((r) => !r.fallback);
  return found
    .filter((r) => !r.fallback || !firm.some((f) => f.type === r.type && (f.target === r.target || f.source === r.source)))
    .map(({ fallback: _, ...r }) => r);
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/u.test(text[start])) start++;
  return start;
}
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end;
}
