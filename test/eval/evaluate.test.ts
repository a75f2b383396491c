// Tests for src/eval: hand-made graph + gold pairs, each built to show one thing the report must catch.
import { describe, expect, it } from 'vitest';
import { evaluate, normalizeName, parseGold, parseGraph, formatReport, EvalError } from '../../src/eval/index.ts';

const TEXT0 = 'OpenAI首席执行官Sam Altman说，O3模型在Frontier Math基准测试中表现很好。';
const TEXT1 = 'We used GPT-4 before o3. Thanks, Sam.';
const TEXT2 = '往期回顾：微软发布新模型';

function span(turn: string, text: string, surface: string, from = 0) {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { turn, start, end: start + surface.length };
}

function node(key: string, label: string, type: string, aliases: string[], mentions: ReturnType<typeof span>[] = []) {
  return { key, attributes: { label, type, aliases, mentions } };
}
function edge(source: string, target: string, type: string, evidence: ReturnType<typeof span>[] = []) {
  return { source, target, attributes: { type, evidence, weight: 1, rules: type === 'CO_OCCURS' ? [] : [`rule-${type}`] } };
}

/** A graph as `turngraph build` writes it, with the given nodes and edges. */
function graph(nodes: unknown[], edges: unknown[], speakers: (string | null)[] = ['sam-altman', 'sam-altman', null]) {
  return parseGraph({
    attributes: {
      name: 'test',
      documents: [{ id: 'doc', title: 'doc', source: 'corpus/doc.md', lang: 'mixed' }],
      turns: [TEXT0, TEXT1, TEXT2].map((text, index) => ({
        id: `doc#${index}`, document: 'doc', index, kind: index === 2 ? 'boilerplate' : 'turn',
        speaker: speakers[index], speakerLabel: null, section: null, text,
      })),
    },
    nodes,
    edges,
  });
}

const GOLD = parseGold({
  document: 'corpus/doc.md',
  speakers: ['Sam Altman'],
  entities: [
    { name: 'Sam Altman', type: 'person', aliases: ['Sam Altman', 'Sam'], important: true, scope: 'conversation' },
    { name: 'OpenAI', type: 'organization', aliases: ['OpenAI'], important: true, scope: 'conversation' },
    { name: 'o3', type: 'model', aliases: ['O3模型', 'o3'], important: true, scope: 'conversation' },
    { name: 'FrontierMath', type: 'benchmark', aliases: ['Frontier Math'], important: true, scope: 'conversation' },
    { name: 'GPT-4', type: 'model', aliases: ['GPT-4'], important: false, scope: 'conversation' },
    { name: 'Microsoft', type: 'organization', aliases: ['微软'], important: false, scope: 'boilerplate' },
  ],
  relations: [
    { source: 'Sam Altman', type: 'CEO_OF', target: 'OpenAI', evidence: 'OpenAI首席执行官Sam Altman' },
    { source: 'o3', type: 'EVALUATED_ON', target: 'FrontierMath', evidence: 'O3模型在Frontier Math基准测试中' },
  ],
});

const good = () => [
  node('sam-altman', 'Sam Altman', 'person', ['Sam Altman', 'Sam'], [span('doc#0', TEXT0, 'Sam Altman'), span('doc#1', TEXT1, 'Sam')]),
  node('openai', 'OpenAI', 'organization', ['OpenAI'], [span('doc#0', TEXT0, 'OpenAI')]),
  node('o3', 'o3', 'model', ['O3模型', 'o3'], [span('doc#0', TEXT0, 'O3模型'), span('doc#1', TEXT1, 'o3')]),
  node('frontiermath', 'FrontierMath', 'benchmark', ['Frontier Math'], [span('doc#0', TEXT0, 'Frontier Math')]),
  node('gpt-4', 'GPT-4', 'model', ['GPT-4'], [span('doc#1', TEXT1, 'GPT-4')]),
];
const goodEdges = () => [
  edge('sam-altman', 'openai', 'CEO_OF', [span('doc#0', TEXT0, 'OpenAI首席执行官Sam Altman')]),
  edge('o3', 'frontiermath', 'EVALUATED_ON', [span('doc#0', TEXT0, 'O3模型在Frontier Math基准测试中')]),
];

