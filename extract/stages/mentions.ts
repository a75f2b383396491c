// Stage mentions: candidate entity mentions in each turn and narration (never boilerplate), from the lexicon,
// model-name patterns and open discovery (Chinese tagger + cues, Latin capitalised names), overlaps settled.
import type { Lexicon } from '../lexicon.ts';
import type { Mention, MentionedDocument, TurnedDocument } from '../types.ts';
import { settleOverlaps, type Candidate } from './mentions/candidate.ts';
import { hasHan, tagText, tagTextRemembered, type PackedTokens, type Token } from './mentions/jieba.ts';
import { discoverLatin } from './mentions/latin.ts';
import { yieldToKnownNames } from './mentions/latinknown.ts';
import { discoverListed, discoverListedLatin, retypeListedPlaces } from './mentions/lists.ts';
import { discoverEnglishConcepts } from './mentions/enconcepts.ts';
import { acronymDefinitions, acronymsOfNames, withLongForms, type Definition } from './mentions/acronyms.ts';
import { matchLexicon, withOneSenseEach } from './mentions/lexmatch.ts';
import { findModelNames } from './mentions/models.ts';
import { caseCompatible } from './mentions/trie.ts';
import { discoverChinese, retypeListedTransliterations } from './mentions/zh.ts';
import { discoverChineseCompanies, FOUNDED_NAME_REASON } from './mentions/zhcompany.ts';
import { findShortForms, shortFormsOf, type ShortForm } from './mentions/shortforms.ts';
import { joinSubunits } from './mentions/chains.ts';
import { companyShortForms } from './mentions/companyshort.ts';
import { findFilings, findStandards } from './mentions/standards.ts';
import { latinShortForms, withLatinShortForms } from './mentions/latinshort.ts';
import { latinSpeakerNames, withSpeakerNames } from './mentions/speakernames.ts';
import { allMatches } from '../regex.ts';
import { baseOf } from './segment/labels.ts';
import { foldWord, segmentRules } from './segment/rules.ts';
import { withCommonWordCompanies } from './mentions/wordcompanies.ts';
import { withHanModelNumbers, withProductMakers } from './mentions/zhproducts.ts';
import { withPlaceUniversities } from './mentions/universities.ts';

