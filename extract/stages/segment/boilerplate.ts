// Is a paragraph boilerplate (metadata, subscription prompts, link lists, adverts, rules, --END--) or a pull quote?
// Tests run on short paragraphs only, so a 50 MB line costs one length check.
import { foldWord, type SegmentRules } from './rules.ts';
import { cleanInline } from './text.ts';

export interface BoilerplateMatch {
  /** Starts the trailing boilerplate when it follows the last turn. */
  tail: boolean;
  /** Starts the trailing boilerplate wherever it stands (往期回顾 heading, --END--). */
  strong: boolean;
  reason: string;
}

const SHORT = 400;
/** A line drawn as a rule: dashes, underscores, stars, equals signs, dots. */
const RULE_LINE = /^[-—–―_*=·•~～\s]+$/;
const URL_ONLY = /^<?https?:\/\/\S+>?$/;

/** The text of a heading-like paragraph: "【往期回顾】", "**相关阅读**", "# 往期回顾" → "往期回顾". */
function headingWord(text: string): string {
  return text.replace(/^[#\s*【[「『<]+|[\]】」』>*:：\s]+$/g, '').trim();
}

/** A structural end-of-conversation marker: a heading or a bare line naming a related-articles list. */
export function trailingHeading(text: string, rules: SegmentRules): BoilerplateMatch | null {
  if (text.length > 60) return null;
  const rule = rules.trailingHeadings.get(foldWord(headingWord(text)));
  return rule ? { tail: true, strong: true, reason: rule.reason } : null;
}

/** A line made only of Markdown links or URLs ("[1、[Title](https://…)", "https://…"). */
function linksOnly(line: string): boolean {
  const t = line.trim();
  if (URL_ONLY.test(t)) return true;
  return t.startsWith('[') && t.endsWith(')') && t.includes('](http');
}

/** "文章作者: AI深度研究员", "原文链接：https://…", "作者 | 孟晓彤": a metadata key from the rules, then a value. */
function metadataKey(line: string, rules: SegmentRules): string | null {
  const head = line.slice(0, 24);
  const cut = head.search(/[:：|｜]/);
  if (cut <= 0) return null;
  // "（来源：国新网）": a credit in brackets at the article's end is one too.
  const rule = rules.metadataKeys.get(foldWord(head.slice(0, cut).replace(/^[*\s（(【[]+|[*\s]+$/g, '')));
  return rule ? rule.reason : null;
}

/** "采访：程曼祺", "Interview by Jane Doe": a line that starts with a byline naming the interviewer. */
function bylineLine(line: string, rules: SegmentRules): string | null {
  const text = line.trim();
  if (text.length > 120) return null;
  for (const rule of rules.bylines) {
    rule.regex.lastIndex = 0;
    const match = rule.regex.exec(text);
    rule.regex.lastIndex = 0;
    if (match?.index === 0) return rule.reason;
  }
  return null;
}

/** Classify one paragraph from its raw lines and their rejoined text. */
export function classifyBoilerplate(rawLines: string[], text: string, rules: SegmentRules): BoilerplateMatch | null {
  if (text.length > 4000) return null;
  const heading = trailingHeading(text, rules);
  if (heading) return heading;
  const lines = rawLines.filter((l) => l.trim());
  if (lines.length > 0 && (lines.every(linksOnly) || text.split('\n').every(linksOnly))) return { tail: true, strong: false, reason: 'a paragraph made only of links' };
  const keys = lines.map((l) => metadataKey(l, rules));
  if (lines.length > 0 && keys.every((k) => k !== null)) return { tail: true, strong: false, reason: keys[0]! };
  // A credit block (来源：… / 采访：程曼祺 / 编辑：…): metadata lines and bylines, kept apart as boilerplate.
  const metadata = keys.find((k) => k !== null);
  if (metadata && lines.every((l, i) => keys[i] !== null || bylineLine(l, rules))) return { tail: true, strong: false, reason: `a credit block (${metadata})` };
  if (text.length > SHORT) return null;
  const flat = cleanInline(text).trim();
  for (const rule of rules.boilerplate) {
    if (rule.regex.test(flat) || rule.regex.test(text)) return { tail: rule.tail, strong: rule.strong, reason: rule.reason };
  }
  // "—— END ——⏎点击关注…": a strong end marker on a paragraph's first line closes the article with that line.
  const opening = lines.length > 1 ? rules.boilerplate.find((r) => r.strong && r.regex.test(cleanInline(lines[0]).trim())) : undefined;
  if (opening) return { tail: opening.tail, strong: true, reason: opening.reason };
  // 文｜王芳 / 编辑｜赵强 on lines of one paragraph: each line a credit, metadata or byline, the whole is a credit block.
  if (lines.length > 1) {
    const each = lines.map((l, i) => keys[i] ?? bylineLine(l, rules) ?? rules.boilerplate.find((r) => r.regex.test(cleanInline(l).trim()))?.reason ?? null);
    if (each.every((r) => r !== null)) return { tail: true, strong: false, reason: `a credit block (${each[0]})` };
  }
  return null;
}

export function isPullQuote(text: string, rules: SegmentRules): string | null {
  if (text.length > SHORT) return null;
  for (const rule of rules.pullQuotes) if (rule.regex.test(text.trim())) return rule.reason;
  return null;
}

/**
 * An editor's note after the last turn (本文根据…整理，经嘉宾审阅; This transcript has been edited for length and
 * clarity; Next session: …; Sponsored by …): it starts the trailing boilerplate instead of extending the last turn.
 */
export function closingNote(para: { lines: string[] }, rules: SegmentRules): string | null {
  let size = 0;
  for (const line of para.lines) if ((size += line.length) > SHORT) return null;
  const lines = para.lines.map((l) => l.trim()).filter(Boolean);
  // "——⏎本期节目由 X 出品 | 剪辑：…": a rule drawn on the line above the note is no part of it.
  while (lines.length > 1 && RULE_LINE.test(lines[0])) lines.shift();
  const text = cleanInline(lines.join(' ')).trim();
  for (const rule of rules.closingNotes) if (rule.regex.test(text)) return rule.reason;
  return null;
}
