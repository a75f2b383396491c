// Speaker labels at the start of a line: `**Name：**`, `**Name**`, `Name: text`, `Name：text`, `【Name】text`, `Q:`,
// `00:12:03 Name:`, `Name [00:12]:`, `Name  00:12` alone. Shape only; segment.ts decides which labels are speakers.
import { alternation } from '../../regex.ts';
import { LATIN_FULL_NAME_SOURCE } from './names.ts';
import { ASKER_WORDS, NAME_TITLE_WORDS, ROLE_WORDS, SOUND_CUES } from './rules.ts';
import { cleanInline, isHan, NUMBER_MARK_SOURCE, TIMESTAMP_SOURCE } from './text.ts';

export interface LabelCandidate {
  /** The label as written, without bold, colon or timestamps ("Sam Altman（OpenAI CEO）"). */
  label: string;
  /** The label without a trailing parenthetical, spaces folded ("Sam Altman"); used to count recurrences. */
  base: string;
  bold: boolean;
  colon: boolean;
  /** The line was the label and a timestamp only (text follows on the next lines). */
  stampOnly: boolean;
  /** Text after the label on the same line, timestamps removed. */
  rest: string;
  /** The whole line was bold, label and text (`**主持人：你怎么看？**`): an article's bolded question. */
  wholeBold?: boolean;
  /** Further lines the label's line runs over (a bolded question hard-wrapped): they belong to it. */
  span?: number;
  /** A hearing record's label, an honorific and a surname in capitals ending in a period ("Mr. ALTMAN."). */
  formal?: boolean;
  /** "Q3 Gavin Newlands:": a question number before the label, as committee records print it: the speaker asks (a member). */
  asks?: boolean;
  /** "Q." / "A." with a period, as printed interviews write them: a label only where both occur (units.ts). */
  dotted?: boolean;
  /** "Maya Chen — We build robots.": a name and a spaced dash, no colon; a label only in a dialogue of them (units.ts). */
  dashed?: boolean;
}

