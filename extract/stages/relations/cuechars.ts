// The characters a cue group cannot match without ("(?:投资|领投)" needs 投 and 资, or 领 and 投), read from its regex
// source, so that a sentence lacking them is turned away by table look-ups before the regex runs. Sound, not exact:
// whatever the reader does not understand (\p{…}, backreferences, cased non-ASCII letters) needs nothing.

/** Alternatives, each the folded characters (and pairs of adjacent characters, pairCode) that must all occur. */
export type CharNeeds = number[][];

const NOTHING: CharNeeds = [[]];
/** Above this many alternatives a sequence keeps only what all alternatives of a part share. */
const MAX_ALTERNATIVES = 16;

/** Above this many codes an alternative takes no more: checking a few is as telling, and reading a long pattern stays linear. */
const MAX_CODES = 48;

/**
 * What text a cue regex needs, or null when the regex could match without any character this reader is sure of.
 * Codes in `ignore` (characters and pairs a caller knows every text holds) are left out, and so are the named
 * groups in `skip` (read past, counted as needing nothing).
 */
export function charNeeds(regex: RegExp, ignore: ReadonlySet<number> | null = null, skip: ReadonlySet<string> | null = null): CharNeeds | null {
  if (regex.flags.includes('v')) return null;
  const p: Cursor = { s: regex.source, i: 0, literal: -1, ignore, skip };
  try {
    const needs = alternation(p);
    if (p.i !== p.s.length || needs.some((alt) => alt.length === 0)) return null;
    return needs;
  } catch {
    return null;
  }
}

/**
 * Folds a UTF-16 unit the way a case-insensitive unicode regex compares it, for the units charNeeds keeps: ASCII
 * letters to lower case, and the two non-ASCII characters that fold into ASCII (KELVIN SIGN, LONG S).
 */
export function foldUnit(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x212a) return 107;
  if (c === 0x17f) return 115;
  return c;
}

/**
 * Units whose case-insensitive matches are themselves and (ASCII letters) their other case only: ASCII, general and
 * CJK punctuation, Han, private use (the mention placeholders), full-width punctuation and digits.
 */
function certain(c: number): boolean {
  return (
    c < 128 ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xe000 && c <= 0xf8ff) ||
    (c >= 0xff01 && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65)
  );
}

interface Cursor {
  s: string;
  i: number;
  /** The folded code of the atom just read when it was one certain literal character, else -1. */
  literal: number;
  ignore: ReadonlySet<number> | null;
  skip: ReadonlySet<string> | null;
}

function alternation(p: Cursor): CharNeeds {
  const alternatives: CharNeeds = [];
  let sequence: CharNeeds = NOTHING;
  let previous = -1; // the literal just before, when it must occur right before the next atom
  while (p.i < p.s.length && p.s[p.i] !== ')') {
    if (p.s[p.i] === '|') {
      alternatives.push(...sequence);
      sequence = NOTHING;
      previous = -1;
      p.i++;
      continue;
    }
    p.literal = -1;
    let needs = atom(p);
    const literal = p.literal;
    if (quantifierAllowsZero(p)) {
      previous = -1;
      continue;
    }
    if (literal >= 0 && previous >= 0 && !p.ignore?.has(pairCode(previous, literal))) needs = [[literal, pairCode(previous, literal)]];
    previous = literal;
    sequence = product(sequence, needs);
  }
  alternatives.push(...sequence);
  return alternatives;
}

function atom(p: Cursor): CharNeeds {
  const c = p.s[p.i];
  if (c === '\\') {
    const e = p.s[p.i + 1];
    if (e === undefined) throw new Error('dangling escape');
    if (/[A-Za-z0-9]/.test(e)) {
      // Classes and assertions need nothing; \p{…}, \u…, \x…, \c…, \k<…> and backreferences are not read.
      if (!'sSdDwWbBnrtfv'.includes(e)) throw new Error(`escape \\${e}`);
      p.i += 2;
      return NOTHING;
    }
    p.i += 2;
    return literal(p, e.charCodeAt(0));
  }
  if (c === '[') {
    skipClass(p);
    return NOTHING;
  }
  if (c === '(') {
    const needs = group(p);
    p.literal = -1; // the group's own last literal is no literal of this sequence
    return needs;
  }
  if (c === '.' || c === '^' || c === '$') {
    p.i++;
    return NOTHING;
  }
  if ('*+?{}'.includes(c)) throw new Error('quantifier without atom');
  const code = p.s.charCodeAt(p.i);
  if (code >= 0xd800 && code <= 0xdbff) {
    p.i += 2;
    return NOTHING;
  }
  p.i++;
  return literal(p, code);
}

function literal(p: Cursor, code: number): CharNeeds {
  if (!certain(code)) return NOTHING;
  p.literal = foldUnit(code);
  return p.ignore?.has(p.literal) ? NOTHING : [[p.literal]];
}

