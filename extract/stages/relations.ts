// Stage relations: typed, directed relations stated by a sentence, found by the patterns of
// extract/data/relations.json over the resolved mentions of each turn (never mere adjacency).
import type { Entity, DocumentExtraction, Relation, ResolvedDocument, ResolvedMention } from '../types.ts';
import type { Party, PatternRule, RelationRules } from '../rules.ts';
import { splitSentences } from './relations/sentences.ts';
import { maskSentences, placeholderIndices, type MaskableMention as Maskable, type MaskedSentence } from './relations/mask.ts';
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
      const antecedent = antecedentOf(mentions, entities);
      return maskSentences(turn.text, splitSentences(turn.text, mentions), mentions).map((sentence) => ({ turn, sentence, antecedent }));
    });
  const run = (patterns: PatternRule[], orgOf: Map<string, string>) =>
    sentences.flatMap(({ turn, sentence, antecedent }) =>
      matchSentence(patterns, turn, sentence, parties.get(turn.id)!, orgOf, speakerKeys, entities, antecedent),
    );
  const first = run(rules.patterns.filter((r) => !r.needsAffiliation), new Map());
  const orgOf = affiliations(first, entities, rules.affiliation);
  const second = run(rules.patterns.filter((r) => r.needsAffiliation), orgOf);
  const named = nameRelations(rules.names, doc.entities, doc.mentions);
  const turnOrder = new Map(doc.turns.map((t) => [t.id, t.index]));
  return { ...doc, relations: mergeRelations([...first, ...second, ...named], turnOrder) };
}

type MaskableMention = ResolvedMention & Maskable;

/**
 * The person last named before an offset of the turn (他/她/he/she): the person mention with the greatest end at
 * or before it, the first listed among equal ends. Persons are sorted by end once; each question is a binary search.
 */
function antecedentOf(turnMentions: MaskableMention[], entities: Map<string, Entity>): (offset: number) => string | null {
  let persons: MaskableMention[] | null = null;
  return (offset) => {
    persons ??= turnMentions.filter((m) => entities.get(m.entity)?.type === 'person').sort((a, b) => a.end - b.end);
    let lo = 0;
    let hi = persons.length; // first index whose end > offset
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (persons[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    let at = lo - 1;
    while (at > 0 && persons[at - 1].end === persons[at].end) at--;
    return persons[at].entity;
  };
}

function matchSentence(
  patterns: PatternRule[],
  turn: ResolvedDocument['turns'][number],
  sentence: MaskedSentence<MaskableMention>,
  parties: TurnParties,
  orgOf: Map<string, string>,
  speakerKeys: Set<string>,
  entities: Map<string, Entity>,
  antecedent: (offset: number) => string | null,
): Relation[] {
  const found: (Relation & { fallback: boolean })[] = [];
  const present = new Set(sentence.mentions.flatMap((m) => m.types.split('/')));
  for (const rule of patterns) {
    if (!rule.kinds.includes(turn.kind)) continue;
    // A slot whose types no mention of the sentence has cannot match: skip the regex (most rules, most sentences).
    if (slotNeeds(rule).some((types) => !types.some((t) => present.has(t)))) continue;
    if (rule.firstTurns !== null && (parties.turnNumber === null || parties.turnNumber >= rule.firstTurns)) continue;
    if (rule.speakerRole !== null && parties.speakerRole !== rule.speakerRole) continue;
    if (rule.addresseeRole !== null && parties.addresseeRole !== rule.addresseeRole) continue;
    if (!cuesPresent(rule.regex, sentence.masked)) continue;
    const regex = guarded(rule.regex);
    regex.lastIndex = 0;
    for (let match = regex.exec(sentence.masked); match; match = regex.exec(sentence.masked)) {
      regex.lastIndex = match.index + 1; // overlapping matches: every start position gets its chance
      const ends = (role: string): string[] | null => {
        if (!(role in (match!.groups ?? {}))) {
          const key =
            role === 'antecedent'
              ? antecedent(sentence.origin(match!.index))
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
      const from = ranges.reduce((min, r) => Math.min(min, r[0]), Infinity);
      const to = ranges.reduce((max, r) => Math.max(max, r[1]), -Infinity);
      const start = trimStart(turn.text, sentence.origin(from), sentence.origin(to));
      const end = trimEnd(turn.text, start, sentence.origin(to));
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

const needs = new WeakMap<PatternRule, string[][]>();

/** The types each of the rule's subject and object slots accepts (parties need none), computed once per rule. */
function slotNeeds(rule: PatternRule): string[][] {
  let out = needs.get(rule);
  if (!out) needs.set(rule, (out = [rule.subject, rule.object].filter((slot) => slot in rule.slotTypes).map((slot) => rule.slotTypes[slot])));
  return out;
}

const cues = new WeakMap<RegExp, RegExp[]>();

/**
 * Whether every unnamed group the pattern cannot skip ("(?:首席执行官|CEO|执行长)", "(?:co-?founded|founded)") matches
 * somewhere in the sentence. A match of the whole pattern contains a match of each, so when one finds nothing the
 * pattern cannot match: a cheap scan for the cue words spares the full pattern on most sentences.
 */
function cuesPresent(regex: RegExp, text: string): boolean {
  let list = cues.get(regex);
  if (!list) cues.set(regex, (list = requiredGroups(regex)));
  for (const cue of list) if (!cue.test(text)) return false;
  return true;
}

/** The top-level unnamed groups of a pattern that must match (no quantifier allowing zero, no top-level "|"), compiled alone. */
function requiredGroups(regex: RegExp): RegExp[] {
  const source = regex.source;
  const flags = regex.flags.replace(/[dgy]/gu, '');
  const groups: string[] = [];
  let depth = 0;
  let inClass = false;
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '|' && depth === 0) return [];
    else if (c === '(' && depth++ === 0) open = i;
    else if (c === ')' && --depth === 0) {
      const group = source.slice(open, i + 1);
      const next = source.slice(i + 1);
      const optional = /^(?:[?*]|\{0*,|\{0+\})/u.test(next);
      if (!optional && group.startsWith('(?:') && !/\\k<|\(\?<(?![=!])/u.test(group)) groups.push(group);
    }
  }
  const out: RegExp[] = [];
  for (const group of groups) {
    try {
      out.push(new RegExp(group, flags));
    } catch {
      return [];
    }
  }
  return out;
}

const guards = new WeakMap<RegExp, RegExp>();

/**
 * A pattern opening with a lookbehind ("(?<={S:model}~~160)…") makes the engine walk up to 160 characters back at
 * every position of the sentence. The same pattern behind a lookahead for the rest of it — `(?=rest)(?<=…)rest`,
 * the lookahead's groups unnamed — matches exactly the same spans with the same groups, but gives up at once
 * where the rest cannot start (most positions). Other patterns are returned as they are.
 */
function guarded(regex: RegExp): RegExp {
  let out = guards.get(regex);
  if (out) return out;
  out = regex;
  const end = regex.source.startsWith('(?<=') ? groupEnd(regex.source) : -1;
  const rest = regex.source.slice(end);
  if (end > 0 && rest !== '' && !/\\k</u.test(rest)) {
    try {
      out = new RegExp(`(?=${rest.replace(/(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/gu, '(?:')})${regex.source}`, regex.flags);
    } catch {
      out = regex;
    }
  }
  guards.set(regex, out);
  return out;
}

/** The index just after the group opening at 0 (escapes and character classes skipped), or -1. */
function groupEnd(source: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/u.test(text[start])) start++;
  return start;
}
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end;
}
