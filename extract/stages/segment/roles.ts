// Role words in speaker labels: "主持人" alone, "主持人Melissa Koide", "Host Jane Doe", "嘉宾：张三", "Q".
import { barAffiliation, baseOf, capsAffiliation, validShape } from './labels.ts';
import { knownFirstName } from '../../compromise.ts';
import { isHanName } from './names.ts';
import { foldWord, SOUND_CUES, type Role, type SegmentRules } from './rules.ts';

export interface LabelRole {
  role: Role;
  /** The role word as the rules spell it ("主持人", "Host", "Q"). */
  word: string;
  /** The name written with the role ("Melissa Koide"), or null for a bare role word. */
  name: string | null;
}

const PARENTHESES = /[（(]([^（）()]{1,80})[）)]\s*$/;

/**
 * "Moderator (Kim Park)", "嘉宾（陈立，某大学教授）": the name in the parentheses after a bare role word. A Chinese
 * name comes after its outlet ("主持人（医药魔方 张帆）" → 张帆) and opens with a known surname: "记者（新华日报）" names
 * the reporter's paper, no one.
 */
function nameInParentheses(label: string, rules: SegmentRules): string | null {
  const parts = (PARENTHESES.exec(label)?.[1]?.split(/[，,、;；]/) ?? []).map((part) => part.trim());
  // "REPORTER (Star Tribune, Jeremy Olson)": the outlet may come first; a later part that reads as a person's name
  // (a known first name and a surname) is the name, where the first part does not.
  let inner = parts.length > 1 && !personLike(parts[0]) ? (parts.slice(1).find(personLike) ?? parts[0]) : parts[0];
  // "医药魔方 张帆", "《中国能源报》记者 罗佳", "36氪 李明", "LatePost 晚点 李明": the name is the last of the words.
  if (inner && /^[\p{L}\p{N}《》&.·-]+(?:\s+[\p{L}\p{N}《》&.·-]+)*\s+\p{Script=Han}{2,4}$/u.test(inner)) inner = inner.slice(inner.lastIndexOf(' ') + 1);
  if (inner && /^\p{Script=Han}+$/u.test(inner) && !isHanName(inner, rules)) return null;
  // "董秘回答(青岚储能SZ301288)": a company and its stock code, no one's name (no name has digits).
  if (inner && /\d/.test(inner)) return null;
  return inner && validShape(inner) && !rules.roles.has(foldWord(inner)) ? inner : null;
}

/** Two or three capitalised words led by a first name compromise knows ("Jeremy Olson", not "Star Tribune"). */
function personLike(text: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}$/u.test(text)) return false;
  return knownFirstName(text.slice(0, text.indexOf(' ')));
}

/**
 * "CALLER (Gene, Eastside)", "AUDIENCE MEMBER (Priya Natarajan, Columbia University)", "QUESTION (Lena Fischer,
 * Handelsblatt)": a word for someone asking from the floor (segment.json askerLabels) with the asker's name first in its
 * brackets: that name, or null. Alone in the brackets, it must read as a person's ("CALLER (Eastside)" names no one).
 */
export function askerName(label: string, rules: SegmentRules): string | null {
  if (!rules.askerLabels.has(foldWord(baseOf(label)))) return null;
  const parts = PARENTHESES.exec(label)?.[1]?.split(/[，,;；]/).map((part) => part.trim()) ?? [];
  const first = parts[0] ?? '';
  // "(Gene, Eastside)", "(Raj Mehta, Stanford University)": a name, then where the asker is from, is the convention.
  if (parts.length > 1 && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}$/u.test(first)) return first;
  if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(first)) return knownFirstName(first) ? first : null;
  return personLike(first) ? first : null;
}

