// Acronyms a document defines ("noisy intermediate-scale quantum (NISQ)"): the acronym's mentions take the long form
// as their name, so NISQ and its long form are one entity instead of an unknown organization called NISQ.
import type { EntityType } from '../../../src/model.ts';
import { allMatches } from '../../regex.ts';
import type { Candidate } from './candidate.ts';

/**
 * "(NISQ)", or ", FERC," in apposition ("The Federal Energy Regulatory Commission, FERC, is looking…"): found first, so
 * that the words before it are read only where an acronym is defined (long texts stay fast).
 */
const ACRONYM_DEFINED = /[(（]([A-Z][A-Za-z]*[A-Z]s?)[)）]|,[ \u00a0]+([A-Z]{2,}s?)(?=[ \u00a0]*,)|[(（](?:NASDAQ|Nasdaq|NYSE(?: American)?|AMEX|LSE|TSX|HKEX|SEHK|SSE|SZSE|ASX|Euronext|OTC|OTCQX)[ \u00a0]*[:：][ \u00a0]*([A-Z]{2,5})[)）]/g;
/** ", Inc." or " Corp." between a company's name and its ticker ("Halvorsen Robotics, Inc. (NASDAQ: HLVR)"). */
const LEGAL_SUFFIX = /,?[ \u00a0]+(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|SE|SA|NV|N\.V|S\.A)\.?[ \u00a0]*$/;
/** "FERC, the Federal Energy Regulatory Commission": an acronym, a comma, dash or parenthesis, and a Title Case name. */
const ACRONYM_THEN_NAME = /(?<![A-Za-z0-9&])([A-Z]{2,}s?)(?:,|[ \u00a0]*[(（—–]|[ \u00a0]+-)[ \u00a0]*(?:the[ \u00a0]+)?(?=[A-Z])/g;
/** Up to ten words starting right there. */
const WORDS_AFTER = /^[A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z&][A-Za-z'’-]*){0,9}/;
/** Up to ten words ending right before the parenthesis. */
const WORDS_BEFORE = /([A-Za-z][A-Za-z'’-]*(?:[ \u00a0]+[A-Za-z][A-Za-z'’-]*){0,9})[ \u00a0]*$/;
/** Small words a long form may hold without a letter in the acronym ("reinforcement learning from human feedback"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'from', 'in', 'on', 'to', 'a', 'an', 'with', '&']);

export interface Definition {
  longForm: string;
  /** concept for a lower-case long form; null keeps the mention's own type (a Title Case name). */
  type: EntityType | null;
}

/** Acronym → long form, for every "long form (ACRONYM)" whose word initials spell the acronym; the first definition wins. */
export function acronymDefinitions(texts: string[]): Map<string, Definition> {
  const out = new Map<string, Definition>();
  for (const text of texts) {
    for (const m of allMatches(ACRONYM_DEFINED, text)) {
      // "(NASDAQ: HLVR)": a ticker after its exchange names the company before it (never a long form it spells).
      const listed = m[3];
      const acronym = m[1] ?? m[2] ?? listed;
      if (out.has(acronym)) continue;
      const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 160), m.index).replace(LEGAL_SUFFIX, ''));
      if (!before) continue;
      const words = before[1].split(/[ \u00a0]+/);
      const longForm = listed ? tickerOf(words, acronym) : (longFormOf(words, acronym.replace(/s$/, '').toLowerCase()) ?? tickerOf(words, acronym));
      if (longForm) out.set(acronym, { longForm, type: longForm === longForm.toLowerCase() ? 'concept' : null });
    }
    for (const m of allMatches(ACRONYM_THEN_NAME, text)) {
      if (out.has(m[1])) continue;
      const after = WORDS_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 160));
      const longForm = after && leadingLongFormOf(after[0].split(/[ \u00a0]+/), m[1].replace(/s$/, '').toLowerCase());
      if (longForm) out.set(m[1], { longForm, type: null });
    }
  }
  return out;
}

/** The shortest run of first words, capitalised at both ends, whose initials spell the letters ("Federal … Commission"). */
function leadingLongFormOf(words: string[], letters: string): string | null {
  for (let n = 1; n <= words.length; n++) {
    const run = words.slice(0, n);
    if (!/^[A-Z]/.test(run[n - 1])) continue;
    if (spells(run.flatMap((w) => w.split('-')).filter((p) => p !== ''), letters)) return run.join(' ');
  }
  return null;
}

/** The shortest run of last words whose initials (hyphenated parts count, small words may be skipped) spell the letters. */
function longFormOf(words: string[], letters: string): string | null {
  for (let n = 1; n <= words.length; n++) {
    const run = words.slice(-n);
    if (SKIPPED.has(run[0].toLowerCase())) continue;
    const parts = run.flatMap((w) => w.split('-')).filter((p) => p !== '');
    if (spells(parts, letters)) return run.join(' ');
  }
  return null;
}

/**
 * A stock ticker after a company's name ("Corvane Energy (CRVN)", "Brightline Pumps (BLPM)", "Halvorsen Robotics, Inc.
 * (NASDAQ: HLVR)"), or an acronym that skips a word ("England and Wales Cricket Board (ECB)"): the capitalised words right
 * before it, the first starting with its first letter, hold its letters in order.
 */