/** Two folded characters written one after the other ("ha" in "have"), hashed above the character codes. */
export function pairCode(a: number, b: number): number {
  return 0x10000 + (((a * 0x9e3) ^ b) & 0xffff);
}

function group(p: Cursor): CharNeeds {
  const rest = p.s.slice(p.i, p.i + 4);
  let needs: CharNeeds;
  if (rest.startsWith('(?:')) {
    p.i += 3;
    needs = alternation(p);
  } else if (rest.startsWith('(?=') || rest.startsWith('(?!') || rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
    p.i += rest.startsWith('(?<') ? 4 : 3;
    alternation(p); // read past it; a lookaround is not counted on
    needs = NOTHING;
  } else if (rest.startsWith('(?<')) {
    const close = p.s.indexOf('>', p.i);
    if (close < 0) throw new Error('group name');
    const name = p.s.slice(p.i + 3, close);
    p.i = close + 1;
    needs = alternation(p);
    if (p.skip?.has(name)) needs = NOTHING;
  } else if (rest.startsWith('(?')) {
    throw new Error('group modifier');
  } else {
    p.i += 1;
    needs = alternation(p);
  }
  if (p.s[p.i] !== ')') throw new Error('unclosed group');
  p.i++;
  return needs;
}

function skipClass(p: Cursor): void {
  p.i++;
  if (p.s[p.i] === '^') p.i++;
  while (p.s[p.i] !== ']') {
    if (p.i >= p.s.length) throw new Error('unclosed class');
    p.i += p.s[p.i] === '\\' ? 2 : 1;
  }
  p.i++;
}

/** Reads a quantifier after an atom, if any; true when it lets the atom match zero times. */
function quantifierAllowsZero(p: Cursor): boolean {
  const c = p.s[p.i];
  let zero: boolean;
  if (c === '?' || c === '*') {
    p.i++;
    zero = true;
  } else if (c === '+') {
    p.i++;
    zero = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.s.slice(p.i, p.i + 24));
    if (!m) throw new Error('quantifier');
    p.i += m[0].length;
    zero = Number(m[1]) === 0;
  } else return false;
  if (p.s[p.i] === '?') p.i++;
  return zero;
}

/** A sequence of two parts: every pair of their alternatives, or, when too many, the larger part's shared needs. */
function product(a: CharNeeds, b: CharNeeds): CharNeeds {
  if (a.length > 1 && b.length > 1 && a.length * b.length > MAX_ALTERNATIVES) {
    if (a.length >= b.length) a = [shared(a)];
    else b = [shared(b)];
  }
  if (b.length === 1) {
    // One alternative to add (a literal, most often): each of a's alternatives takes its codes in place. They are
    // this sequence's own, made by the reader; only the empty one may be shared (NOTHING), so it is never added to.
    const [y] = b;
    return a.map((x) => {
      const merged = x.length === 0 ? [] : x;
      for (let k = 0; k < y.length && merged.length < MAX_CODES; k++) if (!merged.includes(y[k])) merged.push(y[k]);
      return merged;
    });
  }
  const out: CharNeeds = [];
  for (const x of a) {
    for (const y of b) {
      const merged = x.slice(0, MAX_CODES);
      for (let k = 0; k < y.length && merged.length < MAX_CODES; k++) if (!merged.includes(y[k])) merged.push(y[k]);
      out.push(merged);
    }
  }
  return out;
}

function shared(alternatives: CharNeeds): number[] {
  return alternatives.reduce((acc, alt) => acc.filter((c) => alt.includes(c)));
}

/** The folded characters of one text at a time, for needs checks (one table, stamped per text). */
export class CharPresence {
  private readonly stamp = new Int32Array(0x20000);
  private generation = 0;
  private text: string | null = null;
  private present: number[] = [];

  /** The text's distinct folded characters and pairs of adjacent ones (pairCode), in order of first occurrence. */
  codesOf(text: string): readonly number[] {
    if (text !== this.text) this.load(text);
    return this.present;
  }

  /** Whether the text holds every character of some alternative. */
  satisfies(text: string, needs: CharNeeds): boolean {
    if (text !== this.text) this.load(text);
    const stamp = this.stamp;
    const generation = this.generation;
    for (let a = 0; a < needs.length; a++) {
      const alt = needs[a];
      let all = true;
      for (let k = 0; k < alt.length && all; k++) all = stamp[alt[k]] === generation;
      if (all) return true;
    }
    return false;
  }

  private load(text: string): void {
    this.text = text;
    if (++this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const stamp = this.stamp;
    const generation = this.generation;
    const present: number[] = (this.present = []);
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const c = foldUnit(text.charCodeAt(i));
      if (stamp[c] !== generation) {
        stamp[c] = generation;
        present.push(c);
      }
      if (previous >= 0) {
        const pair = pairCode(previous, c);
        if (stamp[pair] !== generation) {
          stamp[pair] = generation;
          present.push(pair);
        }
      }
      previous = c;
    }
  }
}
