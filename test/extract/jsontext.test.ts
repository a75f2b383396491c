// Tests for speech-to-text JSON (extract/stages/jsontext.ts, through extract/stages/read.ts): each tool's shape,
// written here as the tool writes it (fields trimmed), reads as the turns of who said what.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { refusal } from './refusal.ts';
import { extractDocument } from '../../extract/index.ts';
import { readTranscript } from '../../extract/stages/read.ts';
import { context, relationLines } from './extract-text.ts';

const dir = mkdtempSync(join(tmpdir(), 'turngraph-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const HOST = "Welcome to Grid Talk. Today I'm talking with Priya Natarajan.";
const GUEST = 'Thanks. Before Fluence I spent six years at Tesla.';

/** Who speaks each turn, by the graph's label, and the turn's text. */
function spoken(path: string): string[] {
  const doc = extractDocument(readTranscript(path), context);
  const label = new Map(doc.entities.map((e) => [e.key, e.label]));
  return doc.turns.map((t) => `${t.speaker ? label.get(t.speaker) : `(${t.kind})`}: ${t.text}`);
}

describe('a speech-to-text JSON transcript', () => {
  it.each([
    ['WhisperX segments, words inside', { segments: [{ start: 0.03, end: 1.9, text: ' Welcome to Grid Talk.', words: [{ word: 'Welcome', start: 0.03, speaker: 'SPEAKER_00' }], speaker: 'SPEAKER_00' }, { start: 2, end: 4, text: " Today I'm talking with Priya Natarajan.", speaker: 'SPEAKER_00' }, { start: 4.1, end: 9, text: ` ${GUEST}`, speaker: 'SPEAKER_01' }], word_segments: [{ word: 'Welcome', start: 0.03 }] }, 'SPEAKER_00'],
    ['AssemblyAI utterances beside its words', { id: 'x', status: 'completed', text: `${HOST} ${GUEST}`, words: [{ text: 'Welcome', start: 10, speaker: 'A' }], utterances: [{ speaker: 'A', start: 10, text: HOST, words: [] }, { speaker: 'B', start: 4100, text: GUEST, words: [] }] }, 'Speaker A'],
    ['Deepgram utterances beside the whole transcript', { metadata: { duration: 9 }, results: { channels: [{ alternatives: [{ transcript: `${HOST} ${GUEST}`.toLowerCase(), words: [{ word: 'welcome', speaker: 0 }] }] }], utterances: [{ start: 0.1, transcript: HOST, speaker: 0 }, { start: 4.1, transcript: GUEST, speaker: 1 }] } }, 'Speaker 0'],
    ['a meeting export with camelCase fields', [{ speakerLabel: 'Lena Fischer', startTime: '00:00:01', content: HOST }, { speakerLabel: 'Priya Natarajan', startTime: '00:00:05', content: GUEST }], 'Lena Fischer'],
  ])('%s: one turn per speaker, the welcomed guest named', (_, value, host) => {
    expect(spoken(file('call.json', value))).toEqual([`${host}: ${HOST}`, `Priya Natarajan: ${GUEST}`]);
  });

  it('joins Chinese pieces without spaces and reads relations from them', () => {
    const path = file('zh.json', [
      { speaker: '主持人', text: '欢迎收听。今天的嘉宾是宁德时代前副总裁陈立。' },
      { speaker: '主持人', text: '陈总，你为什么创办星储科技？' },
      { speaker: '陈立', text: '我在宁德时代做了九年储能业务，' },
      { speaker: '陈立', text: '2022年离开，创办了星储科技。' },
    ]);
    const doc = extractDocument(readTranscript(path), context);
    expect(doc.turns.map((t) => t.text)).toEqual(['欢迎收听。今天的嘉宾是宁德时代前副总裁陈立。陈总，你为什么创办星储科技？', '我在宁德时代做了九年储能业务，2022年离开，创办了星储科技。']);
    expect(relationLines(doc)).toEqual(expect.arrayContaining(['陈立 -WORKED_AT-> CATL', '陈立 -FOUNDED-> 星储科技']));
  });

  it("reads Whisper's segments without speakers as narration, and its top-level text when there are no segments", () => {
    expect(spoken(file('w.json', { text: 'x', segments: [{ id: 0, start: 0, text: ' Welcome to Grid Talk.', tokens: [1] }, { id: 1, start: 2, text: ' Priya Natarajan runs storage at Fluence.', tokens: [2] }], language: 'en' }))).toEqual([
      '(narration): Welcome to Grid Talk. Priya Natarajan runs storage at Fluence.',
    ]);
    expect(spoken(file('t.json', { text: ' Priya Natarajan runs storage at Fluence.', language: 'en' }))).toEqual(['(narration): Priya Natarajan runs storage at Fluence.']);
  });

  it.each([
    ['JSON cut off half way', 'cut.json', '{"segments": [{"text": "Welcome', /cut\.json: not valid JSON \(/],
    ['JSON that holds no transcript', 'package.json', { name: 'my-project', version: '1.0.0', scripts: { start: 'node index.js' } }, /package\.json: JSON with no transcript in it/],
    // a graph turngraph wrote holds turns with text and speakers: built again, it would count every turn twice
    ['a graph file', 'graph.json', { attributes: { turns: [{ id: 'a#0', speakerLabel: 'Host', text: HOST }] }, nodes: [], edges: [] }, /graph\.json: a graph file \(nodes and edges\), not a transcript/],
  ])('refuses %s with one InputError line', (_, name, value, message) => {
    const path = file(name, value);
    expect(refusal(path)).toMatch(message);
  });
});
