// Stage relations: typed, directed relations stated by a sentence, found by the patterns of
// extract/data/relations.json over the resolved mentions of each turn (never mere adjacency).
import type { EntityType } from '../../src/model.ts';
import type { Entity, DocumentExtraction, Relation, ResolvedDocument } from '../types.ts';
import { MASK_CLOSE, MASK_OPEN, type Party, type PatternRule, type RelationRules } from '../rules.ts';
import { splitSentences } from './relations/sentences.ts';
import { maskSentences, placeholderIndices, type MaskableMention as Maskable, type MaskedSentence } from './relations/mask.ts';
import { affiliations, resolveParty, speakerRoles, turnParties, type TurnParties } from './relations/parties.ts';
import { nameRelations } from './relations/names.ts';
import { mergeRelations } from './relations/merge.ts';
import { madeByOther, withoutSubsidiaryProducts } from './relations/makers.ts';
import { cueMarked, cuesPresent, kindBit, markCues, planRule, typeBits, type RulePlan } from './relations/plan.ts';
import { firstIndex } from '../arrays.ts';
import { native } from '../regex.ts';
import { guestKey } from '../keys.ts';

export function extractRelations(doc: ResolvedDocument, rules: RelationRules): DocumentExtraction {
  const entities = new Map(doc.entities.map((e) => [e.key, e]));
  // Every speaker with their role (host or guest); a rule's speakersOnly slots ask has(), guestsOnly ones the role.
  const speakerKeys: SpeakerKeys = speakerRoles(doc.turns, doc.speakers);
  for (const s of doc.speakers) if (!speakerKeys.has(s.key)) speakerKeys.set(s.key, s.role ?? 'guest');
  const parties = turnParties(doc.turns, doc.speakers);
  const known = new Set<string>();
  for (const m of doc.mentions) if (m.source !== 'discovery') known.add(m.entity);
  // A mention's types ("organization/model") and their bits depend only on its type and whether a lexicon knows it.
  const typings = new Map<string, Typing>();
  const typing = (type: string, loose: boolean): Typing => {
    const key = loose ? `${type}/` : type;
    let out = typings.get(key);
    if (!out) {
      const all = [type, ...(loose ? (rules.looseTypes[type as EntityType] ?? []) : [])];
      typings.set(key, (out = { types: all.join('/'), bits: typeBits(all), own: typeBits([type]) }));
    }
    return out;
  };
  const byTurn = new Map<string, MaskableMention[]>();
  for (const m of doc.mentions) {
    const { types, bits, own } = typing(entities.get(m.entity)?.type ?? m.type, !known.has(m.entity));
    const list = byTurn.get(m.turn);
    const mention: MaskableMention = { start: m.start, end: m.end, surface: m.surface, entity: m.entity, types, bits, own };
    if (list) list.push(mention);
    else byTurn.set(m.turn, [mention]);
  }
  const sentences: TurnSentence[] = [];
  for (const turn of doc.turns) {
    if (turn.kind === 'boilerplate') continue;
    const mentions = byTurn.get(turn.id) ?? [];
    const antecedent = antecedentOf(mentions, entities);
    const kind = kindBit(turn.kind);
    const turnParties = parties.get(turn.id)!;
    for (const sentence of maskSentences(turn.text, splitSentences(turn.text, mentions), mentions)) {
      let present = 0;
      for (const m of sentence.mentions) present |= m.bits;
      sentences.push({ turn, kind, parties: turnParties, sentence, present, antecedent });
    }
  }
  /** Relations of every sentence; `before` holds each sentence's relations from the first pass, which fallbacks yield to. */
  const run = (patterns: PatternRule[], orgOf: Map<string, string>, before: Relation[][] | null) => {
    const plans = patterns.map(planRule);
    // The rules a sentence's turn kind and mention types allow, listed once per such pair (a few dozen per document).
    const byShape = new Map<number, RulePlan[]>();
    const out: Relation[] = [];
    const bySentence: Relation[][] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i];
      bySentence.push(NONE);
      const shape = s.present * 8 + s.kind;
      let allowed = byShape.get(shape);
      if (!allowed) byShape.set(shape, (allowed = plans.filter((plan) => (plan.kinds & s.kind) !== 0 && slotsFillable(plan.needs, s.present))));
      if (allowed.length === 0) continue;
      const found = matchSentence(allowed, s, orgOf, speakerKeys, entities, before?.[i] ?? NONE);
      bySentence[i] = found;
      for (const r of found) out.push(r);
    }
    return { out, bySentence };
  };
  const pass = run(rules.patterns.filter((r) => !r.needsAffiliation), new Map(), null);
  const first = pass.out;
  const company = callCompany(sentences, entities);
  for (const turnParties of parties.values()) turnParties.call = company;
  // A call's or an investor-relations record's unnamed answerer ("答：") speaks for the company: "我们" is it.
  const answerer = doc.speakers.find((s) => s.key === guestKey(doc.document.id))?.key ?? null;
  // Rules whose only party is the call's company ("首席财务官 贺晴" in its management list) run before the
  // affiliations are read, so what they state (贺晴 works there) tells whose "我们" is the company.
  const callOnly = (r: PatternRule) => r.needsAffiliation && [r.subject, r.object].every((end) => !end.endsWith('Org') || end === 'callOrg');
  const called = company === null ? [] : run(rules.patterns.filter(callOnly), new Map(), pass.bySentence).out;
  const orgOf = affiliations([...first, ...called], entities, rules.affiliation, company, answerer);
  if (company !== null) companyAsWe(sentences, orgOf, company);
  // "丰田和出光兴产有合作" names both partners: the guest's-organisation fallback of the second pass must not add a third.
  const second = run(rules.patterns.filter((r) => r.needsAffiliation && !(company !== null && callOnly(r))), orgOf, pass.bySentence).out;
  const named = nameRelations(rules.names, doc.entities, doc.mentions);
  const turnOrder = new Map(doc.turns.map((t) => [t.id, t.index]));
  const merged = withoutSubsidiaryProducts(mergeRelations([...first, ...called, ...second, ...named], turnOrder), entities, known);
  return { ...doc, relations: supersede(merged, rules.supersedes) };
}

