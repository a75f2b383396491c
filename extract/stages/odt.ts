// OpenDocument text (.odt: LibreOffice's and OpenOffice's own format, and a download choice of Google Docs) read as
// the Markdown the rest of the pipeline reads, as Word documents are (docx.ts): headings as "#", bold as "**",
// tables as "| … |" rows, list items as "- ", one blank line between paragraphs. Only the body's text is taken:
// tracked deletions, comments, footnotes, text boxes and generated indexes (a table of contents repeats the
// headings) are left out.
import { unzipSync } from 'fflate';
import { InputError } from '../errors.ts';
import { decodeXmlEntities as decodeEntities, escapeBlockStart, paragraphMarkdown, TableReader, XML_TOKEN, xmlAttribute as attribute, type Piece } from './richtext.ts';

const CONTENT_PART = 'content.xml';
const STYLES_PART = 'styles.xml';
const MIMETYPE = 'application/vnd.oasis.opendocument.text';
/** A content part larger than this once unzipped is refused (a 300-page transcript's is about 10 MB). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/**
 * Whether a zip archive is an OpenDocument text: its first entry, stored uncompressed, is "mimetype" holding
 * the text type (or its template's), as the format requires.
 */
function isOdt(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 200)).toString('latin1');
  return head.includes(`mimetype${MIMETYPE}`);
}

/** Whether a zip archive looks like an OpenDocument file of some kind: it has a content part and a manifest. */
export function isOpenDocument(bytes: Uint8Array): boolean {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return isOdt(bytes) || (all.includes('content.xml') && all.includes('META-INF/manifest.xml'));
}

