// Stage 2, segment: the decoded transcript cut into turns, narration and boilerplate, hard wraps rejoined.
// Pure. Speaker labels are kept as written; speakers.ts resolves them to people.
import type { Lang } from '../../src/model.ts';
import type { Diagnostic, Segment, SegmentedDocument, SourceText } from '../types.ts';
import { classifyBoilerplate, closingNote, isPullQuote, trailingHeading, type BoilerplateMatch } from './segment/boilerplate.ts';
import { frontMatter } from './segment/frontmatter.ts';
import { segmentRules, type SegmentRules } from './segment/rules.ts';
import { cjkShare, cleanInline, joinLines, stripLeadingTimestamp, TIMESTAMP, wrapWidth } from './segment/text.ts';
import { stripInvisible, subtitleText } from './segment/subtitles.ts';
import { tableTurns } from './segment/tables.ts';
import { ruledTurns } from './segment/ruled.ts';
import { htmlToMarkdown, isHtml } from './segment/html.ts';
import { returnAt, sponsorReads } from './segment/sponsors.ts';
import { toUnits, type Unit } from './segment/units.ts';
import { isProfileLabel } from './segment/labels.ts';

/**
 * Share of CJK among letters at or above which a document is Chinese, and below which it is English. Chinese
 * articles that name English people and products measure 0.83–0.85; code-switched talk (数据 pipeline 怎么搭)
 * measures 0.2–0.7 and is "mixed".
 */
export const LANG_THRESHOLDS = { zh: 0.75, en: 0.05 } as const;

type Para = Extract<Unit, { type: 'para' }>;

/**
 * A paragraph's text: lines rejoined, a leading timestamp dropped, inline Markdown removed. A labelled paragraph's first
 * line is shorter by its label, so a short line there says nothing about a break. `wrap`: the document's wrap width.
 */
function paraText(para: Para, wrap: number): string {
  const lines = para.lines.slice();
  if (lines.length) lines[0] = stripLeadingTimestamp(lines[0].trimStart());
  return cleanInline(joinLines(lines, !para.label, wrap)).trim();
}

/** Boilerplate keeps its lines as written (metadata lines stay apart). */
function rawText(para: Para): string {
  return para.lines.map((line) => line.trim()).filter(Boolean).join('\n');
}

const BOILERPLATE_MAX = 4000;
/** A sponsor read this short ("A quick word from our sponsor.") only announces the read, which follows it. */
const ANNOUNCEMENT_MAX = 80;

/** Boilerplate classification of a paragraph, memoised; long paragraphs are never boilerplate and cost nothing. */
function boilerplateOf(para: Para, rules: SegmentRules, memo: Map<Para, BoilerplateMatch | null>): BoilerplateMatch | null {
  if (memo.has(para)) return memo.get(para)!;
  let size = 0;
  for (const line of para.lines) if ((size += line.length) > BOILERPLATE_MAX) break;
  const match = size > BOILERPLATE_MAX ? null : classifyBoilerplate(para.lines, rawText(para), rules);
  memo.set(para, match);
  return match;
}

export function detectLang(texts: string[]): Lang {
  const share = cjkShare(texts);
  if (share >= LANG_THRESHOLDS.zh) return 'zh';
  if (share < LANG_THRESHOLDS.en) return 'en';
  return 'mixed';
}

function detectTitle(units: Unit[], text: string, id: string, frontTitle: string | null): string {
  if (frontTitle) return frontTitle;
  const heading = units.find((u) => u.type === 'heading' && u.level === 1 && u.text);
  if (heading && heading.type === 'heading') return heading.text;
  // A transcript that opens with a speaker's turn has no title line: its first words are not one.
  if (units[0]?.type === 'para' && units[0].label && !units[0].label.marker) return id;
  const nl = text.indexOf('\n');
  const first = cleanInline((nl < 0 ? text.slice(0, 400) : text.slice(0, Math.min(nl, 400))).replace(/^#+\s*/, '')).trim();
  if (!first || TIMESTAMP.test(first)) return id; // a caption export opens with "0:00": it has no title line
  return first.length > 80 ? first.slice(0, 79).trimEnd() + '…' : first;
}

/**
 * Index of the unit where the trailing boilerplate starts (units.length when there is none): the first strong
 * marker after the first turn, or the first boilerplate-like paragraph after the last turn.
 */
function tailStart(units: Unit[], rules: SegmentRules, memo: Map<Para, BoilerplateMatch | null>): number {
  let firstTurn = -1;
  let lastTurn = -1;
  units.forEach((u, i) => {
    if (u.type !== 'para' || !u.label || u.label.marker) return;
    if (firstTurn < 0) firstTurn = i;
    lastTurn = i;
  });
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type === 'para' && !u.label && lastTurn >= 0 && i > lastTurn && closingNote(u, rules)) return i;
    const match = u.type === 'heading' ? trailingHeading(u.text, rules) : u.label ? null : boilerplateOf(u, rules, memo);
    if (!match) continue;
    // 往期回顾/--END-- end the conversation, but not before it has begun (a reading list can precede it).
    if ((match.strong && i > firstTurn) || (match.tail && lastTurn >= 0 && i > lastTurn)) return i;
  }
  return units.length;
}

