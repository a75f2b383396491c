// Stage resolve: mentions grouped into entities — one per canonical name (case, spaces and hyphens folded),
// speakers kept under their speaker keys, short names ("Altman", "Sam", 百川 for 百川智能) linked to the one full name.
import type { EntityType } from '../../src/model.ts';
import type { Lexicon } from '../lexicon.ts';
import { entityKey } from '../keys.ts';
import type { Entity, Mention, MentionedDocument, ResolvedDocument, ResolvedMention, Speaker } from '../types.ts';
import { VERSIONED } from './mentions/lexmatch.ts';
import { aliasKey } from './mentions/trie.ts';
import { appendAll } from '../arrays.ts';
import { companyShortForms, institutionShortForms } from './mentions/companyshort.ts';
import { hasHan } from './mentions/jieba.ts';

interface Group {
  /** aliasKey of the canonical name. */
  id: string;
  speaker: Speaker | null;
  mentions: Mention[];
  /** Evidence for each type: lexicon 3, model pattern 2, cue 1, bare discovery 0.5. */
  votes: Map<EntityType, number>;
  /** The full name a linked short form must not outvote (Tessellate Robotics, however often "Tessellate" is said). */
  label?: string;
}

const LATIN_NAME_PART = /^[A-ZÀ-Þ][A-Za-zà-ÿ'’.-]+$/;
/** Lower-case particles inside a Latin personal name: van der Walt, de la Cruz, von Trier, bin Salman. */
const SURNAME_PARTICLE = /^(?:van|von|de|der|den|la|le|du|da|del|della|di|dos|das|do|ter|ten|bin|al)$/;

export function resolveEntities(doc: MentionedDocument, lexicon: Lexicon): ResolvedDocument {
  const groups = new Map<string, Group>();
  const speakerGroupOf = new Map<string, Group>();
  for (const speaker of doc.speakers) {
    const group: Group = { id: `speaker:${speaker.key}`, speaker, mentions: [], votes: new Map() };
    groups.set(group.id, group);
    for (const name of speakerNames(speaker, lexicon)) if (!speakerGroupOf.has(name)) speakerGroupOf.set(name, group);
  }

  const keyOf = memo(aliasKey); // a long transcript repeats its few thousand names a million times
  for (const mention of doc.mentions) {
    const name = mention.canonical ?? mention.surface.replace(/\s+/g, ' ').trim();
    const id = keyOf(name);
    let group = speakerGroupOf.get(id) ?? speakerGroupOf.get(keyOf(mention.surface)) ?? groups.get(id);
    if (!group) {
      group = { id, speaker: null, mentions: [], votes: new Map() };
      groups.set(id, group);
    }
    group.mentions.push(mention);
    group.votes.set(mention.type, (group.votes.get(mention.type) ?? 0) + weight(mention));
  }

  linkGlosses(doc, groups);
  linkMiddleNames(groups);
  linkShortNames(groups, speakerGroupOf, lexicon);
  linkCompanyShortForms(groups, lexicon.cues.companySuffixes.words);
  linkBaseNames(groups);
  linkNumberedWorks(groups, lexicon.cues.numberedWorkHeads.reason);

  const credited = creditedOutlets(doc);
  const entities: Entity[] = [];
  const resolved: ResolvedMention[] = [];
  const byKey = new Map<string, Entity>();
  for (const group of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!group.speaker && group.mentions.length === 0) continue;
    const label = group.speaker ? group.speaker.label : (group.label ?? chooseLabel(group.mentions));
    const key = group.speaker ? group.speaker.key : entityKey(label);
    const type: EntityType = group.speaker ? speakerType(group.speaker, lexicon, credited) : chooseType(group.votes);
    let entity = byKey.get(key);
    if (!entity) {
      entity = { key, label, type, aliases: [], mentions: [], speaker: group.speaker !== null };
      byKey.set(key, entity);
      entities.push(entity);
    }
    const aliases = new Set([...entity.aliases, ...(group.speaker ? group.speaker.aliases.filter((a) => a !== label) : [])]);
    for (const m of group.mentions) {
      aliases.add(m.surface);
      entity.mentions.push({ turn: m.turn, start: m.start, end: m.end });
      resolved.push({ ...m, entity: key });
    }
    aliases.delete(label);
    entity.aliases = [...aliases].sort();
  }
  const compareSpans = spanOrder();
  for (const e of entities) e.mentions.sort(compareSpans);
  entities.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  resolved.sort(compareSpans);
  return { ...doc, entities, mentions: resolved };
}

