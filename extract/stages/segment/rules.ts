// The ingestion rules of extract/data/segment.json, validated and compiled once: role words, marker and prose
// labels, metadata keys, trailing headings, boilerplate and pull-quote patterns, speaker introductions, bylines.
import data from '../../data/segment.json' with { type: 'json' };
import type { TurnKind } from '../../../src/model.ts';
import { alternation } from '../../regex.ts';

export type Role = 'host' | 'guest';

export interface Rule {
  reason: string;
}
export interface PatternRule extends Rule {
  regex: RegExp;
  /** A paragraph matching it after the last turn starts the trailing boilerplate. */
  tail: boolean;
  /** A paragraph matching it starts the trailing boilerplate wherever it stands (--END--). */
  strong: boolean;
}
export interface IntroRule extends Rule {
  regex: RegExp;
  role: Role;
  /** Also read in the document title ("对话张三：…", "An interview with Jane Doe"). */
  title: boolean;
  /** Presents today's guests: every name of a list after it is one ("A, CEO of X, and B", "A和B"), and whoever says it hosts. */
  list: boolean;
}
export interface BylineRule extends IntroRule {
  /** Read only among other credits (来源：… / 对话：X / 编辑：…), where the word cannot name the guest. */
  creditsOnly: boolean;
}

export interface SegmentRules {
  /** Lower-cased role word → role. */
  roles: Map<string, { role: Role; word: string } & Rule>;
  markerLabels: Map<string, { kind: TurnKind } & Rule>;
  /** Marker words that end a longer label ("新华社记者" for 记者): the label is that marker. */
  markerSuffixes: Array<{ word: string; kind: TurnKind } & Rule>;
  /** Marker words opening a longer label ("Question from Anonymous Attendee"): segment.json markerLabels with "prefix". */
  markerPrefixes: Array<{ word: string; kind: TurnKind } & Rule>;
  proseLabels: Map<string, Rule>;
  /** Words labelling someone asking from the floor, case-folded: with a name in brackets, that person speaks. */
  askerLabels: Set<string>;
  metadataKeys: Map<string, Rule>;
  trailingHeadings: Map<string, Rule>;
  /** Whole lines that head a section without Markdown's # (【从业经历】); group 1 is the section's name. */
  headingLines: ({ regex: RegExp } & Rule)[];
  boilerplate: PatternRule[];
  pullQuotes: PatternRule[];
  introductions: IntroRule[];
  /** Credit lines and bylines naming the interviewer (采访：程曼祺, Interview by Jane Doe); group 1 is the name. */
  bylines: BylineRule[];
  /** "I'm Hannah Kim": how a speaker labelled only by a role word names themselves. */
  selfIntroductions: { regex: RegExp; reason: string }[];
  /** Bolded questions with plain answers: implied labels by language, and the answer word for a question word. */
  boldQuestions: { host: Record<'zh' | 'en', string>; guest: Record<'zh' | 'en', string>; answers: Map<string, string>; minQuestions: number };
  /** Paragraphs after the last turn that are the editor's, not the last speaker's ("本文根据…整理"). */
  closingNotes: PatternRule[];
  /** Titles written before a surname ("Secretary Raimondo"), case-folded: never a first name. */
  nameTitles: Set<string>;
  /** Common Chinese surnames (one or two characters). */
  surnames: Set<string>;
  /** What follows a surname instead of the given name in a label (赵总, 王老师). */
  hanHonorifics: Set<string>;
  /** Sponsor reads inside a speaker's paragraph: the cues that open and close them, and their longest run (sponsors.ts). */
  sponsorReads: {
    /** A word every opening cue holds: a paragraph without one has no read. */
    anchor: RegExp;
    openings: ({ regex: RegExp; announces: boolean } & Rule)[];
    returns: ({ regex: RegExp } & Rule)[];
    maxChars: number;
  };
}

