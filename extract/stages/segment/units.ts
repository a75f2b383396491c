// Lines → units: headings and paragraphs, each paragraph opened by an accepted speaker label or by a blank line.
// Which line-start labels are speakers is decided here, from shape, bold, role words and recurrence.
import { baseOf, capsAffiliation, parseLabel, validShape, type LabelCandidate } from './labels.ts';
import { hasHanSurname, isHanName, LATIN_FULL_NAME, LATIN_FULL_NAME_SOURCE } from './names.ts';
import { askerName, bracketedAnswerer, officeHolderName, roleOf } from './roles.ts';
import { knownFirstName } from '../../compromise.ts';
import { foldWord, type SegmentRules } from './rules.ts';
import { assignAnswers, isBoldQuestion } from './questions.ts';
import { captionSpeakers } from './captions.ts';
import { BRACKETED_TIMESTAMP_SOURCE, cleanInline, HAN_COUNT_SOURCE, HAN_NUMBER_MARK_SOURCE, isEntryLine, joinLines, NUMBER_MARK_SOURCE, parseHeading, TIME_RANGE_LINE } from './text.ts';
import type { TurnKind } from '../../../src/model.ts';

export interface SpeakerLabel extends LabelCandidate {
  /** Set for structural labels such as **Break**: the paragraph becomes this kind, with no speaker. */
  marker: TurnKind | null;
  /** Not written in the transcript: given to a bolded question or to the plain answer after it (questions.ts). */
  implied?: boolean;
  /** "AUDIENCE MEMBER: Hi, I'm Priya Raman, …": an asker from the floor, named by their own first words. */
  floor?: boolean;
}
export type Unit =
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'para'; label: SpeakerLabel | null; lines: string[]; line: number; caption?: boolean };

const MAX_NAME = 60;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?: {0,2}\1){2,} *$/;
/** "Speaker 1", "发言人2", "Guest 3": a role noun numbered by the transcriber. */
const NUMBERED = /^[\p{L} ]{2,20}?\s?\d{1,2}$/u;
const numberedKey = (base: string): string => `#${foldWord(base.replace(/\s?\d{1,2}$/, ''))}`;
/** A line that opens with a timestamp in brackets ("(00:01:05) Take me through…"). */
const STAMPED_LINE = new RegExp(`^\\s{0,4}${BRACKETED_TIMESTAMP_SOURCE}`);

/** A line in capitals, of at most 80 characters: the rest of a heading in capitals wrapped onto it. */
const CAPITALS_LINE = /^(?=.{1,80}$)(?=[^\p{Ll}]*\p{Lu}{2})[^\p{Ll}]+$/u;

/**
 * Pattern for an asker's first words giving their full name: a greeting maybe, then "I'm", "my name is" or "this is" and two or three
 * capitalised words that end the clause ("Hi, I'm Priya Raman, I'm graduating…", "My name is Gloria Benitez, I've run…").
 */