/**
 * A mention typed by its shape alone (a capitalised word or an unknown acronym defaults to an organization) or by
 * compromise's word lists votes so little that it only decides among the mentions no cue typed: "our Stratos battery"
 * once makes a product of "Stratos systems" and "pricing on Stratos", however often the name is said bare; "OpenVLA,
 * the open-source model from Stanford" once makes a model of every bare CamelCase OpenVLA.
 */
const SHAPE_VOTE = 1e-3;

function weight(m: Mention): number {
  if (m.source === 'lexicon') return 3;
  if (m.source === 'speaker') return 3;
  if (/pattern/.test(m.reason)) return 2;
  if (/capitalised word that is never|no other cue|multi-word name with no cue|compromise|unknown acronym|CamelCase name is/.test(m.reason)) return SHAPE_VOTE;
  return 1;
}

/**
 * A speaker is a person, unless the lexicon knows the label as an organisation (an outlet asking: 36氪：, 极客公园：)
 * or the article's credits name it as its source (来源：界面文娱 … 界面文娱：郭导，…), in full or by a short form of
 * the outlet's name (来源：三联生活周刊 … 三联：; 本文为游戏葡萄原创 … 葡萄君：).
 */
function speakerType(speaker: Speaker, lexicon: Lexicon, credited: Set<string>): EntityType {
  const known = lexicon.matcher.lookup(speaker.label).find((v) => v.alias === speaker.label);
  if (known?.value.type === 'organization' || credited.has(speaker.label)) return 'organization';
  return creditedShortForm(speaker.label, credited, lexicon.cues.zhSurnames.words) ? 'organization' : 'person';
}