export function findMentions(doc: TurnedDocument, lexicon: Lexicon): MentionedDocument {
  const commonWords = lowerCaseWords(doc.turns.filter((t) => t.kind !== 'boilerplate').map((t) => t.text));
  const speakers = hanSpeakerNames(doc, lexicon);
  // Each turn is tagged once, however many passes read it (the tokens kept packed: 9 bytes a token).
  const tagged = new Map<string, PackedTokens>();
  const tag = (text: string) => tagTextRemembered(text, tagged);
  let perTurn = doc.turns.filter((t) => t.kind !== 'boilerplate').map((turn) => ({ turn, candidates: mentionsInText(turn.text, lexicon, commonWords, new Set(), speakers, undefined, tag) }));
  // A company name cued once (星海智能创始人) is a name wherever else the document writes it: only those turns run again.
  const companies = new Set(perTurn.flatMap(({ turn, candidates }) => candidates.filter((c) => c.reason === lexicon.cues.zhCompanyWords.reason || c.reason === FOUNDED_NAME_REASON).map((c) => turn.text.slice(c.start, c.end))));
  if (companies.size > 0) {
    perTurn = perTurn.map((p) => ([...companies].some((name) => p.turn.text.includes(name)) ? { turn: p.turn, candidates: mentionsInText(p.turn.text, lexicon, commonWords, companies, speakers, undefined, tag) } : p));
  }
  // 百川 for 百川智能, 澜舟 for 澜舟科技: a company's short form is a name once the document names the company.
  const named = perTurn.flatMap(({ turn, candidates }) => candidates.filter((c) => c.type === 'organization' && !c.minCount).map((c) => ({ surface: turn.text.slice(c.start, c.end), canonical: c.canonical ?? turn.text.slice(c.start, c.end) })));
  const shortForms = shortFormsOf(named, lexicon);
  if (shortForms.size > 0) {
    perTurn = perTurn.map((p) => ([...shortForms.keys()].some((short) => p.turn.text.includes(short)) ? { turn: p.turn, candidates: mentionsInText(p.turn.text, lexicon, commonWords, companies, speakers, shortForms, tag) } : p));
  }
  // An English company named in full once (Veridian Systems) is a name wherever the document writes its short form.
  const latinShorts = latinShortForms(perTurn, lexicon, commonWords);
  if (latinShorts.size > 0) perTurn = perTurn.map((p) => ({ turn: p.turn, candidates: withLatinShortForms(p.turn.text, p.candidates, latinShorts, lexicon) }));
  // "Yuki, let's start with you.": a speaker's name in Latin text is that speaker, even a lone first name.
  const latinSpeakers = latinSpeakerNames(doc.speakers, commonWords);
  if (latinSpeakers.length > 0) perTurn = perTurn.map((p) => ({ turn: p.turn, candidates: withSpeakerNames(p.turn.text, p.candidates, latinSpeakers) }));
  // 甲骨文 named as the oracle-bone script in one turn is the script in every turn.
  perTurn = withOneSenseEach(perTurn, lexicon);
  perTurn = trimSwallowedVerbs(perTurn, speakers);
  // 地平线, 海光: a company whose short name is a common word, where the document uses it as the company once.
  perTurn = withCommonWordCompanies(perTurn, lexicon);
  // 地平线的征程6: a Han product with a model number after a company the document names.
  perTurn = withHanModelNumbers(perTurn);
  // Cognition的Devin: a capitalised concept word before 的 and a known product is the company that makes it.
  perTurn = withProductMakers(perTurn);
  // "graduated from Michigan" beside "the University of Michigan": the place where one studies is the university.
  perTurn = withPlaceUniversities(perTurn, lexicon);
  const counts = new Map<string, number>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (!c.minCount || c.initial) continue;
      const key = turn.text.slice(c.start, c.end).toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const kept = (turn: { text: string }, c: Candidate): boolean => !c.minCount || (counts.get(turn.text.slice(c.start, c.end).toLowerCase()) ?? 0) >= c.minCount;
  // What each surface is where no sentence starts: a sentence-initial guess of the same surface takes that type.
  const elsewhere = new Map<string, Candidate>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      const surface = turn.text.slice(c.start, c.end);
      if (!c.initial && c.canonical === null && kept(turn, c) && !elsewhere.has(surface)) elsewhere.set(surface, c);
    }
  }
  const defined = acronymDefinitions(perTurn.map(({ turn }) => turn.text));
  // "FERC" after "the Federal Energy Regulatory Commission": an acronym no one defines spells a name of the document.
  const spelled = acronymsOfNames(perTurn.flatMap(({ turn, candidates }) => candidates.filter((c) => !c.initial && kept(turn, c)).map((c) => ({ surface: turn.text.slice(c.start, c.end), label: c.canonical ?? turn.text.slice(c.start, c.end), type: c.type }))));
  const mentions: Mention[] = [];
  for (const { turn, candidates } of perTurn) {
    const label = turn.kind === 'narration' ? markerLabelEnd(turn.text) : 0;
    for (let c of defined.size === 0 ? candidates : withLongForms(turn.text, candidates, defined)) {
      if (c.end <= label) continue;
      if (c.initial) {
        const named = elsewhere.get(turn.text.slice(c.start, c.end));
        if (!named) continue;
        c = { ...c, type: named.type, reason: `${c.reason} (${named.reason})` };
      } else if (!kept(turn, c)) continue;
      const surface = turn.text.slice(c.start, c.end);
      const open = c.canonical === null && c.source === 'discovery';
      const definedAs = open ? defined.get(surface) : c.source === 'lexicon' ? redefined(surface, c.canonical, defined, lexicon) : undefined;
      const definition = definedAs ?? (open && /^[A-Z]{3,}$/.test(surface) ? spelled.get(surface) : undefined);
      if (definition) {
        const reason = definedAs ? `the document defines ${surface} as "${definition.longForm}"` : `${surface} spells "${definition.longForm}", a name the document writes out`;
        // A known acronym the document spells otherwise is that document's body, an organization unless lower case says a term.
        const type = definition.type ?? (open ? c.type : 'organization');
        mentions.push({ turn: turn.id, start: c.start, end: c.end, surface, type, canonical: definition.longForm, source: open ? c.source : 'discovery', reason });
        continue;
      }
      mentions.push({ turn: turn.id, start: c.start, end: c.end, surface, type: c.type, canonical: c.canonical, source: c.source, reason: c.reason });
    }
  }
  return { ...doc, mentions };
}

const LEADING_LABEL = /^(?:\*\*)?([^:：*\n]{1,48}?)(?:\*\*)?\s?[:：]/u;

/**
 * "UNIDENTIFIED MALE: And parking?", "Operator: Next question…": narration opening with a marker label (segment.json
 * markerLabels) names no one in its label; where the label ends, or 0.
 */
function markerLabelEnd(text: string): number {
  const match = LEADING_LABEL.exec(text);
  return match && segmentRules().markerLabels.has(foldWord(baseOf(match[1]))) ? match[0].length : 0;
}

