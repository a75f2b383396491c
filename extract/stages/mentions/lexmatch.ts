// Lexicon matching: every alias of every entry, longest match first, respecting Latin word boundaries and,
// for short Chinese aliases, the tagger's word boundaries (so 代理 is not found inside 代理人).
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';
import { isLatinWordChar } from './trie.ts';

const HAN = /\p{Script=Han}/u;

/** Chinese aliases this short must start and end on a tagger word boundary. */
const SHORT_HAN_ALIAS = 2;

export function matchLexicon(text: string, lexicon: Lexicon, boundaries: Set<number> | null): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < text.length) {
    const matches = lexicon.matcher.matchesAt(text, i);
    const chosen = matches.find((m) => {
      const surface = text.slice(m.start, m.end);
      if (boundaries && surface.length <= SHORT_HAN_ALIAS && HAN.test(surface)) {
        return boundaries.has(m.start) && boundaries.has(m.end);
      }
      return true;
    });
    if (chosen) {
      out.push({
        start: chosen.start,
        end: chosen.end,
        type: chosen.value.type,
        canonical: chosen.value.label,
        source: 'lexicon',
        reason: `lexicon ${chosen.value.file}: ${chosen.value.label}`,
        priority: 3,
      });
      i = chosen.end;
      continue;
    }
    // Skip the rest of a Latin word: aliases only start at word starts.
    if (isLatinWordChar(text[i])) {
      while (i < text.length && isLatinWordChar(text[i])) i++;
    } else {
      i++;
    }
  }
  return out;
}
