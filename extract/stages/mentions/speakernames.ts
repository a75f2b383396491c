// Speakers' names in Latin text: a speaker's full name, or a first name no other speaker shares, is that speaker
// wherever the turns write it ("Yuki, let's start with you."), even where discovery alone drops a lone word.
import type { Candidate } from './candidate.ts';
import { settleOverlaps } from './candidate.ts';

/** A speaker's name as the text may write it, and the speaker's label. */
export interface SpeakerName {
  name: string;
  label: string;
}

/** Capitalised words, or initials ("C.J. Muse", "Michael J. Fox"). */
const LATIN_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’-]+|(?:\p{Lu}\.){1,3})(?: (?:\p{Lu}[\p{L}\p{M}'’-]+|(?:\p{Lu}\.){1,3})){0,3}$/u;

/**
 * The full names of the document's Latin-script speakers and their first names, where a first name belongs to one
 * speaker only and the document never writes it in lower case ("Will", "Mark" and "May" are words too).
 */
export function latinSpeakerNames(speakers: Array<{ label: string }>, commonWords: Set<string>): SpeakerName[] {
  const out: SpeakerName[] = [];
  const firsts = new Map<string, string | null>();
  for (const { label } of speakers) {
    if (!LATIN_NAME.test(label) || !label.includes(' ')) continue;
    out.push({ name: label, label });
    const first = label.split(' ')[0];
    firsts.set(first, firsts.has(first) && firsts.get(first) !== label ? null : label);
  }
  for (const [first, label] of firsts) if (label && first.length >= 2 && !commonWords.has(first.toLowerCase())) out.push({ name: first, label });
  return out;
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The text's candidates with each whole-word speaker name added as that speaker (a longer name still wins). */
export function withSpeakerNames(text: string, candidates: Candidate[], names: SpeakerName[]): Candidate[] {
  const added: Candidate[] = [];
  for (const { name, label } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
      added.push({ start: at, end, type: 'person', canonical: label, source: 'speaker', reason: `the speaker ${label}, named in the text`, priority: 3 });
    }
  }
  return added.length === 0 ? candidates : settleOverlaps([...candidates, ...added]);
}