const STAMP = TIMESTAMP_SOURCE;
// A question number before the label, as UK committee records print it ("Q101 Chair:", "Q103 Dawn Butler:"), goes too.
const LEAD_STAMP = new RegExp(`^(?:${STAMP}|Q\\d{1,4}(?= \\p{Lu}))\\s{0,4}(?:[-–—|]\\s{0,4})?`, 'u');
const TRAIL_STAMP = new RegExp(`\\s{0,4}[-–—|]?\\s{0,4}${STAMP}\\s*$`);
const STAMP_BEFORE_COLON = new RegExp(`^\\s{0,4}${STAMP}(?=\\s{0,2}[:：](?!\\d))`);
const STAMP_ONLY = new RegExp(`^${STAMP}$`);
const SENTENCE_PUNCT = /[，,。!！?？;；、"“”《》/|*#[\]<>=@]/;
/** A sentence ending inside: "Transcript. Host" (a word of five letters or more and a period; "Dr. Marsh", "Prof. Mehta" are titles). */
const SENTENCE_END = /\p{L}{5,}\.\s/u;
const PARENTHETICAL = /\s*[（(][^（）()]{0,80}[）)]\s*$/;
/**
 * A transcriber's numbered speaker with the name in brackets ("Speaker 2 (David Osei)", "Speaker 1 (Jennifer Walsh,
 * Director of Admissions)", "发言人1（张鹏）"): the name, not the number, is who speaks.
 */
const NUMBERED_NAMED_SOURCE =
  "(?:speaker|participant|interviewee|respondent|发言人|说话人)\\s?(?:\\d{1,2}|[A-Z])\\s?[（(]\\s*(\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){1,3}|\\p{Script=Han}{2,4})\\s*(?:[,，][^（）()]{0,60})?[）)]";
const NUMBERED_NAMED = new RegExp(`^${NUMBERED_NAMED_SOURCE}$`, 'iu');
/** The same label at the start of a line, up to its colon (group 1 the label). */
const NUMBERED_NAMED_LABEL = new RegExp(`^(${NUMBERED_NAMED_SOURCE})\\s?[:：]`, 'iu');
/**
 * "MODERATOR (Leah Fontaine, senior reporter, The Record): …": a label whose brackets say who and for whom may run
 * past the usual label length (group 1 the label; the words before the brackets are held to it).
 */
const BRACKETED_LABEL = /^([^:：()（）]{1,48}[（(][^()（）:：]{1,80}[)）])\s?[:：]/u;
/** An affiliation after a spaced dash, as call transcripts write analysts: "Vivek Arya — Bank of America", "X -- UBS -- Analyst". */
const AFFILIATION = /\s+(?:—|–|--?)\s+\S.*$/s;
/** A name, then after a bar who they are or where they come from: "张蕾｜主持人", "周宁 | 平安产险" (group 2). */
const BAR_AFFILIATION = /^([^｜丨|]{2,30}?)\s*[｜丨|]\s*([^｜丨|]{1,30})$/u;
/**
 * A broadcast transcript's label, all in capitals: the name, then after a comma who they are ("STEVE INSKEEP, HOST",
 * "ANDERSON COOPER, CNN ANCHOR", "JANE ARRAF, BYLINE").
 */
const CAPS_AFFILIATION = /^([^,\p{Ll}]*\p{Lu}[^,\p{Ll}]*?)\s*,\s+(\P{Ll}*\p{Lu}\P{Ll}*)$/u;
/**
 * A Chinese official's label: position words, a space, the name ("国家能源局局长 章建华", "主持人 国务院新闻办公室新闻局副局长
 * 寿小丽"): the name is the last two to four characters after a space.
 */
const TITLED_HAN_NAME = /^(?:\p{Script=Han}{2,24}[ \t\u3000]+){1,3}(\p{Script=Han}{2,4})$/u;
/**
 * A panel's label: a full name, then after a comma where they come from ("Raj Patel, Fluence", "Hannah Okoro, National
 * Grid", "Li Wei, Bank of China", "Ines Duarte, CEO, Lumiere Retail"): capitalised words, with of / and / for / the /
 * & or a comma between them.
 */
const NAME_AFFILIATION = new RegExp(`^(${LATIN_FULL_NAME_SOURCE}),\\s+\\p{Lu}[\\p{L}\\p{M}&.'’-]*(?:,?\\s+(?:of|and|for|the|&|\\p{Lu}[\\p{L}\\p{M}&.'’-]*)){0,5}$`, 'u');
/** Function characters that make a run of Han characters a clause rather than a name. */
const CLAUSE_CHARS = /[的了是在你这那就都也说吗呢吧要会把被让对从]/;

const MAX_LABEL = 48;
/** A label that is a publication's title in title marks (《晚点》, 《中国企业家》): group 1 the title. */
const TITLE_MARKS = /^《([^《》]{1,16})》$/u;
const LIST_MARKER = /^[-*•·]\s+(?=\S)/;
const NUMBERED_QA_MARK = new RegExp(String.raw`^${NUMBER_MARK_SOURCE}\s*(问|答|提问|回答)$|^(问|答)\s*\d{1,3}$`, 'u');

/**
 * A turn in a hearing record (the US Congress's, and parliaments printed the same way): an honorific or office, the
 * surname in capitals, a period, the words ("    Senator HAWLEY. Thank you, Mr. Chairman."; "Mr. CARTER of Georgia.").
 * The honorifics are segment.json's nameTitles (the titles written before a surname everywhere else) and these
 * offices, which only a hearing record writes so ("The CHAIRMAN.", "Ranking Member SMITH.").
 */
const HEARING_OFFICES = ['The', 'Vice Chair', 'Ranking Member', 'Delegate', 'Chairperson'];
const HONORIFIC = `(?:${alternation([...HEARING_OFFICES, ...NAME_TITLE_WORDS])})`;
const CAPS_SURNAME = String.raw`\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?`;
const FORMAL_NAME = new RegExp(String.raw`^${HONORIFIC} (${CAPS_SURNAME})(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?$`, 'u');
const FORMAL_LABEL = new RegExp(String.raw`^ {0,8}(${HONORIFIC} ${CAPS_SURNAME}(?: of \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)?)\. +(?=\S)`, 'u');

/** Two or three words in capitals, a period and the words (group 1 the label): "CHAIR POWELL. Good afternoon." */
const CAPS_DOTTED = /^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,2})\. +(?=[\p{Lu}"“‘'])/u;

/** Parse a speaker label at the start of a line, or return null. Reads at most ~100 characters of the line. */
export function parseLabel(line: string): LabelCandidate | null {
  const formal = FORMAL_LABEL.exec(line.slice(0, 100));
  if (formal) {
    const label = formal[1];
    return { label, base: baseOf(label), bold: false, colon: true, stampOnly: false, rest: line.slice(formal[0].length).trim(), formal: true };
  }
  let s = line.length > 0 && line.charCodeAt(0) === 32 ? line.replace(/^ {1,3}(?! )/, '') : line;
  if (!s || s.charCodeAt(0) === 32) return null;
  const lead = LEAD_STAMP.exec(s.slice(0, 40));
  if (lead) s = s.slice(lead[0].length);
  const parsed = s.startsWith('**') ? parseBold(s) : s.startsWith('【') ? parseLenticular(s) : s.startsWith('[') ? parseSquare(s) : parsePlain(s);
  if (!parsed) return null;
  // Tabs, NBSP, 　 → one space; a list's marker before the name ("- 曹仁贤（阳光电源董事长）：") is no part of the label.
  const written = parsed.label.replace(TRAIL_STAMP, '').replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '');
  // "1、问：", "（2）答：", "问3：": a numbered question or answer mark, as investor-relations records number them, is that mark.
  const mark = NUMBERED_QA_MARK.exec(written);
  // "《晚点》：", "《财经》：": a publication's title in its marks asks the questions as "晚点：" does; the marks go.
  const label = mark ? (mark[1] ?? mark[2]) : (TITLE_MARKS.exec(written)?.[1] ?? written);
  const base = baseOf(label);
  if (!base || !validShape(base)) return null;
  if (lead && /^Q\d/.test(lead[0])) return { ...parsed, label, base, rest: stripStamps(parsed.rest), asks: true };
  return { ...parsed, label, base, rest: stripStamps(parsed.rest) };
}

function parseBold(s: string): Omit<LabelCandidate, 'base'> | null {
  const close = s.indexOf('**', 2);
  // "**AUDIENCE MEMBER (Priya Natarajan, Columbia University):**": bracketed who and whence may run long, as plain.
  if (close > MAX_LABEL + 4 && !BRACKETED_LABEL.test(s.slice(2, close).replace(/[:：]$/, '') + ':')) return wholeBoldLabel(s, close);
  if (close < 3) return null;
  let inner = s.slice(2, close).trim();
  let after = s.slice(close + 2);
  let colon = false;
  // "**Name****：**" and "**Name**\*\*：": a colon bolded on its own.
  const split = /^\*\*\s{0,2}([:：])\s{0,2}\*\*/.exec(after);
  if (split) {
    colon = true;
    after = after.slice(split[0].length);
  }
  if (inner.endsWith(':') || inner.endsWith('：')) {
    colon = true;
    inner = inner.slice(0, -1).trim();
  }
  const inside = inner.search(/[:：]/);
  if (inside > 0) {
    // "**主持人：请问你怎么看？**": a whole bolded line. Bold is no evidence here (bullets like
    // "**独立工作室：一些小型公司**" look the same), so it needs a role word or recurrence like a plain label.
    const rest = (inner.slice(inside + 1) + after).trim();
    const wholeBold = !after.trim() && inner.slice(inside + 1).trim() !== '';
    return { label: cleanInline(inner.slice(0, inside)), bold: false, colon: true, stampOnly: false, rest, wholeBold };
  }
  if (inside === 0) return null;
  if (!colon) {
    const stamp = STAMP_BEFORE_COLON.exec(after); // "**Name** (00:13): …"
    if (stamp) after = after.slice(stamp[0].length);
  }
  const outer = /^\s{0,2}[:：]/.exec(after);
  if (outer) {
    colon = true;
    after = after.slice(outer[0].length);
  }
  if (after && !colon && !/^\s/.test(after)) return null; // "**Bold**word" continues a sentence
  // "**Priya Shah** — Welcome to the show.": a spaced dash after the bold name stands for the colon (no colon is
  // assumed, so a label set so must recur to count).
  if (!colon) after = after.replace(/^\s+[—–]\s+/, ' ');
  return { label: cleanInline(inner), bold: true, colon, stampOnly: false, rest: after.trim() };
}

/** A long bolded line "**主持人：过去一年……你怎么看？**" whose label colon comes early: label and bolded text. */
function wholeBoldLabel(s: string, close: number): Omit<LabelCandidate, 'base'> | null {
  const line = s.trimEnd();
  if (close !== line.length - 2) return null;
  const inside = s.slice(2, MAX_LABEL + 3).search(/[:：]/);
  if (inside <= 0) return null;
  const rest = line.slice(inside + 3, -2).trim();
  if (!rest) return null;
  return { label: cleanInline(s.slice(2, inside + 2)), bold: false, colon: true, stampOnly: false, rest, wholeBold: true };
}

/** A bracket holding a sound cue or a note, no speaker ("【笑】对，…", "[Laughter] Yeah.", "【编者注】…"; segment.json soundCues). */
const SOUND_CUE = new RegExp(`^(?:${SOUND_CUES})$`, 'i');

/** "【主持人】欢迎各位。" / "【王兴兴】谢谢。": the speaker in lenticular brackets, the words after them. */
function parseLenticular(s: string): Omit<LabelCandidate, 'base'> | null {
  const close = s.indexOf('】');
  if (close < 2 || close > MAX_LABEL + 1) return null;
  const label = s.slice(1, close).trim();
  const rest = s.slice(close + 1).replace(/^\s*[:：]?\s*/, '');
  // 【从业经历】 alone on its line is a heading (units.ts headingLine), 【路透社记者】 over the words a label.
  if (SOUND_CUE.test(label)) return null;
  return { label: cleanInline(label), bold: false, colon: true, stampOnly: false, rest };
}

/**
 * "[Maya Chen] We build warehouse robots.", "[Interviewer] Thanks.": the speaker in square brackets, the words after
 * them (not a timestamp, a footnote "[1]", a Markdown link "[text](url)" or a sound cue "[Laughter]").
 */
function parseSquare(s: string): Omit<LabelCandidate, 'base'> | null {
  const close = s.indexOf(']');
  if (close < 2 || close > MAX_LABEL + 1 || s[close + 1] === '(') return null;
  const label = s.slice(1, close).trim();
  const rest = s.slice(close + 1).replace(/^\s*[:：]?\s*/, '');
  if (!rest || !/^\p{L}/u.test(label) || SOUND_CUE.test(label)) return null;
  return { label: cleanInline(label), bold: false, colon: true, stampOnly: false, rest };
}

const DOTTED_QA = /^([QA])\.[ \t]+(?=\S)/;
/** One to four capitalised Latin words, a spaced em or en dash, the words: no Han (Chinese prose sets "——" freely). */
const DASHED = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}) [—–] (?=\S)/u;

