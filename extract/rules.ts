// Relation rules: the patterns of extract/data/relations.json (plus user files), validated and compiled
// once into regular expressions over a sentence whose mentions are masked as typed placeholders.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, type EntityType, type TurnKind } from '../src/model.ts';
import { LexiconError } from './errors.ts';

/** Who plays a role in a relation: a slot of the pattern, or a party of the conversation. */
/** antecedent: the person last named before the match in the same turn (他/she); host: the document's one host. */
export const PARTIES = ['speaker', 'speakerOrg', 'addressee', 'addresseeOrg', 'guest', 'guestOrg', 'host', 'callOrg', 'antecedent'] as const;
export type Party = (typeof PARTIES)[number];

export interface PatternRule {
  id: string;
  /** UPPER_SNAKE relation type. */
  type: string;
  reason: string;
  /** The source pattern as written in the data file. */
  pattern: string;
  /** Compiled pattern (flags giu) over the masked sentence; slots are named groups. */
  regex: RegExp;
  /** A slot name ("S", "O", …) or a party of the conversation. */
  subject: string;
  object: string;
  /** Slots whose entity must be one of the document's speakers. */
  speakersOnly: string[];
  /** Slots whose entity must be a guest speaker (not the host, not a co-host who opened the show): "Hi Tom" to a host interviews no one. */
  guestsOnly: string[];
  /** Slot name → the types written in the pattern (a mention of another, looser type is "loose"). */
  slotTypes: Record<string, string[]>;
  /** Slots a loose mention may not fill. A relation with both ends loose never fires. */
  strict: string[];
  /** Slots whose type the pattern's own words state ("Reed, the audio codec"): a loose mention there is not loose. */
  typed: string[];
  /** An organisation party (speakerOrg …) falls back to the person when their organisation is unknown. */
  personFallback: boolean;
  /** Slot name → regex every matched entity's label or an alias must match. */
  labels: Record<string, RegExp>;
  /** Only in the first N turns of kind 'turn' (greetings, introductions). */
  firstTurns: number | null;
  /** Only in turns whose speaker / addressee has this role. */
  speakerRole: 'host' | 'guest' | null;
  addresseeRole: 'host' | 'guest' | null;
  kinds: TurnKind[];
  /** Fires only when no other rule gave the same type and the same subject or object in the sentence. */
  fallback: boolean;
  /** Needs the speakers' organisations, so runs in the second pass. */
  needsAffiliation: boolean;
}

/** A rule over an entity's own name: 特朗普政府 → 特朗普 LEADS it; "Facebook AI Lab" PART_OF Facebook. */
export interface NameRule {
  id: string;
  type: string;
  reason: string;
  entityTypes: EntityType[];
  /** Matched against each surface of the entity; the named group S or O names the other entity. */
  regex: RegExp;
  /** The role the entity itself plays. */
  self: 'S' | 'O';
  /** Types the other entity must have. */
  otherTypes: EntityType[];
}

export interface RelationRules {
  patterns: PatternRule[];
  names: NameRule[];
  /** Relation types that tie a person to their organisation, in order of preference ("speakerOrg"). */
  affiliation: string[];
  /** Regex source separating the items of a list slot ({O:person+}). */
  listSeparator: string;
  /** Types a name no lexicon knows may also stand for (a discovered "organization" is often a model). */
  looseTypes: Partial<Record<EntityType, EntityType[]>>;
  /** A relation type that, stated in a document, replaces another between the same two entities (WORKED_AT over WORKS_AT). */
  supersedes: Supersede[];
}

export interface Supersede {
  type: string;
  over: string;
  reason: string;
}

/** Placeholder for the n-th mention of a sentence: U+E000 types # n U+E002 surface U+E001 (types: "organization/model"). */
export const MASK_OPEN = '\uE000';
export const MASK_CLOSE = '\uE001';
export const MASK_SURFACE = '\uE002';
export const maskMention = (type: string, index: number, surface: string) =>
  `${MASK_OPEN}${type}#${index}${MASK_SURFACE}${surface.replace(/[\uE000-\uE002]/gu, '')}${MASK_CLOSE}`;

const DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'data', 'relations.json');

/** Loads the bundled relation rules and any user rule files (same format; their rules are added). */
export function loadRelationRules(extraFiles: string[] = []): RelationRules {
  const files = [DATA_FILE, ...extraFiles];
  const parsed = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new LexiconError(`${file}: cannot read relation rules`);
    }
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new LexiconError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
  });
  const [bundled, ...extra] = parsed.map((json, i) => compileRelationRules(json, files[i]));
  for (const more of extra) {
    bundled.patterns.push(...more.patterns);
    bundled.names.push(...more.names);
    bundled.supersedes.push(...more.supersedes);
  }
  return bundled;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates one parsed rule file and compiles its patterns; throws LexiconError naming the bad rule. */
