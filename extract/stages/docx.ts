// Word documents (.docx: how interviews are typed up and how transcription services deliver them) read as the
// Markdown the rest of the pipeline reads: headings as "#", bold runs as "**", tables as "| … |" rows, one blank
// line between paragraphs. Only the body's text is taken: deleted revisions, field codes, text boxes and the
// fallback copies of drawings are left out; comments, footnotes and headers live in other parts and are not read.
import { unzipSync } from 'fflate';
import { InputError } from '../errors.ts';
import { decodeXmlEntities as decodeEntities, escapeBlockStart, paragraphMarkdown, TableReader, XML_TOKEN, xmlAttribute as attribute, type Piece } from './richtext.ts';

const MAIN_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const RELS_PART = '_rels/.rels';
/** A body part larger than this once unzipped is refused (a 300-page transcript's is about 10 MB). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

/** Whether a zip archive holds a Word document: its central directory names the main part. */
export function isDocx(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('word/document.xml');
}

/** The text of a .docx file as Markdown; a damaged archive or one with no document body is an InputError. */
export function docxText(bytes: Uint8Array, path: string): string {
  const parts = unzipParts(bytes, path, (name) => name === MAIN_PART || name === STYLES_PART || name === RELS_PART);
  let main = parts[MAIN_PART];
  if (!main && parts[RELS_PART]) {
    // The body is almost always word/document.xml; the package's relationships say where it is otherwise.
    const target = /Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"|Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(utf8(parts[RELS_PART]));
    const name = target ? (target[1] ?? target[2]) : null;
    if (name) main = unzipParts(bytes, path, (entry) => entry === name)[name];
  }
  if (!main) throw new InputError(`${path}: a zip archive with no Word document body in it (a .pages file?); save the transcript as .docx, plain text or Markdown`);
  const headings = parts[STYLES_PART] ? headingStyles(utf8(parts[STYLES_PART])) : new Map<string, number>();
  return bodyMarkdown(utf8(main), headings);
}

function unzipParts(bytes: Uint8Array, path: string, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) throw new InputError(`${path}: its document body unzips to ${Math.round(file.originalSize / 1048576)} MB, more than a transcript holds`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: a damaged .docx file (it cannot be unzipped: ${(error as Error).message || 'bad data'})`);
  }
}

const utf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

/**
 * Heading level by paragraph style id, from styles.xml. Style ids are translated in localised Word ("berschrift1",
 * "1"), their names are not: "heading 1" … "heading 6", and "Title" as a level-1 heading.
 */
function headingStyles(xml: string): Map<string, number> {
  const levels = new Map<string, number>();
  for (const style of xml.matchAll(/<w:style\b[^>]*\bw:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const name = /<w:name\b[^>]*\bw:val="([^"]+)"/.exec(style[2])?.[1].toLowerCase();
    const heading = name ? /^heading ([1-6])$/.exec(name) : null;
    if (heading) levels.set(style[1], Number(heading[1]));
    else if (name === 'title') levels.set(style[1], 1);
  }
  return levels;
}

/** Elements whose content is not the body's text: deleted revisions, field codes, text boxes, drawing fallbacks. */
const SKIPPED = new Set(['w:del', 'w:instrText', 'w:delInstrText', 'w:txbxContent', 'mc:Fallback', 'w:footnoteReference', 'w:commentReference']);

/** The body of document.xml as Markdown paragraphs. */
function bodyMarkdown(xml: string, headings: Map<string, number>): string {
  const blocks: string[] = [];
  let pieces: Piece[] = [];
  let style = '';
  let listItem = false;
  let inRun = false;
  let inRunProps = false;
  let bold = false;
  let inText = false;
  let skip = 0;
  const tables = new TableReader();

  const endParagraph = () => {
    const text = paragraphMarkdown(pieces);
    pieces = [];
    const level = headings.get(style) ?? 0;
    if (tables.cell) {
      if (text) tables.cell.push(text);
    } else if (text) {
      blocks.push(level ? `${'#'.repeat(level)} ${text.replace(/\*\*/g, '')}` : listItem ? `- ${text}` : escapeBlockStart(text));
    }
    style = '';
    listItem = false;
  };

  for (const token of xml.matchAll(XML_TOKEN)) {
    const [, closing, name, attributes, selfClosing, text] = token;
    if (text !== undefined) {
      if (inText && !skip) pieces.push({ text: decodeEntities(text), bold });
      continue;
    }
    if (!name) continue; // a declaration or comment
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip) continue;
    if (closing) {
      if (name === 'w:p') endParagraph();
      else if (name === 'w:r') (inRun = false), (bold = false);
      else if (name === 'w:rPr') inRunProps = false;
      else if (name === 'w:t') inText = false;
      else if (name === 'w:tc') tables.closeCell();
      else if (name === 'w:tbl') {
        const block = tables.close();
        if (block) blocks.push(block);
      }
      continue;
    }
    switch (name) {
      case 'w:p':
        if (selfClosing) endParagraph();
        break;
      case 'w:pStyle':
        style = attribute(attributes, 'w:val') ?? '';
        break;
      case 'w:numPr':
        listItem = true;
        break;
      case 'w:r':
        if (!selfClosing) (inRun = true), (bold = false);
        break;
      case 'w:rPr':
        if (!selfClosing) inRunProps = inRun;
        break;
      case 'w:b':
        if (inRunProps) bold = !/^(?:0|false|off)$/i.test(attribute(attributes, 'w:val') ?? 'true');
        break;
      case 'w:t':
        if (!selfClosing) inText = true;
        break;
      case 'w:tab':
        if (inRun) pieces.push({ text: '\t', bold });
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun && attribute(attributes, 'w:type') !== 'page') pieces.push({ text: '\n', bold: false });
        break;
      case 'w:noBreakHyphen':
        pieces.push({ text: '-', bold });
        break;
      case 'w:tbl':
        if (!selfClosing) tables.open();
        break;
      case 'w:tr':
        if (!selfClosing) tables.row();
        break;
      case 'w:tc':
        if (!selfClosing) tables.openCell();
        break;
    }
  }
  return blocks.join('\n\n') + '\n';
}
