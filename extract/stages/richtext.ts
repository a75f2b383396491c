// Markdown from documents that mark up their text (Word's .docx, OpenDocument's .odt, RTF): a paragraph's runs with
// bold stretches in "**", tables as "| … |" rows, Markdown's own signs escaped (segmentation takes the escapes out
// again); and the small XML reading the zipped formats share.

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

/**
 * Tables being read, innermost open last: rows of cells of paragraphs. A table closed inside a cell is flattened
 * into that cell; one closed in the body is its Markdown rows, to be added as a block.
 */
export class TableReader {
  private table: string[][][] | null = null;
  private readonly tables: Array<string[][][] | null> = [];
  /** The cell being read (its paragraphs), or null outside tables. */
  cell: string[] | null = null;
  private readonly cells: Array<string[] | null> = [];

  open(): void {
    this.tables.push(this.table);
    this.table = [];
  }

  row(): void {
    this.table?.push([]);
  }

  openCell(): void {
    this.cells.push(this.cell);
    this.cell = [];
  }

  closeCell(): void {
    if (this.table && this.cell) this.table[this.table.length - 1]?.push(this.cell);
    this.cell = this.cells.pop() ?? null;
  }

  /** Closes the innermost table: its Markdown block, or null when it went into a cell or had no cells. */
  close(): string | null {
    const done = this.table;
    this.table = this.tables.pop() ?? null;
    if (!done) return null;
    const rows = tableMarkdown(done);
    if (this.cell) {
      this.cell.push(rows.join(' '));
      return null;
    }
    return rows.length ? rows.join('\n') : null;
  }
}

/** An XML tag (closing mark, name, attributes, self-closing mark), a declaration or comment, or text. */
export const XML_TOKEN = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;

/** An attribute's value in a tag's attribute text, entities decoded; null when absent. */
export function xmlAttribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXmlEntities(match[1]) : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) =>
    entity[0] === '#' ? String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))) : ENTITIES[entity],
  );
}
