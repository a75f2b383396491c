// Transcripts laid out as a Markdown table ("| Speaker | Time | Text |", as Notion, Google Docs and transcription
// tools export them): each row becomes "Speaker: text", a paragraph of its own, so the usual label rules read it.
// Tables of anything else are left as they are.
import { TABLE_COLUMNS } from './rules.ts';

const ROW = /^\s*\|(.*)\|\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** A row's cells; "\|" is a "|" inside a cell (as Markdown tables and the .docx reader write it). */
const cells = (line: string): string[] => ROW.exec(line)![1].split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
const headerKey = (cell: string): string => cell.replace(/[*_`]/g, '').trim().toLowerCase();

/** The lines with every speaker table's rows as "Speaker: text" paragraphs, or null when there is no such table. */
export function tableTurns(lines: string[]): string[] | null {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const header = ROW.test(lines[i]) && SEPARATOR.test(lines[i + 1] ?? '') ? cells(lines[i]).map(headerKey) : null;
    const who = header ? header.findIndex((cell) => TABLE_COLUMNS.speaker.has(cell)) : -1;
    const what = header ? header.findIndex((cell) => TABLE_COLUMNS.text.has(cell)) : -1;
    if (who < 0 || what < 0) {
      out?.push(lines[i]);
      continue;
    }
    out ??= lines.slice(0, i);
    let row = i + 2;
    for (; row < lines.length && ROW.test(lines[row]); row++) {
      const rowCells = cells(lines[row]);
      const speaker = rowCells[who] ?? '';
      const text = rowCells[what] ?? '';
      if (!text) continue;
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(speaker ? `${speaker}: ${text}` : text);
    }
    out.push('');
    i = row - 1;
  }
  return out;
}