function parsePlain(s: string): Omit<LabelCandidate, 'base'> | null {
  const head = s.slice(0, MAX_LABEL + 2);
  let cut = -1;
  for (let i = 0; i < head.length; i++) {
    const c = head[i];
    if (c === ':' || c === '：') {
      // a colon inside a timestamp ("Name [00:12]:") is not the label's colon
      if (c === ':' && /\d/.test(head[i - 1] ?? '') && /\d/.test(head[i + 1] ?? '')) continue;
      cut = i;
      break;
    }
  }
  if (cut > 0) {
    const next = s[cut + 1] ?? '';
    if (next === '/' || (next === '\\' && s[cut + 2] === '\\')) return null; // https://, C:\\
    return { label: s.slice(0, cut), bold: false, colon: true, stampOnly: false, rest: s.slice(cut + 1).trim() };
  }
  // "Speaker 1 (Jennifer Walsh, Director of Graduate Admissions): …": a numbered speaker's name and role in brackets
  // may run past the usual label length.
  const numbered = NUMBERED_NAMED_LABEL.exec(s);
  if (numbered) return { label: numbered[1], bold: false, colon: true, stampOnly: false, rest: s.slice(numbered[0].length).trim() };
  const bracketed = BRACKETED_LABEL.exec(s.slice(0, 140));
  if (bracketed) return { label: bracketed[1], bold: false, colon: true, stampOnly: false, rest: s.slice(bracketed[0].length).trim() };
  // "Q. How did you start?" / "A. I joined in 2019.": a printed interview's question and answer marks.
  const dotted = DOTTED_QA.exec(s);
  if (dotted) return { label: dotted[1], bold: false, colon: false, stampOnly: false, rest: s.slice(dotted[0].length).trim(), dotted: true };
  // "Maya Chen — We build warehouse robots.", "Host – Who are your customers?": a dialogue set with dashes.
  const dashed = DASHED.exec(s.slice(0, MAX_LABEL + 4));
  if (dashed) return { label: dashed[1], bold: false, colon: false, stampOnly: false, rest: s.slice(dashed[0].length).trim(), dashed: true };
  // "CHAIR POWELL. Good afternoon.", "MICHELLE SMITH. Howard.": a name or an office and a name in capitals and a period,
  // as the Federal Reserve's press conference transcripts set a speaker; read as a colon label, so it must recur or,
  // once the document has speakers, be a full name (units.ts).
  const capsDotted = CAPS_DOTTED.exec(s.slice(0, MAX_LABEL + 4));
  if (capsDotted) return { label: capsDotted[1], bold: false, colon: true, stampOnly: false, rest: s.slice(capsDotted[0].length).trim() };
  // "Jane Doe  00:03" alone on its line (otter.ai style), text on the next lines.
  if (s.length <= MAX_LABEL + 20) {
    const stamp = TRAIL_STAMP.exec(s);
    if (stamp && stamp.index > 0 && STAMP_ONLY.test(stamp[0].replace(/^[\s\-–—|]+/, '').trim())) {
      return { label: s.slice(0, stamp.index), bold: false, colon: false, stampOnly: true, rest: '' };
    }
  }
  return null;
}