const selfIntroduced = (): RegExp => /^(?:(?:Hi|Hello|Hey|Yes|Yeah|Thanks|Thank you|Good (?:morning|afternoon|evening))[,.!]?\s+(?:(?:everyone|everybody|all|there|Mayor|sir|ma'am)[,.!]?\s+)?)?(?:I['’]m|I am|[Mm]y name is|[Mm]y name['’]s|[Tt]his is)\s+(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2})(?=[,.;!?]|\s+(?:and|from|with)\b|$)/u;
/** selfIntroduced, compiled when a document first has an asker's label (a Unicode name pattern is slow to compile). */
let selfIntroducedPattern: RegExp | null = null;

/** A line's rest that reads as a headline, not as speech: short, with no sentence punctuation. */
const HEADLINE_REST = /^[^。！？!?；;…]{1,80}$/u;

/**
 * Decide which label candidates are speakers. Returns the accepted labels by line index. `titleLine` is the
 * document's first non-empty line: there, "万字实录：朱思远谈合成数据与创业" is the headline, not a speaker.
 */
export function acceptLabels(
  candidates: Map<number, { cand: LabelCandidate; paraStart: boolean }>,
  rules: SegmentRules,
  titleLine = -1,
  lines: string[] = [],
): Map<number, SpeakerLabel> {
  // Recurrence counts labels as written and by shape, so "Speaker 1", "Speaker 2" support each other.
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const { cand } of candidates.values()) {
    bump(foldWord(cand.base));
    if (NUMBERED.test(cand.base)) bump(numberedKey(cand.base));
  }
  // "Q." and "A." are labels only together: one of them alone is a list item or an initial ("A. Introduction").
  const dotted = new Set([...candidates.values()].filter(({ cand }) => cand.dotted).map(({ cand }) => cand.base));
  const questionAndAnswer = dotted.has('Q') && dotted.has('A');
  // Dash labels count only as a dialogue: two or more of them, each a role word or said at least twice with a dash. A
  // participants list's "Grace Whitmore — Chief Executive Officer" over her "**Grace Whitmore:**" turns is one dash.
  const dashes = new Map<string, number>();
  for (const { cand } of candidates.values()) if (cand.dashed) dashes.set(foldWord(cand.base), (dashes.get(foldWord(cand.base)) ?? 0) + 1);
  const dashedSpeakers = new Set(
    [...candidates.values()]
      .filter(({ cand }) => cand.dashed && (roleOf(cand.base, rules) || (dashes.get(foldWord(cand.base)) ?? 0) >= 2))
      .map(({ cand }) => foldWord(cand.base)),
  );
  const dialogue = dashedSpeakers.size >= 2;
  // "主持：王晨", "嘉宾：冯骥（游戏科学创始人）、陈星汉", "Guest: Imogen Blackwood, publisher of X" in a header, the
  // people then speaking as "王晨：", "Imogen:": credits, not turns. A credit comes before its people speak: each name
  // label's first line ("HOST: Naledi Mokoena, thank you." at the end thanks her).
  const speakerNames = new Map<string, number>();
  for (const [line, { cand }] of candidates) {
    const key = foldWord(cand.base);
    if (!roleOf(cand.base, rules) && !speakerNames.has(key)) speakerNames.set(key, line);
  }
  const credits = (cand: LabelCandidate, line: number): boolean => {
    const rest = cand.rest || listBelow(lines, line);
    if (rest.length > 120) return false;
    // "张伟和李娜" is two names; "淄博市文化和旅游局局长  宋启文" is one post (和 inside it) and a name.
    const pieces = rest
      .replace(/[（(][^（）()]*[）)]/g, '')
      .split(/[、，,;；/]|(?<=\p{Script=Han})\s*&\s*|\s+(?:and|和|与)\s+/u)
      .flatMap((piece) => (/\S\s+\S/u.test(piece.trim()) ? [piece] : piece.split(/和|与/u)))
      .map((piece) => piece.trim())
      .filter(Boolean);
    const speaks = (name: string): boolean => {
      const words = name.split(/\s+/);
      return [name, words[0], words[words.length - 1]].some((word) => (speakerNames.get(foldWord(word)) ?? -1) > line);
    };
    // A Chinese piece names the person last ("游戏葡萄 主编 王晨") or, in a table of names and posts, first when that
    // one speaks ("黄天树  首都师范大学…主任"); after the first piece, one that names no one is who they are
    // ("梁晓声  作家，茅盾文学奖得主"). An English one is the name, or who they are ("publisher of X", in lower case:
    // passed over). Each name is a speaker's label, or its first or last word.
    const hanName = (piece: string, i: number): string => {
      const words = piece.split(/\s+/);
      const last = words[words.length - 1];
      if (words.length > 1) return speaks(words[0]) && !speaks(last) ? words[0] : last;
      return i > 0 && !speaks(piece) && !isHanName(piece, rules) ? '' : piece;
    };
    const names = pieces.map((piece, i) => (/^\p{Lu}/u.test(piece) ? piece : /\p{Script=Han}/u.test(piece) ? hanName(piece, i) : ''));
    if (names[0] === undefined || names[0] === '') return false;
    if (names.every((name) => name === '' || speaks(name))) return true;
    // "主持：安吉县委副书记 黄志强" once, over a meeting whose host never speaks under that word again: a credit of
    // posts and names, each piece a post and a person's name, not the host's first words.
    const once = (counts.get(foldWord(cand.base)) ?? 0) === 1;
    return once && pieces.every((piece, i) => /\s/.test(piece) && isHanName(names[i], rules));
  };
  const accepted = new Map<number, SpeakerLabel>();
  const weak: [number, LabelCandidate][] = [];
  const credited: [number, LabelCandidate][] = [];
  for (const [line, { cand, paraStart }] of candidates) {
    const key = foldWord(cand.base);
    // "CALLER (Gene, Eastside):", "QUESTION (Lena Fischer, Handelsblatt):": the named asker speaks, no marker or prose.
    // "Hon. Treasurer (Denise Hollins):", "Member (Keith Arbuthnot):": an office and the person holding it speaks.
    if ((cand.colon || cand.bold) && (askerName(cand.label, rules) || officeHolderName(cand.label))) {
      accepted.set(line, { ...cand, marker: null });
      continue;
    }
    // "AUDIENCE MEMBER: Hi, I'm Priya Raman, I'm graduating from …": an asker from the floor whose first words give
    // their full name speaks as that person.
    const self = (cand.colon || cand.bold) && rules.askerLabels.has(key) ? (selfIntroducedPattern ??= selfIntroduced()).exec(cand.rest)?.[1] : undefined;
    if (self) {
      accepted.set(line, { ...cand, label: self, base: self, marker: null, floor: true });
      continue;
    }
    if (rules.proseLabels.has(key) || rules.metadataKeys.has(key)) continue;
    // 来源：… then 提问：李华 on the next line: a credit in a metadata block, not a turn.
    const above = paraStart ? undefined : candidates.get(line - 1);
    if (above && rules.metadataKeys.has(foldWord(above.cand.base))) continue;
    // "新华社记者：": a marker word ending a longer label (segment.json markerLabels with "suffix").
    const marker = markerOf(key, rules) ?? outletReporter(cand.label, rules);
    if (marker) {
      if (cand.bold || cand.colon) accepted.set(line, { ...cand, marker: marker.kind });
      continue;
    }
    const recurs = (counts.get(key) ?? 0) >= 2 || (NUMBERED.test(cand.base) && (counts.get(numberedKey(cand.base)) ?? 0) >= 2);
    const role = roleOf(cand.base, rules);
    if (role && !role.name && !roleOf(cand.label, rules)?.name && credits(cand, line)) {
      credited.push([line, cand]);
      continue;
    }
    // "SAMUEL OTIENO, KENYAN MINISTER OF FINANCE:": a broadcast transcript's label, a name and who they are, in capitals.
    const broadcast = cand.colon && LATIN_FULL_NAME.test(cand.base) && capsAffiliation(cand.label) !== null;
    if (cand.dotted && !questionAndAnswer) continue;
    if (cand.dashed && !(dialogue && dashedSpeakers.has(key))) continue;
    const strong =
      (cand.dotted === true && questionAndAnswer) ||
      (questionAndAnswer && cand.colon && COLLOQUY.test(cand.base)) ||
      cand.dashed === true ||
      broadcast ||
      cand.formal === true ||
      (role !== null && (cand.colon || cand.bold || cand.stampOnly)) ||
      (cand.bold && cand.colon) ||
      (recurs && (cand.colon || cand.bold || cand.stampOnly));
    if (strong) accepted.set(line, { ...cand, marker: null });
    else if (paraStart && (cand.colon || (cand.stampOnly && !candidates.has(line + 1)))) weak.push([line, cand]);
  }
  // A credit stands aside only for people whose labels speak on their own ("王晨：" twice, "**Nadia:**"); with none,
  // "Guest: Wang Lei, …" is the guest's label as before, and the names said once ("WANG LEI:") join it below.
  if (accepted.size === 0) for (const [line, cand] of credited) accepted.set(line, { ...cand, marker: null });
  // "Alan Kim  0:31" once, in a meeting export whose speakers are all set so: a name over its words, as the others.
  const stampedSpeakers = [...accepted.values()].some((l) => l.stampOnly);
  // Once a document has speakers, a full name opening a paragraph once ("Jane Doe: …", "张伟：…") is one too, and so
  // is the surname of a speaker's full name ("WANJIRU:" after "GRACE WANJIRU, UNIVERSITY OF NAIROBI:").
  if (accepted.size > 0) {
    const surnames = new Set([...accepted.values()].map((l) => / (\S+)$/.exec(l.base)?.[1]).filter((w) => w !== undefined).map(foldWord));
    for (const [line, cand] of weak) {
      if (cand.stampOnly && !stampedSpeakers) continue;
      if (/^\p{Lu}[\p{L}'’-]+$/u.test(cand.base) && surnames.has(foldWord(cand.base))) {
        accepted.set(line, { ...cand, marker: null });
        continue;
      }
      // …but not the headline on the first line: said once, it names no one who speaks again.
      if (line === titleLine && HEADLINE_REST.test(cand.rest)) continue;
      const hanName = isHanName(cand.base, rules);
      if (LATIN_FULL_NAME.test(cand.base) || hanName || listedAbove(lines, line, cand.base) || outletAsks(lines, line, cand, candidates, accepted, rules)) {
        accepted.set(line, { ...cand, marker: null });
      }
    }
  }
  // A speech as sites print it: "秦华：" alone on its line once, over the paragraphs of the talk, the name said in the
  // introduction above it ("乖宝宠物董事长秦华发表了主题演讲"): the one speaker, whose talk runs on below.
  if (accepted.size === 0) {
    const lone = weak.filter(([, cand]) => !cand.rest && cand.colon && isHanName(cand.base, rules));
    const [line, cand] = lone[0] ?? [];
    if (lone.length === 1 && line !== undefined && cand && lines.slice(0, line).some((text) => text.includes(cand.base)) && lines.slice(line + 1).some((text) => text.trim())) {
      accepted.set(line, { ...cand, marker: null });
    }
  }
  // A press conference's "Q. (Sky Sports) Ange, how…" between named speakers' answers, with no "A.": a reporter's
  // question, narration of its own like "新华社记者：", never the last answer's words.
  if (!questionAndAnswer && [...accepted.values()].some((l) => !l.marker && !l.dotted)) {
    for (const [line, { cand }] of candidates) if (cand.dotted && cand.base === 'Q') accepted.set(line, { ...cand, marker: 'narration' });
  }
  dropIntroductions(accepted, rules);
  return accepted;
}

/** A short Han label that is no clause (第一财经, 晚点, 新浪科技), as outlets asking at a group interview are written. */
const OUTLET_LABEL = /^(?=.*\p{Script=Han})[\p{Script=Han}A-Za-z0-9]{2,8}$/u;
const CLAUSE_CHAR = /[的了是在你我他这那就都也说吗呢吧要会把被让对从]/u;

/**
 * "第一财经：有消息说理想投资了一家机器人公司？" once, at a group interview where another outlet asks under its own
 * name (新浪科技： twice, a label no surname opens and no role word is), the answer right below under a speaker's
 * label: one more outlet asking, a speaker like the one that asks twice, not the last answer's words.
 */
function outletAsks(
  lines: string[],
  line: number,
  cand: LabelCandidate,
  candidates: Map<number, { cand: LabelCandidate; paraStart: boolean }>,
  accepted: Map<number, SpeakerLabel>,
  rules: SegmentRules,
): boolean {
  const outletShaped = (base: string): boolean => OUTLET_LABEL.test(base) && !CLAUSE_CHAR.test(base) && !hasHanSurname(base, rules) && !roleOf(base, rules);
  if (!cand.colon || !outletShaped(cand.base)) return false;
  if (![...accepted.values()].some((l) => !l.marker && l.base !== cand.base && outletShaped(l.base))) return false;
  // The question: the label's line and the lines below it, down to a blank line, end with a question mark.
  let end = line;
  while (end + 1 < lines.length && lines[end + 1].trim()) end++;
  const asked = end === line ? cand.rest : lines[end];
  if (!/[？?]\s*$/u.test(asked)) return false;
  // The answer: the next paragraph opens with a label that speaks (accepted, or a person's name said once).
  let next = end + 1;
  while (next < lines.length && !lines[next].trim()) next++;
  const answer = candidates.get(next)?.cand;
  if (!answer) return false;
  const speaks = accepted.get(next);
  return speaks ? !speaks.marker && !outletShaped(speaks.base) : isHanName(answer.base, rules) || LATIN_FULL_NAME.test(answer.base);
}

/**
 * "墨染青衫客  网络作家，《长河》作者" in the guest list, then "墨染青衫客：…" once: a Han label no surname vouches for
 * (a pen name) opens a line above it as a list entry does, before spaces, a bracket or a comma.
 */
function listedAbove(lines: string[], line: number, base: string): boolean {
  if (!/^\p{Script=Han}{2,8}$/u.test(base)) return false;
  for (let i = 0; i < line; i++) {
    const entry = lines[i].trim();
    if (entry.startsWith(base) && /^(?:[ \t\u3000]|[（(，,])/u.test(entry.slice(base.length))) return true;
  }
  return false;
}

/**
 * "嘉宾：" alone on its line, then one guest a line ("臧永清（人民文学出版社社长）") down to a blank line: the list
 * the bare role word credits, its entries joined as one line's would be. A bulleted entry ("- 杨植麟，月之暗面创始人",
 * "- Thomas Wolf, Co-founder & Chief Science Officer, Hugging Face") counts by its name, before the first comma.
 */
function listBelow(lines: string[], line: number): string {
  const entries: string[] = [];
  for (let i = line + 1; i < lines.length && entries.length < 8; i++) {
    const entry = lines[i].trim();
    if (!entry || /[:：]/.test(entry)) break;
    const bullet = LIST_BULLET.exec(entry);
    entries.push(bullet ? entry.slice(bullet[0].length).split(/[，,]/)[0].trim() : entry);
  }
  return entries.join('、');
}
/** A Markdown list item's mark: "- ", "* ", "• ", "1. ". */
const LIST_BULLET = /^(?:[-*+•·]|\d{1,2}[.、)])\s*/u;

/** The marker a folded label is ("Operator", "新华社记者", "Question from X": segment.json markerLabels), if any. */
function markerOf(key: string, rules: SegmentRules): { kind: TurnKind } | undefined {
  return rules.markerLabels.get(key) ?? markerSuffix(key, rules) ?? markerPrefix(key, rules);
}

/** "新华社记者：": a marker word ending a longer label (segment.json markerLabels with "suffix"). */
function markerSuffix(key: string, rules: SegmentRules): SegmentRules['markerSuffixes'][number] | undefined {
  return key.length <= 14 ? rules.markerSuffixes.find((m) => key.length > m.word.length && key.endsWith(m.word)) : undefined;
}

/** "Question from Anonymous Attendee": a marker word opening a longer label (segment.json markerLabels with "prefix"). */
function markerPrefix(key: string, rules: SegmentRules): SegmentRules['markerPrefixes'][number] | undefined {
  return rules.markerPrefixes.find((m) => key.length > m.word.length + 1 && key.startsWith(`${m.word} `));
}

/** "记者（新华日报）" is "新华日报记者": a marker word with the paper, no name, in brackets after it. */
function outletReporter(label: string, rules: SegmentRules): SegmentRules['markerSuffixes'][number] | undefined {
  const bracketed = /^(\p{Script=Han}{1,4})[（(]([^（）()]{2,12})[）)]$/u.exec(label.trim());
  if (!bracketed || roleOf(label, rules)?.name) return undefined;
  return markerSuffix(foldWord(bracketed[2] + bracketed[1]), rules);
}

/**
 * "嘉宾：Sam Altman（OpenAI CEO）；主持人：陈静" introduces people rather than quoting them: a bare role word
 * whose text starts with the name of another speaker stays in the narration, where speakers.ts reads it.
 */
function dropIntroductions(accepted: Map<number, SpeakerLabel>, rules: SegmentRules): void {
  const names = new Set([...accepted.values()].filter((l) => !roleOf(l.base, rules)).map((l) => foldWord(l.base)));
  const bareRole = (l: SpeakerLabel): boolean => !l.marker && !!roleOf(l.base, rules) && !roleOf(l.base, rules)!.name;
  // Introductions stand before the talk: the first line where someone says more than a name.
  let talk = Infinity;
  for (const [line, label] of accepted) {
    if (label.marker || (bareRole(label) && introducesName(label.rest, rules))) continue;
    talk = line; // accepted keeps line order: the first such line is the bound
    break;
  }
  for (const [line, label] of accepted) {
    const role = roleOf(label.base, rules);
    if (!role || role.name || label.marker) continue;
    const first = label.rest.split(/[；;，,、|/]/)[0] ?? '';
    // Once the talk has begun, "主持人：张伟，你们公司…" addresses a guest by name: a turn, not an introduction.
    if (line < talk && first.length <= MAX_NAME && names.has(foldWord(baseOf(first)))) accepted.delete(line);
    else if (line < talk && introducesName(label.rest, rules)) accepted.delete(line); // "嘉宾：王小红，某某智能创始人"
  }
}

// "Welcome Ines Varga, the studio head at …" greets a guest: a greeting word opens no name. A Chinese name may have its
// romanisation after it ("周明远 Zhou Mingyuan (ZM), 创始人兼CEO").
const INTRO_LINE = new RegExp(
  String.raw`^([\p{Script=Han}·]{2,4}(?=[\s，,、（(|｜]|$)(?: \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}(?=[\s，,、（(|｜]|$))?|(?!(?:Welcome|Hello|Hi|Hey|Thanks|Thank|Please|Joining|Meet|Introducing|Today|Here|Our|My)\b)${LATIN_FULL_NAME_SOURCE})(?:\s*[，,、（(|｜][^。！？!?]{0,100})?$`,
  'u',
);

/**
 * "新京报记者  甘丽萍", "哈尔滨市文化广电和旅游局局长  王洪新、…": who they are, a space, and a Chinese name ending the
 * entry, as a header's credit or a guest list one guest a line (listBelow joins the lines with 、).
 */
const TITLED_INTRO = /^[\p{Script=Han}A-Za-z、/&]{2,24}?[ \t\u3000]+(\p{Script=Han}{2,4})(?:[、，,；;]|$)/u;

/**
 * "游戏葡萄主编周航", "新京报记者甘丽萍": an outlet or employer and a post written right before a Chinese name that ends
 * the line, no space between them.
 */
const GLUED_TITLED_INTRO = /^[\p{Script=Han}A-Za-z0-9]{2,16}?(?:总编辑|副主编|主编|主笔|编辑|记者|主播|主持人|制作人|创始人|合伙人|总裁|总经理|董事长|总监|研究员|分析师|CEO)(\p{Script=Han}{2,3})$/u;

/** A name, maybe with a short description and no sentence end ("王小红，某某智能创始人"): who the role is. */
function introducesName(rest: string, rules: SegmentRules): boolean {
  const match = INTRO_LINE.exec(rest.trim());
  const name = match?.[1];
  if (!name) {
    const titled = TITLED_INTRO.exec(rest.trim())?.[1] ?? GLUED_TITLED_INTRO.exec(rest.trim())?.[1];
    return titled !== undefined && isHanName(titled, rules);
  }
  if (!/\p{Script=Han}/u.test(name)) return true;
  if (name.length === 2 && name === match[0]) return false; // "嘉宾：谢谢" is a reply, "嘉宾：王磊，…" an introduction
  return hasHanSurname(name, rules);
}

/** A bolded question hard-wrapped over up to four lines ("**主持人：很长的问题⏎第二行？**"), rejoined and parsed. */
function wrappedBoldLabel(lines: string[], i: number): LabelCandidate | null {
  const first = lines[i];
  if (!/^ {0,3}\*\*/.test(first) || first.indexOf('**', first.indexOf('**') + 2) >= 0 || first.length > 400) return null;
  for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
    const line = lines[j].trimEnd();
    if (!line.trim() || line.length > 400) return null;
    const at = line.indexOf('**');
    if (at < 0) continue;
    if (at !== line.length - 2) return null;
    const cand = parseLabel(joinLines(lines.slice(i, j + 1), false));
    return cand?.wholeBold ? { ...cand, span: j - i } : null;
  }
  return null;
}

/**
 * A section heading written without # ("【从业经历】"), as a level-2 heading; not a role or marker word set so
 * ("【路透社记者】", "【答】" over the words: a label, parsed as one).
 */
function headingLine(line: string, rules: SegmentRules): { level: number; text: string } | null {
  if (line.length > 80) return null;
  for (const rule of rules.headingLines) {
    const match = rule.regex.exec(line);
    const text = match?.[1]?.trim();
    if (!text) continue;
    const key = foldWord(text);
    if (markerOf(key, rules) || rules.roles.has(key)) return null;
    return { level: 2, text };
  }
  return null;
}

/**
 * "CORPORATE PARTICIPANTS" over "Helen Okonkwo - Kestrel Semiconductor Corp. - Director of Investor Relations": a
 * few words in capitals opening a paragraph, over two or more entry lines, title the list under them (a section, not a
 * name). Over one such line it may be a header's first line ("POST-MATCH PRESS CONFERENCE⏎Premier League — …").
 */
function listTitle(lines: string[], i: number): { level: number; text: string } | null {
  const text = lines[i].trim();
  if (i > 0 && lines[i - 1].trim()) return null;
  return CAPS_SECTION.test(text) && isEntryLine((lines[i + 1] ?? '').trim()) && isEntryLine((lines[i + 2] ?? '').trim()) ? { level: 2, text } : null;
}

/**
 * "MR. OYELARAN: Objection, form.", "MS. ALBRECHT: Let's go off the record.": in a Q./A. record (a deposition, a trial
 * transcript) the lawyers' colloquy between the questions, an honorific and a surname in capitals, one line each.
 */
const COLLOQUY = /^(?:MR|MS|MRS|DR)\.? \p{Lu}[\p{Lu}'’-]+$/u;

/** "Dan Frey -- Chief Financial Officer", "David Motemaden -- Evercore ISI -- Analyst": a name, a spaced dash, who they are. */
const DASHED_TITLE = /^\p{Lu}[^—–-]{1,40}?\s(?:--?|—|–)\s\p{Lu}/u;

/** Two or three Chinese characters: a name's shape, whatever its surname. */
const HAN_NAME_SHAPE = /^\p{Script=Han}{2,3}$/u;

/** A name or role in capitals, one to four words ("INTERVIEWER", "TOMASZ NOWAK"). */
const CAPS_NAME = /^\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}$/u;

/** A line holding only a name, or a name and a dashed title ("Jane Doe -- Chief Executive Officer"). */
function nameLine(line: string): string | null {
  const text = line.trim();
  if (text.length > 90 || /[:：]/.test(text) || /[!?。！？…]$|[^A-Z]\.$/.test(text)) return null; // "Thank you." is speech
  const base = baseOf(cleanInline(text));
  return base && validShape(base) ? base : null;
}

/**
 * Call transcripts as sites publish them: the speaker's name alone on its line, a blank line, then their
 * paragraphs ("Operator⏎⏎Good afternoon…", "Jane Doe⏎⏎Thanks, operator."). Read only when no other label
 * was found. A name alone on its own paragraph is a speaker when it recurs so, or is a role or marker word
 * (Operator, Moderator), or the participants list names it ("Jane Doe - Chief Financial Officer" inside a
 * block); it needs two such speakers in the document, and words after it (not another name line).
 */
function aloneLabels(lines: string[], headings: Map<number, { level: number; text: string }>, rules: SegmentRules): Map<number, SpeakerLabel> {
  const blank = (i: number): boolean => i < 0 || i >= lines.length || !lines[i].trim() || headings.has(i);
  const alone = new Map<number, string>();
  const listed = new Set<string>();
  const counts = new Map<string, number>();
  // "Lex Fridman⏎(00:00:00) The following is…": the name alone, its words on the next line after a timestamp.
  const stamped = new Set<number>();
  const overWords = new Set<number>();
  // "Kofi Mensah⏎00:00:07 - 00:00:12⏎Right, and…": a full name over a time range is a speaker, even one who speaks once.
  const ranged = new Set<number>();
  // "阳萌⏎安克创新是我…": a Chinese name whose surname the rules do not know, over its words (read below).
  const unknownSurname = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    if (blank(i)) continue;
    const base = nameLine(lines[i]);
    if (!base) continue;
    const key = foldWord(base);
    if (blank(i - 1) && !blank(i + 1) && STAMPED_LINE.test(lines[i + 1])) stamped.add(i);
    // "INTERVIEWER⏎Why did you…", "TOMASZ NOWAK⏎Because…": a name in capitals over its words, as scripts set them.
    else if (blank(i - 1) && !blank(i + 1) && CAPS_NAME.test(base) && base === lines[i].trim()) stamped.add(i);
    // "Anna Schmidt⏎Morning Ravi.", "张伟⏎我觉得…": a full name over its words, as meeting exports set them (no
    // chapter titles above these: a short line over the first is the document's title).
    else if (blank(i - 1) && !blank(i + 1) && base === lines[i].trim() && (LATIN_FULL_NAME.test(base) || isHanName(base, rules))) {
      overWords.add(i);
      if (TIME_RANGE_LINE.test(lines[i + 1])) ranged.add(i);
    } else if (blank(i - 1) && !blank(i + 1) && base === lines[i].trim() && HAN_NAME_SHAPE.test(base)) unknownSurname.set(i, base);
    if (blank(i - 1) && (blank(i + 1) || stamped.has(i) || overWords.has(i))) {
      alone.set(i, base);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } else if (base !== lines[i].trim()) {
      listed.add(key); // an entry of a participants list: a name and its dashed title
    }
  }
  // "Abbe Goldstein -- Senior Vice President, Investor Relations" once, as call transcripts set every speaker (each
  // with who they are after a spaced dash): a speaker when another name set so speaks twice or more.
  const dashed = (i: number): boolean => lines[i].trim() !== alone.get(i) && DASHED_TITLE.test(lines[i].trim());
  const dashedLayout = [...alone.keys()].some((i) => dashed(i) && LATIN_FULL_NAME.test(alone.get(i)!) && (counts.get(foldWord(alone.get(i)!)) ?? 0) >= 2);
  const out = new Map<number, SpeakerLabel>();
  const speakers = new Set<string>();
  for (const [i, base] of alone) {
    let next = i + 1;
    while (next < lines.length && blank(next)) next++;
    if (next >= lines.length || alone.has(next)) continue; // a heading over a name line, or the document's end
    const key = foldWord(base);
    const marker = rules.markerLabels.get(key);
    const named = (LATIN_FULL_NAME.test(base) || isHanName(base, rules)) && ((counts.get(key) ?? 0) >= 2 || listed.has(key) || ranged.has(i) || (dashedLayout && dashed(i)));
    if (!marker && !named && !roleOf(base, rules)) {
      if (overWords.has(i) && HAN_NAME_SHAPE.test(base)) unknownSurname.set(i, base); // "王蕾⏎SHEIN是…" once: read below
      continue;
    }
    const label = lines[i].trim();
    out.set(i, { label, base, bold: false, colon: false, stampOnly: true, rest: '', marker: marker?.kind ?? null });
    if (!marker) speakers.add(key);
  }
  // A two- or three-character Chinese line over words is a speaker too when the document names them on another line
  // (a guest list: "阳萌 安克创新创始人"): a surname the rules do not know twice or more ("阳萌"), or a known one once
  // ("王蕾"), not a heading.
  // Decided once per name (the document is read once per name, not per line), before any of them is set.
  const times = new Map<string, number>();
  for (const base of unknownSurname.values()) times.set(base, (times.get(base) ?? 0) + 1);
  const namedElsewhere = new Set<string>();
  for (const [base, count] of times) {
    if ((count < 2 && !isHanName(base, rules)) || roleOf(base, rules) || rules.markerLabels.has(foldWord(base))) continue;
    if (lines.some((line, j) => !unknownSurname.has(j) && !out.has(j) && line.includes(base))) namedElsewhere.add(base);
  }
  for (const [i, base] of unknownSurname) {
    if (!namedElsewhere.has(base)) continue;
    out.set(i, { label: base, base, bold: false, colon: false, stampOnly: true, rest: '', marker: null });
    speakers.add(foldWord(base));
  }
  if (speakers.size < 2) return new Map();
  // A short line of its own above a timestamped speaker's name is a chapter title ("OpenAI board saga⏎⏎Lex Fridman⏎
  // (00:01:05) Take me through…"): the section of the turns below, not the last words of the turn above.
  for (let i = 0; i < lines.length; i++) {
    if (blank(i) || out.has(i) || !blank(i - 1) || !blank(i + 1)) continue;
    let next = i + 1;
    while (next < lines.length && blank(next)) next++;
    if (!stamped.has(next) || !out.has(next) || out.get(next)!.marker) continue;
    const text = cleanInline(lines[i].trim());
    if (text.length <= 80 && !/[.!?。！？…:：,，]$/.test(text)) headings.set(i, { level: 2, text });
  }
  return out;
}

/**
 * Interviews set with a heading over each turn ("### Felix Grant⏎⏎Ada, you ran product…⏎⏎### Ada Moreno⏎⏎Because…"):
 * read only when no other label was found. The headings below the title that are names or role words are speakers
 * when there are two or more of them and each heads at least two turns; a document's chapters that happen to be
 * named after people (one heading each) stay sections. The heading's line becomes the label, its paragraphs the turn.
 */
function headingLabels(headings: Map<number, { level: number; text: string }>, rules: SegmentRules): Map<number, SpeakerLabel> {
  const named = new Map<number, string>();
  const counts = new Map<string, number>();
  for (const [i, { level, text }] of headings) {
    if (level < 2) continue; // the document's title, or the rest of a wrapped heading (level 0)
    const base = baseOf(text.replace(/[:：]\s*$/, ''));
    if (!base || !(LATIN_FULL_NAME.test(base) || isHanName(base, rules) || roleOf(base, rules))) continue;
    named.set(i, base);
    counts.set(foldWord(base), (counts.get(foldWord(base)) ?? 0) + 1);
  }
  if (counts.size < 2 || [...counts.values()].some((n) => n < 2)) return new Map();
  const out = new Map<number, SpeakerLabel>();
  for (const [i, base] of named) {
    headings.delete(i);
    out.set(i, { label: base, base, bold: false, colon: false, stampOnly: true, rest: '', marker: null });
  }
  return out;
}

/** "Prepared Remarks:", "Questions & Answers:": a few capitalised words and a colon, nothing after it. */
const COLON_SECTION = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’-]*)){0,4}:$/u;
/** "MANAGEMENT DISCUSSION SECTION", "QUESTION AND ANSWER SECTION": a few words in capitals, nothing else. */
const CAPS_SECTION = /^\p{Lu}{2,}(?:[ &-]+\p{Lu}{2,}){0,5}$/u;