export function compileRelationRules(json: unknown, file = 'relations.json'): RelationRules {
  const fail = (message: string): never => {
    throw new LexiconError(`${file}: ${message}`);
  };
  if (!isObj(json)) fail('expected an object with "patterns"');
  const data = json as Obj;
  const listSeparator = typeof data.listSeparator === 'string' ? data.listSeparator : '\\s*(?:,|，|、|和|与|及|以及|and|&)\\s*(?:and\\s+)?';
  const affiliation = Array.isArray(data.affiliation) ? data.affiliation.map(String) : ['CEO_OF', 'FOUNDED', 'LEADS', 'WORKS_AT'];
  if (!Array.isArray(data.patterns)) fail('"patterns" is not an array');
  const ids = new Set<string>();
  const common = (r: unknown, where: string): Obj => {
    if (!isObj(r)) fail(`${where} is not an object`);
    const rule = r as Obj;
    if (typeof rule.id !== 'string' || rule.id === '') fail(`${where} has no id`);
    const at = `rule ${rule.id}`;
    if (ids.has(rule.id as string)) fail(`${at}: duplicate id`);
    ids.add(rule.id as string);
    if (typeof rule.type !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(rule.type)) fail(`${at}: type must be UPPER_SNAKE`);
    if (typeof rule.reason !== 'string' || rule.reason === '') fail(`${at}: every rule needs a reason`);
    if (typeof rule.pattern !== 'string' || rule.pattern === '') fail(`${at}: pattern must be a non-empty string`);
    return rule;
  };
  const patterns = (data.patterns as unknown[]).map((r, i) => compilePattern(common(r, `patterns[${i}]`), listSeparator, fail));
  const names = ((data.names ?? []) as unknown[]).map((r, i) => compileNameRule(common(r, `names[${i}]`), fail));
  const looseTypes: Partial<Record<EntityType, EntityType[]>> = {};
  for (const [from, to] of Object.entries(isObj(data.looseTypes) ? data.looseTypes : {})) {
    if (from === 'reason') continue;
    if (!TYPE_SET.has(from) || !Array.isArray(to)) fail(`looseTypes.${from}: expected an entity type mapped to a list of types`);
    looseTypes[from as EntityType] = (to as unknown[]).map((t) => (TYPE_SET.has(String(t)) ? (t as EntityType) : fail(`looseTypes.${from}: unknown type "${t}"`)));
  }
  const supersedes = ((data.supersedes ?? []) as unknown[]).map((r, i): Supersede => {
    const at = `supersedes[${i}]`;
    if (!isObj(r)) return fail(`${at} is not an object`);
    for (const field of ['type', 'over'] as const) if (typeof r[field] !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(r[field] as string)) fail(`${at}: ${field} must be UPPER_SNAKE`);
    if (typeof r.reason !== 'string' || r.reason === '') fail(`${at}: needs a reason`);
    return { type: r.type as string, over: r.over as string, reason: r.reason as string };
  });
  return { patterns, names, affiliation, listSeparator, looseTypes, supersedes };
}

const TYPE_SET = new Set<string>(ENTITY_TYPES);

function types(list: string, at: string, fail: (m: string) => never): string[] {
  const out = list === '*' ? [...ENTITY_TYPES] : list.split('|');
  for (const t of out) if (!TYPE_SET.has(t)) fail(`${at}: unknown entity type "${t}"`);
  return out;
}

/**
 * `{S:organization|person}` slot, `{S:person+}` list slot, `~N` gap of at most N characters without mentions,
 * `~,N` the same within a clause (no commas, colons, semicolons), `~~N` a gap that may cross mentions, `_` optional
 * spaces, `{cue:投资|invest}` cue words that may also have been found as a mention of their own (投资 as a concept);
 * a cue right after a negation (没有合作, did not invest) states nothing.
 */
/** Most names a list slot ({S:organization+}) takes: investors of a round, partners of a deal. */
const MAX_LIST = 16;

