// "graduated from Michigan", "still teaches at Michigan": a place where one studies or teaches, whose "University of"
// the document or the lexicon names, is that university, not the state or the city.
import type { Lexicon } from '../../lexicon.ts';
import type { Candidate } from './candidate.ts';

/** Words right before a school where someone studies or teaches ("graduated from", "teaches at", "a PhD from"). */
const STUDY_BEFORE =
  /\b(?:graduated from|graduate of|alumn(?:us|a|i) of|stud(?:y|ied|ying) at|enrolled at|teach(?:es|ing)? at|taught at|lectur(?:e|es|ed|ing|er) at|professor at|(?:PhD|Ph\.D\.|doctorate|degree|master['’]s|MBA|BA|BSc|MSc) (?:at|from))\s+$/i;
const UNIVERSITY_OF = /^University of (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)$/u;
const REASON = 'a place right after "graduated from", "studied at", "teaches at" is the university named after it (University of Michigan), which the document or the lexicon names';

/**
 * The place mentions of the turns turned into the university named after the place, where a study or teaching phrase
 * comes right before and the document (or the lexicon) names "University of <place>". Returns the input when none.
 */
export function withPlaceUniversities<T extends { turn: { text: string }; candidates: Candidate[] }>(perTurn: T[], lexicon: Lexicon): T[] {
  const named = new Map<string, string>();
  for (const { turn, candidates } of perTurn) {
    for (const c of candidates) {
      if (c.type !== 'organization') continue;
      const label = c.canonical ?? turn.text.slice(c.start, c.end);
      const place = UNIVERSITY_OF.exec(label)?.[1];
      if (place) named.set(place, label);
    }
  }
  const universityOf = (place: string): string | undefined => {
    const known = lexicon.byLabel.get(`university of ${place}`.toLowerCase());
    return named.get(place) ?? (known?.type === 'organization' ? known.label : undefined);
  };
  return perTurn.map((p) => {
    let changed = false;
    const candidates = p.candidates.map((c) => {
      if (c.type !== 'place' || !STUDY_BEFORE.test(p.turn.text.slice(Math.max(0, c.start - 40), c.start))) return c;
      const university = universityOf(c.canonical ?? p.turn.text.slice(c.start, c.end));
      if (!university) return c;
      changed = true;
      return { ...c, type: 'organization' as const, canonical: university, reason: REASON };
    });
    return changed ? { ...p, candidates } : p;
  });
}