/** Candidates in one text, overlaps settled; every span lies inside the text. */
export function mentionsInText(
  text: string,
  lexicon: Lexicon,
  commonWords: Set<string> = new Set(),
  companies: Set<string> = new Set(),
  speakers: Array<{ name: string; label: string }> = [],
  shortForms: Map<string, ShortForm> = new Map(),
  tag: (text: string) => Token[] = tagText,
): Candidate[] {
  const tokens = hasHan(text) ? tag(text) : null;
  const boundaries = tokens ? tokenBoundaries(tokens, text.length) : null;
  const candidates: Candidate[] = [
    ...matchLexicon(text, lexicon, boundaries),
    ...findModelNames(text, lexicon),
    ...findStandards(text, lexicon.cues),
    ...findFilings(text, lexicon.cues),
    ...(tokens ? discoverChinese(text, tokens, lexicon.cues) : []),
    ...(tokens ? discoverChineseCompanies(text, tokens, lexicon, companies) : []),
    ...discoverLatin(text, lexicon.cues, commonWords, (name) => knownOrganization(name, lexicon)),
    ...discoverEnglishConcepts(text, lexicon.cues),
    ...(tokens ? speakerNamesIn(text, speakers) : []),
    ...(tokens ? givenNamesIn(tokens, speakers) : []),
    ...(tokens && shortForms.size > 0 ? findShortForms(tokens, shortForms) : []),
  ];
  const valid = (c: Candidate) => c.start >= 0 && c.end <= text.length && c.end > c.start;
  let settled = settleOverlaps(yieldToKnownNames(text, candidates.filter(valid)));
  if (tokens) settled = settleOverlaps([...settled, ...discoverListed(text, tokens, settled).filter(valid)]);
  else settled = retypeListedPlaces(text, settleOverlaps([...settled, ...discoverListedLatin(text, settled)]));
  if (tokens) settled = joinSubunits(text, tokens, settled, lexicon.cues);
  if (tokens) settled = retypeListedTransliterations(text, settled, lexicon.cues);
  return settled.map((c) => canonicaliseDiscovered(text, c, lexicon));
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * "我和彭莉、杨建聊了很多次": the tagger's guess 杨建聊 is the two-character name the document writes alone elsewhere
 * (杨建是前英伟达工程师) or a speaker's, plus the verb after it. Such a three-character discovered person is cut to the name.
 */
function trimSwallowedVerbs<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[], speakers: Array<{ name: string }>): T[] {
  const isPerson = (c: Candidate) => c.type === 'person' && c.source === 'discovery' && c.canonical === null;
  const names = new Set(speakers.map((s) => s.name).filter((n) => n.length === 2));
  for (const { turn, candidates } of perTurn) for (const c of candidates) if (isPerson(c) && c.end - c.start === 2) names.add(turn.text.slice(c.start, c.end));
  if (names.size === 0) return perTurn;
  return perTurn.map((p) => {
    if (!p.candidates.some((c) => isPerson(c) && c.end - c.start === 3 && names.has(p.turn.text.slice(c.start, c.start + 2)))) return p;
    const candidates = p.candidates.map((c) => {
      const surface = p.turn.text.slice(c.start, c.end);
      if (!isPerson(c) || surface.length !== 3 || !HAN_NAME.test(surface) || !names.has(surface.slice(0, 2))) return c;
      return { ...c, end: c.end - 1, reason: `${c.reason}; ${surface.slice(0, 2)} is a name the document writes alone` };
    });
    return { ...p, candidates };
  });
}

/** The document's Chinese speakers by name (赵明远): the tagger may cut such a name (赵/nr 明远/a), the label says it is one. */
function hanSpeakerNames(doc: TurnedDocument, lexicon: Lexicon): Array<{ name: string; label: string; surname: number }> {
  const surnames = new Set(lexicon.cues.zhSurnames.words);
  const out: Array<{ name: string; label: string; surname: number }> = [];
  for (const s of doc.speakers) {
    for (const name of new Set([s.label, ...s.aliases])) {
      const surname = name.length >= 4 && surnames.has(name.slice(0, 2)) ? 2 : surnames.has(name[0]) ? 1 : surnames.has(name.slice(0, 2)) ? 2 : 0;
      if (HAN_NAME.test(name) && surname > 0) out.push({ name, label: s.label, surname });
    }
  }
  return out;
}

/** Tags of a given name used alone (文杰/x, 蔚然/nr, 小川/nr); a common word (晨光/n, 建国/ns) is no address. */
const GIVEN_NAME_TAGS = new Set(['x', 'nr', 'nrfg', 'nrt', 'nz']);

/**
 * "文杰，你在钉钉的时候", "谢谢思琪": a Chinese speaker addressed by the given name, the name without its surname
 * (two characters, one speaker's only, tagged as a name), is that speaker.
 */
