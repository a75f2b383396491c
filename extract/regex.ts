// Every match of a global regex, found with exec on the regex itself. text.matchAll(re) clones the regex for each
// text, and a clone made after V8's compilation cache was cleared starts in the slow regexp interpreter again.

/** The matches of a global (g) regex in text, as text.matchAll(regex) gives them from lastIndex 0. */
export function allMatches(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global) throw new TypeError(`allMatches: ${regex} has no g flag`);
  const out: RegExpExecArray[] = [];
  native(regex);
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point under the u or v flag), as matchAll does.
    if (m[0] === '') regex.lastIndex = advance(text, regex.lastIndex, regex.unicode || regex.flags.includes('v'));
  }
  regex.lastIndex = 0;
  return out;
}

const ran = new WeakSet<RegExp>();

/**
 * Has the regex run once, on an empty text, before its first real run. V8 runs a regex's first execution in its
 * bytecode interpreter and compiles it to machine code from the second on: a first run over a long paragraph with a
 * pattern that tries every position ("\\b((?:Prof\\.|Dr\\.)[ ])*\\p{Lu}…") is an order of magnitude slower there. A
 * fresh process extracting one transcript pays that once per pattern: the introduction rules alone took 0.6 s of a
 * one-shot rebuild's 2.5 s, and 0.14 s once run on "" first. Costs nothing later (one look-up).
 */
export function native(regex: RegExp): void {
  if (ran.has(regex)) return;
  ran.add(regex);
  const at = regex.lastIndex;
  regex.exec('');
  regex.lastIndex = at;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/** The text as a regular expression source that matches it literally ("Prof." → "Prof\\."). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as one alternation source, longest first so that "Mrs." is tried before "Mr" ("Mrs\\.|Mr"). */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}
