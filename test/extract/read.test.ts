// Tests for extract/stages/read.ts: decoding, document ids and every bad input the reader must refuse in one line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { readTranscript } from '../../extract/stages/read.ts';
import { segment } from '../../extract/stages/segment.ts';

const dir = mkdtempSync(join(tmpdir(), 'turngraph-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readTranscript', () => {
  it.each([
    ['talk.md', 'talk'],
    ['talk.zh.md', 'talk.zh'],
    ['notes.markdown', 'notes'],
    ['raw.txt', 'raw'],
    ['zoom-call.vtt', 'zoom-call'],
    ['Interview.SRT', 'Interview'],
    ['Interview 3.docx', 'Interview 3'],
    ['plain', 'plain'],
  ])('gives %s the document id %s', (name, id) => {
    expect(readTranscript(file(name, 'Q: hi\nA: hello\n')).id).toBe(id);
  });

  it('strips a BOM and folds CRLF and CR line ends to LF', () => {
    const source = readTranscript(file('bom.md', '\uFEFFQ: one\r\nA: two\rQ: three\n'));
    expect(source.text).toBe('Q: one\nA: two\nQ: three\n');
  });

  it.each([
    ['UTF-16LE', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads a %s file with its byte order mark (Windows "Unicode" text) as the same transcript', (name, encode) => {
    const text = '主持人：欢迎陶哲轩。\r\nTerence Tao: Thank you — 谢谢。\r\n';
    const source = readTranscript(file(`${name}.md`, encode(text)));
    expect(source.text).toBe('主持人：欢迎陶哲轩。\nTerence Tao: Thank you — 谢谢。\n');
  });

  it.each([
    ['an otter.ai export with Windows line ends (label and time on one line, words on the next)', 'otter.txt', 'Speaker 1  00:01:02\r\nHello there.\r\n\r\nSpeaker 2  00:01:05\r\nHi, how are you?\r\n\r\nSpeaker 1\t00:01:09\r\nFine.\r\n'],
    ['an SRT file with Windows line ends', 'talk.srt.txt', '1\r\n00:00:01,000 --> 00:00:02,000\r\nSpeaker 1: Hello there.\r\n\r\n2\r\n00:00:02,000 --> 00:00:04,000\r\nSpeaker 2: Hi, how are you?\r\n\r\n3\r\n00:00:04,000 --> 00:00:05,000\r\nSpeaker 1: Fine.\r\n'],
  ])('reads and segments %s', (_, name, content) => {
    const doc = segment(readTranscript(file(name, content)));
    expect(doc.segments.map((s) => `${s.kind} ${s.speakerLabel}: ${s.text}`)).toEqual([
      'turn Speaker 1: Hello there.',
      'turn Speaker 2: Hi, how are you?',
      'turn Speaker 1: Fine.',
    ]);
  });

  it('reads a Chinese transcript saved as GBK (GB18030), as Chinese Windows tools save it', () => {
    const gbk = new Uint8Array([0xd6, 0xf7, 0xb3, 0xd6, 0xc8, 0xcb, 0xa3, 0xba, 0xc4, 0xe3, 0xba, 0xc3, 0x0d, 0x0a]); // 主持人：你好
    expect(readTranscript(file('gbk.md', gbk)).text).toBe('主持人：你好\n');
  });

  it('reads a traditional Chinese transcript saved as Big5, as Taiwanese and Hong Kong tools save it', () => {
    const big5 = new Uint8Array([165, 68, 171, 249, 164, 72, 161, 71, 167, 65, 166, 110, 13, 10]); // 主持人：你好
    expect(readTranscript(file('big5.md', big5)).text).toBe('主持人：你好\n');
  });

  it('reads a Western transcript saved as Windows-1252 or Latin-1, curly quotes and dashes included', () => {
    const cp1252 = Buffer.from('Host: Today we\x92re talking with Ren\xe9e Dubois \x96 welcome.\n', 'latin1');
    expect(readTranscript(file('cp1252.txt', cp1252)).text).toBe('Host: Today we’re talking with Renée Dubois – welcome.\n');
    // accented letters that would pair up as GBK characters do not make it Chinese
    const latin1 = Buffer.from('Host: Señor Müller spricht über Zürich und Köln.\n', 'latin1');
    expect(readTranscript(file('latin1.txt', latin1)).text).toBe('Host: Señor Müller spricht über Zürich und Köln.\n');
  });

  it('keeps the path as given', () => {
    const path = file('path.md', 'text');
    expect(readTranscript(path).path).toBe(path);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing path', () => join(dir, 'nope.md'), /nope\.md: no such file/],
    ['a directory', () => (mkdirSync(join(dir, 'folder.md'), { recursive: true }), join(dir, 'folder.md')), /is a directory/],
    ['an empty file', () => file('empty.md', ''), /file is empty/],
    ['a whitespace-only file', () => file('blank.md', ' \n\t\r\n  '), /file is empty/],
    ['a BOM-only file', () => file('bomonly.md', '\uFEFF'), /file is empty/],
    ['a binary file', () => file('image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), /binary file/],
    ['bytes no encoding it knows reads', () => file('unknown.md', new Uint8Array([0x63, 0x61, 0x66, 0x81, 0x20, 0x0a])), /not valid UTF-8, nor GBK, Big5 or Windows-1252 text; save the transcript as UTF-8 text/],
    ['a UTF-16 mark before bytes that are not UTF-16', () => file('half.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc])), /not valid UTF-16/],
    ['UTF-16 text with NUL characters', () => file('nul16.md', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00])), /binary file/],
    ['an empty path', () => '', /no transcript path/],
    // Office and print documents say what they are, not "binary" or "not UTF-8".
    ['a PDF', () => file('talk.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3])), /talk\.pdf: a PDF file, not a text transcript; save it as plain text/],
    ['a zip archive with no Word document in it', () => file('talk.pages', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])), /a zip archive but no Word or OpenDocument text \(a \.pages file\?\)/],
    ['an old .doc', () => file('talk.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), /an old Word \(\.doc\) or password-protected Office file/],
  ];
  it.each(bad)('refuses %s with one InputError line', (_, make, message) => {
    expect(refusal(make())).toMatch(message);
  });

  it('reads and segments a 50 MB single-line file', () => {
    // A long line full of near-miss labels, colons, brackets and wraps a backtracking regex would choke on.
    const unit = '主持人说：比如 [00:12] **半粗 Note: https://x.y/ ** [link](http://a 中文English混排。';
    const line = unit.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(unit)));
    const path = file('huge.txt', line);
    const source = readTranscript(path);
    expect(source.text.length).toBe(line.length);
    const doc = segment(source);
    expect(doc.segments).toHaveLength(1);
    expect(doc.segments[0].kind).toBe('narration');
    expect(doc.segments[0].text.length).toBeGreaterThan(line.length * 0.8);
  });
});
