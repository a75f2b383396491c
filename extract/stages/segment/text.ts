// Character classes and text clean-up for ingestion: CJK detection, hard-wrap rejoining, timestamps,
// inline Markdown removal. Every function is linear in its input (no backtracking regexes on long lines).
import { isHanName } from './names.ts';
import { SURNAMES } from './rules.ts';

/** Han, kana, Hangul, CJK and full-width punctuation: no space is wanted beside these when rejoining lines. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) || // radicals, kana, CJK punctuation 3000–303f, Han
    (code >= 0xac00 && code <= 0xd7af) || // Hangul
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xffef) || // full-width forms (，：（）)
    code === 0x2014 || code === 0x2026 || code === 0x201c || code === 0x201d // —— …… “ ”
  );
}

export function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Share of Han/kana/Hangul characters among letters: 1 for pure Chinese, 0 for pure English. */
export function cjkShare(texts: Iterable<string>): number {
  let cjk = 0;
  let latin = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 65) continue;
      if (isLatinLetter(code)) latin++;
      else if ((code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) cjk++;
    }
  }
  return cjk + latin === 0 ? 0 : cjk / (cjk + latin);
}

const LIST_ITEM = /^\s{0,6}(?:[*+-]|\d{1,3}[.、)])\s/;
/**
 * An entry line of a block written one entry a line, not a hard-wrapped sentence: "Marcus Hale — Chief Executive
 * Officer", "Vivek Arya -- Bank of America", "Raymond James & Associates, Inc. - Analyst", "Presenter: Fergus Nash", "**Guest:** Imogen Blackwood", "主播：李然、周小舟", "张剑，中国足球协会副主席". Two such
 * lines in a row stay two lines.
 */
