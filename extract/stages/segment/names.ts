// Names for speaker resolution: people introduced with a role in the intro ("嘉宾：张三", "my guest today is
// Jane Doe"), and full names for first-name labels ("Daniel" → "Daniel Whitenack").
import { FIRST_NAME_TAGS, knownFirstName, tagsOf } from '../../compromise.ts';
import { NAME_PATTERN, type IntroRule, type Role, type SegmentRules } from './rules.ts';
import { allMatches, escapeRegex as escape } from '../../regex.ts';

export interface Introduction {
  role: Role;
  name: string;
  reason: string;
}

/**
 * Two to four capitalised words, as a regular expression source: the shape of a full name written in an alphabet
 * ("Sam Altman", "Mary-Ann O'Neil", "J. R. Smith"). Labels, intro lines and self-introductions test it.
 */
export const LATIN_FULL_NAME_SOURCE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;

/** A whole string of that shape. */
export const LATIN_FULL_NAME = new RegExp(`^${LATIN_FULL_NAME_SOURCE}$`, 'u');

/**
 * Two to four Han characters (a · allowed) led by a surname the rules know: 陈维, 欧阳明, 欧阳娜娜 (not 嘉宾们, 晚点).
 * Four characters take a two-character surname: a one-character surname with three more is an outlet or a brand
 * far more often than a person (游戏葡萄, 何止科技).
 */
export function isHanName(name: string, rules: Pick<SegmentRules, 'surnames'>): boolean {
  if (!HAN_NAME.test(name)) return false;
  if (name.length === 4 && !name.includes('·')) return rules.surnames.has(name.slice(0, 2));
  return hasHanSurname(name, rules);
}

/** Whether the text opens with a surname the rules know, of one character or two (陈, 欧阳). */
export function hasHanSurname(name: string, rules: Pick<SegmentRules, 'surnames'>): boolean {
  return rules.surnames.has(name[0]) || rules.surnames.has(name.slice(0, 2));
}

const HAN_NAME = /^[\p{Script=Han}·]{2,4}$/u;

/** Leading words that are titles or organisations, not the name: "OpenAI CEO Sam Altman" → "Sam Altman". */
const NOT_A_NAME_WORD = /^[\p{Lu}\d]{2,}$|\p{Ll}\p{Lu}/u;
const SCAN_LIMIT = 4000;
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]+\.?$/u;
const CAPS_HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sir', 'Dame']);