function stripStamps(rest: string): string {
  const lead = LEAD_STAMP.exec(rest.slice(0, 40));
  return lead ? rest.slice(lead[0].length).trim() : rest;
}

/**
 * The label without a trailing parenthetical role, dash affiliation or capitals' comma affiliation ("Sam Altman（OpenAI
 * CEO）", "Vivek Arya — Bank of America", "STEVE INSKEEP, HOST" → the name), spaces folded; a hearing label's surname.
 */
export function baseOf(label: string): string {
  const formal = formalSurname(label);
  if (formal) return formal;
  const named = NUMBERED_NAMED.exec(label.trim());
  if (named) return named[1];
  const base = (BAR_AFFILIATION.exec(label.trim())?.[1] ?? label).replace(PARENTHETICAL, '').replace(AFFILIATION, '');
  return (CAPS_AFFILIATION.exec(base)?.[1] ?? NAME_AFFILIATION.exec(base)?.[1] ?? titledHanName(base) ?? base).replace(/\s+/g, ' ').trim();
}

const HAN_ROLE_WORDS = new Set(ROLE_WORDS.filter((word) => /^\p{Script=Han}+$/u.test(word)));

/** "国家能源局局长 章建华" → 章建华; "主持人 国务院新闻办公室新闻局副局长 寿小丽" → 主持人 寿小丽 (the role word stays). */
function titledHanName(base: string): string | null {
  const name = TITLED_HAN_NAME.exec(base)?.[1];
  if (!name) return null;
  const first = base.slice(0, base.search(/\s/));
  return HAN_ROLE_WORDS.has(first) ? `${first} ${name}` : name;
}

