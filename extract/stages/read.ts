// Stage 1, read: one transcript file from disk, validated and decoded. The only stage that touches the disk.
// Missing paths, directories, empty, binary and undecodable files throw an InputError with a one-line message.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.ts';
import type { SourceText } from '../types.ts';

/** Transcript file extensions: what a folder scan picks up, and what a document id leaves out. Subtitle files
 * (SubRip, WebVTT: what Zoom and video editors save) are read as their cues' text. */
export const TRANSCRIPT_EXTENSIONS = ['.md', '.markdown', '.txt', '.vtt', '.srt'];

/** Document id from the file name: the basename without its transcript extension. */
export function documentId(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  const ext = TRANSCRIPT_EXTENSIONS.find((e) => lower.endsWith(e));
  return (ext ? name.slice(0, -ext.length) : name) || name;
}

/**
 * Decode UTF-8 strictly, or UTF-16 when the file starts with its byte order mark (what Windows editors save as
 * "Unicode"); strip the mark, fold CRLF and CR line ends to LF.
 */
export function decodeTranscript(bytes: Uint8Array, path: string): string {
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!utf16 && bytes.indexOf(0) !== -1) throw new InputError(`${path}: binary file (contains NUL bytes), expected a text transcript`);
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (utf16) throw new InputError(`${path}: starts as UTF-16 text but is not valid UTF-16; save the transcript as UTF-8 text`);
    throw new InputError(`${path}: not valid UTF-8 (a GBK or Latin-1 file?); save the transcript as UTF-8 text`);
  }
  if (text.includes('\0')) throw new InputError(`${path}: binary file (contains NUL characters), expected a text transcript`);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError(`${path}: file is empty`);
  return text;
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
  return { id: documentId(path), path, text: decodeTranscript(bytes, path) };
}
