// Call transcripts in the StreetEvents layout (Refinitiv, LSEG, Thomson Reuters, and the sites that copy them): each
// speaker's label alone between two rules of dashes, numbered in brackets ("Jane Doe,  Acme Corp - CFO   [4]"),
// section names between rules ("Presentation", "Questions and Answers"), the event's name under a "TRANSCRIPT" tag.
// Rewritten into the usual shapes ("Jane Doe: …" paragraphs, "## Presentation" headings, a "# …" title), so the
// label rules read them; the rules themselves are decoration and go. Documents without two such labels stay as they are.

/** A rule line: ten or more dashes or equals signs. */
const RULE = /^\s*(?:-{10,}|={10,})\s*$/;
/** "Jane Doe,  Acme Corp - CFO   [4]", "Operator   [1]": a label and its number in the call. */
const NUMBERED = /^\s*(\S.*?)\s+\[\d{1,4}\]\s*$/;
/** "EDITED TRANSCRIPT", "PRELIMINARY TRANSCRIPT": the kind of transcript, above the event's name. */
const TRANSCRIPT_TAG = /^\s*(?:(?:EDITED|PRELIMINARY|FINAL|CORRECTED|UNEDITED|RAW)\s+)?TRANSCRIPT\s*$/i;
/** A section name between rules is a heading; longer text between rules is not one. */
const MOST_HEADING = 80;

const framed = (lines: string[], i: number): boolean => RULE.test(lines[i - 1] ?? '') && RULE.test(lines[i + 1] ?? '') && !RULE.test(lines[i]) && lines[i].trim() !== '';

/** The lines with ruled labels as "Name: text" paragraphs and ruled section names as headings, or null when there are none. */
export function ruledTurns(lines: string[]): string[] | null {
  let labels = 0;
  for (let i = 1; i < lines.length - 1 && labels < 2; i++) if (framed(lines, i) && NUMBERED.test(lines[i])) labels++;
  if (labels < 2) return null;
  const out: string[] = [];
  /** The speaker whose label came last and whose first words are still to come. */
  let pending: string | null = null;
  let titled = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (RULE.test(line)) {
      if (out.length && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (framed(lines, i)) {
      const numbered = NUMBERED.exec(line);
      if (out.length && out[out.length - 1] !== '') out.push('');
      // The name is what comes before the firm ("Jane Doe,  Acme Corp - CFO"); "Operator" has none.
      if (numbered) pending = numbered[1].split(',')[0].trim();
      else if (line.trim().length <= MOST_HEADING) {
        out.push(`## ${line.trim()}`, '');
        pending = null;
      } else out.push(line, '');
      continue;
    }
    if (!titled && TRANSCRIPT_TAG.test(line)) {
      // The event's name is the line under the tag: the document's title.
      const next = lines[i + 1] ?? '';
      if (next.trim() && !RULE.test(next)) {
        out.push(`# ${next.trim()}`, '', line);
        titled = true;
        i++;
        continue;
      }
    }
    if (pending !== null && line.trim()) {
      out.push(`${pending}: ${line.trimStart()}`);
      pending = null;
      continue;
    }
    out.push(line);
  }
  return out;
}