/** The text of an .odt file as Markdown; a damaged archive or one with no content part is an InputError. */
export function odtText(bytes: Uint8Array, path: string): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== CONTENT_PART && file.name !== STYLES_PART) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new InputError(`${path}: its content unzips to ${Math.round(file.originalSize / 1048576)} MB, more than a transcript holds`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: a damaged .odt file (it cannot be unzipped: ${(error as Error).message || 'bad data'})`);
  }
  const content = parts[CONTENT_PART];
  if (!content) throw new InputError(`${path}: an OpenDocument file with no content.xml in it; save the transcript again as .odt, .docx, plain text or Markdown`);
  const decode = (part: Uint8Array) => new TextDecoder('utf-8').decode(part);
  const xml = decode(content);
  if (!/<office:text[\s>/]/.test(xml)) throw new InputError(`${path}: an OpenDocument file but not a text document (a spreadsheet or presentation?); save the transcript as .odt, .docx, plain text or Markdown`);
  const styles = readStyles([parts[STYLES_PART] ? decode(parts[STYLES_PART]) : '', xml]);
  return bodyMarkdown(xml, styles);
}

/** What the body needs of a style: whether its text is bold and, for a paragraph style, its heading level. */
interface StyleFacts {
  bold: boolean | null;
  level: number | null;
  parent: string | null;
}

/** Styles by family and name, from styles.xml (named styles) and content.xml (the automatic ones). */
interface Styles {
  text: Map<string, StyleFacts>;
  paragraph: Map<string, StyleFacts>;
}

function readStyles(sources: string[]): Styles {
  const styles: Styles = { text: new Map(), paragraph: new Map() };
  for (const xml of sources) {
    for (const match of xml.matchAll(/<style:style\b((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/style:style>)/g)) {
      const attributes = match[1];
      const family = attribute(attributes, 'style:family');
      const name = attribute(attributes, 'style:name');
      if (!name || (family !== 'text' && family !== 'paragraph')) continue;
      const weight = /<style:text-properties\b[^>]*\bfo:font-weight="([^"]+)"/.exec(match[3] ?? '')?.[1];
      const display = (attribute(attributes, 'style:display-name') ?? name.replace(/_20_/g, ' ')).toLowerCase();
      const heading = /^heading ([1-6])$/.exec(display);
      styles[family].set(name, {
        bold: weight === undefined ? null : weight === 'bold' || Number(weight) >= 600,
        // Headings are mostly <text:h>; a paragraph in the Title style (or one of its own styles made from it) is one too.
        level: heading ? Number(heading[1]) : display === 'title' ? 1 : null,
        parent: attribute(attributes, 'style:parent-style-name'),
      });
    }
  }
  return styles;
}

/** A fact of a style, or of the nearest style it inherits from that says (a cycle ends the search). */
function inherited<K extends 'bold' | 'level'>(map: Map<string, StyleFacts>, name: string | null, fact: K): StyleFacts[K] | null {
  for (let seen = 0; name && seen < 16; seen++) {
    const style = map.get(name);
    if (!style) return null;
    if (style[fact] !== null) return style[fact];
    name = style.parent;
  }
  return null;
}

/**
 * Elements whose content is not the body's text: tracked changes (the deleted text waits there), comments,
 * footnotes and endnotes, text boxes and other frames, generated indexes, the declarations before the text,
 * and ruby annotations.
 */
const SKIPPED = new Set([
  'text:tracked-changes', 'office:annotation', 'text:note', 'draw:frame', 'draw:custom-shape', 'text:table-of-content',
  'text:alphabetical-index', 'text:illustration-index', 'text:table-index', 'text:object-index', 'text:user-index',
  'text:bibliography', 'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:forms', 'text:ruby-text',
]);

/** The office:text body of content.xml as Markdown paragraphs. */
function bodyMarkdown(xml: string, styles: Styles): string {
  const blocks: string[] = [];
  let pieces: Piece[] = [];
  let level = 0;
  let paragraphBold = false;
  let listItems = 0; // open list items; the first paragraph of each gets the "- "
  let itemStarted = false;
  let inBody = false;
  let skip = 0;
  const spans: boolean[] = []; // bold of each open span, innermost last
  const tables = new TableReader();
  const bold = () => spans.at(-1) ?? paragraphBold;

  const startParagraph = (attributes: string, heading: boolean) => {
    const style = attribute(attributes, 'text:style-name');
    pieces = [];
    spans.length = 0;
    paragraphBold = inherited(styles.paragraph, style, 'bold') ?? false;
    const outline = heading ? Number(attribute(attributes, 'text:outline-level') ?? 1) : 0;
    level = heading ? Math.min(6, Math.max(1, outline || 1)) : (inherited(styles.paragraph, style, 'level') ?? 0);
  };
  const endParagraph = () => {
    const text = paragraphMarkdown(pieces);
    pieces = [];
    if (tables.cell) {
      if (text) tables.cell.push(text);
    } else if (text) {
      const item = listItems > 0 && !itemStarted;
      if (listItems > 0) itemStarted = true;
      blocks.push(level ? `${'#'.repeat(level)} ${text.replace(/\*\*/g, '')}` : item ? `- ${text}` : escapeBlockStart(text));
    }
    level = 0;
  };

  for (const token of xml.matchAll(XML_TOKEN)) {
    const [, closing, name, attributes, selfClosing, text] = token;
    if (text !== undefined) {
      // White space in OpenDocument text collapses to one space, as in HTML; <text:s/> and <text:tab/> are kept.
      if (inBody && !skip) pieces.push({ text: decodeEntities(text.replace(/[ \t\r\n]+/g, ' ')), bold: bold() });
      continue;
    }
    if (!name) continue; // a declaration or comment
    if (name === 'office:text') {
      inBody = !closing && !selfClosing;
      continue;
    }
    if (!inBody) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip) continue;
    if (closing) {
      if (name === 'text:p' || name === 'text:h') endParagraph();
      else if (name === 'text:span') spans.pop();
      else if (name === 'text:list-item' || name === 'text:list-header') listItems--, (itemStarted = false);
      else if (name === 'table:table-cell') tables.closeCell();
      else if (name === 'table:table') {
        const block = tables.close();
        if (block) blocks.push(block);
      }
      continue;
    }
    switch (name) {
      case 'text:p':
      case 'text:h':
        startParagraph(attributes, name === 'text:h');
        if (selfClosing) endParagraph();
        break;
      case 'text:span':
        if (!selfClosing) spans.push(inherited(styles.text, attribute(attributes, 'text:style-name'), 'bold') ?? bold());
        break;
      case 'text:s':
        pieces.push({ text: ' '.repeat(Math.min(1000, Math.max(1, Number(attribute(attributes, 'text:c') ?? 1) || 1))), bold: bold() });
        break;
      case 'text:tab':
        pieces.push({ text: '\t', bold: bold() });
        break;
      case 'text:line-break':
        pieces.push({ text: '\n', bold: false });
        break;
      case 'text:list-item':
      case 'text:list-header':
        if (!selfClosing) listItems++, (itemStarted = false);
        break;
      case 'table:table':
        if (!selfClosing) tables.open();
        break;
      case 'table:table-row':
        if (!selfClosing) tables.row();
        break;
      case 'table:table-cell':
        // An empty cell (<table:table-cell/>) still takes its column.
        tables.openCell();
        if (selfClosing) tables.closeCell();
        break;
    }
  }
  return blocks.join('\n\n') + '\n';
}
