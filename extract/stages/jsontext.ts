// Transcripts saved as JSON by speech-to-text tools (Whisper and WhisperX "segments", AssemblyAI and Deepgram
// "utterances", exports of meeting tools): the list of pieces with the most words in it, each piece's text and,
// where it says, its speaker. Consecutive pieces of one speaker make one "**Speaker:** text" paragraph, bold as the
// file says who speaks, so the usual label rules read them; pieces with no speaker run on as narration. The field
// names are segment.json's tableColumns, the words a table transcript's header uses too.
import { InputError } from '../errors.ts';
import { TABLE_COLUMNS } from './segment/rules.ts';
import { isCjk } from './segment/text.ts';

/** How deep into the JSON the list of pieces is looked for ({"results": {"utterances": […]}} is 2). */
const MAX_DEPTH = 6;
/** Pieces without a speaker are gathered into paragraphs of about this many characters. */
const PARAGRAPH_CHARS = 1200;

interface Piece {
  speaker: string | null;
  text: string;
}

/** Whether a file's text opens as JSON does (an object or a list), which a transcript in words never does. */
export function looksLikeJson(text: string): boolean {
  const start = /\S/.exec(text)?.[0];
  return start === '{' || start === '[';
}

/** The transcript in a JSON file as Markdown paragraphs; JSON with no list of texts in it is an InputError. */
export function jsonTranscriptText(text: string, path: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (isObject(value) && Array.isArray(value.nodes) && Array.isArray(value.edges)) {
    throw new InputError(`${path}: a graph file (nodes and edges), not a transcript`); // turngraph's own output
  }
  const pieces = bestList(value, 0);
  if (!pieces) {
    const whole = isObject(value) ? textField(value) : null; // Whisper's JSON without its segments
    if (whole) return `${whole.trim()}\n`;
    throw new InputError(`${path}: JSON with no transcript in it (no list of pieces with a "text" field)`);
  }
  return paragraphs(pieces).join('\n\n') + '\n';
}

/** Of the lists of objects with a text field, searched to MAX_DEPTH, the one holding the most text. */
function bestList(value: unknown, depth: number): Piece[] | null {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return null;
  let best: Piece[] | null = null;
  let bestChars = 0;
  // The most text wins, text with speakers counting twice: Deepgram's one-piece "alternatives" hold the same
  // words as its "utterances", which say who spoke.
  const consider = (pieces: Piece[] | null) => {
    if (!pieces) return;
    const chars = pieces.reduce((n, piece) => n + piece.text.length, 0) * (pieces.some((piece) => piece.speaker !== null) ? 2 : 1);
    if (chars > bestChars) (best = pieces), (bestChars = chars);
  };
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    const pieces = objects.flatMap((item) => {
      const text = textField(item);
      return text === null ? [] : [{ speaker: speakerField(item), text }];
    });
    if (pieces.length && pieces.length * 5 >= value.length * 4) consider(pieces); // at least four in five are pieces
    for (const item of objects) consider(bestList(item, depth + 1)); // a list inside a list's items
  } else {
    for (const child of Object.values(value)) consider(bestList(child, depth + 1));
  }
  return best;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** "speaker_label", "speakerLabel", "Speaker-Label" → "speaker label", as tableColumns writes its words. */
const fieldWords = (key: string): string =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();

function textField(item: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(item)) if (typeof value === 'string' && TABLE_COLUMNS.text.has(fieldWords(key))) return value;
  return null;
}

/** The piece's speaker as a label: "SPEAKER_00" and "Dana Ruiz" as written, a bare 0 or "A" as "Speaker 0". */
function speakerField(item: Record<string, unknown>): string | null {
  for (const [key, value] of Object.entries(item)) {
    if (!TABLE_COLUMNS.speaker.has(fieldWords(key))) continue;
    const label = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (!label) continue;
    return /^(?:\d{1,2}|[A-Z])$/.test(label) ? `Speaker ${label}` : label;
  }
  return null;
}

/** One paragraph per run of one speaker; pieces without one gathered up to PARAGRAPH_CHARS. */
function paragraphs(pieces: Piece[]): string[] {
  const out: string[] = [];
  let speaker: string | null = null;
  let words = '';
  const flush = () => {
    if (words) out.push(speaker === null ? words : `**${speaker}:** ${words}`);
    words = '';
  };
  for (const piece of pieces) {
    const text = piece.text.trim();
    if (!text) continue;
    if (piece.speaker !== speaker || (speaker === null && words.length >= PARAGRAPH_CHARS)) {
      flush();
      speaker = piece.speaker;
    }
    words = !words ? text : isCjk(words.charCodeAt(words.length - 1)) || isCjk(text.charCodeAt(0)) ? words + text : `${words} ${text}`;
  }
  flush();
  return out;
}