const ENTRY_LINE = /^(?:(?:\p{Lu}[\p{L}\p{M}.'’&-]*,?\s|&\s){0,5}\p{Lu}[\p{L}\p{M}.'’&-]*\s+(?:—|–|--?)\s+\S|(?:\*\*|__)?(?:\p{Lu}\p{L}{1,20}(?:\s\p{L}{1,20}){0,2}(?:\*\*|__)?:(?:\*\*|__)?\s+\S|\p{Script=Han}{2,4}(?:\*\*|__)?[：:](?:\*\*|__)?\s*\S))/u;
/**
 * "张剑，中国足球协会副主席", "王蕾 SHEIN 前公共事务总监", "主持 黄磊 雨果跨境 主编": a Chinese name (a known surname
 * first), after a role word and a space or not, then a comma or a space and who they are, on a short line.
 */
const HAN_ENTRY = /^(?:\p{Script=Han}{1,3}[ \t\u3000]+)?(\p{Script=Han}{2,4})(?:[，,]\s*|[ \t\u3000]+)\S[^。！？]{0,36}$/u;
/** HAN_ENTRY without a role word before the name: "梁晓声  作家，茅盾文学奖得主" is the name, then who they are. */
const HAN_NAME_ENTRY = /^(\p{Script=Han}{2,4})(?:[，,]\s*|[ \t\u3000]+)\S[^。！？]{0,36}$/u;
/**
 * "创始人、董事长兼首席执行官 张俊杰", "首席财务官 黄明", "莉莉丝游戏 发行副总裁 邵晓峰": who they are (the employer and
 * the post may stand apart), a space, and a Chinese name ending the line.
 */
const HAN_TITLED_ENTRY = /^[\p{Script=Han}A-Za-z、/&]{2,24}(?:[ \t\u3000]+[\p{Script=Han}A-Za-z、/&]{2,24}){0,2}[ \t\u3000]+(\p{Script=Han}{2,4})$/u;
/**
 * "我吃西红柿  网络作家，《盘龙》作者": a pen name, two or more spaces, who they are. Chinese prose sets no spaces, so a
 * short line spaced so is a table's entry, whatever the name.
 */
const HAN_SPACED_ENTRY = /^\p{Script=Han}{2,8}(?:[ \t]{2,}|\u3000)\S[^。！？]{0,36}$/u;
const isHanEntry = (line: string): boolean =>
  HAN_SPACED_ENTRY.test(line) ||
  [HAN_ENTRY, HAN_NAME_ENTRY, HAN_TITLED_ENTRY].some((re) => {
    const name = re.exec(line)?.[1];
    return name !== undefined && isHanName(name, { surnames: SURNAMES });
  });
export const isEntryLine = (line: string): boolean => (line.length <= 80 && ENTRY_LINE.test(line)) || isHanEntry(line);
/**
 * …after a line that ends no sentence (after one, a space is as good: "Note: … preliminary. Details: …"): an entry, a
 * list's title, or a list item ("* Lena Kowalczyk⏎Orbital Freight Corp - Head of IR": a name, its firm and title under it).
 */
const entryBreak = (last: string, line: string): boolean =>
  (!/[.!?。！？]$/.test(last) && isEntryLine(line) && (isEntryLine(last) || LIST_TITLE.test(last) || LIST_ITEM.test(last))) || (ROSTER_LINE.test(last) && ROSTER_LINE.test(line));
/**
 * A roster's entry: a name, then after a comma who they are, no sentence ("Amanda Ruiz, PhD, Biostatistician, Mayo
 * Clinic", "Sarah Lindqvist, Patient Representative"). Two in a row stay two lines.
 */
const ROSTER_LINE = /^\p{Lu}[\p{L}\p{M}.'’-]+(?:\s\p{Lu}[\p{L}\p{M}.'’-]+){1,3},\s[^.!?;:]{1,70}[^.!?;:,\s]$/u;
/** A list's title line above its first entry ("Company Participants", "Conference Call Participants": capitalised words only; "【嘉宾介绍】", "嘉宾介绍：", "嘉宾"). */
const LIST_TITLE = /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,3}$|^【[^】]{1,12}】$|^\p{Script=Han}{2,8}[：:]?$/u;
/** A count in Chinese numerals, as items and sections are numbered: 一, 三, 十二. */
export const HAN_COUNT_SOURCE = '[一二三四五六七八九十]{1,3}';
const numberMark = (count: string) => `(?:${count}\\s*[、．.]|[（(]${count}[）)])`;
/** The mark numbering a Chinese item or section in Chinese numerals: 一、 二. （三）. */
export const HAN_NUMBER_MARK_SOURCE = numberMark(HAN_COUNT_SOURCE);
/** The same, or in digits: 一、 （三） 3、 4. (5). */
export const NUMBER_MARK_SOURCE = numberMark(`(?:\\d{1,3}|${HAN_COUNT_SOURCE})`);

/** A clock reading: 00:12:03, 4:19, 00:12.5. */
const CLOCK = '(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?';
/** A timestamp in brackets: [00:12:03], \\[04:19\\], (00:12), （00:12）, 【00:12】. */
export const BRACKETED_TIMESTAMP_SOURCE = `(?:\\\\?\\[|\\(|（|【)${CLOCK}(?:\\\\?\\]|\\)|）|】)`;
/** [00:12:03], \\[04:19\\], (00:12), （00:12）, 【00:12】, *00:12:03* (in italics) or a bare 00:12:03. */
export const TIMESTAMP_SOURCE = `(?:\\\\?\\[|\\(|（|【|\\*{1,2}|_)?${CLOCK}(?:\\\\?\\]|\\)|）|】|\\*{1,2}|_)?`;
/** A line holding only a time range ("00:00:08 - 00:00:14"), as Riverside sets one under each speaker's name. */
export const TIME_RANGE_LINE = new RegExp(`^\\s{0,4}${CLOCK}\\s*[-–—]\\s*${CLOCK}\\s*$`);
/** A timestamp such as [00:12:03], \[04:19\], (00:12) or 00:12:03, alone. */
export const TIMESTAMP = new RegExp(`^${TIMESTAMP_SOURCE}$`);
/** One or two timestamps at a line's start, or a range ("00:00:08 - 00:00:14", as Riverside exports each turn's time). */
const LEADING_TIMESTAMPS = new RegExp(`^\\s{0,4}(?:${TIMESTAMP_SOURCE}\\s{0,4}(?:[-–—]\\s{0,4}(?=[\\d[(（【*_\\\\]))?){1,2}`);
/** A line that opens with a clock reading and words: a chapter list's entry ("18:40 Cursor和Windsurf的竞争"), kept on its own line. */
const STAMPED_ENTRY = new RegExp(`^\\s{0,6}${TIMESTAMP_SOURCE}\\s+\\S`);

