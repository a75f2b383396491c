// Open discovery in Chinese text: names the tagger marks (nr/ns/nt/nz) kept only when a cue or a rule
// vouches for them (数学家X, X政府, X研究所, 《X》, surname + given name, transliterated foreign names).
import type { Cues, CueRule } from './cues.ts';
import type { Candidate } from './candidate.ts';
import type { Token } from './jieba.ts';

const HAN_ONLY = /^\p{Script=Han}+$/u;
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
const NAMEABLE_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt', 'nz', 'j']);
const CONCEPT_MODIFIER_TAGS = new Set(['n', 'vn', 'm', 'nz', 'b', 'l', 'v']);

interface CueIndex {
  stop: Set<string>;
  surnames: Set<string>;
  translit: Set<string>;
  conceptHeads: Set<string>;
}

const indexes = new WeakMap<Cues, CueIndex>();
function index(cues: Cues): CueIndex {
  let ix = indexes.get(cues);
  if (!ix) {
    ix = {
      stop: new Set(cues.zhNameStoplist.words),
      surnames: new Set(cues.zhSurnames.words),
      translit: new Set(cues.transliterationChars.words),
      conceptHeads: new Set(cues.zhConceptHeads.words),
    };
    indexes.set(cues, ix);
  }
  return ix;
}

/** The prefix rule whose cue word the text ends with right before `at` (spaces skipped). */
export function prefixCue(text: string, at: number, rules: CueRule[]): CueRule | null {
  const before = text.slice(Math.max(0, at - 12), at).replace(/\s+$/, '');
  for (const rule of rules) if (rule.words.some((w) => before.endsWith(w))) return rule;
  return null;
}

/** The suffix rule and the matched cue word right after `at` (one space allowed), longest cue first. */
export function suffixCue(text: string, at: number, rules: CueRule[]): { rule: CueRule; end: number } | null {
  const gap = text[at] === ' ' ? 1 : 0;
  const after = text.slice(at + gap, at + gap + 12);
  let best: { rule: CueRule; end: number; len: number } | null = null;
  for (const rule of rules) {
    for (const w of rule.words) {
      if (after.startsWith(w) && (!best || w.length > best.len)) best = { rule, end: at + gap + w.length, len: w.length };
    }
  }
  return best && { rule: best.rule, end: best.end };
}

export function discoverChinese(text: string, tokens: Token[], cues: Cues): Candidate[] {
  const ix = index(cues);
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!NAMEABLE_TAGS.has(t.tag) || !HAN_ONLY.test(t.word) || t.word.length < 2 || ix.stop.has(t.word)) continue;
    const suffix = suffixCue(text, t.end, cues.suffix);
    const prefix = prefixCue(text, t.start, cues.prefix);
    if (suffix?.rule.include) {
      out.push({ start: t.start, end: suffix.end, type: suffix.rule.type, canonical: null, source: 'discovery', reason: suffix.rule.reason, priority: 1 });
      continue;
    }
    const cue = prefix ?? suffix?.rule ?? null;
    if (cue) {
      out.push({ start: t.start, end: t.end, type: cue.type, canonical: null, source: 'discovery', reason: cue.reason, priority: 1 });
      continue;
    }
    if (NAME_TAGS.has(t.tag)) {
      const chars = [...t.word];
      if (chars.length <= 3 && (ix.surnames.has(chars[0]) || ix.surnames.has(chars.slice(0, 2).join('')))) {
        out.push({ start: t.start, end: t.end, type: 'person', canonical: null, source: 'discovery', reason: `${cues.zhSurnames.reason} (${t.word})`, priority: 0 });
      } else if (chars.length >= 3 && chars.every((c) => ix.translit.has(c))) {
        out.push({ start: t.start, end: t.end, type: 'person', canonical: null, source: 'discovery', reason: cues.transliterationChars.reason, priority: 0 });
      }
    } else if (t.tag === 'nt') {
      out.push({ start: t.start, end: t.end, type: 'organization', canonical: null, source: 'discovery', reason: 'the tagger marks an organization name (nt)', priority: 0 });
    }
  }
  out.push(...discoverWorks(text), ...discoverConcepts(tokens, ix));
  return out;
}

/** 《X》 names a book, film, paper or programme. */
function discoverWorks(text: string): Candidate[] {
  const out: Candidate[] = [];
  const re = /《([^《》\n]{1,40})》/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index + 1, end: m.index + 1 + m[1].length, type: 'work', canonical: null, source: 'discovery', reason: '《X》 names a work', priority: 1 });
  }
  return out;
}

/** A short noun compound ending in a concept head (五级框架, 摩尔定律) is a key topic. */
function discoverConcepts(tokens: Token[], ix: CueIndex): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    const mod = tokens[k - 1];
    if (!ix.conceptHeads.has(head.word) || mod.end !== head.start) continue;
    if (!CONCEPT_MODIFIER_TAGS.has(mod.tag) || !HAN_ONLY.test(mod.word) || mod.word.length < 2 || mod.word.length > 3) continue;
    out.push({ start: mod.start, end: head.end, type: 'concept', canonical: null, source: 'discovery', reason: `a noun compound ending in ${head.word} names a topic`, priority: 0 });
  }
  return out;
}