function titleCaseWord(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase().replace(/([-'’])(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase());
}

function isCapsHonorific(word: string): boolean {
  return CAPS_HONORIFICS.has(word);
}

export function tidyName(name: string): string {
  const written = name.trim().split(/\s+/);
  // "LOUISA FENWICK, having been first duly sworn", "MR PETER HALLORAN (sworn)": a name in capitals, opened by a first
  // name (after an honorific), is that name in Title Case, not an acronym and a surname.
  const capitals = written.length > 1 && written.every((w) => CAPITALS_WORD.test(w));
  const words = capitals ? written.map(titleCaseWord) : written;
  if (capitals && isCapsHonorific(words[0]) && words.length > 2) words.shift();
  if (capitals && !knownFirstName(words[0])) return tidyName(written.slice(-1).join(' '));
  while (words.length > 1 && NOT_A_NAME_WORD.test(words[0])) words.shift();
  // "Lightmatter's Nicholas Harris": the company before the possessive is where he works, not part of his name.
  while (words.length > 2 && /^\p{Lu}\S*['’]s$/u.test(words[0])) words.shift();
  return words.join(' ').replace(/[.'’]+$/, '');
}

/**
 * Whether a word is a title written before a name ("Dr", "Dr.", "Prof.", "Senator"), with or without its period;
 * `titles` holds segment.json's nameTitles, lower-cased.
 */
export function isTitle(word: string, titles: Set<string>): boolean {
  const folded = word.normalize('NFKC').toLowerCase();
  return titles.has(folded) || titles.has(`${folded}.`) || (folded.endsWith('.') && titles.has(folded.slice(0, -1)));
}

/**
 * A name split after its leading titles: "Prof. Helen Whitford" → Helen Whitford, "Vice President Harris" →
 * Harris, "Dr Marsh" → Marsh. Titles are peeled while a word is left; `titled` says whether any was. The one place
 * speaker labels lose their titles: a title and one word is a surname to expand, a title before a full name is
 * no part of it.
 */
export function splitTitles(name: string, titles: Set<string>): { titled: boolean; rest: string[] } {
  const words = name.trim().split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && isTitle(words[first], titles)) first++;
  return { titled: first > 0, rest: words.slice(first) };
}

/** "Prof. Helen Whitford" → "Helen Whitford": titles before a full name are no part of it (before a surname they are kept: "Senator HAWLEY"). */
export function withoutTitles(name: string, titles: Set<string>): string {
  const { titled, rest } = splitTitles(name, titles);
  return titled && rest.length >= 2 && rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : name;
}

/**
 * People the texts introduce with a role, in order of appearance. Reads at most 4000 chars of each text. A Han name
 * needs a surname, unless a role word lists it and it is one of `speaking`, the names the document's speaker labels
 * give: "主播：小林、阿杰" above "小林：…" and "阿杰：…" introduces two hosts by the nicknames they speak under.
 */
export function findIntroductions(texts: string[], rules: SegmentRules, which: IntroRule[] = rules.introductions, speaking: ReadonlySet<string> = new Set()): Introduction[] {
  const found: { at: number; intro: Introduction }[] = [];
  texts.forEach((full, t) => {
    const text = full.slice(0, SCAN_LIMIT);
    for (const rule of which) {
      for (const match of allMatches(rule.regex, text)) {
        const name = withoutTitles(tidyName(match[1] ?? ''), rules.nameTitles);
        const han = /^[\p{Script=Han}·]+$/u.test(name);
        // A nickname counts in a role word's list only ("主播：小林、阿杰"), never as "游戏葡萄专访" names a guest.
        const nickname = !!rule.list && speaking.has(name);
        if (han && !nickname && !(name.includes('·') ? hasHanSurname(name, rules) : isHanName(name, rules))) continue; // "嘉宾们好" names nobody
        if (name.length < 2) continue;
        const at = t * SCAN_LIMIT + (match.index ?? 0);
        found.push({ at, intro: { role: rule.role, name, reason: rule.reason } });
        if (!rule.list) continue;
        listedNames(text, match.index + match[0].length, rules, speaking).forEach((other, k) => {
          found.push({ at: at + k + 1, intro: { role: rule.role, name: other, reason: rule.reason } });
        });
      }
    }
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.intro);
}

const LIST_ITEMS = /\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*(?:以及|和|与|及|、|，)\s*/u;
const ITEM_NAME = new RegExp(`^${NAME_PATTERN}`, 'u');
/** A listed person's name: Han (checked for a surname by the caller's rules) or two to four capitalised words, no "CEO", no "Acme's". */
const LATIN_PERSON = /^\p{Lu}[\p{Ll}\p{M}'’-]*(?: \p{Lu}[\p{Ll}\p{M}'’-]*){1,3}$/u;
const LIST_SPAN = 300;

/**
 * The further guests of a list after the first ("Alice Chen, CEO of Acme Robotics, and Bob Li from Foo Labs", "张伟和李娜",
 * "张伟、李娜"): a name opening a list item of the same sentence. Items that open with a title or a description
 * ("CEO of Acme Robotics", "李娜来自清华大学") name no one.
 */
function listedNames(text: string, from: number, rules: SegmentRules, speaking: ReadonlySet<string>): string[] {
  const rest = text.slice(from, from + LIST_SPAN);
  const end = rest.search(/[.!?;](?=\s|$)|[。！？；\n]/u);
  const out: string[] = [];
  for (const item of (end < 0 ? rest : rest.slice(0, end)).split(LIST_ITEMS).slice(1)) {
    const written = ITEM_NAME.exec(item)?.[1] ?? '';
    if (/['’]s?$/.test(written)) continue; // "Foo Labs’ new robot": a possessive, no guest
    const name = withoutTitles(tidyName(written), rules.nameTitles);
    const han = isHanName(name, rules) || speaking.has(name);
    const latin = LATIN_PERSON.test(name) && !/['’]s /.test(name);
    if ((han || latin) && !out.includes(name)) out.push(name);
  }
  return out;
}


/**
 * Letters of a name written in an alphabet, as regular expression sources (a letter; a letter, mark, apostrophe or
 * hyphen): never a Han character, since in Chinese text the characters around a Latin name are no part of it
 * ("James Martin曾经跟我说过" names James Martin, and so does "我的朋友James Martin").
 */
const LETTER = '(?:(?!\\p{Script=Han})\\p{L})';
const LETTER_OR_MARK = '(?:(?!\\p{Script=Han})[\\p{L}\\p{M}])';
const NAME_LETTER = "(?:(?!\\p{Script=Han})[\\p{L}\\p{M}'’-])";

/**
 * The full name a one-word Latin label stands for: a known full name starting with it, else the surname
 * that most often follows it in the texts ("Daniel" + "Daniel Whitenack" in the intro). Null when unknown.
 */
export function expandFirstName(first: string, known: string[], texts: string[]): string | null {
  if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(first)) return null;
  const matches = [...new Set(known.filter((name) => name.startsWith(first + ' ')))];
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return null;
  const pattern = new RegExp(`(?<!${LETTER})${escape(first)}[ \\u00a0](\\p{Lu}${NAME_LETTER}+)`, 'gu');
  const counts = new Map<string, number>();
  for (const text of texts) for (const m of text.matchAll(pattern)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? `${first} ${best[0]}` : null;
}

/**
 * The full name a surname label stands for ("ROE" after "MODERATOR (Jane Roe)", "HUANG" after "Jensen Huang
 * founded Nvidia"): the one known full name ending with it, else the first "First Surname" in the texts whose
 * first word is no title ("Secretary Raimondo") and is never written in lower case there ("Then Huang said").
 */
export function expandSurname(surname: string, known: string[], texts: string[], titles: Set<string>, certain = false): string | null {
  if (!/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(surname)) return null;
  // "Alex" is a first name, not a surname: "Hey Alex" in the text is a greeting, not Alex's full name. Unless the
  // label says it is a surname (`certain`: "Professor MARCUS." in a hearing record).
  const own = wordTags(surname);
  if (!certain && own.some((t) => FIRST_NAME_TAGS.has(t)) && !own.includes('LastName')) return null;
  const matches = [...new Set(known.filter((name) => name.endsWith(' ' + surname)))];
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) return null;
  const pattern = new RegExp(`(?<!${NAME_LETTER}|\\.)(\\p{Lu}${NAME_LETTER}+)[ \\u00a0]${escape(surname)}(?!${LETTER_OR_MARK})`, 'gu');
  for (const text of texts) {
    for (const m of text.slice(0, SCAN_LIMIT).matchAll(pattern)) {
      const first = m[1];
      if (isTitle(first, titles)) continue;
      const tags = wordTags(first);
      if (tags.length && !tags.some((t) => FIRST_NAME_TAGS.has(t) || t === 'LastName' || t === 'Person')) continue; // Thanks Su, Dear Su
      const lower = new RegExp(`(?<![\\p{L}\\p{M}])${escape(first.toLowerCase())}(?![\\p{L}\\p{M}])`, 'u');
      if (texts.some((t) => lower.test(t))) continue;
      return `${first} ${surname}`;
    }
  }
  // "MS RACHEL ODUNSI KC, Counsel to the Inquiry": a list of appearances writes the full name in capitals. An honorific
  // before it vouches for a first name compromise does not know ("MS PRIYA NANDA, for …").
  const capitals = new RegExp(`(?<![\\p{L}\\p{M}])(?:(MR|MRS|MS|MISS|DR|SIR|DAME) )?(\\p{Lu}{2,}) ${escape(surname.toUpperCase())}(?![\\p{L}\\p{M}])`, 'gu');
  for (const text of texts) {
    for (const m of text.slice(0, SCAN_LIMIT).matchAll(capitals)) {
      const first = m[2].charAt(0) + m[2].slice(1).toLowerCase();
      if (!isTitle(first, titles) && (m[1] !== undefined || wordTags(first).some((t) => FIRST_NAME_TAGS.has(t)))) return `${first} ${surname}`;
    }
  }
  return null;
}

/** compromise's tags for a word as written (none when it does not list it). */
function wordTags(word: string): string[] {
  return tagsOf(word.toLowerCase());
}