/**
 * A person's name after a role word: 1–4 capitalised Latin words (no Han character in them: "Kyutai首席执行官" is
 * Kyutai and a title), maybe after titles written with a period ("Dr. Jane Doe", stripped by names.ts
 * withoutTitles), or 2–4 Han characters ending at a boundary: a
 * punctuation mark, 和/与/及, or a verb the name is the subject of (主持人刘思琪邀请了…, 嘉宾王哲表示…).
 */
export const NAME_PATTERN =
  `((?:(?:${alternation(data.nameTitles.words.filter((w) => w.endsWith('.')))})[ \\u00a0])*` + // "Dr. Jane Doe": titles.ts-free read of a dotted title
  "\\p{Lu}(?:\\.|(?:(?!\\p{Script=Han})[\\p{L}\\p{M}'’\\-])+)(?:[ \\u00a0]\\p{Lu}(?:\\.|(?:(?!\\p{Script=Han})[\\p{L}\\p{M}'’\\-])+)){0,3}|[\\p{Script=Han}·]{2,4}(?=[（(，,。:：、；;\\s]|和|与|及|邀请|请到|请来|表示|介绍|主持|带来|对话|分享|认为|$))";

/**
 * "财经记者", "游戏葡萄 主编 ", "中芯国际联席CEO": an outlet or company and a job title before a name, optional
 * (introductions' TITLED, right before NAME).
 */
const TITLED_PATTERN = `(?:[\\p{Script=Han}A-Za-z ]{0,12}?(?:${alternation(data.titlesBeforeName.words)})\\s*)?`;
/** "张小泉股份有限公司总经理", "Kyutai首席执行官": a company (up to 16 characters) and a job title, required (introductions' JOBTITLE). */
const JOB_TITLE_PATTERN = `[\\p{Script=Han}A-Za-z ]{1,16}?(?:${alternation(data.titlesBeforeName.words)})\\s*`;

/** Any short name up to a separator ("AI前哨站", "周予安"), for explicit mappings such as "Q 为 X". */
export const ANY_NAME_PATTERN = '([^，,。；;、）)\\s]{2,20})';

const fold = (word: string): string => word.normalize('NFKC').toLowerCase();
/** segment.json's soundCues as one alternation ("laughter|applause|…|笑|掌声"), longest first, for patterns and labels. */
export const SOUND_CUES = alternation(data.soundCues.words);
/** segment.json's nameTitles as written ("Dr", "Dr.", "Prof."): the words that are a title before a name. */
export const NAME_TITLE_WORDS: readonly string[] = data.nameTitles.words;

/** segment.json's tableColumns: header cells naming a table transcript's speaker column and words column. */
export const TABLE_COLUMNS: { speaker: ReadonlySet<string>; text: ReadonlySet<string> } = {
  speaker: new Set(data.tableColumns.speaker),
  text: new Set(data.tableColumns.text),
};

/** segment.json's surnames (one or two characters), for line shapes read before the rules are loaded. */
export const SURNAMES: Set<string> = new Set(data.surnames.words);

/** The role words of speaker labels as written ("主持人", "Host"), for label shapes read before the rules are loaded. */
export const ROLE_WORDS: readonly string[] = data.roles.map((r) => r.word);

/** segment.json's askerLabels as written ("Audience Member", "Caller"), for label shapes read before the rules are loaded. */
export const ASKER_WORDS: readonly string[] = data.askerLabels.words;

function wordMap<T extends { word: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [fold(item.word), item]));
}

function compile(pattern: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(pattern, flags.includes('u') ? flags : flags + 'u');
  } catch (error) {
    throw new Error(`turngraph segment: bad pattern in segment.json ${where}: ${(error as Error).message}`);
  }
}

