// Standards: a standards body and a number (ISO 9001, ISO9001, ISO/IEC 42001, GB/T 45001, SOC 2 Type II) name one
// written norm, typed work and written one way, instead of a product code (ISO9001) and an organization "ISO"; so do
// filings (Form 10-K, Schedule 13D) instead of an organization "Form".
import { escapeRegex as escape, allMatches } from '../../regex.ts';
import type { Cues } from './cues.ts';
import type { Candidate } from './candidate.ts';

const compiled = new WeakMap<Cues, RegExp>();

function pattern(cues: Cues): RegExp {
  let re = compiled.get(cues);
  if (!re) {
    const bodies = [...cues.standardBodies.words].sort((a, b) => b.length - a.length).map(escape).join('|');
    re = new RegExp(`(?<![A-Za-z0-9/])(${bodies})[ -]?(\\d{1,6}(?:[-.:]\\d+)*)(?:\\s+Type\\s+(?:II|I|1|2)\\b)?(?![A-Za-z0-9])`, 'g');
    compiled.set(cues, re);
  }
  return re;
}

/** Every standard the text names, canonical "BODY NUMBER" (ISO9001 and ISO 9001 are one). */
export function findStandards(text: string, cues: Cues): Candidate[] {
  const out: Candidate[] = [];
  const re = pattern(cues);
  for (const m of allMatches(re, text)) {
    // "32 GB 2根": a short number is a standard only after SOC (SOC 1, SOC 2); standards elsewhere have three digits or more.
    if (m[1] !== 'SOC' && /^\d{1,2}(?![\d])/.test(m[2])) continue;
    const rest = m[0].slice(m[1].length).replace(/^[ -]/, '').replace(/\s+/g, ' ');
    out.push({ start: m.index, end: m.index + m[0].length, type: 'work', canonical: `${m[1]} ${rest}`, source: 'discovery', reason: cues.standardBodies.reason, priority: 3 });
  }
  return out;
}

const filingPatterns = new WeakMap<Cues, RegExp>();

/** Every filing the text names (Form 10-K, Form S-1, Schedule 13D, Form W-2): a document prefix and a form code. */
export function findFilings(text: string, cues: Cues): Candidate[] {
  let re = filingPatterns.get(cues);
  if (!re) {
    const prefixes = cues.enDocumentPrefixes.words.map(escape).join('|');
    // A code holds a digit: 10-K, 8-K, 20-F, 13F, S-1, W-2, 1040 (not "Form A", "Schedule Two").
    re = new RegExp(`(?<![A-Za-z0-9])(${prefixes}) ((?:\\d+[A-Z]?(?:-[A-Z0-9]+)?|[A-Z]{1,2}-\\d+[A-Z]?))(?![A-Za-z0-9-])`, 'g');
    filingPatterns.set(cues, re);
  }
  const out: Candidate[] = [];
  for (const m of allMatches(re, text)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: 'work', canonical: `${m[1]} ${m[2]}`, source: 'discovery', reason: cues.enDocumentPrefixes.reason, priority: 3 });
  }
  return out;
}
