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
  /**
   * What the whole pattern cannot match without (charNeeds), when that is something: checked after the cue words.
   * Read with the cue index (null before).
   */
  whole: CharNeeds | null;
  /** The regex to run (guarded). */
  regex: RegExp;
  /** Its number in the cue index (cueMarked), or −1 before the index is made or when it needs no character. */
  cueId: number;
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
  const cues = requiredGroups(rule.regex)
    .map((regex) => ({ regex, needs: telling(charNeeds(regex)) }))
    // Every cue must match, so their order changes only the cost: the shortest (cheapest, often rarest) first, so a
    // long group that scans each position ("~,20 completed …") runs only on sentences the short ones let through.
    .sort((a, b) => a.regex.source.length - b.regex.source.length);
  plan = {
    rule,
    kinds: rule.kinds.reduce((bits, k) => bits | kindBit(k), 0),
    needs: [rule.subject, rule.object].filter((slot) => slot in rule.slotTypes).map((slot) => slotBits[slot]),
    slotBits,
    cues,
    whole: null,
    regex: guarded(rule.regex),
    cueId: -1,
  };
  plans.set(rule, plan);
  cueIndex.take(plan);
  return plan;
}

/**
 * Whether every unnamed group the pattern cannot skip ("(?:首席执行官|CEO|执行长)", "(?:co-?founded|founded)") matches
 * somewhere in the sentence. A match of the whole pattern contains a match of each, so when one finds nothing the
 * pattern cannot match: a cheap scan for the cue words spares the full pattern on most sentences.
 */
export function cuesPresent(plan: RulePlan, text: string): boolean {
  const cues = plan.cues;
  // Most cue words are absent from most sentences: a look-up per character of the words says so before any regex.
  for (let i = 0; i < cues.length; i++) if (cues[i].needs !== null && !presence.satisfies(text, cues[i].needs!)) return false;
  // The literal words around the slots too ("从…采购", "sold … to"): a look-up each.
  if (plan.whole !== null && !presence.satisfies(text, plan.whole)) return false;
  for (let i = 0; i < cues.length; i++) if (!cues[i].regex.test(text)) return false;
  return true;
}

const presence = new CharPresence();

/**
 * Every plan made, by one character (or pair) each alternative of its first keyed cue needs, so that a sentence
 * meets only the plans whose cue words it may hold. Asking each of the hundreds of plans a sentence's shape allows
 * in turn, even with cuesPresent's table look-ups, was a fifth of the relation stage's time.
 */
const NO_PLANS: number[] = [];

class CueIndex {
  /** By character or pair code (cuechars.ts: below 0x20000), its list of plan numbers in `lists`, or −1. */
  private readonly heads = new Int32Array(0x20000).fill(-1);
  private readonly lists: number[][] = [];
  private marks = new Int32Array(1024);
  private generation = 0;
  private count = 0;
  /** Every plan made in this process: filed when the index is made, and each one made after as it comes. */
  private readonly planned: RulePlan[] = [];
  /** Texts marked so far while the index is not made; it is made at the INDEX_AFTER-th. */
  private unindexed = 0;
  private made = false;

  /** Takes a plan just made: filed now if the index is made, else when it is. */
  take(plan: RulePlan): void {
    this.planned.push(plan);
    if (this.made) this.file(plan);
  }

  /**
   * The mark of the plans one of whose cue alternatives has its code in the text (cueMarked); ALL_MARKED, every
   * plan, until the index is made.
   */
  markText(text: string): number {
    if (!this.made) {
      if (++this.unindexed < INDEX_AFTER) return ALL_MARKED;
      this.made = true;
      for (const plan of this.planned) this.file(plan);
    }
    return this.mark(text);
  }

  /** Has the index made at the next text marked, whatever was marked before (tests). */
  makeAtNextText(): void {
    this.unindexed = INDEX_AFTER;
  }

  private file(plan: RulePlan): void {
    plan.whole = wholeNeeds(plan.rule);
    plan.cueId = this.add(plan.whole ?? plan.cues.find((cue) => cue.needs !== null)?.needs ?? null);
  }

  /** Files a plan's cue needs under one code per alternative; returns its number, or −1 for needs of none. */
  private add(needs: CharNeeds | null): number {
    if (needs === null) return -1;
    const id = this.count++;
    if (id >= this.marks.length) {
      const grown = new Int32Array(this.marks.length * 2);
      grown.set(this.marks);
      this.marks = grown;
    }
    for (const alternative of needs) {
      // The code likely rarest in a sentence: never one of the placeholders' when another will do, else a pair or a
      // character beyond ASCII; among equals the one fewest plans have so far. Short lists, few plans marked.
      let key = alternative[0];
      for (const code of alternative) {
        const [now, best] = [keyRank(code), keyRank(key)];
        if (now < best || (now === best && this.listOf(code).length < this.listOf(key).length)) key = code;
      }
      if (this.heads[key] < 0) this.heads[key] = this.lists.push([]) - 1;
      const list = this.lists[this.heads[key]];
      if (list[list.length - 1] !== id) list.push(id);
    }
    return id;
  }