describe('evaluate', () => {
  it('gives full marks to a graph that matches the gold', () => {
    const report = evaluate(graph(good(), goodEdges()), GOLD);
    expect(report.entities.all).toEqual({ found: 5, total: 5, value: 1 });
    expect(report.entities.important.value).toBe(1);
    expect(report.namedPrecision.value).toBe(1);
    expect(report.splits).toEqual([]);
    expect(report.boilerplate).toEqual([]);
    expect(report.relations.typed).toEqual({ found: 2, total: 2, value: 1 });
    expect(report.spans).toMatchObject({ checked: 9, invalid: 0 });
    expect(report.speakers).toMatchObject({ turns: 2, unresolved: [], missing: [] });
  });

  it('lists missed entities, important ones separately, and lowers recall', () => {
    const report = evaluate(graph(good().filter((n) => n.key !== 'frontiermath' && n.key !== 'gpt-4'), []), GOLD);
    expect(report.entities.all).toEqual({ found: 3, total: 5, value: 0.6 });
    expect(report.entities.missedImportant).toEqual(['FrontierMath']);
    expect(report.entities.missed).toEqual(['FrontierMath', 'GPT-4']);
  });

  it('matches names across case, spaces, hyphens and full width', () => {
    const nodes = [...good().filter((n) => n.key !== 'gpt-4'), node('gpt4', 'ＧＰＴ 4', 'model', [])];
    expect(evaluate(graph(nodes, []), GOLD).entities.all.value).toBe(1);
    expect(normalizeName('Cristóbal  Valenzuela')).toBe(normalizeName('cristobal-valenzuela'));
  });

  it('detects a gold entity split over two nodes', () => {
    const nodes = [...good(), node('sam', 'Sam', 'person', ['Sam'])];
    const report = evaluate(graph(nodes, goodEdges()), GOLD);
    expect(report.splits).toEqual([{ entity: 'Sam Altman', nodes: ['sam', 'sam-altman'] }]);
  });

  it('counts named nodes and concept nodes that match no gold entity as false positives, separately', () => {
    const nodes = [...good(), node('thanks', 'Thanks', 'person', []), node('x', 'good performance', 'concept', [])];
    const report = evaluate(graph(nodes, []), GOLD);
    expect(report.namedPrecision).toMatchObject({ found: 5, total: 6 });
    expect(report.namedPrecision.falsePositives.map((n) => n.label)).toEqual(['Thanks']);
    expect(report.conceptPrecision).toMatchObject({ found: 0, total: 1 });
  });

  it('reports boilerplate entities present as nodes', () => {
    const nodes = [...good(), node('microsoft', 'Microsoft', 'organization', ['微软'])];
    expect(evaluate(graph(nodes, []), GOLD).boilerplate).toEqual([{ entity: 'Microsoft', nodes: ['microsoft'] }]);
  });

  it('does not count a reversed relation, but counts it as untyped', () => {
    const edges = [edge('openai', 'sam-altman', 'CEO_OF'), edge('o3', 'frontiermath', 'EVALUATED_ON')];
    const report = evaluate(graph(good(), edges), GOLD);
    expect(report.relations.typed).toMatchObject({ found: 1, total: 2 });
    expect(report.relations.untyped).toMatchObject({ found: 2, total: 2 });
    expect(report.relations.missed).toMatchObject([{ source: 'Sam Altman', type: 'CEO_OF', status: 'other type or direction' }]);
  });

  it('counts a co-occurrence edge only in any-edge recall', () => {
    const edges = [edge('openai', 'sam-altman', 'CO_OCCURS'), edge('o3', 'frontiermath', 'EVALUATED_ON')];
    const report = evaluate(graph(good(), edges), GOLD);
    expect([report.relations.typed.found, report.relations.untyped.found, report.relations.anyEdge.found]).toEqual([1, 1, 2]);
    expect(report.relations.missed[0].status).toBe('co-occurrence only');
  });

  it('counts spans outside their turn, on a missing turn, or covering a surface that is not a name', () => {
    const nodes = good();
    nodes[1].attributes.mentions.push({ turn: 'doc#0', start: 3, end: 2 }); // start > end
    nodes[2].attributes.mentions.push({ turn: 'doc#9', start: 0, end: 2 }); // no such turn
    nodes[3].attributes.mentions.push({ turn: 'doc#0', start: 0, end: 6 }); // covers "OpenAI", not FrontierMath
    const edges = [...goodEdges(), edge('o3', 'gpt-4', 'SUCCEEDS', [{ turn: 'doc#1', start: 0, end: TEXT1.length + 1 }])];
    const report = evaluate(graph(nodes, edges), GOLD);
    expect(report.spans.invalid).toBe(4);
    expect(report.spans.problems.map((p) => p.owner)).toEqual(['node openai', 'node o3', 'node frontiermath', 'edge o3 -SUCCEEDS-> gpt-4']);
  });

  it('reports turns whose speaker is not a node, and gold speakers who never speak', () => {
    const report = evaluate(graph(good(), [], [null, 'ghost', null]), GOLD);
    expect(report.speakers.unresolved).toEqual(['doc#0', 'doc#1']);
    expect(report.speakers.missing).toEqual(['Sam Altman']);
  });

  it('scores only the gold document in a graph of several documents', () => {
    const g = graph(good(), goodEdges());
    g.attributes.documents!.push({ id: 'other', title: 'other', source: 'other.md', lang: 'en' });
    g.nodes.forEach((n) => (n.attributes.documents = ['doc']));
    g.nodes.push({ key: 'noise', attributes: { label: 'Noise Corp', type: 'organization', aliases: [], mentions: [], documents: ['other'] } });
    expect(evaluate(g, GOLD).namedPrecision.value).toBe(1);
  });

  it('prints the scores and the lists an engineer works from', () => {
    const text = formatReport(evaluate(graph([...good(), node('sam', 'Sam', 'person', ['Sam'])], []), GOLD));
    expect(text).toMatch(/typed-relation recall\s+0\.000\s+\(0\/2\)/);
    expect(text).toContain('Sam Altman ← sam, sam-altman');
    expect(text).toContain('o3 -EVALUATED_ON-> FrontierMath  [no edge]');
  });
});

