// A longest-match trie over case-folded aliases, where spaces, hyphens and dots inside a name are optional
// ("Frontier Math" = "FrontierMath", "GPT 4" = "GPT-4", "AI 安全研究所" = "AI安全研究所"), with Latin word boundaries.

/** How a surface's letter case must agree with an alias (see caseCompatible). */
type CaseRule = 'any' | 'lower' | 'upper' | 'capital';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: Array<{ value: T; alias: string; rule: CaseRule }>;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
  alias: string;
}

const SEPARATORS = new Set([' ', '-', '‐', '‑', '–', '_', '\u00a0', '·', '・', '.', '\u3000']);
/** At most this many separator characters are skipped in a row inside a name. */
const MAX_SEPARATOR_RUN = 2;

/** Latin letters and digits: names made of them need word boundaries ("AI" never inside "OpenAI"). */
export function isLatinWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Whether `at` splits a decimal number: a digit before it, then a dot and a digit ("4|.5"). */
function insideDecimal(text: string, at: number): boolean {
  return text.charCodeAt(at) === 46 && isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1));
}

function isLatinCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** Case- and width-folds one UTF-16 code unit, as a code. */
function foldCodeOnce(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0x24f) return String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return c;
}

// Tables over every UTF-16 code unit, read at each character longestAt walks: the fold, and whether it separates.
const FOLDED = new Uint16Array(0x10000).map((_, c) => foldCodeOnce(c));
const SEPARATOR_CODES = new Uint8Array(0x10000);
for (const ch of SEPARATORS) SEPARATOR_CODES[ch.charCodeAt(0)] = 1;

const foldCode = (c: number): number => (c < 0x10000 ? FOLDED[c] : c);
const isSeparatorCode = (c: number): boolean => SEPARATOR_CODES[c] === 1;

/** Case- and width-folds one UTF-16 code unit (full-width ASCII → ASCII, upper → lower). */
export function foldChar(ch: string): string {
  let c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c < 128) return String.fromCharCode(c);
  if (c >= 0xc0 && c <= 0x24f) return ch.toLowerCase();
  return ch;
}

/** The trie key of an alias: folded, separators dropped. */
export function aliasKey(alias: string): string {
  let key = '';
  for (const ch of alias) if (!SEPARATORS.has(ch)) key += ch.length === 1 ? foldChar(ch) : ch;
  return key;
}

/**
 * Whether a surface may stand for an alias, case-wise: lower-case aliases (concepts) match any case but an
 * acronym ("CHIPS" in "the CHIPS and Science Act" is no chips); all-caps aliases ("US", "AI") need all caps;
 * capitalised aliases ("Apple") need a capital somewhere; aliases with digits ("o3", "GPT-4") match any case.
 */
export function caseCompatible(alias: string, surface: string): boolean {
  return ruleAllows(caseRule(alias), surface);
}

function caseRule(alias: string): CaseRule {
  if (/\d/.test(alias)) return 'any';
  const letters = alias.replace(/[^A-Za-z]/g, '');
  if (letters === '') return 'any';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters === letters.toUpperCase() && letters.length >= 2) return 'upper';
  return 'capital';
}

function ruleAllows(rule: CaseRule, surface: string): boolean {
  if (rule === 'any') return true;
  const surfaceLetters = surface.replace(/[^A-Za-z]/g, '');
  // An acronym: one word of three or more capitals ("CHIPS", "CARE"), never a lower-case word shouted.
  if (rule === 'lower') return !(surfaceLetters.length >= 3 && !/\s/.test(surface.trim()) && surfaceLetters === surfaceLetters.toUpperCase());
  if (rule === 'upper') return surfaceLetters === surfaceLetters.toUpperCase();
  return surfaceLetters !== surfaceLetters.toLowerCase();
}

/**
 * Where the surface has a separator the alias lacks, the alias must start a new word there: a capital or a digit
 * ("Frontier Math" = "FrontierMath", "Open AI" = "OpenAI"), never a lower-case letter inside a word ("I ran" ≠ "Iran").
 */