/**
 * "Applicant Presentation", "Open Public Hearing", "Questions to the Committee and Discussion", "Adjournment": a meeting
 * record's part in title case, two to eight words (small words between them in lower case), or one word that names an
 * act (-ment, -tion, -ing…); not a person's name ("Jane Doe") nor a reply ("Thank You").
 */
const TITLE_SECTION = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:and|of|the|to|for|in|on|with|a|an|&|\p{Lu}[\p{Ll}'’-]+)){1,7}$|^\p{Lu}\p{Ll}+(?:ment|tion|sion|ence|ance|ing|ess)$/u;
function titleSection(text: string): boolean {
  if (!TITLE_SECTION.test(text) || /^Thank(?:s| You)\b/.test(text)) return false;
  return !(LATIN_FULL_NAME.test(text) && knownFirstName(text.slice(0, text.indexOf(' '))));
}

/**
 * Call transcripts as sites print them name their parts on a line of their own ending in a colon ("Prepared
 * Remarks:", "Questions & Answers:") or in capitals ("QUESTION AND ANSWER SECTION"), right above a speaker's label:
 * such a line, alone between blank lines and no label itself, is the section of the turns below, not the last words
 * of the turn above.
 */
function colonSections(lines: string[], headings: Map<number, { level: number; text: string }>, labels: Map<number, SpeakerLabel>): void {
  const blank = (i: number): boolean => i < 0 || i >= lines.length || !lines[i].trim();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (headings.has(i) || labels.has(i) || !blank(i - 1) || !blank(i + 1)) continue;
    const name = COLON_SECTION.test(text) ? text.slice(0, -1) : CAPS_SECTION.test(text) || titleSection(text) ? text : null;
    if (name === null) continue;
    let next = i + 1;
    while (next < lines.length && blank(next)) next++;
    if (labels.has(next)) headings.set(i, { level: 2, text: name });
  }
}