/** The surname of a hearing record's label ("Mr. ALTMAN" → ALTMAN, "Mr. CARTER of Georgia" → CARTER), or null. */
export function formalSurname(label: string): string | null {
  return FORMAL_NAME.exec(label)?.[1] ?? null;
}

/** Who a "Name｜Role" label says the speaker is ("张蕾｜主持人" → 主持人), or null. */
export function barAffiliation(label: string): string | null {
  return BAR_AFFILIATION.exec(label.trim())?.[2]?.trim() ?? null;
}

/** Who a capitals label says the speaker is, up to the next comma ("KEELY ROSS, ANCHOR, WORLD DESK" → "ANCHOR"), or null. */
export function capsAffiliation(label: string): string | null {
  return CAPS_AFFILIATION.exec(label.replace(PARENTHETICAL, '').trim())?.[2]?.split(',')[0].trim() ?? null;
}

/** A speaker label is short: ≤ 4 Latin words and ≤ 12 Han characters, capitalised, no sentence punctuation. */
export function validShape(base: string): boolean {
  if (base.length > MAX_LABEL || SENTENCE_PUNCT.test(base) || SENTENCE_END.test(base)) return false;
  let han = 0;
  for (let i = 0; i < base.length; i++) if (isHan(base.charCodeAt(i))) han++;
  if (han > 12) return false;
  const latin = base.replace(/[\p{Script=Han}]+/gu, ' ').trim();
  const words = latin ? latin.split(' ') : [];
  if (words.length > 4) return false;
  if (han === 0) {
    if (!/^[\p{Lu}\d]/u.test(base)) return false;
    const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (capitalised * 2 < words.length) return false;
  } else if (han > 3 && CLAUSE_CHARS.test(base)) {
    return false;
  }
  return true;
}