function build(): SegmentRules {
  return {
    roles: wordMap(data.roles.map((r) => ({ ...r, role: r.role as Role }))),
    markerLabels: wordMap(data.markerLabels.filter((r) => !('suffix' in r && r.suffix) && !('prefix' in r && r.prefix)).map((r) => ({ ...r, kind: r.kind as TurnKind }))),
    markerSuffixes: data.markerLabels.filter((r) => 'suffix' in r && r.suffix).map((r) => ({ ...r, word: fold(r.word), kind: r.kind as TurnKind })),
    markerPrefixes: data.markerLabels.filter((r) => 'prefix' in r && r.prefix).map((r) => ({ ...r, word: fold(r.word), kind: r.kind as TurnKind })),
    proseLabels: wordMap(data.proseLabels),
    askerLabels: new Set(data.askerLabels.words.map(fold)),
    metadataKeys: wordMap(data.metadataKeys),
    trailingHeadings: wordMap(data.trailingHeadings),
    headingLines: data.headingLines.map((r, i) => ({ reason: r.reason, regex: compile(r.pattern.replace('SOUND_CUES', SOUND_CUES), r.flags, `headingLines[${i}]`) })),
    boilerplate: data.boilerplatePatterns.map((r, i) => ({
      reason: r.reason,
      tail: r.tail,
      strong: 'strong' in r && r.strong === true,
      regex: compile(r.pattern, r.flags, `boilerplatePatterns[${i}]`),
    })),
    pullQuotes: data.pullQuotes.map((r, i) => ({ reason: r.reason, tail: false, strong: false, regex: compile(r.pattern, r.flags, `pullQuotes[${i}]`) })),
    surnames: SURNAMES,
    hanHonorifics: new Set(data.hanHonorifics.words),
    nameTitles: new Set(data.nameTitles.words.map(fold)),
    boldQuestions: {
      host: data.boldQuestions.host,
      guest: data.boldQuestions.guest,
      answers: new Map(data.boldQuestions.answers.map((a) => [fold(a.question), a.answer])),
      minQuestions: data.boldQuestions.minQuestions,
    },
    closingNotes: data.closingNotes.map((r, i) => ({ reason: r.reason, tail: true, strong: false, regex: compile(r.pattern, r.flags, `closingNotes[${i}]`) })),
    selfIntroductions: data.selfIntroductions.map((r, i) => ({
      reason: r.reason,
      regex: compile(r.pattern.replace('NAME', NAME_PATTERN), '', `selfIntroductions[${i}]`),
    })),
    introductions: data.introductions.map((r, i) => ({
      reason: r.reason,
      role: r.role as Role,
      title: 'title' in r && r.title === true,
      list: 'list' in r && r.list === true,
      regex: compile(r.pattern.replace('TITLED', TITLED_PATTERN).replace('JOBTITLE', JOB_TITLE_PATTERN).replace('NAME', NAME_PATTERN).replace('ANY', ANY_NAME_PATTERN), 'g', `introductions[${i}]`),
    })),
    sponsorReads: {
      anchor: compile(data.sponsorReads.anchor, 'i', 'sponsorReads.anchor'),
      openings: data.sponsorReads.openings.map((r, i) => ({
        reason: r.reason,
        announces: 'announces' in r && r.announces === true,
        regex: compile(r.pattern, 'gi', `sponsorReads.openings[${i}]`),
      })),
      returns: data.sponsorReads.returns.map((r, i) => ({ reason: r.reason, regex: compile(r.pattern, 'gi', `sponsorReads.returns[${i}]`) })),
      maxChars: data.sponsorReads.maxChars,
    },
    bylines: data.bylines.map((r, i) => ({
      reason: r.reason,
      role: 'host' as Role,
      title: false,
      list: false,
      creditsOnly: r.creditsOnly,
      regex: compile(r.pattern.replace('NAME', NAME_PATTERN), 'gm', `bylines[${i}]`),
    })),
  };
}

/** The bundled rules, compiled on first use. */
let cached: SegmentRules | null = null;
export function segmentRules(): SegmentRules {
  cached ??= build();
  return cached;
}

export { fold as foldWord };