  private mark(text: string): number {
    if (++this.generation === 0x7fffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const marks = this.marks;
    const codes = presence.codesOf(text);
    for (let i = 0; i < codes.length; i++) {
      const head = this.heads[codes[i]];
      if (head < 0) continue;
      const list = this.lists[head];
      for (let k = 0; k < list.length; k++) marks[list[k]] = generation;
    }
    return generation;
  }

  private listOf(code: number): number[] {
    return this.heads[code] < 0 ? NO_PLANS : this.lists[this.heads[code]];
  }

  marked(id: number, mark: number): boolean {
    return id < 0 || this.marks[id] === mark;
  }
}

/**
 * The codes every masked mention brings (mask.ts: "\uE000organization/person#3\uE002…\uE001"): the marks,
 * the types' letters and their pairs, "#", "/" and digits.
 */
const PLACEHOLDER_CODES = new Set(
  new CharPresence().codesOf(
    ENTITY_TYPES.flatMap((a) => ENTITY_TYPES.map((b) => `\uE000${a}/${b}#0123456789\uE002\uE001`)).join(''),
  ),
);

/** 0 a pair or a character beyond ASCII, 1 an ASCII character, 2 a code of the placeholders. */
function keyRank(code: number): number {
  if (PLACEHOLDER_CODES.has(code)) return 2;
  return code < 128 ? 1 : 0;
}

/**
 * Needs as they are checked fastest: without the placeholders' codes (a sentence has the mentions a rule's slots ask
 * for before its rules are asked: those codes are there), each alternative's likely rarest codes first, so that a
 * look-up that fails comes early. Null when nothing is left to check.
 */
function telling(needs: CharNeeds | null): CharNeeds | null {
  if (needs === null) return null;
  const out: CharNeeds = [];
  for (const alternative of needs) {
    const kept = alternative.filter((code) => keyRank(code) < 2).sort((a, b) => keyRank(a) - keyRank(b) || b - a);
    if (kept.length === 0) return null; // this alternative needs nothing checkable: neither do the needs
    if (!out.some((other) => other.length === kept.length && other.every((code, i) => code === kept[i]))) out.push(kept);
  }
  return out;
}

/**
 * Texts marked before the cue index is made. Reading every pattern's needs (a tenth of a second or two in a fresh
 * process) costs more than it saves on one transcript, which a one-shot rebuild extracts; a corpus asks every rule
 * thousands of times.
 */
const INDEX_AFTER = 4000;

const cueIndex = new CueIndex();

/**
 * Marks, for one text, the plans whose cues it may hold (every plan cuesPresent accepts is marked; most others are
 * not): `cueMarked(plan, markCues(text))` before cuesPresent spares a look at most plans. Until the index is made
 * (INDEX_AFTER texts), every plan is marked.
 */
export function markCues(text: string): number {
  return cueIndex.markText(text);
}

const ALL_MARKED = 0;

export function cueMarked(plan: RulePlan, mark: number): boolean {
  return mark === ALL_MARKED || cueIndex.marked(plan.cueId, mark);
}

/** Makes the cue index now, whatever was marked before (tests). */
export function makeCueIndex(): void {
  cueIndex.makeAtNextText();
}

/** The top-level unnamed groups of a pattern that must match (no quantifier allowing zero, no top-level "|"), compiled alone. */
function requiredGroups(regex: RegExp): RegExp[] {
  const source = regex.source;
  const flags = regex.flags.replace(/[dgy]/gu, '');
  const { groups, alternation } = topLevelGroups(source);
  if (alternation) return [];
  const out: RegExp[] = [];
  for (const [open, end] of groups) {
    const group = source.slice(open, end);
    const optional = /^(?:[?*]|\{0*,|\{0+\})/u.test(source.slice(end));
    if (optional || !group.startsWith('(?:') || /\\k<|\(\?<(?![=!])/u.test(group)) continue;
    try {
      out.push(new RegExp(group, flags));
    } catch {
      return [];
    }
  }
  return out;
}

/**
 * A pattern opening with a lookbehind ("(?<={S:model}~~160)…", "(?<!他~~12)是?从…") makes the engine walk up to 160
 * characters back at every position of the sentence. The same pattern behind a lookahead for the rest of it — `(?=rest)(?<=…)rest`,
 * the lookahead's groups unnamed — matches exactly the same spans with the same groups, but gives up at once
 * where the rest cannot start (most positions). Other patterns are returned as they are.
 */
function guarded(regex: RegExp): RegExp {
  const end = regex.source.startsWith('(?<=') || regex.source.startsWith('(?<!') ? (topLevelGroups(regex.source).groups[0]?.[1] ?? -1) : -1;
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

/** What a rule's whole pattern needs, its slots aside (they need the placeholders' codes, which every such sentence has). */
function wholeNeeds(rule: PatternRule): CharNeeds | null {
  return telling(charNeeds(rule.regex, PLACEHOLDER_CODES, new Set(Object.keys(rule.slotTypes))));
}

/**
 * A regex source's top-level groups, each as [where it opens, just after it closes], and whether a "|" stands at
 * the top level; escapes and character classes are read past. The one reader of a pattern's outline here (cuechars.ts
 * reads what its characters need, and gives up on escapes it does not know).
 */
function topLevelGroups(source: string): { groups: Array<[number, number]>; alternation: boolean } {
  const groups: Array<[number, number]> = [];
  let alternation = false;
  let depth = 0;
  let inClass = false;
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '|' && depth === 0) alternation = true;
    else if (c === '(' && depth++ === 0) open = i;
    else if (c === ')' && --depth === 0) groups.push([open, i + 1]);
  }
  return { groups, alternation };
}
