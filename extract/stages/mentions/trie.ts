// A longest-match trie over case-folded aliases, where spaces, hyphens and dots inside a name are optional
// ("Frontier Math" = "FrontierMath", "GPT 4" = "GPT-4", "AI 安全研究所" = "AI安全研究所"), with Latin word boundaries.

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: Array<{ value: T; alias: string }>;
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

export function isSeparator(ch: string): boolean {
  return SEPARATORS.has(ch);
}

/** Latin letters and digits: names made of them need word boundaries ("AI" never inside "OpenAI"). */
export function isLatinWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

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
 * Whether a surface may stand for an alias, case-wise: lower-case aliases (concepts) match any case;
 * all-caps aliases ("US", "AI") need all caps; capitalised aliases ("Apple") need a capital somewhere;
 * aliases with digits (model names "o3", "GPT-4") match any case.
 */
export function caseCompatible(alias: string, surface: string): boolean {
  if (/\d/.test(alias)) return true;
  const letters = alias.replace(/[^A-Za-z]/g, '');
  if (letters === '' || letters === letters.toLowerCase()) return true;
  const surfaceLetters = surface.replace(/[^A-Za-z]/g, '');
  if (letters === letters.toUpperCase() && letters.length >= 2) return surfaceLetters === surfaceLetters.toUpperCase();
  return surfaceLetters !== surfaceLetters.toLowerCase();
}

export class AliasTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };
  size = 0;

  add(alias: string, value: T): void {
    const key = aliasKey(alias);
    if (key === '') return;
    let node = this.root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (!node.values.some((v) => v.value === value && v.alias === alias)) {
      node.values.push({ value, alias });
      this.size++;
    }
  }

  /** Exact lookup of an alias (after folding), e.g. to canonicalise a discovered name. */
  lookup(alias: string): Array<{ value: T; alias: string }> {
    let node: TrieNode<T> | undefined = this.root;
    for (const ch of aliasKey(alias)) {
      node = node.next.get(ch);
      if (!node) return [];
    }
    return node.values;
  }

  /**
   * Every match starting at `start`, longest first, that ends on a word boundary and passes the case rule.
   * The caller picks the first it accepts.
   */
  matchesAt(text: string, start: number): Array<TrieMatch<T>> {
    const out: Array<TrieMatch<T>> = [];
    const first = text[start];
    if (first === undefined || SEPARATORS.has(first)) return out;
    if (isLatinWordChar(first) && isLatinWordChar(text[start - 1])) return out;
    let node: TrieNode<T> | undefined = this.root;
    let j = start;
    while (j < text.length) {
      let ch = text[j];
      if (SEPARATORS.has(ch) && node !== this.root) {
        let k = j;
        while (k < text.length && SEPARATORS.has(text[k]) && k - j < MAX_SEPARATOR_RUN) k++;
        if (k >= text.length || SEPARATORS.has(text[k])) break;
        j = k;
        ch = text[j];
      }
      node = node.next.get(foldChar(ch));
      if (!node) break;
      j++;
      if (node.values.length === 0) continue;
      const last = text[j - 1];
      if (isLatinWordChar(last) && isLatinWordChar(text[j])) continue;
      const surface = text.slice(start, j);
      const group: Array<TrieMatch<T>> = [];
      for (const { value, alias } of node.values) {
        if (caseCompatible(alias, surface)) group.push({ start, end: j, value, alias });
      }
      out.unshift(...group);
    }
    return out;
  }
}