/**
 * "一、汪玉成发言", "（二）安吉县委副书记黄志强讲话", "3. 郭红东教授发言": a meeting's minutes head each speaker's words with
 * a numbered line naming them (after their post, if any) and the word for a speech.
 */
const SPEECH_HEADING =
  new RegExp(String.raw`^\s*${NUMBER_MARK_SOURCE}\s*[^\s，,。：:]{0,20}?\s*(\p{Script=Han}{2,3})(?:同志|教授|书记|主任|局长|老师|先生|女士)?的?(?:发言|讲话|致辞)(?:摘要|要点|内容)?\s*[:：]?\s*$`, 'u');

/** The speaker a minutes' numbered speech heading names, or null. */
function speechHeading(line: string, rules: SegmentRules): string | null {
  const name = SPEECH_HEADING.exec(line)?.[1];
  return name && isHanName(name, rules) ? name : null;
}

/** "二、关于区域医疗中心", "（三）出海", "第二部分 资本": a Chinese section number and a short title, no sentence in it. */
const NUMBERED_HAN_SECTION = new RegExp(String.raw`^(?:${HAN_NUMBER_MARK_SOURCE}|第${HAN_COUNT_SOURCE}(?:部分|章|节)[、\s]?)\s*([^。！？!?：:；;，,]{2,30})$`, 'u');

