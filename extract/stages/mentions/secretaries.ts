// US cabinet titles that name a department without the word "Department": "Commerce Secretary Howard Lutnick",
// "Secretary of the Interior Deb Haaland" — the portfolio word is the department, the name after it its head.
import type { Candidate } from './candidate.ts';
import type { Word } from './latinshapes.ts';

/** A portfolio (its words as written) → the department's name; the lexicon's label where it has one. */
const DEPARTMENTS = new Map<string, string>([
  ['Commerce', 'Department of Commerce'],
  ['Treasury', 'Treasury Department'],
  ['Defense', 'Department of Defense'],
  ['Labor', 'Department of Labor'],
  ['Energy', 'Department of Energy'],
  ['Agriculture', 'Department of Agriculture'],
  ['Interior', 'Department of the Interior'],
  ['Education', 'Department of Education'],
  ['Transportation', 'Department of Transportation'],
  ['State', 'State Department'],
  ['Homeland Security', 'Department of Homeland Security'],
  ['Veterans Affairs', 'Department of Veterans Affairs'],
]);
/**
 * Portfolios a title may put before "Secretary" and still be read as American: Energy, Education, Health and State
 * Secretaries are British titles too (Education Secretary Bridget Phillipson), and the UK spells Defence, Transport.
 */
const BEFORE_SECRETARY = new Set(['Commerce', 'Treasury', 'Defense', 'Labor', 'Agriculture', 'Interior', 'Transportation', 'Homeland Security', 'Veterans Affairs']);

const SECRETARY_OF_BEFORE = /\bSecretary\s+of\s+(?:the\s+)?$/;
const SECRETARY_AFTER = /^\s+Secretary\b/;
/** "Secretary of State for Science": the British office of a Secretary of State names no US department. */
const FOR_AFTER = /^\s+for\b/;

const REASON = 'a US cabinet portfolio before "Secretary" or after "Secretary of" (Commerce Secretary X, Secretary of the Interior X) names that department';

/**
 * The department a group of capitalised words opens with, when a cabinet title frames it, and how many of the group's
 * words it takes; the rest of the group (Gina Raimondo in "Secretary of Commerce Gina Raimondo") is a name of its own.
 */
export function cabinetDepartment(text: string, group: Word[]): { candidate: Candidate; words: number } | null {
  for (const size of [2, 1]) {
    if (group.length < size) continue;
    const portfolio = group.slice(0, size).map((w) => w.text).join(' ');
    const label = DEPARTMENTS.get(portfolio);
    if (!label || text.slice(group[0].start, group[size - 1].end) !== portfolio) continue;
    const start = group[0].start;
    const end = group[size - 1].end;
    const after = text.slice(end, end + 12);
    const framed =
      (SECRETARY_OF_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !(portfolio === 'State' && FOR_AFTER.test(after))) ||
      (group.length === size && BEFORE_SECRETARY.has(portfolio) && SECRETARY_AFTER.test(after));
    if (!framed) continue;
    return { candidate: { start, end, type: 'government', canonical: label, source: 'discovery', reason: REASON, priority: 1 }, words: size };
  }
  return null;
}
