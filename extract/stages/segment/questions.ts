// Articles that bold each question (`**主持人：……？**`, `**Q: …**`, or a bolded question with no label) and
// leave the answers as plain paragraphs: the answers get the other speaker's label, implied, not the host's.
import { classifyBoilerplate, isPullQuote } from './boilerplate.ts';
import { roleOf } from './roles.ts';
import { foldWord, type SegmentRules } from './rules.ts';
import { cjkShare, cleanInline } from './text.ts';
import type { SpeakerLabel, Unit } from './units.ts';

type Para = Extract<Unit, { type: 'para' }>;

const BOLD_LINE = /^\s{0,3}\*\*[^*]{2,400}\*\*\s*$/;
const QUESTION_END = /[?？][）)」”"]?\s*\*\*\s*$/;
/** A whole line in italics, as magazines set their questions: "*How did Ember start?*", "_Why now?_". */
const ITALIC_QUESTION = /^\s{0,3}([*_])(?![*_\s])[^*_]{2,400}[?？][）)」”"]?\1\s*$/;

/**
 * A whole line in bold or italics that ends with a question mark ("**你怎么看开源？**", "*Who publishes you now?*"): a
 * question with no label.
 */
export function isBoldQuestion(line: string): boolean {
  return line.length < 420 && ((BOLD_LINE.test(line) && QUESTION_END.test(line)) || ITALIC_QUESTION.test(line));
}

function implied(label: string): SpeakerLabel {
  return { label, base: label, bold: false, colon: false, stampOnly: false, rest: '', marker: null, implied: true };
}

/** hostOnly: every label in the document is a bare host role ("Q:", "主持人：") and no one else is labelled. */
const isQuestion = (u: Unit, hostOnly: boolean): boolean =>
  u.type === 'para' &&
  (u.label ? (!!u.label.wholeBold || hostOnly) && !u.label.marker && !u.label.implied : u.lines.length === 1 && isBoldQuestion(u.lines[0]));

function onlyHostLabels(units: Unit[], rules: SegmentRules): boolean {
  let any = false;
  for (const u of units) {
    if (u.type !== 'para' || !u.label || u.label.marker) continue;
    const role = roleOf(u.label.base, rules);
    if (!role || role.role !== 'host' || role.name) return false;
    any = true;
  }
  return any;
}

/** The paragraph right after a question that opens its answer: plain, unlabelled, no boilerplate. */
function answerAt(units: Unit[], i: number, rules: SegmentRules, hostOnly: boolean): Para | null {
  const next = units[i + 1];
  if (!next || next.type !== 'para' || next.label || isQuestion(next, hostOnly)) return null;
  const raw = next.lines.map((l) => l.trim()).filter(Boolean);
  if (!raw.length || raw.join('').length > 20000) return raw.length ? next : null;
  const text = cleanInline(raw.join(' '));
  if (classifyBoilerplate(next.lines, raw.join('\n'), rules) || isPullQuote(text, rules)) return null;
  return next;
}

/** The label the answers get: the one other speaker written in the transcript, else the question's counterpart. */
function answerLabel(units: Unit[], questions: Para[], rules: SegmentRules): string {
  const asked = new Set(questions.map((q) => (q.label ? foldWord(q.label.base) : '')));
  const others = new Map<string, string>();
  for (const u of units) {
    if (u.type !== 'para' || !u.label || u.label.marker || u.label.wholeBold) continue;
    const key = foldWord(u.label.base);
    if (!asked.has(key) && !others.has(key)) others.set(key, u.label.label);
  }
  if (others.size === 1) return [...others.values()][0];
  const first = questions[0];
  const word = first.label ? roleOf(first.label.base, rules) : null;
  const answer = word && !word.name ? rules.boldQuestions.answers.get(foldWord(word.word)) : undefined;
  if (answer) return answer;
  return rules.boldQuestions.guest[languageOf(questions)];
}

function languageOf(questions: Para[]): 'zh' | 'en' {
  return cjkShare(questions.slice(0, 8).flatMap((q) => q.lines)) >= 0.3 ? 'zh' : 'en';
}

/**
 * Give the plain paragraph after each bolded question the answer label. Labelled questions need the label to be
 * a speaker already (role word or recurrence); unlabelled ones count only when the document has no other
 * speaker labels. Either way at least `minQuestions` questions must be followed by a plain answer.
 */
export function assignAnswers(units: Unit[], rules: SegmentRules): void {
  const { minQuestions } = rules.boldQuestions;
  // "Q: …" or "主持人：…" labels with nobody else labelled: the plain paragraphs after them are answers too.
  const hostOnly = onlyHostLabels(units, rules);
  const speakers = units.some((u) => u.type === 'para' && u.label && !u.label.marker && !u.label.wholeBold && !hostOnly);
  const questions = units.filter((u, i): u is Para => u.type === 'para' && isQuestion(u, hostOnly) && (u.label !== null || !speakers) && answerAt(units, i, rules, hostOnly) !== null);
  if (questions.length < minQuestions) return;
  const answer = answerLabel(units, questions, rules);
  const host = rules.boldQuestions.host[languageOf(questions)];
  // "**Your contract with Deutsche Grammophon was renewed this year.**": once bolded questions are the layout, a bolded
  // statement after the first of them prompts the answer below it as they do.
  const first = units.indexOf(questions[0]);
  const prompt = (u: Unit, i: number): boolean =>
    !speakers && i > first && u.type === 'para' && !u.label && u.lines.length === 1 && u.lines[0].length <= 240 && BOLD_LINE.test(u.lines[0]) && answerAt(units, i, rules, hostOnly) !== null;
  units.forEach((u, i) => {
    if (u.type !== 'para' || !(isQuestion(u, hostOnly) || prompt(u, i)) || (!u.label && speakers)) return;
    if (!u.label) u.label = implied(host);
    const next = answerAt(units, i, rules, hostOnly);
    if (next) next.label = implied(answer);
  });
}