/**
 * A Chinese article's numbered section title ("二、关于区域医疗中心") on its own line right above a speaker's label,
 * blank lines or not: the section of the turns below, not the last words of the answer above.
 */
function numberedSections(lines: string[], headings: Map<number, { level: number; text: string }>, labels: Map<number, SpeakerLabel>): void {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (headings.has(i) || labels.has(i) || !NUMBERED_HAN_SECTION.test(text)) continue;
    let next = i + 1;
    while (next < lines.length && !lines[next].trim()) next++;
    if (labels.has(next)) headings.set(i, { level: 2, text });
  }
}

/**
 * "A: (Tan) Sure, …": a bare role word whose words open with a person's name in brackets is that person speaking
 * ("A (Tan)", as if written so), the brackets no part of their words.
 */
function bracketedNames(labels: Map<number, SpeakerLabel>, lines: string[], rules: SegmentRules): void {
  let text: string | null = null;
  for (const [i, label] of labels) {
    if (label.marker || !/^[(\[]/.test(label.rest)) continue;
    const role = roleOf(label.base, rules);
    if (!role || role.name) continue;
    const named = bracketedAnswerer(label.rest, (text ??= lines.join('\n')), rules);
    if (named) labels.set(i, { ...label, label: `${label.label} (${named.name})`, rest: named.rest });
  }
}

/** Cut the transcript's lines into headings and paragraphs. Linear in the text. */
/**
 * Markdown blockquote markers at a line's start ("> ", ">", nested "> > " / ">> "). Broadcast transcripts open each
 * speaker's turn with ">>" (">> JAKE TAPPER, CNN HOST: …"): the marker is no part of the label or the text.
 */
const BLOCKQUOTE = /^ {0,3}(?:> ?)+/;
/** ">> so Arjun first question": a caption export's mark of a new speaker at a line's start. */
const SPEAKER_CHANGE = /^ {0,3}>>(?![ >]*>)/;

/**
 * Lines where a caption export's ">>" marks a new speaker (YouTube's captions name no one): each opens a paragraph of
 * its own, so that one speaker's words do not run into the next one's. Only where some ">>" line goes on into a line
 * with no marker, as captions wrap; a nested Markdown quote marks every line of itself.
 */
function speakerChanges(quoted: string[]): Set<number> {
  const marked = new Set<number>();
  let wraps = false;
  quoted.forEach((line, i) => {
    if (SPEAKER_CHANGE.test(line)) marked.add(i);
    else if (line.trim() && !/^ {0,3}>/.test(line) && marked.has(i - 1)) wraps = true;
  });
  return wraps ? marked : new Set();
}

export function toUnits(quoted: string[], rules: SegmentRules): Unit[] {
  // "> 编者按：…" and its hard-wrapped "> …" lines: a Markdown blockquote's marker is no part of the text.
  const lines = quoted.map((line) => (BLOCKQUOTE.test(line) ? line.replace(BLOCKQUOTE, '') : line));
  const headings = new Map<number, { level: number; text: string }>();
  const candidates = new Map<number, { cand: LabelCandidate; paraStart: boolean }>();
  const speeches: number[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || !line.trim()) continue;
    const heading = parseHeading(line) ?? headingLine(line, rules) ?? listTitle(lines, i);
    if (heading) {
      headings.set(i, heading);
      // A heading line in capitals wrapped onto the next ones ("STATEMENT OF SAMUEL ALTMAN, …, SAN⏎FRANCISCO,
      // CALIFORNIA"): they are the rest of it.
      while (heading.level === 2 && CAPITALS_LINE.test(lines[i + 1] ?? '') && CAPITALS_LINE.test(heading.text)) {
        heading.text = `${heading.text} ${lines[++i].trim()}`;
        headings.set(i, { level: 0, text: '' });
      }
      continue;
    }
    const speaker = speechHeading(line, rules);
    if (speaker) {
      speeches.push(i);
      candidates.set(i, { cand: { label: speaker, base: speaker, bold: false, colon: false, stampOnly: true, rest: '', formal: true }, paraStart: true });
      continue;
    }
    const cand = parseLabel(line) ?? wrappedBoldLabel(lines, i);
    if (cand) candidates.set(i, { cand, paraStart: i === 0 || !lines[i - 1].trim() || headings.has(i - 1) });
    if (cand?.span) i += cand.span;
  }
  // One "一、汪玉成发言" is a numbered point; two or more are a meeting's minutes, each speaker over their words.
  if (speeches.length < 2) for (const i of speeches) candidates.delete(i);
  const labels = acceptLabels(candidates, rules, lines.findIndex((line) => line.trim()), lines);
  if (labels.size === 0) for (const [line, label] of aloneLabels(lines, headings, rules)) labels.set(line, label);
  if (labels.size === 0) for (const [line, label] of headingLabels(headings, rules)) labels.set(line, label);
  bracketedNames(labels, lines, rules);
  colonSections(lines, headings, labels);
  numberedSections(lines, headings, labels);
  const units: Unit[] = [];
  const changes = speakerChanges(quoted);
  let para: Extract<Unit, { type: 'para' }> | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = headings.get(i);
    if (changes.has(i)) para = null;
    if (!line.trim()) {
      para = null;
    } else if (heading) {
      para = null;
      if (heading.level > 0) units.push({ type: 'heading', level: heading.level, text: heading.text, line: i });
    } else if (labels.has(i)) {
      const label = labels.get(i)!;
      para = { type: 'para', label, lines: label.rest ? [label.rest] : [], line: i };
      units.push(para);
      if (label.span) i += label.span;
      if (label.wholeBold) para = null; // a bolded question: the plain lines after it are the answer
    } else if (!para && (THEMATIC_BREAK.test(line) || isBoldQuestion(line))) {
      // "---" after a blank line is a rule, not part of the text below it; a bolded question stands alone.
      units.push({ type: 'para', label: null, lines: [line], line: i });
    } else if (para) {
      para.lines.push(line);
    } else {
      para = { type: 'para', label: null, lines: [line], line: i };
      if (changes.has(i)) para.caption = true;
      units.push(para);
    }
  }
  assignAnswers(units, rules);
  if (changes.size) captionSpeakers(units, rules);
  return units;
}
