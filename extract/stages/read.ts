// Stage 1, read: one transcript file from disk, validated and decoded. The only stage that touches the disk.
// Missing paths, directories, empty, binary and undecodable files throw an InputError with a one-line message.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.ts';
import { windows1252 } from './codepages.ts';
import { docxText, isDocx } from './docx.ts';
import { jsonTranscriptText, looksLikeJson } from './jsontext.ts';
import { isOpenDocument, odtText } from './odt.ts';
import { isRtf, rtfText } from './rtf.ts';
import { cjkShare } from './segment/text.ts';
import type { SourceText } from '../types.ts';

/** Transcript file extensions: what a folder scan picks up, and what a document id leaves out. Subtitle files
 * (SubRip, WebVTT: what Zoom and video editors save) are read as their cues' text, web pages as their article's,
 * Word, OpenDocument and RTF documents as their body's (docx.ts, odt.ts, rtf.ts), speech-to-text JSON as its pieces' (jsontext.ts). */
export const TRANSCRIPT_EXTENSIONS = ['.md', '.markdown', '.txt', '.vtt', '.srt', '.html', '.htm', '.docx', '.odt', '.rtf', '.json'];

/** Document id from the file name: the basename without its transcript extension. */
export function documentId(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  const ext = TRANSCRIPT_EXTENSIONS.find((e) => lower.endsWith(e));
  return (ext ? name.slice(0, -ext.length) : name) || name;
}

/**
 * Decode UTF-8 strictly, or UTF-16 when the file starts with its byte order mark (what Windows editors save as
 * "Unicode"); a file that is neither is read as Chinese GB18030/GBK or Big5 when it reads as Chinese, else as
 * Windows-1252 (Latin-1) when its bytes look so; strip the mark, fold CRLF and CR line ends to LF.
 */
export function decodeTranscript(bytes: Uint8Array, path: string): string {
  if (isZip(bytes) && isDocx(bytes)) return nonEmpty(docxText(bytes, path), path);
  if (isZip(bytes) && isOpenDocument(bytes)) return nonEmpty(odtText(bytes, path), path);
  if (isRtf(bytes)) return nonEmpty(rtfText(bytes, path), path);
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const kind = documentKind(bytes);
  if (kind) throw new InputError(`${path}: ${kind}, not a text transcript; save it as plain text (.txt), Markdown or .docx first`);
  if (!utf16 && bytes.indexOf(0) !== -1) throw new InputError(`${path}: binary file (contains NUL bytes), expected a text transcript`);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (utf16) throw new InputError(`${path}: starts as UTF-16 text but is not valid UTF-16; save the transcript as UTF-8 text`);
    const legacy = chineseLegacyText(bytes, 'gb18030') ?? chineseLegacyText(bytes, 'big5') ?? westernLegacyText(bytes);
    if (legacy === null) throw new InputError(`${path}: not valid UTF-8, nor GBK, Big5 or Windows-1252 text; save the transcript as UTF-8 text`);
    text = legacy;
  }
  if (text.includes('\0')) throw new InputError(`${path}: binary file (contains NUL characters), expected a text transcript`);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return nonEmpty(text, path);
}

function nonEmpty(text: string, path: string): string {
  if (!text.trim()) throw new InputError(`${path}: file is empty`);
  return text;
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04; // PK

/**
 * The text of a file that is not UTF-8 but Chinese in GB18030 (GBK, GB2312: what Chinese Windows and older tools
 * save) or Big5 (traditional Chinese, Taiwan and Hong Kong), or null. It must decode without an error and read as
 * Chinese: at least a third of its letters Han, so a Latin-1 file whose accented letters happen to pair up as GBK is
 * not taken for one.
 */
function chineseLegacyText(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): string | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return cjkShare([text]) >= 1 / 3 ? text : null;
}

const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * The text of a file in Windows-1252 or Latin-1 (what Western Windows tools save: "Renée", "we’re" with a curly
 * apostrophe), or null. Such bytes above 0x7F mostly stand alone between ASCII ones, where the multi-byte encodings
 * (GBK, Big5, Shift-JIS) set them in pairs: at most a fifth of them may be followed by another, and none may be a
 * byte Windows-1252 leaves undefined.
 */
function westernLegacyText(bytes: Uint8Array): string | null {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    if (CP1252_UNDEFINED.has(bytes[i])) return null;
    high++;
    if (i + 1 < bytes.length && bytes[i + 1] >= 0x80) paired++;
  }
  if (paired * 5 > high) return null;
  return windows1252(bytes);
}

/** What an office or print document is, by its first bytes; null for anything else. */
function documentKind(bytes: Uint8Array): string | null {
  const starts = (...codes: number[]) => codes.every((c, i) => bytes[i] === c);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'a PDF file'; // %PDF-: `pdftotext FILE.pdf` makes the text
  if (isZip(bytes)) return 'a zip archive but no Word or OpenDocument text (a .pages file?)'; // .docx and .odt are read
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Word (.doc) or password-protected Office file';
  return null;
}

export function readTranscript(path: string): SourceText {
  if (!path) throw new InputError('no transcript path given');
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, expected a transcript file (${TRANSCRIPT_EXTENSIONS.join(', ')})`);
  if (!stats.isFile()) throw new InputError(`${path}: not a regular file`);
  if (stats.size === 0) throw new InputError(`${path}: file is empty`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const text = decodeTranscript(bytes, path);
  // Whisper, WhisperX, AssemblyAI and Deepgram save JSON: a .json file is read as its pieces of text.
  return { id: documentId(path), path, text: path.toLowerCase().endsWith('.json') && looksLikeJson(text) ? jsonTranscriptText(text, path) : text };
}