function givenNamesIn(tokens: { word: string; tag: string; start: number; end: number }[], speakers: Array<{ name: string; label: string; surname?: number }>): Candidate[] {
  const given = new Map<string, string | null>();
  for (const { name, label, surname } of speakers) {
    if (!surname || name.length - surname !== 2) continue;
    const g = name.slice(surname);
    given.set(g, given.has(g) && given.get(g) !== label ? null : label);
  }
  const out: Candidate[] = [];
  for (const t of tokens) {
    const label = given.get(t.word);
    if (!label || !GIVEN_NAME_TAGS.has(t.tag)) continue;
    out.push({ start: t.start, end: t.end, type: 'person', canonical: label, source: 'speaker', reason: `the speaker ${label}, addressed by the given name`, priority: 3 });
  }
  return out;
}

function speakerNamesIn(text: string, speakers: Array<{ name: string; label: string }>): Candidate[] {
  const out: Candidate[] = [];
  for (const { name, label } of speakers) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      out.push({ start: at, end: at + name.length, type: 'person', canonical: label, source: 'speaker', reason: `the speaker ${label}, named in the text`, priority: 3 });
    }
  }
  return out;
}

/** Whether the lexicon knows a name, written so (NVIDIA, not "nvidia" for a lower-case alias), as an organization. */
/**
 * "England and Wales Cricket Board (ECB)": an acronym the lexicon knows (ECB, the European Central Bank) that the
 * document defines as another name, one the lexicon does not know and that neither holds the other, is what the
 * document says; "the U.S. Food and Drug Administration (FDA)" keeps the lexicon's FDA.
 */
function redefined(surface: string, canonical: string | null, defined: Map<string, Definition>, lexicon: Lexicon): Definition | undefined {
  const definition = /^[A-Z]{2,}s?$/.test(surface) ? defined.get(surface) : undefined;
  if (!definition || canonical === null || definition.type === 'concept') return undefined;
  const long = definition.longForm.toLowerCase();
  const label = canonical.toLowerCase();
  if (long.includes(label) || label.includes(long) || lexicon.matcher.lookup(definition.longForm).length > 0) return undefined;
  return definition;
}

function knownOrganization(name: string, lexicon: Lexicon): boolean {
  return lexicon.matcher.lookup(name).some((v) => caseCompatible(v.alias, name) && (v.value.type === 'organization' || v.value.type === 'government'));
}

/** A discovered span that is in fact a lexicon alias (e.g. after suffix trimming) takes the entry's label and type. */
function canonicaliseDiscovered(text: string, c: Candidate, lexicon: Lexicon): Candidate {
  if (c.canonical !== null) return c;
  const surface = text.slice(c.start, c.end);
  const known = lexicon.matcher.lookup(surface).find((v) => caseCompatible(v.alias, surface)); // "CHIPS" is no chips
  if (known) return { ...c, canonical: known.value.label, type: known.value.type, source: 'lexicon', minCount: undefined };
  // 合肥市, 安徽省: a known place with its administrative suffix is that place.
  if (c.type === 'place' && /^\p{Script=Han}{2,}[市省县]$/u.test(surface)) {
    const stem = surface.slice(0, -1);
    const place = lexicon.matcher.lookup(stem).find((v) => v.alias === stem && v.value.type === 'place');
    if (place) return { ...c, canonical: place.value.label, reason: `${place.value.label} with its administrative suffix (${surface.slice(-1)})` };
  }
  // 大众汽车集团, 腾讯公司: a known company with a generic suffix (cues companySuffixes) is that company.
  if (c.type !== 'organization' || !hasHan(surface)) return c;
  for (const short of companyShortForms(surface, lexicon.cues.companySuffixes.words)) {
    const owner = lexicon.matcher.lookup(short).find((v) => v.alias === short && v.value.type === 'organization');
    if (owner) return { ...c, canonical: owner.value.label, reason: `${owner.value.label} with a generic suffix (cues companySuffixes)` };
  }
  return c;
}

/** Per offset 0 … text.length, 1 where a token starts or ends. */
function tokenBoundaries(tokens: { start: number; end: number }[], length: number): Uint8Array {
  const at = new Uint8Array(length + 1);
  for (const t of tokens) {
    at[t.start] = 1;
    at[t.end] = 1;
  }
  return at;
}

const LOWER_CASE_WORD = /(?<![A-Za-z])[a-z][a-z'’-]*/g;

/** Every word the document writes in lower case at least once (so "Right" at a sentence start is no name). */
function lowerCaseWords(texts: string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const m of allMatches(LOWER_CASE_WORD, text)) set.add(m[0]);
  return set;
}