/** The first sentences read for the call's company: a header and participants lists of one entry a line come first. */
const CALL_SENTENCES = 24;
/**
 * A sentence speaking of an earnings or results call ("the … third quarter 2026 earnings conference call"), of a listed
 * company's day for investors ("welcome to the Norvale Therapeutics R&D Day", "Investor Day", "Capital Markets Day"; "R&D"
 * a concept's placeholder in the masked sentence), or of its meeting with investors (业绩说明会, 投资者关系活动记录表, 业绩电话会,
 * 业绩会, 财报电话会议).
 */
const CALL = /\b(?:earnings|results|quarterly)\b[^.!?。！？]{0,60}?\bcall\b|(?:\bR&D|\uE000(?:[a-z]+\/)*concept[/#][^\uE001]*\uE001|\b(?:investors?['’]?|analyst|capital markets)) day\b|业绩(?:说明|发布|交流|电话)?会|财报(?:电话)?会|投资者关系活动|投资者交流会/i;

/**
 * The company whose earnings or results call the document is: the one organisation named in one of its first
 * CALL_SENTENCES sentences that speaks of such a call ("welcome to the Halvorsen Robotics third quarter 2026 earnings conference
 * call"), else null.
 */
function callCompany(sentences: TurnSentence[], entities: Map<string, Entity>): string | null {
  for (const s of sentences.slice(0, CALL_SENTENCES)) {
    if (!CALL.test(s.sentence.masked)) continue;
    const orgs = new Set(s.sentence.mentions.map((m) => m.entity).filter((key) => entities.get(key)?.type === 'organization'));
    if (orgs.size === 1) return [...orgs][0];
  }
  return null;
}

/** "公司" opening a clause ("公司已进入比亚迪的供应链", "本公司…"), not a longer word's end (子公司, 该公司). */
const COMPANY_WORD = /(?<=^|[\s，,；;。：:、（(]|本)公司/g;

/**
 * An investor-relations record's or a results call's answers speak of the company as "公司" where an interview says
 * 我们: in the turns of those who speak for the call's company, such a 公司 reads as 我们 for the rules that ask for the
 * speaker's organisation (the second pass). Two characters for two, so every position and span stays as it was.
 */
function companyAsWe(sentences: TurnSentence[], orgOf: Map<string, string>, company: string): void {
  for (const s of sentences) {
    const speaker = s.parties.speaker;
    if (s.turn.kind !== 'turn' || speaker === null || orgOf.get(speaker) !== company || !s.sentence.masked.includes('公司')) continue;
    s.sentence.masked = s.sentence.masked.replace(COMPANY_WORD, '我们');
  }
}

/** Drops a relation the document also states with a type that supersedes it ("从搜狗出来" makes "我在搜狗做了十几年" past). */
function supersede(relations: Relation[], rules: RelationRules['supersedes']): Relation[] {
  if (rules.length === 0) return relations;
  const stated = new Set(relations.map((r) => `${r.source}\u0000${r.type}\u0000${r.target}`));
  return relations.filter((r) => !rules.some((s) => s.over === r.type && stated.has(`${r.source}\u0000${s.type}\u0000${r.target}`)));
}

/** What matching reads of a mention: its span, entity, and types as the placeholder writes them and as bits. */
interface MaskableMention extends Maskable {
  entity: string;
  /** typeBits of all its types, and of its own type alone (a slot it fills through another type is loose). */
  bits: number;
  own: number;
}

interface Typing {
  types: string;
  bits: number;
  own: number;
}

/** A sentence of a turn, masked, with what every rule asks of it. */
interface TurnSentence {
  turn: ResolvedDocument['turns'][number];
  kind: number;
  parties: TurnParties;
  sentence: MaskedSentence<MaskableMention>;
  /** typeBits of every type its mentions have. */
  present: number;
  antecedent: (offset: number) => string | null;
}

const NONE: Relation[] = [];

/**
 * The person last named before an offset of the turn (他/她/he/she): the person mention with the greatest end at
 * or before it, the first listed among equal ends. Persons are sorted by end once; each question is a binary search.
 */
function antecedentOf(turnMentions: MaskableMention[], entities: Map<string, Entity>): (offset: number) => string | null {
  let persons: MaskableMention[] | null = null;
  return (offset) => {
    const list = (persons ??= turnMentions.filter((m) => entities.get(m.entity)?.type === 'person').sort((a, b) => a.end - b.end));
    const after = firstIndex(list.length, (i) => list[i].end > offset);
    if (after === 0) return null;
    let at = after - 1;
    while (at > 0 && list[at - 1].end === list[at].end) at--;
    return list[at].entity;
  };
}

/** `named`: the ends a text slot filled (not a party of the conversation); a fallback yields to a firm relation on one of them. */
type SpeakerKeys = Map<string, 'host' | 'guest'>;

type Found = Relation & { fallback: boolean; named: string[] };

/**
 * The relations the rules state in one sentence, given the rules its turn kind and mention types allow. The loop over
 * rules holds no closure (V8 would allocate a context per rule per sentence); the few rules left run in matchRule.
 */
function matchSentence(
  plans: RulePlan[],
  ts: TurnSentence,
  orgOf: Map<string, string>,
  speakerKeys: SpeakerKeys,
  entities: Map<string, Entity>,
  before: Relation[],
): Relation[] {
  const parties = ts.parties;
  let found: Found[] | null = null;
  const cued = markCues(ts.sentence.masked);
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p];
    if (!cueMarked(plan, cued)) continue;
    const rule = plan.rule;
    if (rule.firstTurns !== null && (parties.turnNumber === null || parties.turnNumber >= rule.firstTurns)) continue;
    if (rule.speakerRole !== null && parties.speakerRole !== rule.speakerRole) continue;
    if (rule.addresseeRole !== null && parties.addresseeRole !== rule.addresseeRole) continue;
    if (!cuesPresent(plan, ts.sentence.masked)) continue;
    found = matchRule(plan, ts, orgOf, speakerKeys, entities, found);
  }
  if (found === null) return NONE;
  const firm: Relation[] = [...before, ...found.filter((r) => !r.fallback)];
  return found
    .filter((r) => !r.fallback || !firm.some((f) => f.type === r.type && sharesEnd(f, r)))
    .map(({ fallback: _, named: __, ...r }) => r);
}

/**
 * Whether a firm relation already speaks of a fallback's named end ("丰田和出光兴产有合作": Idemitsu has its partner, so
 * no guest's-organisation edge to it). A firm relation on the party end alone does not count: "we raised a seed round
 * from Lux, and a Series A led by Khosla" gives both investors to the guest's company.
 */
function sharesEnd(f: Relation, r: Found): boolean {
  if (r.named.length === 0) return f.target === r.target || f.source === r.source;
  return r.named.some((n) => f.source === n || f.target === n);
}

/** Whether each slot accepts one of the types present (a slot no mention of the sentence can fill cannot match). */
function slotsFillable(needs: number[], present: number): boolean {
  for (let i = 0; i < needs.length; i++) if ((needs[i] & present) === 0) return false;
  return true;
}

/** Every match of one rule in the sentence (overlapping ones too), its relations added to found. */
function matchRule(
  plan: RulePlan,
  ts: TurnSentence,
  orgOf: Map<string, string>,
  speakerKeys: SpeakerKeys,
  entities: Map<string, Entity>,
  found: Found[] | null,
): Found[] | null {
  const regex = plan.regex;
  const masked = ts.sentence.masked;
  native(regex);
  regex.lastIndex = 0;
  for (let match = regex.exec(masked); match; match = regex.exec(masked)) {
    regex.lastIndex = match.index + 1; // overlapping matches: every start position gets its chance
    found = matchRelations(plan, ts, match, orgOf, speakerKeys, entities, found);
  }
  return found;
}

/** The relations one match states (its closures live here, so that a rule that never matches allocates none). */
function matchRelations(
  plan: RulePlan,
  { turn, parties, sentence, antecedent }: TurnSentence,
  match: RegExpExecArray,
  orgOf: Map<string, string>,
  speakerKeys: SpeakerKeys,
  entities: Map<string, Entity>,
  found: Found[] | null,
): Found[] | null {
  const rule = plan.rule;
  if (negatedCue(sentence.masked, match)) return found;
  if (addressedBeforePronoun(rule, sentence.masked, match)) return found;
  // "您是2015年加入张小泉的吗？" — "对，…": a yes/no question about the addressee that they confirm is stated.
  // "Midway was acquired by Knight-Swift, correct?" — "No, …": a tag question puts a claim to the addressee, whoever
  // it is about; it stands unless they deny it.
  const asked = yesNoQuestion(sentence.masked, match);
  if (asked === 'tag' && parties.answeredNo && lastQuestion(turn.text, sentence)) return found;
  if (asked === true && !(parties.answeredYes && deniable(rule, match) && lastQuestion(turn.text, sentence))) return found;
  // "You were at Google, right?" — "No, …": the addressee denies what the turn's last question says of them.
  // Only what the question says of a name ("at Google"): that the host asks the guest (INTERVIEWS) stands.
  if (parties.answeredNo && deniable(rule, match) && lastQuestion(turn.text, sentence)) return found;
  const ends = (role: string): string[] | null => {
    if (!(role in (match.groups ?? {}))) {
      const key =
        role === 'antecedent'
          ? antecedent(sentence.origin(match.index))
          : resolveParty(role as Exclude<Party, 'antecedent'>, parties, orgOf, rule.personFallback);
      return key === null ? [] : [key];
    }
    const label = rule.labels[role];
    const indices = placeholderIndices(match.groups![role]);
    if (indices.length === 2 && addressedInList(sentence.masked, match.indices?.groups?.[role]) && entities.get(sentence.mentions[indices[0]].entity)?.type === 'person') indices.shift();
    return indices
      .map((i) => sentence.mentions[i])
      .filter((m) => {
        const e = entities.get(m.entity);
        if (rule.speakersOnly.includes(role) && !speakerKeys.has(m.entity)) return false;
        if (rule.guestsOnly.includes(role) && speakerKeys.get(m.entity) !== 'guest') return false;
        if (isLoose(m, role) && rule.strict.includes(role)) return false;
        return !label || (e !== undefined && [e.label, ...e.aliases].some((n) => label.test(n)));
      })
      .map((m) => {
        if (isLoose(m, role)) loose.add(m.entity);
        return m.entity;
      });
  };
  /** A mention filling a slot only through a looser type (a discovered "organization" as a model), unless the rule's own words type it. */
  const isLoose = (m: MaskableMention, slot: string) => (m.own & plan.slotBits[slot]) === 0 && !rule.typed.includes(slot);
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
      if (rule.type === 'DEVELOPED' && madeByOther(source, target, entities)) continue;
      const named = [...(rule.subject in (match.groups ?? {}) ? [source] : []), ...(rule.object in (match.groups ?? {}) ? [target] : [])];
      (found ??= []).push({ source, target, type: rule.type, evidence: [{ turn: turn.id, start, end }], rules: [rule.id], fallback: rule.fallback, named });
    }
  }
  return found;
}