function tickerOf(words: string[], acronym: string): string | null {
  if (!/^[A-Z]{2,5}$/.test(acronym)) return null;
  const letters = acronym.toLowerCase();
  // Back over up to four capitalised words, and "and"/"of"/"&" between two of them ("England and Wales Cricket Board").
  let start = words.length;
  let capitalised = 0;
  while (start > 0 && capitalised < 4) {
    const word = words[start - 1];
    if (/^[A-Z][a-z]/.test(word)) capitalised++;
    else if (!(CONNECTORS.has(word) && start < words.length && start > 1 && /^[A-Z][a-z]/.test(words[start - 2]))) break;
    start--;
  }
  for (let i = start; i < words.length; i++) {
    if (words[i][0].toLowerCase() !== letters[0] || !/^[A-Z]/.test(words[i])) continue;
    const joined = words.slice(i).join('').toLowerCase();
    let at = 0;
    for (const c of letters) {
      at = joined.indexOf(c, at);
      if (at < 0) break;
      at++;
    }
    if (at > 0) return words.slice(i).join(' ');
  }
  return null;
}

/** Small words a ticker's or an acronym's name may hold between its capitalised words. */
const CONNECTORS = new Set(['and', 'of', '&']);

/** Whether each letter starts the next part, in order, using every part that is not a skippable small word. */
function spells(parts: string[], letters: string): boolean {
  const go = (p: number, l: number): boolean => {
    if (l === letters.length) return p === parts.length;
    if (p === parts.length) return false;
    const part = parts[p].toLowerCase();
    if (part[0] === letters[l] && go(p + 1, l + 1)) return true;
    return SKIPPED.has(part) && go(p + 1, l);
  };
  return go(0, 0);
}

const SPELLED_TYPES = new Set<EntityType>(['organization', 'government', 'event', 'work', 'benchmark']);

/**
 * Acronym → the one name of the document it spells, for names nobody defines in parentheses: "the Federal Energy
 * Regulatory Commission" in the intro and "at FERC" later, "the International Energy Agency" and "IEA". Initials
 * are read with and without the small words (Department of Energy: DE, DOE); three letters at least, and an
 * acronym two names spell is left alone.
 */
export function acronymsOfNames(names: Array<{ surface: string; label: string; type: EntityType }>): Map<string, Definition> {
  const out = new Map<string, Definition | null>();
  for (const { surface, label, type } of names) {
    if (!SPELLED_TYPES.has(type)) continue;
    const words = surface.replace(/^the\s+/i, '').split(/[\s-]+/).filter((w) => w !== '');
    if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w) || SKIPPED.has(w.toLowerCase()))) continue;
    const content = words.filter((w) => !SKIPPED.has(w.toLowerCase())).map((w) => w[0]).join('');
    const all = words.map((w) => w[0].toUpperCase()).join('');
    for (const initials of new Set([content, all])) {
      if (initials.length < 3) continue;
      const seen = out.get(initials);
      if (seen === undefined) out.set(initials, { longForm: label, type });
      else if (seen !== null && seen.longForm !== label) out.set(initials, null);
    }
  }
  const spelled = new Map<string, Definition>();
  for (const [initials, definition] of out) if (definition) spelled.set(initials, definition);
  return spelled;
}

/** Types a long form's last name may give the whole; a person or a place at its end ("… Wales", "… Planet") does not. */
const HEAD_TYPES = new Set<EntityType>(['organization', 'government', 'event']);

/**
 * "England and Wales Cricket Board (ECB)", "Federal Mediation and Conciliation Service (FMCS)": where the text writes a
 * Title Case long form the document defines, the names found inside it (a place England, an organization "Wales Cricket
 * Board") are one mention of that long form, typed by its last name (an organization unless that is a government or an
 * event). A name reaching past the long form is left as it is, and so is a long form one name already covers.
 */
export function withLongForms(text: string, candidates: Candidate[], defined: Map<string, Definition>): Candidate[] {
  let out = candidates;
  for (const [acronym, { longForm, type }] of defined) {
    if (type !== null || !longForm.includes(' ') || longForm === acronym) continue;
    for (let at = text.indexOf(longForm); at >= 0; at = text.indexOf(longForm, at + longForm.length)) {
      const end = at + longForm.length;
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      const inside = out.filter((c) => c.end > at && c.start < end);
      if (inside.length === 0 || inside.some((c) => c.start < at || c.end > end) || (inside.length === 1 && inside[0].start === at && inside[0].end === end)) continue;
      const last = inside.reduce((a, b) => (b.end > a.end ? b : a));
      const headType = HEAD_TYPES.has(last.type) ? last.type : 'organization';
      const reason = `the long form the document defines as ${acronym}, one name`;
      const whole: Candidate = { start: at, end, type: headType, canonical: longForm, source: 'discovery', reason, priority: 1 };
      out = [...out.filter((c) => !inside.includes(c)), whole].sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  return out;
}
