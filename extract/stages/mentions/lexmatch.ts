// Lexicon matching: every alias of every entry, longest match first, respecting Latin word boundaries and,
// for short Chinese aliases, the tagger's word boundaries (so 代理 is not found inside 代理人).
import type { Lexicon, LexiconEntry } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import { isLatinWordChar } from './trie.ts';

const HAN = /\p{Script=Han}/u;

/** Reason prefix of a lexicon name extended by a version (昇腾910C → Ascend 910C); resolve keys on it. */
export const VERSIONED = 'lexicon name + version';

/** Administrative suffixes a place name carries inside one tagger token (湖州市, 浙江省, 安吉县). */
const ADMIN_SUFFIX = new Set([...'市省县区']);

/** Heads' titles the tagger glues to the country before them in one token (日本首相/n, 英国首相/nz, 德国总理/nr). */
const HEAD_TITLES = ['总统', '总理', '首相', '国王', '女王', '省长', '市长', '州长'];

/** Chinese aliases this short must start and end on a tagger word boundary. */
const SHORT_HAN_ALIAS = 2;

/** boundaries: per offset, 1 where a tagger token starts or ends (null for text without Han). */
export function matchLexicon(text: string, lexicon: Lexicon, boundaries: Uint8Array | null): Candidate[] {
  const out: Candidate[] = [];
  const senses = otherSenses(lexicon);
  const hanSenses = new Map<string, boolean>();
  const accept = (m: { start: number; end: number; value: LexiconEntry }) =>
    !insideVersionedName(text, m.start) &&
    !inOtherSense(text, m, senses) &&
    fitsHanSense(text, m, senses, hanSenses) &&
    (!boundaries || m.end - m.start > SHORT_HAN_ALIAS || !HAN.test(text.slice(m.start, m.end)) || shortHanAliasFits(m));
  // 广西南宁, 辽宁沈阳: the tagger reads a province and its capital as one token; each is still a place.
  let placeEnd = -1;
  const placeFollows = (at: number): boolean =>
    boundaries !== null && lexicon.matcher.longestAt(text, at, (n) => n.value.type === 'place' && endsWord(text, n.end, boundaries)) !== null;
  // 湖州市, 安吉县: a place name and its administrative suffix make one token; the name is still the place.
  const suffixEndsWord = (at: number): boolean => boundaries !== null && ADMIN_SUFFIX.has(text[at]) && boundaries[at + 1] === 1;
  // 日本首相, 德国总理: a country and its head's title make one token; the country is still the place.
  const titleEndsWord = (at: number): boolean =>
    boundaries !== null && HEAD_TITLES.some((title) => text.startsWith(title, at) && boundaries[at + title.length] === 1);
  const shortHanAliasFits = (m: { start: number; end: number; value: LexiconEntry }): boolean => {
    if (!boundaries) return true;
    const place = m.value.type === 'place';
    return (startsWord(text, m.start, boundaries) || (place && placeEnd === m.start)) && (endsWord(text, m.end, boundaries) || (place && (placeFollows(m.end) || suffixEndsWord(m.end) || titleEndsWord(m.end))));
  };
  let i = 0;
  while (i < text.length) {
    const chosen = lexicon.matcher.longestAt(text, i, accept);
    if (chosen) {
      const version = chosen.value.type === 'model' || chosen.value.type === 'product' ? versionAfter(text, chosen.end) : null;
      out.push({
        start: chosen.start,
        end: version ? version.end : chosen.end,
        type: chosen.value.type,
        canonical: version ? `${chosen.value.label} ${version.text}` : chosen.value.label,
        source: 'lexicon',
        reason: version ? `${VERSIONED} ${chosen.value.file}: ${chosen.value.label}` : `lexicon ${chosen.value.file}: ${chosen.value.label}`,
        priority: 3,
      });
      placeEnd = chosen.value.type === 'place' && !version ? chosen.end : -1;
      i = version ? version.end : chosen.end;
      continue;
    }
    // Skip the rest of a Latin word: aliases only start at word starts.
    if (isLatinWordChar(text[i])) {
      while (i < text.length && isLatinWordChar(text[i])) i++;
    } else {
      i++;
    }
  }
  return out;
}

/** One-character prepositions the tagger glues to a name after them (从雅虎/nr, 跟百川/nr): the name still starts a word. */
const GLUED_PREPOSITIONS = new Set([...'从在跟与和对向给被把']);

/** Whether a word starts at `at`: a token boundary, or right after a preposition that starts the token it was glued into. */
function startsWord(text: string, at: number, boundaries: Uint8Array): boolean {
  return boundaries[at] === 1 || (at > 0 && boundaries[at - 1] === 1 && GLUED_PREPOSITIONS.has(text[at - 1]));
}

/**
 * One-character words the tagger glues to a name before them (智谱用/x, 百川说/x, 金杜做/x, 盒/q 马有/x, and the
 * locatives of 在抖/zg 音上/x, 在微信里): the name still ends a word.
 */
const GLUED_AFTER = new Set([...'用说是在也都就把被给跟和与做干待有签卖买上里']);