/** Two names of a list slot joined by a comma alone, no "and" ("Tobias, Macquarie"): the list has no joining word. */
const COMMA_PAIR = /^\uE000[^\uE001]*\uE001\s*,\s*\uE000[^\uE001]*\uE001$/u;

/**
 * "Tobias, Macquarie owns a stake in Cadent": a list slot opening the sentence with two names and only a comma between
 * them starts with the one addressed (English joins a list's last item with "and"), not a second owner.
 */
function addressedInList(masked: string, range: [number, number] | undefined): boolean {
  return range !== undefined && masked.slice(0, range[0]).trim() === '' && COMMA_PAIR.test(masked.slice(range[0], range[1]));
}

/** A comma and a first- or second-person subject: "Ramon, I spent …", "Devin, we've announced …", "Sam, you were …". */
const PRONOUN_AFTER_NAME = /^\s*,\s*(?:I|[Ww]e|[Yy]ou)\b/u;

/**
 * Whether the match's subject is a name said to someone, not the one who acts: it opens the match and a comma and
 * "I", "we" or "you" follow it ("Ramon, I spent eleven years at Nestlé": the years are the speaker's).
 */
function addressedBeforePronoun(rule: PatternRule, masked: string, match: RegExpExecArray): boolean {
  const range = match.indices?.groups?.[rule.subject];
  return range !== undefined && range[0] === match.index && PRONOUN_AFTER_NAME.test(masked.slice(range[1], range[1] + 8));
}

