// Tests for RTF documents (extract/stages/rtf.ts, through extract/stages/read.ts): what TextEdit and Word save
// reads as the transcript a person typed. textedit.en.rtf is laid out as TextEdit 15 saves a document (bold labels
// through a bold font and \b, "\" line ends for paragraphs, \uc0\u Chinese); the rest is written here as Word
// writes it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { extractDocument } from '../../extract/index.ts';
import { readTranscript } from '../../extract/stages/read.ts';
import { segment } from '../../extract/stages/segment.ts';
import { context, relationLines } from './extract-text.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const dir = mkdtempSync(join(tmpdir(), 'turngraph-rtf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const turns = (path: string) => segment(readTranscript(path)).segments.map((s) => `${s.kind}|${s.speakerLabel ?? ''}|${s.text}`);

describe('an RTF transcript', () => {
  it('reads a TextEdit document: its bold labels, code-page and Unicode characters, and relations', () => {
    const path = join(FIXTURES, 'textedit.en.rtf');
    expect(turns(path)).toEqual([
      'narration||Interview with Renée Dubois',
      'narration||Recorded in Lyon. Renée Dubois founded Atelier Vert in 2019.',
      'turn|Host|Renée, why did you leave L’Oréal?',
      'turn|Renée Dubois|I wanted my own lab. At L’Oréal I ran skincare research for six years. 我们在上海也有团队。',
      'turn|Host|And Atelier Vert today?',
      'turn|Renée Dubois|Forty people, and Sephora sells our serums.',
    ]);
    expect(relationLines(extractDocument(readTranscript(path), context))).toContain('Renée Dubois -FOUNDED-> Atelier Vert');
  });

  it("reads Word's RTF: paragraphs, a field's shown text, \\uN with its stand-in, a table, and nothing from headers or style tables", () => {
    const rtf = String.raw`{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}{\*\generator Microsoft Word 16;}{\info{\title Secret title}{\author Ana}}
{\stylesheet{\s0 Normal;}}{\header \pard\plain Page header text\par}
\pard\plain {\b Host:} Welcome. Today we talk about {\field{\*\fldinst { HYPERLINK "https://example.org" }}{\fldrslt {Kyutai Labs}}}.\par
\pard {\b Guest:} Thanks. We call it Mosh\u237?, and it runs on one GPU.\par
\pard\par
\trowd\cellx3000\cellx6000\pard\intbl\b Speaker\b0\cell Text\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Host\cell Latency?\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Guest\cell Two hundred milliseconds \{median\}.\cell\row
\pard\par}`;
    expect(turns(file('word.rtf', rtf))).toEqual([
      'turn|Host|Welcome. Today we talk about Kyutai Labs.',
      'turn|Guest|Thanks. We call it Moshí, and it runs on one GPU.',
      'turn|Host|Latency?',
      'turn|Guest|Two hundred milliseconds {median}.',
    ]);
  });

  it('decodes a Chinese code page (\\ansicpg936, GBK bytes)', () => {
    const gbkBytes: Record<string, number[]> = { 主持人: [0xd6, 0xf7, 0xb3, 0xd6, 0xc8, 0xcb], 你好: [0xc4, 0xe3, 0xba, 0xc3] };
    const hex = (text: string) => gbkBytes[text].map((b) => `\\'${b.toString(16)}`).join('');
    const rtf = `{\\rtf1\\ansi\\ansicpg936 {\\b ${hex('主持人')}:} ${hex('你好')}\\par {\\b Guest:} Hi.\\par ${'{\\b '}${hex('主持人')}:} ${hex('你好')}\\par}`;
    expect(turns(file('gbk.rtf', rtf))).toEqual(['turn|主持人|你好', 'turn|Guest|Hi.', 'turn|主持人|你好']);
  });

  it.each([
    ['an RTF document cut off before any text', '{\\rtf1\\ansi{\\fonttbl{\\f0 Helvetica;}', /cut\.rtf: a damaged RTF document/],
    ['an RTF document with no text', '{\\rtf1\\ansi{\\fonttbl{\\f0 Helvetica;}}\\pard\\par}', /cut\.rtf: file is empty/],
  ])('refuses %s with one InputError line', (_, rtf, message) => {
    expect(refusal(file('cut.rtf', rtf))).toMatch(message);
  });
});
