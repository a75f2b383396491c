// Speakers of a caption export's ">>" turns (YouTube's captions name no one). The opening names the host and the
// guest; a turn is given to one of them only where its own words, or the turn before it, say whose it is.
import { findIntroductions } from './names.ts';
import type { SegmentRules } from './rules.ts';
import type { SpeakerLabel, Unit } from './units.ts';

type Para = Extract<Unit, { type: 'para' }>;

/** How many of the first ">>" turns may name the host and the guest. */
const OPENING = 3;
/**
 * "I'm Marcus Feld and my guest today is …", "I'm your host Priya Desai": the host's own full name. Captions write the
 * rest in lower case, so two capitalised words there are a name even where compromise does not know the first name.
 */
const selfSource = (): RegExp => /\b(?:I['’]m|I am|[Mm]y name is)\s+(?:your (?:co-)?host,?\s+)?(\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+)(?=\s+(?:and|from|with|here|on)\b|[,.;!?]|$)/u;
/** Capitalised words after "I'm" that open no name ("I'm The …", "I'm Not …"). */
const NOT_A_FIRST_NAME = /^(?:The|A|An|In|On|At|Not|So|Just|Really|Very|Here|Back|Your|Our|Also|Still|Now)\b/;
/** The pattern, compiled on the first caption export (a Unicode name pattern is slow to compile). */
let selfPattern: RegExp | null = null;
const selfIntroduced = (text: string): string | undefined => (selfPattern ??= selfSource()).exec(text)?.[1];
/** Words a turn may open with before the name it calls on ("so Elena let's start", "okay Marcus …"); names keep their capitals. */
const OPENER = String.raw`(?:(?:[Ss]o|[Ww]ell|[Oo]kay|[Oo]k|OK|[Nn]ow|[Aa]nd|[Aa]lright|[Rr]ight|[Yy]eah|[Yy]es|[Gg]reat|[Hh]ey|[Hh]i|[Oo]h|[Ll]ook)[,]?\s+)*`;
/** What after a name at a turn's start says it is spoken of, not to ("Elena said", "Marcus and I"). */
const SPOKEN_OF = String.raw`(?!['’]s\b)(?!,?\s+(?:and|or|said|says|told|was|is|has|had|did|does|who|will|would|just|also)\b)`;

/**
 * A question closing a turn, put to the other: a wh-word with the verb before its subject ("where do they come from",
 * "what are you building"), "you …" with a tag ("you studied at Georgia Tech right"), or "you …" and a question mark.
 */
const QUESTION_ENDING = [
  /\b(?:[Ww]hat|[Ww]here|[Ww]hen|[Ww]hy|[Hh]ow|[Ww]ho|[Ww]hich)(?:\s+(?:much|many|long|kind of|sort of))?\s+(?:are|were|do|does|did|is|was|have|has|will|would|can|could|should)\s+(?:you|they|we|he|she|it|your|the|this|that)\b[^.!?]{0,80}\??$/,
  /\byou\b[^.!?]{0,80}\s(?:right|correct)\??$/,
  /\byou\b[^.!?]{0,80}\?$/,
];
/** The answer's own voice: it speaks of itself ("I did", "we make", "our cells"). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve)|[Oo]ur|[Uu]s)\b/;

/** A caption export's time line ("0:17", "1:02:40") inside a turn's lines. */
const STAMP_LINE = /^\s*\d{1,2}(?::\d{2}){1,2}\s*$/;

interface Pair {
  host: string;
  guest: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The host who introduces themselves and the one guest they introduce, in the opening turns; null unless both. */
function openingPair(paras: Para[], rules: SegmentRules): Pair | null {
  const texts = paras.slice(0, OPENING).map((p) => p.lines.join(' '));
  const selves = new Set(texts.map(selfIntroduced).filter((n): n is string => !!n && !NOT_A_FIRST_NAME.test(n)));
  const guestRules = rules.introductions.filter((r) => r.role === 'guest' && !r.title);
  const guests = new Set(findIntroductions(texts, rules, guestRules).map((i) => i.name).filter((n) => /^\p{Lu}\S* \p{Lu}\S*$/u.test(n)));
  if (selves.size !== 1 || guests.size !== 1) return null;
  const [host] = selves;
  const [guest] = guests;
  return host === guest || host.split(' ')[0] === guest.split(' ')[0] ? null : { host, guest };
}

/** Patterns for a turn that calls `name` (full or first name): at its start, right after thanks, or ending a thanks. */
function callsOn(name: string): RegExp {
  const forms = `(?:${escape(name)}|${escape(name.split(' ')[0])})`;
  const thanks = String.raw`\b(?:[Tt]hanks|[Tt]hank you)(?:\s+(?:so|very) much)?(?:\s+again)?,?\s+${forms}\b(?!['’]s\b)`;
  // "thanks for having me Priya": thanks, and the name ending the turn.
  const thanksEnding = String.raw`^${OPENER}(?:[Tt]hanks|[Tt]hank you)\b[^.?!]{0,40}?\s${forms}[.!]?$`;
  return new RegExp(`^${OPENER}${forms}\\b${SPOKEN_OF}|${thanks}|${thanksEnding}`, 'u');
}

function said(name: string): SpeakerLabel {
  return { label: name, base: name, bold: false, colon: false, stampOnly: false, rest: '', marker: null, implied: true };
}

/**
 * Give the ">>" turns of a caption export their speaker where it is reliable, in a conversation of two whom the
 * opening names ("I'm Marcus Feld and my guest today is Elena Vasquez"): a turn where one introduces themselves is
 * theirs; a turn that calls one of them by name ("thanks Marcus …", "so Elena let's start …") is the other's; the
 * turn right after a call is the answer of the one called. A turn no one is named in that ends on a question to the
 * other ("before Lithos you were at Tesla right", "where do they come from") is the host's, and the turn after it, if
 * it speaks of itself ("I did …", "our cells …"), the guest's. Every other turn stays unattributed: ">>" is not
 * reliably one change per speaker, so turns are never counted off in alternation. Mutates the units' labels.
 */
export function captionSpeakers(units: Unit[], rules: SegmentRules): void {
  const paras = units.filter((u): u is Para => u.type === 'para' && !!u.caption && !u.label);
  if (paras.length < 2) return;
  const pair = openingPair(paras, rules);
  if (!pair) return;
  const other = { [pair.host]: pair.guest, [pair.guest]: pair.host };
  const calls = [pair.host, pair.guest].map((name) => ({ name, pattern: callsOn(name) }));
  let called: string | null = null;
  let asked = false;
  for (const unit of units) {
    if (unit.type !== 'para' || !unit.caption || unit.label) {
      called = null;
      asked = false;
      continue;
    }
    const text = unit.lines.filter((line) => !STAMP_LINE.test(line)).join(' ').trim();
    const self = selfIntroduced(text);
    const named = calls.filter((c) => c.pattern.test(text)).map((c) => c.name);
    const answer: string | null = asked && FIRST_PERSON.test(text) ? pair.guest : null;
    const asks: boolean = !self && named.length === 0 && QUESTION_ENDING.some((q) => q.test(text));
    const speaker: string | null = self && other[self] ? self : named.length === 1 ? other[named[0]] : (called ?? answer ?? (asks ? pair.host : null));
    if (speaker) unit.label = said(speaker);
    called = named.length === 1 && speaker === other[named[0]] ? named[0] : null;
    asked = asks && speaker === pair.host;
  }
}