/**
 * What a cue says is denied right before it: 没有/未/不/并不 (with 任何, 过… between), not/never/n't (with one word
 * between: "did not yet invest"). "我们和大疆没有合作" states no partnership. 不断, 未来 and 没想到 end in other
 * characters and do not count. A cue said to be over right after it (ENDED_AFTER: 合作终止了) states nothing either.
 */
const NEGATION = /(?:没有|没|未曾|未|从未|并未|尚未|不再|并不|不会|不|无意)(?:任何|过|正式|真正|直接|再)?\s*$|(?:\bnot|\bnever|\bno longer|n['’]t|\bneither|\bnor)\s+(?:[a-z]+\s+)?$/iu;

/** "和特斯拉" between a negation and its cue: "我们没有和特斯拉合作" denies the partnership too. */
const PARTY_BEFORE_CUE = new RegExp(`(?:和|与|跟|同)\\s*${MASK_OPEN}[^${MASK_CLOSE}]*${MASK_CLOSE}\\s*(?:之间|一起)?\\s*$`, 'u');

/** What a cue says is over right after it: "我们和美团优选的合作终止了", "这笔收购后来被叫停" state neither. */
const ENDED_AFTER = /^\s*(?:关系|协议|计划|项目)?\s*(?:(?:19|20)\d\d\s*年|去年|前年|今年|上个月|后来|最终|最后|随后)?\s*(?:已经|已|也|都|就|早就|早已)?\s*(?:被)?\s*(?:终止|结束|中止|中断|破裂|取消|告吹|叫停)/u;

function negatedCue(masked: string, match: RegExpExecArray): boolean {
  const groups = match.indices?.groups;
  if (!groups) return false;
  for (const name in groups) {
    const range = groups[name];
    if (!range || !name.startsWith('cue')) continue;
    if (ENDED_AFTER.test(masked.slice(range[1], range[1] + 16))) return true;
    const before = masked.slice(Math.max(0, range[0] - 64), range[0]);
    if (NEGATION.test(before.slice(-16)) || NEGATION.test(before.replace(PARTY_BEFORE_CUE, '').slice(-16))) return true;
  }
  return false;
}

/**
 * Whether the match is asked, not stated ('tag' for a tag question): a yes/no question ("Sam, did you invest in fintech?", "Have you partnered
 * with X?", "你投资了X吗？", "你们是否和X竞争？") states nothing. A wh-question presupposes what it asks about and
 * still states it ("你对特朗普政府有什么建议？", "why did you invest in X?"), and so does a statement before a question
 * ("我知道你也投资了一些金融科技公司，能不能谈谈…？"): only the clause the match is in counts.
 */
function yesNoQuestion(masked: string, match: RegExpExecArray): boolean | 'tag' {
  const sentence = masked.trimEnd();
  if (!/[?？吗]$/u.test(sentence)) return false;
  if (TAG_QUESTION.test(sentence)) return 'tag';
  // Chinese: the match starts in the clause 吗 closes ("在智利成长的过程中，你小时候想过…吗？" asks about the childhood,
  // not where it was spent), or 是否/是不是/会不会/能不能 asks that clause.
  const lastClause = !/[，,；;：:]/u.test(sentence.slice(match.index));
  if (lastClause && /吗[?？]?$/u.test(sentence)) return true;
  const clauseStart = Math.max(...[...'，,；;：:'].map((c) => sentence.lastIndexOf(c, match.index - 1))) + 1;
  if (lastClause && /是否|是不是|会不会|能不能|可不可以|有没有/u.test(sentence.slice(clauseStart, match.index + match[0].length))) return true;
  // English: the sentence (or the match's clause, after a vocative "Sam Altman,") opens with an auxiliary.
  const first = sentence.slice(0, Math.max(0, sentence.search(/[,;:]/u))) || sentence;
  if (WH_OPENING.test(first)) return false;
  return AUX_OPENING.test(first) || AUX_OPENING.test(sentence.slice(clauseStart));
}

/** A rule relating the addressee (or their organisation) to a name the sentence writes. */
function deniable(rule: { subject: string; object: string }, match: RegExpExecArray): boolean {
  const named = (role: string) => match.groups !== undefined && role in match.groups;
  return (rule.subject.startsWith('addressee') && named(rule.object)) || (rule.object.startsWith('addressee') && named(rule.subject));
}

/** Whether the sentence ends in a question mark that is the turn's last ("You were at Google, right?"). */
function lastQuestion(text: string, sentence: { masked: string; origin: (position: number) => number }): boolean {
  if (!/[?？]\s*$/u.test(sentence.masked)) return false;
  const end = sentence.origin(sentence.masked.length);
  return !/[?？]/u.test(text.slice(end));
}

/**
 * A statement turned into a question by a tag ("…, correct?", "…, right?", "…, isn't that so?", "…，对吧？", "…，是不是？"),
 * as depositions and hearings put claims to a witness: the asker states the claim, and the answer may deny it.
 */
const TAG_QUESTION =
  /(?:[,，]\s*(?:(?:is\s+that|isn['’]t\s+that|that['’]s|am\s+I)\s+)?(?:correct|right|true|so|fair|accurate)|[,，]\s*(?:(?:is|was|are|were|do|does|did|has|have|had|can|could|will|would)n['’]t\s+(?:it|that|he|she|they|you|we|there|I)|yes|no)|[，,]\s*(?:对吧|是吧|对不对|是不是|对吗|是吗|没错吧|没错吗|对么|是么))\s*[?？]$/iu;

const AUX_OPENING = new RegExp(`^\\s*(?:and\\s+|but\\s+|so\\s+)?(?:did|do|does|have|has|had|are|is|was|were|will|would|could|can|should|shall|may|might)(?:n['’]t)?\\s+(?:you|we|they|he|she|it|there|${MASK_OPEN})`, 'iu');
const WH_OPENING = /^\s*(?:and\s+|but\s+|so\s+)?(?:what|why|how|when|where|which|who|whom|whose)\b/iu;

function trimStart(text: string, start: number, end: number): number {
  while (start < end && /\s/u.test(text[start])) start++;
  return start;
}
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return end;
}