/** 来源：X, 出品：X, 本文首发于X, 原创 X, 本文为X原创 in the boilerplate (credits, header, tail): the outlets the article credits. */
const SOURCE_CREDIT = /(?:来源|出品|出品方|首发于|原创)[ \t　]*[：:｜|丨]?[ \t　]*[《「“"]?([^\s，,。；;：:｜|丨（）()《》「」“”"]{2,12})/gu;
const ORIGINAL_CREDIT = /本文(?:为|系|是)[ \t　]*[《「“"]?([^\s，,。；;：:｜|丨（）()《》「」“”"]{2,12}?)[》」”"]?[ \t　]*原创/gu;
/** 《财经》, 《汽车之家》: a publication's name in title marks, as an intro writes the outlet that did the interview. */
const TITLE_MARKED = /《([^《》\s，,。]{2,12})》/gu;
function creditedOutlets(doc: MentionedDocument): Set<string> {
  const out = new Set<string>();
  for (const turn of doc.turns) {
    // "《汽车之家》（以下简称“汽车之家”）对林杰进行了专访": the intro names the outlet that asks.
    if (turn.kind === 'narration') for (const m of turn.text.matchAll(TITLE_MARKED)) out.add(m[1]);
    if (turn.kind !== 'boilerplate') continue;
    for (const m of turn.text.matchAll(SOURCE_CREDIT)) out.add(m[1]);
    for (const m of turn.text.matchAll(ORIGINAL_CREDIT)) out.add(m[1]);
  }
  return out;
}

/**
 * A Chinese label that opens or ends a credited outlet's name, with an optional 君 (三联 for 三联生活周刊, 葡萄君 for
 * 游戏葡萄): the outlet asking under its short name. Not a label opening with a surname (张小珺 for 张小珺商业访谈录 is
 * the host whose show it is).
 */
function creditedShortForm(label: string, credited: Set<string>, surnames: string[]): boolean {
  const short = label.replace(/君$/u, '');
  if (short.length < 2 || !/^\p{Script=Han}+$/u.test(short) || surnames.includes(short[0])) return false;
  for (const outlet of credited) if (outlet.length > short.length && (outlet.startsWith(short) || outlet.endsWith(short))) return true;
  return false;
}

/** Every folded name that refers to a speaker: label, aliases, and the lexicon aliases of the same person. */
function speakerNames(speaker: Speaker, lexicon: Lexicon): string[] {
  const names = [speaker.label, ...speaker.aliases];
  const entry = lexicon.byLabel.get(speaker.label.toLowerCase());
  if (entry) names.push(...entry.aliases);
  return names.map(aliasKey).filter(Boolean);
}

/** Parts of a full personal name a text may use alone: "Sam", "Altman" for "Sam Altman"; "特朗普" for "唐纳德·特朗普". */
function nameParts(label: string): string[] {
  const latin = label.split(/\s+/);
  if (latin.length >= 2 && latin.every((p) => LATIN_NAME_PART.test(p))) return latin;
  // "Hendrik van der Walt", "Maria de la Cruz": the particles of a surname are no parts to go by, the rest are.
  if (latin.length >= 3 && LATIN_NAME_PART.test(latin[0]) && LATIN_NAME_PART.test(latin[latin.length - 1]) && latin.every((p) => LATIN_NAME_PART.test(p) || SURNAME_PARTICLE.test(p))) {
    return latin.filter((p) => LATIN_NAME_PART.test(p));
  }
  const han = label.split(/[·・]/);
  if (han.length >= 2) return han;
  return [];
}

/**
 * A discovered single name (no lexicon entry) that is part of exactly one full personal name in the
 * document — a speaker or a person entity — joins that person.
 */
function linkShortNames(groups: Map<string, Group>, speakerGroupOf: Map<string, Group>, lexicon: Lexicon): void {
  const owners = new Map<string, Set<Group>>();
  const addOwner = (part: string, group: Group) => {
    const key = aliasKey(part);
    if (key.length < 2) return;
    const set = owners.get(key) ?? new Set();
    set.add(group);
    owners.set(key, set);
  };
  const honorifics = lexicon.cues.zhHonorifics.words;
  const surnames = new Set(lexicon.cues.zhSurnames.words);
  for (const group of groups.values()) {
    if (group.speaker) {
      for (const part of nameParts(group.speaker.label)) addOwner(part, group);
      // "陈总" for the speaker the lexicon labels Chen Dongsheng: the address forms of each Chinese name they go by too.
      for (const name of new Set([group.speaker.label, ...group.speaker.aliases])) for (const form of addressForms(name, surnames, honorifics)) addOwner(form, group);
      continue;
    }
    if (group.mentions.length === 0) continue;
    const type = chooseType(group.votes);
    const label = chooseLabel(group.mentions);
    // "Dame Felicity" owns no "Felicity": an honorific and a name part are no full name.
    if (type === 'person' && !HONOURED_PART.test(label)) for (const part of [...nameParts(label), ...addressForms(label, surnames, honorifics)]) addOwner(part, group);
    // "单院长" for 单霁翔, whom the lexicon labels Shan Jixiang: the address forms of the Chinese name the text wrote.
    if (type === 'person' && !HAN_FULL_NAME.test(label)) {
      for (const surface of new Set(group.mentions.map((m) => m.surface))) for (const form of addressForms(surface, surnames, honorifics)) addOwner(form, group);
    }
    // "Khosla" for "Khosla Ventures": the first word of a multi-word organization name.
    const words = label.split(' ');
    if (type === 'organization' && words.length >= 2 && LATIN_NAME_PART.test(words[0])) addOwner(words[0], group);
    // "the Commission" for the European Commission: an institution's head word, written alone once the document has named it.
    if ((type === 'organization' || type === 'government') && words.length >= 2 && INSTITUTION_HEADS.has(words[words.length - 1])) addOwner(words[words.length - 1], group);
    // "Commerce" for "Department of Commerce": the one capitalised word after "of" in an institution's name.
    const of = /^[A-Z][A-Za-z.-]* of (?:the )?([A-Z][A-Za-z-]+)$/.exec(label);
    if ((type === 'organization' || type === 'government') && of) addOwner(of[1], group);
  }
  const speakers = [...groups.values()].filter((g) => g.speaker && nameParts(g.speaker.label).length >= 2);
  for (const [id, group] of groups) {
    if (group.speaker || group.mentions.length === 0) continue;
    if (group.mentions.some((m) => m.source === 'lexicon' && lexicon.byLabel.get((m.canonical ?? '').toLowerCase())?.type !== 'person')) continue;
    let owner = owners.get(id);
    // "Dame Felicity", "Sir Keir", "Dr. Oduya", "Mr Halloran": an honorific and one part of one person's full name.
    const honoured = owner ? null : HONOURED_PART.exec(group.mentions[0].surface);
    if (honoured) owner = owners.get(aliasKey(honoured[1]));
    if (!owner && id.length >= 3 && /^[a-z]+$/.test(id)) {
      // "Alex" for the speaker "Alexandre Défossez", "Chris" for "Cristóbal Valenzuela": a short form of one speaker's first name.
      const fulls = nicknames(lexicon).get(id) ?? [];
      const byShortForm = speakers.filter((g) => {
        const first = foldAccents(aliasKey(nameParts(g.speaker!.label)[0]));
        return first.startsWith(id) || fulls.includes(first);
      });
      if (byShortForm.length === 1) owner = new Set(byShortForm);
    }
    if (!owner || owner.size !== 1) continue;
    const [target] = owner;
    if (target === group || speakerGroupOf.get(id) === group) continue;
    // "When I got to Sacramento" beside "the Sacramento Kings", "London" beside "Jack London": a place is no short form.
    if (chooseType(group.votes) === 'place') continue;
    // "Khosla Ventures", "Sam Altman" stay the label, however often the short name is said (a speaker keeps its own).
    absorb(target, group, !target.speaker, (type) => type === 'person');
  }
}

/**
 * A full name written with a middle name or initial ("Peter James Halloran", "Richard P. Feynman"), no lexicon's, joins
 * the one speaker whose two-word name it opens and closes ("Peter Halloran"): the witness giving their full name is
 * still the witness. Only speakers: two people of the document may share a first name and a surname.
 */
function linkMiddleNames(groups: Map<string, Group>): void {
  const bySides = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const parts = group.speaker?.label.split(' ') ?? [];
    if (parts.length !== 2 || !parts.every((p) => LATIN_NAME_PART.test(p))) continue;
    const sides = `${aliasKey(parts[0])} ${aliasKey(parts[1])}`;
    bySides.set(sides, [...(bySides.get(sides) ?? []), group]);
  }
  if (bySides.size === 0) return;
  for (const group of groups.values()) {
    if (group.speaker || group.mentions.length === 0 || chooseType(group.votes) !== 'person') continue;
    if (group.mentions.some((m) => m.source === 'lexicon')) continue;
    const parts = chooseLabel(group.mentions).split(' ');
    if (parts.length !== 3 || !parts.every((p) => LATIN_NAME_PART.test(p) || /^\p{Lu}\.?$/u.test(p))) continue;
    const targets = bySides.get(`${aliasKey(parts[0])} ${aliasKey(parts[2])}`) ?? [];
    if (targets.length === 1) absorb(targets[0], group, false, (type) => type === 'person');
  }
}

