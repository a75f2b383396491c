// Stage 1, read: one transcript file from disk, validated and decoded. The only stage that touches the disk.
// Missing paths, directories, empty, binary and non-UTF-8 files throw an InputError with a one-line message.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InputError } from '../errors.ts';
import type { SourceText } from '../types.ts';

const EXTENSIONS = /\.(?:md|markdown|txt)$/i;

/** Document id from the file name: the basename without .md / .markdown / .txt. */
export function documentId(path: string): string {
  return basename(path).replace(EXTENSIONS, '') || basename(path);
}

/** Decode UTF-8 strictly, strip a BOM, fold CRLF and CR line ends to LF. */
export function decodeTranscript(bytes: Uint8Array, path: string): string {
  if (bytes.indexOf(0) !== -1) throw new InputError(`${path}: binary file (contains NUL bytes), expected a text transcript`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8; save the transcript as UTF-8 text`);
  }
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
  if (stats.isDirectory()) throw new InputError(`${path}: is a directory, expected a transcript file (.md, .markdown, .txt)`);
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