/**
 * Words a label may hold beside the name that say nothing of who the speaker is: role words ("Moderator", "主持人"),
 * the asker's words ("AUDIENCE MEMBER"), a transcriber's numbering ("Speaker 2", "发言人1") and honorifics.
 */
const EMPTY_PROFILE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation([...ROLE_WORDS, ...ASKER_WORDS, ...NAME_TITLE_WORDS, 'Speaker', 'Participant', 'Member', '发言人', '说话人'])})(?![\\p{L}\\p{M}])|\\d+`,
  'giu',
);
/** "X (inner)": the words before a closing bracket and the bracket's text. */
const BRACKETED = /^([^（(]*?)\s*[（(]([^（）()]+)[）)]\s*$/u;
/** A name alone: one to four capitalised Latin words (a "nickname" in quotes allowed), or two to four Han characters. */
const NAME_ONLY = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:["“'‘][^"”'’]{1,20}["”'’]|\p{Lu}[\p{L}\p{M}'’.-]*)){0,3}|\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,6})?)$/u;
/** A caller's brackets say where they call from ("CALLER (Gene, Eastside)"), not who they are. */
const CALLER = /^(?:caller|listener)\b/i;

/** True when the text holds a letter that is no role word, asker's word, honorific or number. */
function saysMore(text: string): boolean {
  return /\p{L}/u.test(text.replace(EMPTY_PROFILE, ' '));
}

/**
 * A label that says who the speaker is beyond their name and role: where they work or what they do ("Sam Altman (OpenAI
 * CEO)", "张昌武（蓝箭航天董事长）", "Moderator (Julia Park, Bloomberg)", "Raj Patel, Fluence", "周宁 | 平安产险", "国家航天局局长
 * 张克俭"). "STEVE INSKEEP, HOST", "Moderator (Kim Park)", "CASTER 1 (Daniel Drakos)" and "主持人" say no more than a name
 * and a role. `base` is the label's name part (baseOf).
 */
export function isProfileLabel(label: string, base: string): boolean {
  if (label.length <= base.length || CALLER.test(label)) return false;
  const bracketed = BRACKETED.exec(label);
  if (bracketed) {
    const [, outside, inside] = bracketed;
    // "Moderator (Julia Park, Bloomberg)", "CASTER 1 (Daniel Drakos)": a role, a number or a word in capitals outside,
    // the name first inside; what follows the name is the profile.
    const roleOutside = !saysMore(outside) || /^\p{Lu}+(?:\s?\d{1,2})?$/u.test(outside.trim()) || /\s\d{1,2}$/.test(outside.trim());
    if (!roleOutside) return saysMore(inside) || saysMore(outside.replace(base, ' '));
    const [first, ...others] = inside.split(/\s*[,，;；]\s*/);
    return !NAME_ONLY.test(first.trim()) || others.some(saysMore);
  }
  const at = label.indexOf(base);
  return saysMore(at < 0 ? label : label.slice(0, at) + ' ' + label.slice(at + base.length));
}