/** Drop timestamps at the start of a line or paragraph ("\[07:56\] Also, …" → "Also, …"). */
export function stripLeadingTimestamp(line: string): string {
  const match = LEADING_TIMESTAMPS.exec(line);
  if (!match) return line;
  const rest = line.slice(match[0].length);
  // "12:30 people came" is no timestamp: keep it unless the stamp is bracketed or followed by a capital/CJK/end.
  const bracketed = /[[(（【]/.test(match[0]);
  if (!bracketed && rest && !/^[\p{Lu}\p{Script=Han}*]/u.test(rest)) return line;
  return rest;
}

const CJK_ANYWHERE = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/;
/**
 * A line that ends well short of where the paragraph's lines wrap, at no comma or connective, before a capital: a
 * header's lines ("CS 329: Frontiers of Machine Learning⏎Department of Computer Science, Carnegie Mellon University"),
 * not a sentence wrapped at the margin. `wrap` is the paragraph's longest line.
 */
const shortLineBreak = (last: string, line: string, wrap: number): boolean =>
  wrap >= 50 && last.length < wrap * 0.67 && /^[\p{Lu}\d]/u.test(line) && /[A-Za-z0-9)"”'’]$/.test(last) &&
  !CJK_ANYWHERE.test(last) && !CJK_ANYWHERE.test(line) && // Chinese lines wrap by width, not by characters
  !/(?:^|\s)(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|as|is|was|are|that|which|who|&)$/i.test(last);

/** Longest line of a block written one entry a line (entryBlock). */
const MOST_ENTRY = 40;
const OPEN_END = /[,，;:-]$|(?:^|\s)(?:and|or|of|the|a|an|to|in|on|at|for|with|by|from|&)$/i;
/** A dateline of its own ("Nov. 12, 2026", "Updated 12 November 2026, 5:00 PM ET", "2026-11-12"), as article headers set one. */
const DATE_LINE = /^(?:(?:Updated|Published|Posted)(?: on)?:? )?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{4}|\d{4}-\d{2}-\d{2})(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?$/i;
/** An article's byline of its own ("By Thomas Reyes", "By Ana Ruiz and Li Wei"). */
const BYLINE_LINE = /^By \p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&)){1,7}$/u;
/**
 * A header's line saying where, when or by whom it was recorded ("Recorded at Sanders Theatre", "Filmed in front of a
 * live audience", "Hosted by Mayor Rosa Delgado", "Interview with Dave Mulrooney, …"): a capitalised participle and a
 * preposition open it, as no wrapped sentence's second line does.
 */
const PROVENANCE_LINE = /^(?:(?:Recorded|Filmed|Taped|Broadcast|Aired|Streamed|Held|Hosted|Moderated|Presented|Produced|Transcribed|Edited|Interviewed|Conducted)(?: live)? (?:at|in|on|by|from|before)\b|(?:An? )?(?:Interview|Conversation) with\b)/;
/** A line ending in a time of day, as a header's dateline does ("Edited transcript — Thursday, October 8, 2026, 8:30 a.m. ET"). */
const TIME_END = /\b\d{1,2}(?:[:.]\d{2})? ?[AaPp]\.?[Mm]\.?(?: [A-Z]{2,4})?$/;
/**
 * A dateline and a byline stay lines of their own: "By Thomas Reyes⏎Nov. 12, 2026" is two, not a sentence; so does a
 * header's provenance line ("A Conversation with Dame Felicity Oyelowo⏎Recorded at Sanders Theatre"), and a capitalised
 * line after a time of day.
 */
