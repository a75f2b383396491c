// Extraction quality, measured as `turngraph eval` measures it: the sample against its gold annotation
// (issue 2's targets), and transcripts written before any lexicon tuning (test/fixtures) against theirs.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGraph, extractDocument, loadLexicon, loadRelationRules, readTranscript } from '../../extract/index.ts';
import { evaluate, formatReport, parseGold, parseGraph, type EvalReport } from '../../src/eval/index.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const context = { lexicon: loadLexicon(), rules: loadRelationRules() };

// The gold annotations of the sample and the held-out transcripts live in ../shared beside the checkout.
const SHARED = root + '../shared/gold';
const hasShared = existsSync(SHARED);
if (!hasShared) {
  if (process.env.CI === 'true') throw new Error(`quality tests: ${SHARED} is missing (CI must have ../shared beside the checkout)`);
  console.warn(`\n*** SKIPPING the sample and held-out quality tests: ${SHARED} is missing ***\n`);
}
const describeShared = hasShared ? describe : describe.skip;

function score(transcript: string, goldFile: string): EvalReport {
  const graph = buildGraph([extractDocument(readTranscript(root + transcript), context)]);
  const gold = parseGold(JSON.parse(readFileSync(root + goldFile, 'utf8')), goldFile);
  const report = evaluate(parseGraph(JSON.parse(JSON.stringify(graph.export())), transcript), gold);
  console.log(`\n=== ${transcript}\n${formatReport(report, 15)}`);
  return report;
}

describeShared('the sample transcript against its gold annotation', () => {
  if (!hasShared) return;
  const report = score('graph-data/altman-o3-interview.zh.md', '../shared/gold/altman-o3-interview.zh.json');

  it('finds the important entities (recall ≥ 0.95) and most of all entities (≥ 0.85)', () => {
    expect(report.entities.important.value).toBeGreaterThanOrEqual(0.95);
    expect(report.entities.all.value).toBeGreaterThanOrEqual(0.85);
  });
  it('names few wrong things (named-entity precision ≥ 0.9)', () => {
    expect(report.namedPrecision.value).toBeGreaterThanOrEqual(0.9);
  });
  it('never splits one gold entity over two nodes and keeps boilerplate entities out', () => {
    expect(report.splits).toEqual([]);
    expect(report.boilerplate).toEqual([]);
  });
  it('states the typed relations the text states (recall ≥ 0.6)', () => {
    expect(report.relations.typed.value).toBeGreaterThanOrEqual(0.6);
  });
  it('has only valid spans and resolves every turn’s speaker', () => {
    expect(report.spans.checked).toBeGreaterThan(0);
    expect(report.spans.invalid).toBe(0);
    expect(report.speakers.unresolved).toEqual([]);
    expect(report.speakers.missing).toEqual([]);
  });
});

const FIXTURES = ['podcast-robotics.en', 'chips-policy.zh', 'mixed-opensource.mixed', 'panel-autonomy.en'];

describe.each(FIXTURES)('unseen transcript %s (written before lexicon tuning)', (name) => {
  const report = score(`test/fixtures/transcripts/${name}.md`, `test/fixtures/gold/${name}.json`);

  it('finds the important entities (recall ≥ 0.85) with named precision ≥ 0.8', () => {
    expect(report.entities.important.value).toBeGreaterThanOrEqual(0.85);
    expect(report.namedPrecision.value).toBeGreaterThanOrEqual(0.8);
  });
  it('has only valid spans and resolves every turn’s speaker', () => {
    expect(report.spans.invalid).toBe(0);
    expect(report.speakers.unresolved).toEqual([]);
  });
});

const HELD_OUT = ['runway-valenzuela-interview.zh', 'kyutai-moshi-interview.en'];

describeShared.each(HELD_OUT)('held-out real transcript %s', (name) => {
  if (!hasShared) return;
  const report = score(`../shared/corpus/${name}.md`, `../shared/gold/${name}.json`);

  it('keeps boilerplate entities out, has valid spans and resolves every speaker', () => {
    expect(report.boilerplate).toEqual([]);
    expect(report.spans.invalid).toBe(0);
    expect(report.speakers.unresolved).toEqual([]);
    expect(report.speakers.missing).toEqual([]);
  });
  it('finds most important entities (recall ≥ 0.85) with named precision ≥ 0.8', () => {
    expect(report.entities.important.value).toBeGreaterThanOrEqual(0.85);
    expect(report.namedPrecision.value).toBeGreaterThanOrEqual(0.8);
  });
});
