// Markdown from documents that mark up their text (Word's .docx, RTF): a paragraph's runs with bold stretches in
// "**", tables as "| … |" rows, Markdown's own signs escaped (segmentation takes the escapes out again).

/** A run of text and whether it is bold. */
export interface Piece {
  text: string;
  bold: boolean;
}

/** A paragraph's runs: bold stretches in "**", the markers kept off the spaces around them. */
export function paragraphMarkdown(pieces: Piece[]): string {
  // Word splits runs anywhere ("Sam" " " "Altman:"): spaces between two bold runs belong to the bold stretch.
  const spaces = (piece: Piece) => /^\s*$/.test(piece.text);
  const nextBold: boolean[] = []; // whether the next piece with words after each one is bold
  for (let i = pieces.length - 1, bold = false; i >= 0; i--) {
    nextBold[i] = bold;
    if (!spaces(pieces[i])) bold = pieces[i].bold;
  }
  const groups: Piece[] = [];
  pieces.forEach((piece, i) => {
    let bold = piece.bold;
    if (spaces(piece)) bold = groups.at(-1)?.bold === true && nextBold[i];
    const last = groups.at(-1);
    if (last && last.bold === bold) last.text += piece.text;
    else groups.push({ text: piece.text, bold });
  });
  let out = '';
  for (const { text, bold } of groups) {
    const words = text.trim();
    if (!bold || !words) out += escapeInline(text);
    else out += `${/^\s*/.exec(text)![0]}**${escapeInline(words)}**${/\s*$/.exec(text)![0]}`;
  }
  return out.replace(/[ \t]+\n/g, '\n').trim();
}

/** Signs that Markdown reads as emphasis or escapes, escaped (segmentation takes the escapes out again). */
const escapeInline = (text: string): string => text.replace(/[\\*_`]/g, (c) => `\\${c}`);

/** A paragraph that would open as a Markdown heading, quote or table row stays a paragraph. */
export const escapeBlockStart = (text: string): string => (/^(?:#|>|\|)/.test(text) ? `\\${text}` : text);

/** Table rows as Markdown: the first row as the header, "|" in a cell escaped, a cell's paragraphs on one line. */
export function tableMarkdown(rows: string[][][]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (!width) return [];
  const line = (row: string[][]) => `| ${Array.from({ length: width }, (_, i) => (row[i] ?? []).join(' ').replace(/\n/g, ' ').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)];
}