/**
 * A sponsor read that runs to its paragraph's end goes on into the speaker's next plain paragraphs when one of the
 * next two has a return cue ("Now, back to our conversation"): the index of that unit, else -1 (the read ends there).
 */
function readAhead(units: Unit[], i: number, rules: SegmentRules, announced: boolean, wrap: number): number {
  for (let j = i + 1; j < Math.min(units.length, i + 3); j++) {
    const u = units[j];
    if (u.type !== 'para' || u.label) break;
    if (returnAt(paraText(u, wrap), rules) !== null) return j;
  }
  // "A quick word from our sponsor." alone announces the read: the paragraph after it is the read itself.
  const next = units[i + 1];
  return announced && next?.type === 'para' && !next.label ? i + 1 : -1;
}

export function segment(source: SourceText, rules: SegmentRules = segmentRules()): SegmentedDocument {
  const text = stripInvisible(isHtml(source.text) ? htmlToMarkdown(source.text) : source.text);
  const raw = text.split('\n');
  const lines = subtitleText(raw) ?? tableTurns(raw) ?? ruledTurns(raw) ?? raw;
  const front = frontMatter(lines);
  const units = toUnits(front.length ? lines.slice(front.length) : lines, rules);
  const wrap = wrapWidth(units.filter((u) => u.type === 'para'));
  const diagnostics: Diagnostic[] = [];
  const segments: Segment[] = [];
  const memo = new Map<Para, BoilerplateMatch | null>();
  const tail = tailStart(units, rules, memo);
  const head = front.length || lines !== raw ? lines.slice(front.length, front.length + 200).join('\n').slice(0, 4000) : text;
  const title = detectTitle(units, head, source.id, front.title);
  let section: string | null = null;
  let current: Segment | null = null;
  const push = (kind: Segment['kind'], text: string, speakerLabel: string | null = null): Segment => {
    const seg: Segment = { kind, speakerLabel, section, text };
    segments.push(seg);
    return seg;
  };
  if (front.lines) push('boilerplate', front.lines.join('\n'));
  // A sponsor read cut out of a speaker's words: `resume` is the speaker whose turn it interrupted (their next plain
  // paragraph opens a new turn), `readThrough` the last unit an unclosed read runs into (one that has a return cue).
  let resume: string | null = null;
  let readThrough = -1;
  /** A paragraph of speech or narration, its sponsor reads cut out as boilerplate; returns the turn left open. */
  const speak = (text: string, who: string | null, open: Segment | null, i: number): Segment | null => {
    let seg = open;
    let at = 0;
    const add = (piece: string): void => {
      const words = piece.trim();
      if (!words) return;
      if (seg) seg.text = seg.text ? `${seg.text}\n${words}` : words;
      else seg = push(who === null ? 'narration' : 'turn', words, who);
    };
    const cut = (start: number, end: number): void => {
      const words = text.slice(start, end).trim();
      if (words) push('boilerplate', words);
      seg = null;
      resume = who;
    };
    if (i <= readThrough) {
      const back = i === readThrough ? returnAt(text, rules) : null;
      cut(0, back ?? text.length);
      at = back ?? text.length;
    }
    for (const read of at < text.length ? sponsorReads(text, rules).filter((r) => r.start >= at) : []) {
      add(text.slice(at, read.start));
      cut(read.start, read.end);
      at = read.end;
      if (read.open) readThrough = readAhead(units, i, rules, read.announces && read.end - read.start <= ANNOUNCEMENT_MAX, wrap);
    }
    add(text.slice(at));
    return who === null ? null : seg;
  };
  let pendingMarker: Extract<Unit, { type: 'para' }>['label'] = null;
  /** Labels read as narration already (isProfileLabel). */
  const profiles = new Set<string>();
  units.forEach((unit, i) => {
    if (i >= tail) {
      if (unit.type === 'heading') {
        if (unit.text) section = unit.text;
        if (unit.text) push('boilerplate', unit.text);
      } else {
        const text = unit.label ? [unit.label.label, rawText(unit)].filter(Boolean).join(': ') : rawText(unit);
        if (text) push('boilerplate', text);
      }
      return;
    }
    if (unit.type === 'heading') {
      current = null;
      pendingMarker = null;
      const isTitle = i === 0 && unit.level === 1 && (unit.text === title || front.title !== null);
      if (trailingHeading(unit.text, rules)) push('boilerplate', unit.text); // 推荐阅读 before the talk: no section
      else if (!isTitle && unit.text) section = unit.text;
      return;
    }
    const text = paraText(unit, wrap);
    const label = unit.label;
    // A caption export's ">>" turn whose speaker is unknown (captions.ts) is no more of the turn before it.
    if (unit.caption && !label) {
      current = null;
      resume = null;
    }
    const speaking = !label && text ? (current?.speakerLabel ?? resume) : null;
    if (label?.marker) {
      current = null;
      resume = null;
      // "Operator" alone on its line (a call as sites print it): its words are the paragraph after it.
      const next = units[i + 1];
      if (!text && label.stampOnly && next?.type === 'para' && !next.label && i + 1 < tail) {
        pendingMarker = label;
        return;
      }
      // "Q. (Sky Sports) …" keeps its period; "新华社记者：…" is written with a colon.
      push(label.marker, [label.label, text].filter(Boolean).join(label.dotted ? '. ' : ': '));
    } else if (pendingMarker && !label && text) {
      push(pendingMarker.marker!, `${pendingMarker.label}: ${text}`);
      pendingMarker = null;
      return;
    } else if (label) {
      resume = null;
      // "**Sam Altman (OpenAI CEO):**": what the label says of the speaker is text too, read once as narration so
      // that the relations it states (Sam Altman CEO_OF OpenAI) have a span to stand on.
      // Not when the intro said it already ("嘉宾：Sam Altman（OpenAI CEO）").
      if (!profiles.has(label.label) && isProfileLabel(label.label, label.base)) {
        profiles.add(label.label);
        if (!segments.some((seg) => seg.kind === 'narration' && seg.text.includes(label.label))) push('narration', label.label);
      }
      const before = segments.length;
      current = text ? speak(text, label.label, null, i) : push('turn', text, label.label);
      if (label.asks) for (const seg of segments.slice(before)) if (seg.kind === 'turn') seg.asks = true;
      if (label.floor) for (const seg of segments.slice(before)) if (seg.kind === 'turn') seg.floor = true;
    } else if (!text) {
      return;
    } else if (speaking && (i <= readThrough || sponsorReads(text, rules).length)) {
      current = speak(text, speaking, current, i); // an advert inside the turn: cut out, the rest is still the speaker's
    } else if (boilerplateOf(unit, rules, memo)) {
      current = null;
      resume = null;
      push('boilerplate', rawText(unit));
    } else if (isPullQuote(text, rules)) {
      push('narration', text);
    } else if (current || resume) {
      current = speak(text, speaking, current, i);
    } else {
      speak(text, null, null, i);
    }
  });
  const kept = segments.filter((seg) => {
    if (seg.kind !== 'turn' || seg.text) return true;
    diagnostics.push({ level: 'warning', document: source.id, message: `speaker label "${seg.speakerLabel}" with no words after it was dropped` });
    return false;
  });
  if (!kept.some((seg) => seg.kind === 'turn')) {
    diagnostics.push({ level: 'info', document: source.id, message: 'no speaker labels recognised: every paragraph is narration' });
  }
  const content = kept.filter((seg) => seg.kind !== 'boilerplate').map((seg) => seg.text);
  const lang = detectLang(content.length ? content : [source.text]);
  return { document: { id: source.id, title, source: source.path, lang }, segments: kept, diagnostics };
}
