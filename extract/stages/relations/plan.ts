// Each pattern rule prepared once for matching (memoised per rule): turn kinds and slot types as bit masks, the
// cue words it cannot match without, and its regex guarded against costly lookbehinds. Sentences are many, rules few.
import { ENTITY_TYPES, TURN_KINDS } from '../../../src/model.ts';
import type { PatternRule } from '../../rules.ts';
import { CharPresence, charNeeds, type CharNeeds } from './cuechars.ts';

export interface RulePlan {
  rule: PatternRule;
  /** The turn kinds the rule applies to (kindBit). */
  kinds: number;
  /** Per slot among subject and object, the types it accepts (typeBits): a sentence with none of one cannot match. */
  needs: number[];
  /** Slot → the types written for it; a mention whose own type is not among them fills the slot loosely. */
  slotBits: Record<string, number>;
  /** Groups every match contains, compiled alone, with the characters each needs (cuesPresent). */
  cues: Cue[];
  /** The regex to run (guarded). */
  regex: RegExp;
}

interface Cue {
  regex: RegExp;
  needs: CharNeeds | null;
}

const TYPE_BIT = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, 1 << i]));
const KIND_BIT = new Map<string, number>(TURN_KINDS.map((k, i) => [k, 1 << i]));

/** Types as bits of one number (names that are no entity type add nothing: no slot accepts them). */
export function typeBits(types: readonly string[]): number {
  let bits = 0;
  for (const t of types) bits |= TYPE_BIT.get(t) ?? 0;
  return bits;
}

export const kindBit = (kind: string): number => KIND_BIT.get(kind) ?? 0;

const plans = new WeakMap<PatternRule, RulePlan>();

export function planRule(rule: PatternRule): RulePlan {
  let plan = plans.get(rule);
  if (plan) return plan;
  const slotBits: Record<string, number> = {};
  for (const [slot, types] of Object.entries(rule.slotTypes)) slotBits[slot] = typeBits(types);
  plan = {
    rule,
    kinds: rule.kinds.reduce((bits, k) => bits | kindBit(k), 0),
    needs: [rule.subject, rule.object].filter((slot) => slot in rule.slotTypes).map((slot) => slotBits[slot]),
    slotBits,
    // Every cue must match, so their order changes only the cost: the shortest (cheapest, often rarest) first, so a
    // long group that scans each position ("~,20 completed …") runs only on sentences the short ones let through.
    cues: requiredGroups(rule.regex)
      .map((regex) => ({ regex, needs: charNeeds(regex) }))
      .sort((a, b) => a.regex.source.length - b.regex.source.length),
    regex: guarded(rule.regex),
  };
  plans.set(rule, plan);
  return plan;
}

/**
 * Whether every unnamed group the pattern cannot skip ("(?:首席执行官|CEO|执行长)", "(?:co-?founded|founded)") matches
 * somewhere in the sentence. A match of the whole pattern contains a match of each, so when one finds nothing the
 * pattern cannot match: a cheap scan for the cue words spares the full pattern on most sentences.
 */
export function cuesPresent(plan: RulePlan, text: string): boolean {
  const cues = plan.cues;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    // Most cue words are absent from most sentences: a look-up per character of the word says so before the regex.
    if (cue.needs !== null && !presence.satisfies(text, cue.needs)) return false;
    if (!cue.regex.test(text)) return false;
  }
  return true;
}

const presence = new CharPresence();

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

/**
 * A pattern opening with a lookbehind ("(?<={S:model}~~160)…") makes the engine walk up to 160 characters back at
 * every position of the sentence. The same pattern behind a lookahead for the rest of it — `(?=rest)(?<=…)rest`,
 * the lookahead's groups unnamed — matches exactly the same spans with the same groups, but gives up at once
 * where the rest cannot start (most positions). Other patterns are returned as they are.
 */
function guarded(regex: RegExp): RegExp {
  const end = regex.source.startsWith('(?<=') ? groupEnd(regex.source) : -1;
  const rest = regex.source.slice(end);
  if (end > 0 && rest !== '' && !/\\k</u.test(rest)) {
    try {
      return new RegExp(`(?=${rest.replace(/(?<!\\)\(\?<(?![=!])[A-Za-z_$][\w$]*>/gu, '(?:')})${regex.source}`, regex.flags);
    } catch {
      return regex;
    }
  }
  return regex;
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