/** Whether a word ends at `at`: a token boundary, or before such a word that ends the token it was glued into. */
function endsWord(text: string, at: number, boundaries: Uint8Array): boolean {
  return boundaries[at] === 1 || (boundaries[at + 1] === 1 && GLUED_AFTER.has(text[at]));
}

/** A name and a small number before it ("骁龙8 Gen 3", "Snapdragon 8 Gen 3"): an alias starting here goes on another product's name. */
const VERSION_BEFORE = /(?:\p{Script=Han}|(?:^|[^\p{L}])\p{Lu}\p{L}*\s?)\d{1,2} $/u;
export function insideVersionedName(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90) || text[start - 1] !== ' ') return false; // only a capitalised name goes on one ("Gen 3"), never "3 tokens"
  return VERSION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** A version right after a known model or product (昇腾910C, iPhone 15 Pro is in the lexicon, H100 → H100 NVL is not). */
function versionAfter(text: string, end: number): { text: string; end: number } | null {
  const gap = text[end] === ' ' ? 1 : 0;
  const m = /^\d[\dA-Za-z.]*[\dA-Za-z]|^\d/.exec(text.slice(end + gap, end + gap + 12));
  if (!m) return null;
  const version = m[0];
  const stop = end + gap + version.length;
  if (isLatinWordChar(text[stop]) || /^(?:19|20)\d\d$/.test(version)) return null;
  // After a space only a version with a letter (910C, 3B) counts: "GPT-4 2" is a count, not a model.
  if (gap && !/[A-Za-z]/.test(version)) return null;
  return { text: version, end: stop };
}

const senseMaps = new WeakMap<Lexicon, Map<string, Set<string>>>();
/** cues enAliasOtherSenses as alias (as written) → lower-case words of its other sense (Han aliases: fitsHanSense). */
function otherSenses(lexicon: Lexicon): Map<string, Set<string>> {
  let map = senseMaps.get(lexicon);
  if (!map) {
    map = new Map();
    for (const line of lexicon.cues.enAliasOtherSenses.words) {
      const [alias, words] = line.split('=');
      if (alias && words) map.set(alias, new Set(words.split(',').map((w) => w.toLowerCase())));
    }
    senseMaps.set(lexicon, map);
  }
  return map;
}

/** "high-voltage DC links", "AC/DC": the word joined or next to the alias (a hyphen or slash part) is of its other sense. */
function inOtherSense(text: string, m: { start: number; end: number }, senses: Map<string, Set<string>>): boolean {
  const words = senses.get(text.slice(m.start, m.end));
  if (!words) return false;
  const before = /([A-Za-z]+)[\s/-]*$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1];
  const after = /^[\s/-]*([A-Za-z]+)/.exec(text.slice(m.end, m.end + 40))?.[1];
  return (before !== undefined && words.has(before.toLowerCase())) || (after !== undefined && words.has(after.toLowerCase()));
}

/**
 * 甲骨文 is Oracle the company and the oracle-bone script: a Han alias of cues enAliasOtherSenses names its concept
 * entry when a word of that sense stands anywhere in the same text (殷墟出土的甲骨文, 商代的甲骨文), and its other
 * entries only when none does. `seen` caches the answer per alias for one text.
 */
function fitsHanSense(
  text: string,
  m: { start: number; end: number; value: LexiconEntry },
  senses: Map<string, Set<string>>,
  seen: Map<string, boolean>,
): boolean {
  const alias = text.slice(m.start, m.end);
  if (!HAN.test(alias[0])) return true;
  const words = senses.get(alias);
  if (!words) return true;
  let present = seen.get(alias);
  if (present === undefined) {
    const rest = text.split(alias).join('\n');
    present = [...words].some((w) => rest.includes(w));
    seen.set(alias, present);
  }
  return m.value.type === 'concept' ? present : !present;
}

/**
 * One sense a document: where one text names a Han alias of cues enAliasOtherSenses in its concept's sense (殷墟出土的
 * 甲骨文), the alias is that concept in every other text of the document too (主持人：甲骨文到底是什么？).
 */
export function withOneSenseEach<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[], lexicon: Lexicon): T[] {
  const senses = otherSenses(lexicon);
  const concepts = new Map<string, Candidate>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.source !== 'lexicon' || c.type !== 'concept') continue;
      const surface = turn.text.slice(c.start, c.end);
      if (senses.has(surface) && HAN.test(surface[0]) && !concepts.has(surface)) concepts.set(surface, c);
    }
  }
  if (concepts.size === 0) return perTurn;
  return perTurn.map((p) => {
    let changed = false;
    const candidates = p.candidates.map((c) => {
      const concept = c.source === 'lexicon' && c.type !== 'concept' ? concepts.get(p.turn.text.slice(c.start, c.end)) : undefined;
      if (!concept) return c;
      changed = true;
      return { ...c, type: concept.type, canonical: concept.canonical, reason: `${concept.reason} (its sense elsewhere in the document)` };
    });
    return changed ? { ...p, candidates } : p;
  });
}
