// `turngraph eval` as a user runs it: a built graph and a gold file in, scores and lists on stdout;
// bad files give one line on stderr and a non-zero exit; --min fails the run below a threshold.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { turngraph } from '../cli/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'turngraph-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT = 'Mistral首席执行官Arthur Mensch说，Mistral发布了Mixtral。';
const at = (s: string) => ({ turn: 'd#0', start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const graphFile = join(dir, 'graph.json');
writeFileSync(
  graphFile,
  JSON.stringify({
    attributes: {
      name: 'g',
      documents: [{ id: 'd', title: 'd', source: 'd.md', lang: 'zh' }],
      turns: [{ id: 'd#0', document: 'd', index: 0, kind: 'turn', speaker: 'arthur-mensch', speakerLabel: 'Arthur Mensch', section: null, text: TEXT }],
    },
    nodes: [
      { key: 'mistral', attributes: { label: 'Mistral', type: 'organization', aliases: ['Mistral'], mentions: [at('Mistral')] } },
      { key: 'arthur-mensch', attributes: { label: 'Arthur Mensch', type: 'person', aliases: ['Arthur Mensch'], mentions: [at('Arthur Mensch')] } },
      { key: 'mixtral', attributes: { label: 'Mixtral', type: 'model', aliases: ['Mixtral'], mentions: [at('Mixtral')] } },
    ],
    edges: [{ source: 'arthur-mensch', target: 'mistral', attributes: { type: 'CEO_OF', evidence: [at('Mistral首席执行官Arthur Mensch')], weight: 1, rules: ['r'] } }],
  }),
);
const goldFile = join(dir, 'gold.json');
writeFileSync(
  goldFile,
  JSON.stringify({
    document: 'corpus/d.md',
    speakers: ['Arthur Mensch'],
    entities: [
      { name: 'Arthur Mensch', type: 'person', aliases: ['Arthur Mensch'], important: true, scope: 'conversation' },
      { name: 'Mistral AI', type: 'organization', aliases: ['Mistral'], important: true, scope: 'conversation' },
      { name: 'Mixtral', type: 'model', aliases: ['Mixtral'], important: false, scope: 'conversation' },
    ],
    relations: [
      { source: 'Arthur Mensch', type: 'CEO_OF', target: 'Mistral AI', evidence: 'Mistral首席执行官Arthur Mensch' },
      { source: 'Mistral AI', type: 'RELEASED', target: 'Mixtral', evidence: 'Mistral发布了Mixtral' },
    ],
  }),
);

describe('turngraph eval', () => {
  it('prints the scores and the missed relation', () => {
    const run = turngraph(['eval', graphFile, '--gold', goldFile]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/important-entity recall\s+1\.000\s+\(2\/2\)/);
    expect(run.stdout).toMatch(/typed-relation recall\s+0\.500\s+\(1\/2\)/);
    expect(run.stdout).toContain('Mistral AI -RELEASED-> Mixtral  [no edge]');
  });

  it('prints the report as JSON with --json', () => {
    const report = JSON.parse(turngraph(['eval', graphFile, '--gold', goldFile, '--json']).stdout);
    expect(report.relations.typed).toEqual({ found: 1, total: 2, value: 0.5 });
    expect(report.spans.invalid).toBe(0);
  });

  it('fails with --min when a score is below the threshold, and passes when it is not', () => {
    const low = turngraph(['eval', graphFile, '--gold', goldFile, '--min', 'relation-recall=0.6']);
    expect(low.status).toBe(1);
    expect(low.stderr.trim()).toBe('turngraph eval: relation-recall 0.500 is below 0.6');
    expect(turngraph(['eval', graphFile, '--gold', goldFile, '--min', 'relation-recall=0.5', 'entity-recall=1']).status).toBe(0);
  });

  it.each([
    ['a missing graph', [join(dir, 'nope.json'), '--gold', goldFile], /^turngraph eval: .*nope\.json: no such file$/],
    ['a directory', [dir, '--gold', goldFile], /is a directory$/],
    ['a gold file that is not JSON', [graphFile, '--gold', join(dir, 'bad.json')], /bad\.json: not valid JSON/],
    ['a gold file given as the graph', [goldFile, '--gold', goldFile], /gold\.json: graph attributes\.turns is missing$/],
    ['an unknown --min metric', [graphFile, '--gold', goldFile, '--min', 'speed=1'], /--min speed=1: expected metric=value/],
  ])('rejects %s with one line on stderr', (_, args, message) => {
    writeFileSync(join(dir, 'bad.json'), '{ "entities": [ ');
    const run = turngraph(['eval', ...(args as string[])]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