const headerLineBreak = (last: string, line: string): boolean =>
  BYLINE_LINE.test(last) || DATE_LINE.test(last) || (TIME_END.test(last) && /^[\p{Lu}\d]/u.test(line)) || ((DATE_LINE.test(line) || PROVENANCE_LINE.test(line)) && !OPEN_END.test(last));

/**
 * A block written one entry a line, such as a call's header or contents ("Q4 2026 Earnings Call⏎Feb 19, 2027, 5:00
 * p.m. ET", "Prepared Remarks⏎Questions and Answers⏎Call Participants"): three or more short lines, each opening with a
 * capital or a digit and none left open (a comma, "and", "of" at its end), as a sentence wrapped at the margin is.
 * Its lines stay lines. A title line with a colon may open it ("Contents:").
 */
function entryBlock(lines: string[]): boolean {
  let count = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const opener = count === 0 && line.endsWith(':');
    if (line.length > MOST_ENTRY || !/^[\p{Lu}\d]/u.test(line) || (!opener && OPEN_END.test(line)) || CJK_ANYWHERE.test(line)) return false;
    count++;
  }
  return count >= 3;
}

/**
 * A line wholly in capitals before one in ordinary case: a header's show or section name over its dateline ("CNN
 * STATE OF THE UNION⏎Aired March 3, 2025"), not a sentence wrapped at the margin.
 */
const capsLineBreak = (last: string, line: string): boolean =>
  /\p{Lu}{2,}[\s\p{P}]+\p{Lu}{2,}/u.test(last) && !/\p{Ll}/u.test(last) && !CJK_ANYWHERE.test(last) && /\p{Ll}/u.test(line);

/**
 * Where a document's Latin lines wrap: the median length of the lines that run on into another line of their
 * paragraph, or 0 with fewer than 5 such lines (a document not hard-wrapped). A header's short lines sit in a
 * paragraph of their own, shorter than the margin the rest of the document wraps at.
 */
export function wrapWidth(paragraphs: Array<{ lines: string[]; label: unknown }>): number {
  const lengths: number[] = [];
  for (const { lines, label } of paragraphs) {
    for (let i = label ? 1 : 0; i + 1 < lines.length; i++) { // a labelled first line is shorter by its label
      const line = lines[i].trim();
      if (line && lines[i + 1].trim() && !CJK_ANYWHERE.test(line)) lengths.push(line.length);
    }
  }
  return lengths.length < 5 ? unwrappedWidth(paragraphs) : median(lengths);
}

/**
 * A document not hard-wrapped, its paragraphs each one long line: a line break inside a paragraph is one the writer
 * made ("The Business of Streaming⏎Recorded at the Sony Hall"), so the long lines' median stands for the width and
 * shorter lines keep their breaks. 0 unless three or more such one-line paragraphs of 160+ Latin characters.
 */
function unwrappedWidth(paragraphs: Array<{ lines: string[] }>): number {
  const long: number[] = [];
  for (const { lines } of paragraphs) {
    let only = '';
    let count = 0;
    for (const line of lines) if (line.trim()) (only = line.trim()), count++;
    if (count === 1 && only.length >= 160 && !CJK_ANYWHERE.test(only)) long.push(only.length);
  }
  return long.length < 3 ? 0 : median(long);
}

/** The middle value (the upper one of an even count); sorts `values` in place. */
function median(values: number[]): number {
  values.sort((a, b) => a - b);
  return values[values.length >> 1];
}