/** One to three capitalised words, the name a label's office is held by ("Denise Hollins", "Deb Kowalski"). */
const HOLDER = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}`;
/** "Host — Carla Jimenez (Communications Director, NNA)", "Speaker — Deb Kowalski, RN": an office, a spaced dash, the name (group 2). */
const DASHED_HOLDER = new RegExp(String.raw`^([^—–()（）]{1,40}?)\s+[—–]\s+(${HOLDER})(?:,\s*\p{Lu}{2,6}\.?)*\s*(?:[（(][^（）()]{1,80}[）)])?$`, 'u');
/** "Hon. Treasurer (Denise Hollins)", "Director of Rugby (Colin Marsh)": an office, then the name alone in brackets (group 2). */
const BRACKETED_HOLDER = new RegExp(String.raw`^([^—–()（）]{1,40}?)\s*[（(](${HOLDER})[）)]$`, 'u');
/** An office as labels write it: capitalised words, "of", "and", "the" or "&" between them ("Hon. Treasurer", "Director of Rugby"). */
const OFFICE = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:of|and|the|for|&|\p{Lu}[\p{L}.'’-]*)){0,4}$/u;

/**
 * The person a label says holds an office or speaks in a part ("Hon. Treasurer (Denise Hollins)", "Member (Keith
 * Arbuthnot)", "Host — Carla Jimenez (Communications Director, NNA)", "Participant — Tyrone Beckles (Riverside
 * Campus)"), as meeting records and webinar transcripts write them: the name, or null. The name must read as a person's
 * (a known first name; in brackets after an office noun, any plain name: "Hon. Secretary (Rav Sandhu)") and the office
 * must not ("Vivek Arya — Bank of America" is a name and a firm).
 */
export function officeHolderName(label: string): string | null {
  const dashed = DASHED_HOLDER.exec(label);
  const match = dashed ?? BRACKETED_HOLDER.exec(label);
  if (!match) return null;
  const [, office, name] = match;
  if (!OFFICE.test(office.trim()) || personLike(office.trim())) return null;
  // "Hon. Secretary (Rav Sandhu)": a club's or a council's office in so many words vouches for a name alone in its
  // brackets whose first name compromise does not know.
  return personLike(name) || (!dashed && OFFICE_NOUN.test(office) && PLAIN_NAME.test(name)) ? name : null;
}

/** The word of an office a meeting record writes before its holder's name in brackets. */
const OFFICE_NOUN = /\b(?:Secretary|Treasurer|Chair|Chairman|Chairwoman|Chairperson|President|Vice-President|Director|Member|Councillor|Councilor|Clerk|Officer|Captain|Governor|Trustee|Warden|Convenor|Convener)\b/;
/** Two or three words, each a capital and lower-case letters ("Rav Sandhu"), as a person's name is written. */
const PLAIN_NAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?(?: \p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?){1,2}$/u;

const memos = new WeakMap<SegmentRules, Map<string, LabelRole | null>>();

/** Role and name of a speaker label, or null when the label holds no role word (remembered: asked per line and per label). */
export function roleOf(label: string, rules: SegmentRules): LabelRole | null {
  let memo = memos.get(rules);
  if (!memo) memos.set(rules, (memo = new Map()));
  let out = memo.get(label);
  if (out === undefined) {
    if (memo.size >= 10_000) memo.clear();
    memo.set(label, (out = Object.freeze(findRole(label, rules))));
  }
  return out;
}

function findRole(label: string, rules: SegmentRules): LabelRole | null {
  const base = baseOf(label);
  const exact = rules.roles.get(foldWord(base));
  if (exact) return { role: exact.role, word: exact.word, name: officeHolderName(label) ?? nameInParentheses(label, rules) };
  // "STEVE INSKEEP, HOST": the role word after the name's comma; "JAKE TAPPER, CNN HOST": the word ending it.
  const after = capsAffiliation(label) ?? barAffiliation(label);
  const named = after === null ? undefined : (rules.roles.get(foldWord(after)) ?? rules.roles.get(foldWord(after.slice(after.lastIndexOf(' ') + 1))));
  if (named && validShape(base)) return { role: named.role, word: named.word, name: base };
  // "主持人 国务院新闻办公室新闻局副局长 寿小丽" has the base "主持人 寿小丽" (labels.ts drops the position words).
  for (const [folded, rule] of longestFirst(rules)) {
    if (folded.length < 2) continue; // "Q"/"A" never prefix a name ("Quentin", "Anna")
    if (!foldWord(base.slice(0, folded.length)).startsWith(folded)) continue;
    const rest = base.slice(folded.length);
    const latinWord = /^[a-z]/i.test(folded);
    // "Host Jane Doe" needs a separator; "主持人Melissa Koide" does not.
    if (latinWord && !/^[\s:：-]/.test(rest)) continue;
    const name = rest.replace(/^[\s:：\-–—]+/, '').trim();
    // "提问者1", "嘉宾2", "Guest 2": a role word and a number is a numbered speaker in that role, the label as a whole
    // (no one is named "1"; each number stays its own speaker).
    if (/^\d{1,2}$/.test(name)) return { role: rule.role, word: rule.word, name: base };
    // "提问者", "投资者关系活动类别": one Han character, or five or more, after a role word make a longer word with it,
    // not a name (those have two to four).
    if (/^\p{Script=Han}+$/u.test(name) && ([...name].length < 2 || [...name].length > 4)) continue;
    // "主持人 Host", "嘉宾 Guest（陈茜）": the role in two languages, a bare role word (with the name in brackets, if any).
    if (rules.roles.get(foldWord(name))?.role === rule.role) return { role: rule.role, word: rule.word, name: nameInParentheses(label, rules) };
    if (name && validShape(name) && !rules.roles.has(foldWord(name))) return { role: rule.role, word: rule.word, name };
  }
  return null;
}

const byLength = new WeakMap<SegmentRules, Array<[string, { role: Role; word: string }]>>();

/** The role words, longest first: "主持人Melissa" is 主持人 and a name, not 主持 and "人Melissa". */
function longestFirst(rules: SegmentRules): Array<[string, { role: Role; word: string }]> {
  let list = byLength.get(rules);
  if (!list) byLength.set(rules, (list = [...rules.roles].sort((a, b) => b[0].length - a[0].length)));
  return list;
}

const SOUND_CUE = new RegExp(`^(?:${SOUND_CUES})$`, 'i');
/** "(Tan) Sure, …", "[Sarah Caldwell] Margins…": a bracketed name of one to three capitalised words opening a turn. */
const BRACKETED_OPENER = /^[(\[](\p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2})[)\]]\s+(?=\S)/u;

/**
 * "A: (Tan) Sure, …": where every answer is "A:" (a call with several executives), the answerer's name opens the
 * answer in brackets. The name and the words after it, or null when the brackets hold no one's name: a sound cue
 * ("(Laughs)"), a role word, or a word the document never writes as a surname after a capitalised first word
 * ("(Inaudible)"; "Michael Tan" in the participants list makes "(Tan)" his).
 */
export function bracketedAnswerer(rest: string, text: string, rules: SegmentRules): { name: string; rest: string } | null {
  const match = BRACKETED_OPENER.exec(rest);
  if (!match) return null;
  const name = match[1];
  if (SOUND_CUE.test(name) || rules.roles.has(foldWord(name)) || rules.markerLabels.has(foldWord(name))) return null;
  const surname = name.slice(name.lastIndexOf(' ') + 1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = personLike(name) || new RegExp(`\\p{Lu}[\\p{Ll}'’-]+ ${surname}\\b`, 'u').test(text);
  return named ? { name, rest: rest.slice(match[0].length) } : null;
}
