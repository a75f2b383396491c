// Subtitle dumps (SRT, WebVTT) and invisible characters: cue numbers, timing lines and WEBVTT headers removed,
// `<v Name>` voice tags turned into `Name:` labels, cues of one file joined into running text.

const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$/;
const SPEAKER_START = /^(?:-\s*)?[^\s:：][^:：]{0,40}[:：]\s|^\[[^\]]{1,40}\]\s|^>>\s?/;
const CUE_NUMBER = /^\s*\d{1,6}\s*$/;
/** "Jane Doe: …": the name a cue opens with. */
const NAMED_CUE = /^([^\s:：\[>-][^:：]{0,40})[:：]\s/;
const VOICE = /^<v(?:\.[\w.-]+)?\s+([^>]{1,60})>/;
const TAGS = /<\/?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]{0,80})?>|<\d{1,2}:\d{2}[^>]{0,10}>/g;
/** Zero-width space, word joiner, soft hyphen and a BOM inside the text: invisible, and they split names. */
const INVISIBLE = /[\u200b\u2060\u00ad\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.search(INVISIBLE) < 0 ? text : text.replace(INVISIBLE, '');
}

/** Whether the lines are a subtitle dump: at least two `00:00:01,000 --> 00:00:04,000` timing lines. */
function isSubtitles(lines: string[]): boolean {
  let timings = 0;
  for (let i = 0; i < lines.length && i < 400; i++) if (TIMING.test(lines[i]) && ++timings >= 2) return true;
  return false;
}

/**
 * The text of a subtitle dump, or null when the lines are no subtitles. Cue numbers, timing lines, the WEBVTT
 * header and NOTE/STYLE blocks go; cue text lines run on (blank lines between cues dropped) so that a sentence
 * split over cues is one paragraph, and a `Name:` at the start of a cue still opens a turn.
 */
export function subtitleText(lines: string[]): string[] | null {
  if (!isSubtitles(lines)) return null;
  const out: string[] = [];
  let skipping = false; // inside a WEBVTT header, NOTE, STYLE or REGION block
  let speaking: string | null = null; // the name that opened the last cue with one
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) {
      skipping = false;
      continue;
    }
    if (i === 0 && /^WEBVTT\b/.test(line)) skipping = true;
    if (/^(?:NOTE|STYLE|REGION)\b/.test(line) && !out.length) skipping = true;
    if (skipping || TIMING.test(line)) continue;
    // A cue's number (SRT) or identifier (WebVTT: Teams writes "0f1b5e2a-…/12-0") is the line over its timing.
    if ((CUE_NUMBER.test(line) || !(lines[i - 1] ?? '').trim()) && TIMING.test(lines[i + 1] ?? '')) continue;
    const voice = VOICE.exec(line);
    let text = (voice ? `${voice[1].trim()}: ${line.slice(voice[0].length)}` : line).replace(TAGS, '').trim();
    if (!text || text === out[out.length - 1]) continue; // rolling captions repeat the previous line
    if (SPEAKER_START.test(text)) {
      // "Jane Doe: …" opens a paragraph, maybe a turn; the same name at the start of her next cue goes on with it.
      const name = NAMED_CUE.exec(text)?.[1];
      if (name !== undefined && name === speaking) text = text.slice(name.length + 1).trim();
      else if (out.length) out.push('');
      speaking = name ?? null;
    }
    out.push(text);
  }
  return out;
}