/** An honorific and one name word ("Dame Felicity", "Dr. Oduya"): group 1 the word. */
const HONOURED_PART = /^(?:Sir|Dame|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/** Between a name and its gloss: an opening bracket, after at most one space ("林可欣（Kexin Lin）", "Kexin Lin (林可欣)"). */
const GLOSS_OPEN = /^ ?[（(]$/;
const GLOSS_CLOSE = new Set(['）', ')']);

/**
 * A name glossed in the other script, in brackets right after it ("林可欣（Kexin Lin）", "听澜科技（Tinglan Tech）",
 * "Kexin Lin（林可欣）"), is one entity under both names, when both are of one type and at most one is a lexicon
 * entry. A speaker keeps its label, a lexicon entry its canonical name; otherwise the Latin name becomes the label, as
 * lexicon entries are labelled (陶哲轩 → Terence Tao), so that an English transcript's mentions of the same name meet it.
 */
function linkGlosses(doc: MentionedDocument, groups: Map<string, Group>): void {
  const texts = new Map(doc.turns.map((t) => [t.id, t.text]));
  // Mentions right after an opening bracket and right before a closing one, by where they start: few, so a look-up
  // from every mention's end finds each pair in one pass.
  const glosses = new Map<string, Mention>();
  for (const m of doc.mentions) {
    const text = texts.get(m.turn);
    if (text && (text[m.start - 1] === '（' || text[m.start - 1] === '(') && GLOSS_CLOSE.has(text[m.end])) glosses.set(`${m.turn}\u0000${m.start}`, m);
  }
  const pairs: [Mention, Mention][] = [];
  if (glosses.size) {
    for (const m of doc.mentions) {
      const text = texts.get(m.turn)!;
      for (const gap of [1, 2]) {
        const gloss = glosses.get(`${m.turn}\u0000${m.end + gap}`);
        if (gloss && GLOSS_OPEN.test(text.slice(m.end, gloss.start)) && hasHan(m.surface) !== hasHan(gloss.surface)) pairs.push([m, gloss]);
      }
    }
  }
  if (pairs.length === 0) return;
  const groupOf = new Map<Mention, Group>();
  for (const group of groups.values()) for (const m of group.mentions) groupOf.set(m, group);
  for (const [name, gloss] of pairs) {
    const a = groupOf.get(name);
    const b = groupOf.get(gloss);
    if (!a || !b || a === b || a.mentions.length === 0 || b.mentions.length === 0 || (a.speaker && b.speaker)) continue;
    const typeA = a.speaker ? 'person' : chooseType(a.votes);
    const typeB = b.speaker ? 'person' : chooseType(b.votes);
    const lexiconA = a.mentions.some((m) => m.source === 'lexicon');
    const lexiconB = b.mentions.some((m) => m.source === 'lexicon');
    if (typeA !== typeB || (lexiconA && lexiconB)) continue;
    const latinA = !hasHan(name.surface);
    const aFirst = a.speaker ? true : b.speaker ? false : lexiconA ? true : lexiconB ? false : latinA;
    const [target, other] = aFirst ? [a, b] : [b, a];
    const moved = other.mentions;
    absorb(target, other, !target.speaker, () => true);
    for (const m of moved) groupOf.set(m, target);
  }
}

/** The head words of institutions' names, which the institution goes by alone ("the Commission", "the Court"). */
const INSTITUTION_HEADS = new Set(['Commission', 'Parliament', 'Council', 'Committee', 'Agency', 'Ministry', 'Department', 'Court', 'Senate', 'Assembly', 'Authority', 'Administration', 'Bureau', 'Board']);

const HAN_FULL_NAME = /^\p{Script=Han}{2,4}$/u;

/** "王总", "刘老师", "老王" for 王哲: the surname (two characters when 欧阳, 司马… are listed) with a title. */
function addressForms(label: string, surnames: Set<string>, honorifics: string[]): string[] {
  if (!HAN_FULL_NAME.test(label)) return [];
  const surname = label.length >= 3 && surnames.has(label.slice(0, 2)) ? label.slice(0, 2) : label[0];
  // "王总" itself is an address form, not a full name that owns one.
  if (!surnames.has(surname) || surname === label || honorifics.includes(label.slice(surname.length))) return [];
  return [...honorifics.map((h) => surname + h), `老${surname}`];
}

/**
 * A discovered name that is an organization's name without its generic suffix (百川 beside 百川智能 = Baichuan, Acme
 * beside Acme Labs) joins that organization, when it is the only one in the document shortening to it.
 */
function linkCompanyShortForms(groups: Map<string, Group>, suffixes: readonly string[]): void {
  const owners = new Map<string, Set<Group>>();
  for (const group of groups.values()) {
    if (group.speaker || group.mentions.length === 0 || chooseType(group.votes) !== 'organization') continue;
    const names = new Set([chooseLabel(group.mentions), ...group.mentions.map((m) => m.surface)]);
    for (const name of names) {
      for (const short of [...companyShortForms(name, suffixes), ...institutionShortForms(name)]) {
        const key = aliasKey(short);
        owners.set(key, (owners.get(key) ?? new Set()).add(group));
      }
    }
  }
  for (const [id, group] of groups) {
    if (group.speaker || group.mentions.length === 0 || group.mentions.some((m) => m.source !== 'discovery')) continue;
    const owner = owners.get(id);
    if (!owner || owner.size !== 1 || chooseType(group.votes) === 'person') continue;
    const [target] = owner;
    if (target === group) continue;
    absorb(target, group, true, () => false); // the name it shortens stays the label, the short form an alias
  }
}

/** "Ascend" joins "Ascend 910C" when that is the only version of it the document names. */
function linkBaseNames(groups: Map<string, Group>): void {
  const versionsOf = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const m = group.mentions.find((x) => x.reason.startsWith(VERSIONED));
    if (!m || !m.canonical) continue;
    const base = aliasKey(m.reason.slice(m.reason.indexOf(': ') + 2));
    versionsOf.set(base, [...(versionsOf.get(base) ?? []), group]);
  }
  for (const [base, versions] of versionsOf) {
    const baseGroup = groups.get(base);
    if (!baseGroup || baseGroup.speaker || versions.length !== 1 || versions[0] === baseGroup) continue;
    absorb(versions[0], baseGroup, false, () => true);
  }
}

/** The head and number that end a numbered work's name: "Order 1920" of "FERC Order 1920". */
const HEAD_AND_NUMBER = /\S+ (?:No\.? ?)?\d[\d/-]*$/;

/** "Order 1920" joins "FERC Order 1920" when that is the only longer name of it the document writes. */
function linkNumberedWorks(groups: Map<string, Group>, reason: string): void {
  const longer = new Map<string, Group[]>();
  for (const group of groups.values()) {
    const m = group.mentions.find((x) => x.reason === reason);
    const tail = m && HEAD_AND_NUMBER.exec(m.surface)?.[0];
    if (!tail || tail.length === m.surface.length) continue;
    const key = aliasKey(tail);
    longer.set(key, [...(longer.get(key) ?? []), group]);
  }
  for (const [key, owners] of longer) {
    const short = groups.get(key);
    if (!short || short.speaker || owners.length !== 1 || short.mentions.some((m) => m.reason !== reason)) continue;
    const [target] = owners;
    absorb(target, short, true, () => true); // the full name stays the label, however often the short one is said
  }
}

/**
 * A shorter name joins the group of the name it stands for: its mentions move there, and the type votes `counts`
 * lets through count for it. With `keepLabel`, the target's label is fixed first from its own mentions, so a short
 * form said more often does not become the label.
 */
function absorb(target: Group, short: Group, keepLabel: boolean, counts: (type: EntityType) => boolean): void {
  if (keepLabel) target.label ??= chooseLabel(target.mentions);
  appendAll(target.mentions, short.mentions);
  for (const [type, votes] of short.votes) if (counts(type)) target.votes.set(type, (target.votes.get(type) ?? 0) + votes);
  short.mentions = [];
  short.votes.clear();
}

const nicknameMaps = new WeakMap<Lexicon, Map<string, string[]>>();
/** cues.json nicknames as short form → folded full first names. */
function nicknames(lexicon: Lexicon): Map<string, string[]> {
  let map = nicknameMaps.get(lexicon);
  if (!map) {
    map = new Map();
    for (const line of lexicon.cues.nicknames.words) {
      const [short, fulls] = line.split('=');
      if (short && fulls) map.set(aliasKey(short), fulls.split(',').map((f) => foldAccents(aliasKey(f))));
    }
    nicknameMaps.set(lexicon, map);
  }
  return map;
}

function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

function chooseType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'concept';
  let score = -1;
  for (const [type, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (v > score) {
      best = type;
      score = v;
    }
  }
  return best;
}

/** The lexicon label if any mention has one; else the most frequent surface, preferring Latin script, then length. */
function chooseLabel(mentions: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const name = m.canonical ?? m.surface.replace(/\s+/g, ' ').trim();
    counts.set(name, (counts.get(name) ?? 0) + (m.canonical !== null ? 100 : 1));
  }
  const latin = (s: string) => (/[A-Za-z]/.test(s) ? 1 : 0);
  return [...counts].sort((a, b) => b[1] - a[1] || latin(b[0]) - latin(a[0]) || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0][0];
}

type Span = { turn: string; start: number; end: number };

/**
 * Spans in reading order: by the turn's index ("doc#12" → 12), then start and end. Each turn id is parsed once,
 * as sorting compares millions of times; the parsed ids belong to this one document, so a worker that goes on to
 * thousands more keeps none of them.
 */
function spanOrder(): (a: Span, b: Span) => number {
  const turnIndexes = new Map<string, number>();
  const turnIndex = (turn: string): number => {
    let index = turnIndexes.get(turn);
    if (index === undefined) turnIndexes.set(turn, (index = Number(turn.slice(turn.lastIndexOf('#') + 1)) || 0));
    return index;
  };
  return (a, b) => turnIndex(a.turn) - turnIndex(b.turn) || (a.turn < b.turn ? -1 : a.turn > b.turn ? 1 : 0) || a.start - b.start || a.end - b.end;
}

/** A pure string function remembered per argument. */
function memo(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let out = seen.get(s);
    if (out === undefined) seen.set(s, (out = f(s)));
    return out;
  };
}