/**
 * Join the lines of one paragraph: no space beside CJK, one space between Latin words, "\n" before list items and entry
 * lines, and (unless `shortLines` is false: a speaker's paragraph, whose first line lost its label) after a short line,
 * short against the paragraph's longest line or the document's `wrap` width (wrapWidth), whichever is longer.
 */
export function joinLines(lines: string[], shortLines = true, documentWrap = 0): string {
  const parts: string[] = [];
  const entries = shortLines && entryBlock(lines);
  let wrap = documentWrap;
  for (const raw of lines) wrap = Math.max(wrap, raw.trim().length);
  let last = ''; // the line appended last (its end decides the separator); never the growing result
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    // "0:03" on a line of its own, as caption exports set one before every line: no words of anyone's, and joined
    // into the text it would run into the words around it ("about Claude 0:09").
    if (!line || TIMESTAMP.test(line)) continue;
    if (!parts.length) {
      parts.push(line);
      last = line;
      continue;
    }
    const hardBreak = lines[i - 1].endsWith('  ');
    const before = last.charCodeAt(last.length - 1);
    const after = line.charCodeAt(0);
    if (entries || hardBreak || LIST_ITEM.test(raw) || STAMPED_ENTRY.test(raw) || entryBreak(last, line) || capsLineBreak(last, line) || headerLineBreak(last, line) || (shortLines && shortLineBreak(last, line, wrap))) parts.push('\n');
    else if (isCjk(before) || isCjk(after)) parts.push('');
    else if (before === 45 /* - */ && last.length > 1 && isLatinLetter(last.charCodeAt(last.length - 2)) && isLatinLetter(after)) parts.push('');
    else parts.push(' ');
    parts.push(line);
    last = line;
  }
  return parts.join('');
}

const WHOLE_ITALIC = /^\s*([*_])(?![*_\s])([^*_]+?)(?<![*_\s])\1\s*$/;
const ESCAPABLE = new Set('\\`*_{}[]()#+-.!|>~<');
const LINK_TARGET = /^(?:https?:\/\/|\/|#)[^)\s]{0,2000}\)/;

/**
 * Inline Markdown out of running text in one pass: ** markers, backslash escapes, link targets
 * ("[Kyutai](https://…)" → "Kyutai"). Linear: each link target is read at most 2000 characters ahead.
 */
export function cleanInline(text: string): string {
  // "*How did you start?*", "_Edited for length._": a paragraph wholly in italics is plain text in italics.
  const italic = WHOLE_ITALIC.exec(text);
  if (italic) text = italic[2];
  if (!text.includes('**') && !text.includes('\\') && !text.includes('](')) return text;
  const parts: string[] = [];
  let start = 0;
  let open = -1; // last "[" not yet emitted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 /* * */ && text.charCodeAt(i + 1) === 42) {
      parts.push(text.slice(start, i));
      start = i + 2;
      i++;
    } else if (c === 92 /* \ */ && ESCAPABLE.has(text[i + 1] ?? '')) {
      parts.push(text.slice(start, i));
      start = i + 1;
      i++;
    } else if (c === 91 /* [ */) {
      open = i;
    } else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const target = LINK_TARGET.exec(text.slice(i + 2, i + 2100));
      if (!target) continue;
      if (open >= start && i - open <= 500) parts.push(text.slice(start, open), text.slice(open + 1, i));
      else parts.push(text.slice(start, i));
      i += 1 + target[0].length;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.join('');
}

/** Markdown heading: level and text, or null. */
export function parseHeading(line: string): { level: number; text: string } | null {
  if (line.charCodeAt(0) !== 35 /* # */) return null;
  let level = 0;
  while (level < line.length && line.charCodeAt(level) === 35) level++;
  if (level > 6) return null;
  if (level < line.length && line[level] !== ' ' && line[level] !== '\t') return null;
  const text = line
    .slice(level)
    .replace(/\s#+\s*$/, '')
    .trim();
  return { level, text: cleanInline(text).trim() };
}