describe('parseGraph / parseGold', () => {
  it.each([
    ['a non-object', 42, /not a serialised graph/],
    ['no turns', { attributes: {}, nodes: [], edges: [] }, /attributes\.turns is missing/],
    ['a node without label', { attributes: { turns: [] }, nodes: [{ key: 'a', attributes: { type: 'person' } }] }, /node a lacks label/],
    ['a bad span', { attributes: { turns: [] }, nodes: [{ key: 'a', attributes: { label: 'A', type: 'person', mentions: [{ turn: 'x' }] } }] }, /mentions\[0\] is not a span/],
  ])('rejects a graph with %s in one line naming the file', (_, json, message) => {
    expect(() => parseGraph(json, 'g.json')).toThrow(EvalError);
    expect(() => parseGraph(json, 'g.json')).toThrow(message);
    expect(() => parseGraph(json, 'g.json')).toThrow(/^turngraph eval: g\.json: /);
  });

  it('rejects a gold file whose relation names an unknown entity', () => {
    const gold = { entities: [{ name: 'A', type: 'person' }], relations: [{ source: 'A', type: 'X', target: 'B' }] };
    expect(() => parseGold(gold, 'gold.json')).toThrow('turngraph eval: gold.json: relations[0] names "B", which is not an entity');
  });

  it('reads the shared gold files', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['altman-o3-interview.zh', 'runway-valenzuela-interview.zh', 'kyutai-moshi-interview.en']) {
      const gold = parseGold(JSON.parse(await readFile(new URL(`../../../shared/gold/${name}.json`, import.meta.url), 'utf8')));
      expect(gold.entities.length).toBeGreaterThan(40);
      expect(gold.relations.length).toBeGreaterThan(20);
    }
  });
});
