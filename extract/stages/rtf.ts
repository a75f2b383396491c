// RTF documents (.rtf: what TextEdit on a Mac and WordPad save by default) read as Markdown: paragraphs, bold runs
// as "**", table rows as "| … |", Unicode and code-page characters decoded. Font, colour and style tables, document
// info, pictures, headers, footers, footnotes, annotations and field instructions are left out; a field's shown
// text is kept.
import { InputError } from '../errors.ts';
import { windows1252 } from './codepages.ts';
import { escapeBlockStart, paragraphMarkdown, tableMarkdown, type Piece } from './richtext.ts';

/** Whether a file is RTF: it opens with "{\rtf". */
export function isRtf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74 && bytes[4] === 0x66;
}

/** Groups whose text is not the document's body. */
const SKIPPED = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'fldinst', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'expandedcolortbl', 'pgdsctbl', 'mmathPr', 'filetbl', 'revtbl', 'bkmkstart', 'bkmkend', 'nonshppict', 'shppict', 'blipuid']);

/** Windows code pages RTF names with \ansicpgN, as TextDecoder labels. */
const CODE_PAGES: Record<number, string> = { 437: 'ibm866', 874: 'windows-874', 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 1250: 'windows-1250', 1251: 'windows-1251', 1252: 'windows-1252', 1253: 'windows-1253', 1254: 'windows-1254', 1255: 'windows-1255', 1256: 'windows-1256', 1257: 'windows-1257', 1258: 'windows-1258', 10000: 'macintosh', 65001: 'utf-8' };

/** A decoder for Windows code page `n`, Windows-1252 when this Node has no such decoder. */
function codePage(n: number): (bytes: Uint8Array) => string {
  if (n === 1252 || !CODE_PAGES[n]) return windows1252;
  try {
    const decoder = new TextDecoder(CODE_PAGES[n]);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return windows1252;
  }
}

interface State {
  bold: boolean;
  skip: boolean;
  /** Characters to drop after a \uN (its stand-in for readers without Unicode), from \ucN. */
  uc: number;
}

const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)/g;

/** The text of an RTF file as Markdown paragraphs; a file that is not RTF inside is an InputError. */
export function rtfText(bytes: Uint8Array, path: string): string {
  const rtf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'); // RTF is 7-bit; \'hh escapes the rest
  let decode = windows1252;
  const blocks: string[] = [];
  const rows: string[][][] = [];
  let row: string[][] = [];
  let cell: string[] = [];
  let pieces: Piece[] = [];
  let state: State = { bold: false, skip: false, uc: 1 };
  const stack: State[] = [];
  let groupStart = false; // just after "{": a destination's control word comes next
  let pendingBytes: number[] = [];
  let dropChars = 0;
  let depth = 0;

  const flushBytes = () => {
    if (!pendingBytes.length) return;
    emit(decode(new Uint8Array(pendingBytes)));
    pendingBytes = [];
  };
  const emit = (text: string) => {
    if (state.skip || !text) return;
    if (dropChars) {
      const dropped = Math.min(dropChars, text.length);
      dropChars -= dropped;
      text = text.slice(dropped);
      if (!text) return;
    }
    pieces.push({ text, bold: state.bold });
  };
  const endParagraph = (inTable: boolean) => {
    flushBytes();
    const text = paragraphMarkdown(pieces);
    pieces = [];
    if (inTable) {
      if (text) cell.push(text);
      return;
    }
    if (rows.length) blocks.push(tableMarkdown(rows.splice(0)).join('\n'));
    if (text) blocks.push(escapeBlockStart(text));
  };
  let inTable = false;

  for (const token of rtf.matchAll(TOKEN)) {
    const [whole, word, param, hex, symbol, brace, text] = token;
    if (hex !== undefined) {
      if (dropChars) dropChars--;
      else if (!state.skip) pendingBytes.push(parseInt(hex, 16));
      groupStart = false;
      continue;
    }
    flushBytes();
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      depth++;
      continue;
    }
    if (brace === '}') {
      state = stack.pop() ?? state;
      groupStart = false;
      depth--;
      continue;
    }
    if (whole.startsWith('\r') || whole.startsWith('\n')) continue; // line ends in RTF source mean nothing
    const atGroupStart: boolean = groupStart;
    groupStart = false;
    if (text !== undefined) {
      emit(text);
      continue;
    }
    if (symbol !== undefined) {
      if (symbol === '*' && atGroupStart) state.skip = true; // {\* …}: a destination a reader may ignore
      else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
      else if (symbol === '~') emit('\u00a0');
      else if (symbol === '_') emit('-');
      else if (symbol === '\n' || symbol === '\r') endParagraph(inTable); // "\" at a line end: TextEdit's \par
      groupStart = symbol === '*' ? atGroupStart : false;
      continue;
    }
    const n = param === undefined ? null : Number(param);
    if (SKIPPED.has(word)) {
      state.skip = true;
      continue;
    }
    switch (word) {
      case 'rtf':
        break;
      case 'ansicpg':
        decode = codePage(n ?? 1252);
        break;
      case 'mac':
        decode = codePage(10000);
        break;
      case 'par':
      case 'sect':
        endParagraph(inTable);
        break;
      case 'line':
        emit('\n');
        break;
      case 'tab':
        emit('\t');
        break;
      case 'emdash':
        emit('—');
        break;
      case 'endash':
        emit('–');
        break;
      case 'lquote':
        emit('‘');
        break;
      case 'rquote':
        emit('’');
        break;
      case 'ldblquote':
        emit('“');
        break;
      case 'rdblquote':
        emit('”');
        break;
      case 'bullet':
        emit('•');
        break;
      case 'b':
        state.bold = n !== 0;
        break;
      case 'plain':
        state.bold = false;
        break;
      case 'uc':
        state.uc = n ?? 1;
        break;
      case 'u':
        if (n !== null) emit(String.fromCharCode(n < 0 ? n + 65536 : n));
        dropChars = state.uc;
        break;
      case 'intbl':
        inTable = true;
        break;
      case 'pard':
        inTable = false;
        break;
      case 'cell':
        endParagraph(true);
        row.push(cell);
        cell = [];
        inTable = true;
        break;
      case 'row':
        if (row.length) rows.push(row);
        row = [];
        inTable = false;
        break;
    }
  }
  if (depth !== 0 && !blocks.length && !pieces.length) throw new InputError(`${path}: a damaged RTF document (its braces do not close)`);
  endParagraph(false);
  return blocks.join('\n\n') + '\n';
}