function compilePattern(rule: Obj, listSeparator: string, fail: (m: string) => never): PatternRule {
  const at = `rule ${rule.id}`;
  const slots: string[] = [];
  const slotTypes: Record<string, string[]> = {};
  let cues = 0;
  const source = (rule.pattern as string)
    .replace(/\{([A-Z][A-Za-z0-9]*):([a-z|*]+)(\+?)\}/g, (_, name: string, list: string, many: string) => {
      if (slots.includes(name)) fail(`${at}: slot ${name} appears twice`);
      slots.push(name);
      slotTypes[name] = types(list, at, fail);
      const one = `${MASK_OPEN}(?:[a-z]+/)*(?:${types(list, at, fail).join('|')})(?:/[a-z]+)*#\\d+${MASK_SURFACE}[^${MASK_CLOSE}]*${MASK_CLOSE}`;
      // A list slot holds at most MAX_LIST names: unbounded, a sentence listing thousands of names with no cue after
      // them costs each start position the whole list (quadratic: 6,000 names took 9 s, 12,000 took 36 s).
      return many ? `(?<${name}>${one}(?:${listSeparator}${one}){0,${MAX_LIST - 1}})` : `(?<${name}>${one})`;
    })
    // Each cue is a group of its own (cue0, cue1…): relations.ts reads what stands just before it (a negation).
    .replace(/\{cue:([^{}]+)\}/g, (_, words: string) => `(?<cue${cues++}>(?:${words})|${MASK_OPEN}[a-z/]+#\\d+${MASK_SURFACE}(?:${words})${MASK_CLOSE})`)
    .replace(/~~(\d+)/g, '.{0,$1}?')
    .replace(/~,(\d+)/g, `[^${MASK_OPEN}${MASK_CLOSE}，,；;：:]{0,$1}?`)
    .replace(/~(\d+)/g, `[^${MASK_OPEN}${MASK_CLOSE}]{0,$1}?`)
    .replace(/(?<!\\)_/g, '\\s*');
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'dgiu');
  } catch (error) {
    return fail(`${at}: invalid pattern (${(error as Error).message})`);
  }
  const role = (value: unknown, fallback: string, name: string): string => {
    const v = value === undefined ? fallback : value;
    if (typeof v !== 'string' || !(slots.includes(v) || (PARTIES as readonly string[]).includes(v))) {
      fail(`${at}: ${name} must be one of its slots (${slots.join(', ') || 'none'}) or ${PARTIES.join(', ')}`);
    }
    return v as string;
  };
  const subject = role(rule.subject, 'S', 'subject');
  const object = role(rule.object, 'O', 'object');
  if (subject === object) fail(`${at}: subject and object are the same`);
  const labels: Record<string, RegExp> = {};
  for (const [slot, re] of Object.entries(isObj(rule.labels) ? rule.labels : {})) {
    if (!slots.includes(slot) || typeof re !== 'string') fail(`${at}: labels.${slot} must name a slot and be a regex`);
    labels[slot] = new RegExp(re as string, 'iu');
  }
  const speakersOnly = Array.isArray(rule.speakersOnly) ? rule.speakersOnly.map(String) : [];
  for (const slot of speakersOnly) if (!slots.includes(slot)) fail(`${at}: speakersOnly names unknown slot ${slot}`);
  const guestsOnly = Array.isArray(rule.guestsOnly) ? rule.guestsOnly.map(String) : [];
  for (const slot of guestsOnly) if (!slots.includes(slot)) fail(`${at}: guestsOnly names unknown slot ${slot}`);
  const strict = Array.isArray(rule.strict) ? rule.strict.map(String) : [];
  for (const slot of strict) if (!slots.includes(slot)) fail(`${at}: strict names unknown slot ${slot}`);
  const typed = Array.isArray(rule.typed) ? rule.typed.map(String) : [];
  for (const slot of typed) if (!slots.includes(slot)) fail(`${at}: typed names unknown slot ${slot}`);
  const role2 = rule.speakerRole;
  const role3 = rule.addresseeRole;
  for (const r of [role2, role3]) if (r !== undefined && r !== 'host' && r !== 'guest') fail(`${at}: speakerRole and addresseeRole must be "host" or "guest"`);
  const kinds = (Array.isArray(rule.kinds) ? rule.kinds : ['turn', 'narration']) as TurnKind[];
  for (const k of kinds) if (k !== 'turn' && k !== 'narration') fail(`${at}: kinds may hold "turn" and "narration"`);
  if (rule.firstTurns !== undefined && !(Number.isInteger(rule.firstTurns) && (rule.firstTurns as number) > 0)) {
    fail(`${at}: firstTurns must be a positive integer`);
  }
  return {
    id: rule.id as string,
    type: rule.type as string,
    reason: rule.reason as string,
    pattern: rule.pattern as string,
    regex,
    subject,
    object,
    speakersOnly,
    guestsOnly,
    slotTypes,
    strict,
    typed,
    personFallback: rule.personFallback === true,
    labels,
    firstTurns: (rule.firstTurns as number | undefined) ?? null,
    speakerRole: (role2 as 'host' | 'guest' | undefined) ?? null,
    addresseeRole: (role3 as 'host' | 'guest' | undefined) ?? null,
    kinds,
    fallback: rule.fallback === true,
    needsAffiliation: [subject, object].some((r) => r.endsWith('Org')),
  };
}

function compileNameRule(rule: Obj, fail: (m: string) => never): NameRule {
  const at = `rule ${rule.id}`;
  let regex: RegExp;
  try {
    regex = new RegExp(rule.pattern as string, 'iu');
  } catch (error) {
    return fail(`${at}: invalid pattern (${(error as Error).message})`);
  }
  const self = rule.self === 'S' ? 'S' : rule.self === 'O' ? 'O' : fail(`${at}: self must be "S" or "O"`);
  const other = self === 'S' ? 'O' : 'S';
  if (!new RegExp(`\\(\\?<${other}>`).test(rule.pattern as string)) fail(`${at}: pattern needs a named group ${other}`);
  if (typeof rule.entityTypes !== 'string' || typeof rule.otherTypes !== 'string') fail(`${at}: entityTypes and otherTypes are "type|type" strings`);
  return {
    id: rule.id as string,
    type: rule.type as string,
    reason: rule.reason as string,
    entityTypes: types(rule.entityTypes as string, at, fail) as EntityType[],
    regex,
    self,
    otherTypes: types(rule.otherTypes as string, at, fail) as EntityType[],
  };
}