function spacesFitAlias(alias: string, surface: string): boolean {
  let a = 0;
  let s = 0;
  while (s < surface.length && a < alias.length) {
    const aliasGap = SEPARATORS.has(alias[a]);
    const surfaceGap = SEPARATORS.has(surface[s]);
    if (aliasGap) {
      a++;
      if (surfaceGap) s++;
      continue;
    }
    if (surfaceGap) {
      while (s < surface.length && SEPARATORS.has(surface[s])) s++;
      const next = alias.charCodeAt(a);
      const startsWord = (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || !isLatinCode(next) || !isLatinCode(alias.charCodeAt(a - 1));
      if (!startsWord) return false;
      continue;
    }
    a++;
    s++;
  }
  return true;
}

export class AliasTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  /** Per UTF-16 code unit, 1 when an alias starts with it once folded (longestAt asks at every position of a text). */
  private startTable: Uint8Array | null = null;
  size = 0;

  add(alias: string, value: T): void {
    const key = aliasKey(alias);
    if (key === '') return;
    this.startTable = null;
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.values.some((v) => v.value === value && v.alias === alias)) {
      node.values.push({ value, alias, rule: caseRule(alias) });
      this.size++;
    }
  }

  /** Exact lookup of an alias (after folding), e.g. to canonicalise a discovered name. */
  lookup(alias: string): Array<{ value: T; alias: string }> {
    let node: TrieNode<T> | undefined = this.root;
    const key = aliasKey(alias);
    for (let i = 0; i < key.length; i++) {
      node = node.next.get(key.charCodeAt(i));
      if (!node) return [];
    }
    return node.values;
  }

  private starts(): Uint8Array {
    if (this.startTable) return this.startTable;
    const table = new Uint8Array(0x10000);
    for (let c = 0; c < table.length; c++) if (this.root.next.has(foldCode(c))) table[c] = 1;
    return (this.startTable = table);
  }

  /** The longest match at `start` (on word boundaries, passing the case rule) that `accept` takes. */
  longestAt(text: string, start: number, accept: (m: TrieMatch<T>) => boolean): TrieMatch<T> | null {
    const firstCode = text.charCodeAt(start);
    if (Number.isNaN(firstCode) || this.starts()[firstCode] === 0) return null;
    if (isLatinCode(firstCode) && isLatinCode(text.charCodeAt(start - 1))) return null;
    // Most starts reach no alias end: the lists are made at the first one.
    let ends: number[] | null = null;
    let nodes: TrieNode<T>[] | null = null;
    let node: TrieNode<T> | undefined = this.root;
    let j = start;
    while (j < text.length) {
      let code = text.charCodeAt(j);
      if (isSeparatorCode(code) && node !== this.root) {
        let k = j;
        while (k < text.length && isSeparatorCode(text.charCodeAt(k)) && k - j < MAX_SEPARATOR_RUN) k++;
        if (k >= text.length || isSeparatorCode(text.charCodeAt(k))) break;
        j = k;
        code = text.charCodeAt(j);
      }
      node = node.next.get(foldCode(code));
      if (!node) break;
      j++;
      if (node.values.length === 0) continue;
      if (isLatinCode(text.charCodeAt(j - 1)) && isLatinCode(text.charCodeAt(j))) continue;
      if (insideDecimal(text, j)) continue; // "Claude Sonnet 4" is no name in "Claude Sonnet 4.5"
      (ends ??= []).push(j);
      (nodes ??= []).push(node);
    }
    if (ends === null || nodes === null) return null;
    for (let e = ends.length - 1; e >= 0; e--) {
      let surface: string | null = null;
      // "Washington D.C.", "U.S.": an alias's closing dot is the name's, even where it also ends the sentence;
      // aliases written with it are tried first when the text has it ("U.S." before "US").
      const dotted = text[ends[e]] === '.';
      for (const pass of dotted ? [true, false] : [false]) {
        for (const { value, alias, rule } of nodes[e].values) {
          if (dotted && alias.endsWith('.') !== pass) continue;
          if (pass && !(surface ??= text.slice(start, ends[e])).includes('.')) continue; // "US." is "US" and a full stop
          if (rule !== 'any' && !ruleAllows(rule, (surface ??= text.slice(start, ends[e])))) continue;
          if (rule !== 'lower' && !spacesFitAlias(alias, (surface ??= text.slice(start, ends[e])))) continue;
          const m = { start, end: pass ? ends[e] + 1 : ends[e], value, alias };
          if (accept(m)) return m;
        }
      }
    }
    return null;
  }

}

