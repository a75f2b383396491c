// Tests for extract/lexicon.ts: the bundled lexicon loads, user files extend it, and bad files fail with one line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LexiconError } from '../../extract/errors.ts';
import { loadLexicon } from '../../extract/lexicon.ts';

const dir = mkdtempSync(join(tmpdir(), 'turngraph-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('loadLexicon', () => {
  const lexicon = loadLexicon();

  it('bundles hundreds of entries across every entity type', () => {
    expect(lexicon.entries.length).toBeGreaterThan(500);
    const types = new Set(lexicon.entries.map((e) => e.type));
    for (const t of ['person', 'organization', 'government', 'model', 'product', 'benchmark', 'place', 'event', 'concept']) expect(types).toContain(t);
  });

  it.each([
    ['陶哲轩', 'Terence Tao', 'person'],
    ['特朗普政府', 'Trump administration', 'government'],
    ['AI 安全研究所', 'AI Safety Institute', 'government'],
    ['AI安全研究所', 'AI Safety Institute', 'government'],
    ['Frontier Math', 'FrontierMath', 'benchmark'],
    ['O3', 'o3', 'model'],
    ['GPT4', 'GPT-4', 'model'],
    ['gpt 4', 'GPT-4', 'model'],
    ['华盛顿特区', 'Washington, D.C.', 'place'],
    ['通用人工智能', 'artificial general intelligence', 'concept'],
    ['英伟达', 'NVIDIA', 'organization'],
  ])('knows %s as %s (%s)', (alias, label, type) => {
    const hit = lexicon.matcher.lookup(alias)[0]?.value;
    expect(hit?.label).toBe(label);
    expect(hit?.type).toBe(type);
  });

  it('adds a user file: new entries, and extra aliases for a bundled one', () => {
    const user = file('user.json', JSON.stringify({ type: 'organization', entries: [['Acme Robotics', '阿克米机器人'], { label: 'OpenAI', aliases: ['开放人工智能'] }] }));
    const extended = loadLexicon([user]);
    expect(extended.matcher.lookup('阿克米机器人')[0]?.value.label).toBe('Acme Robotics');
    expect(extended.matcher.lookup('开放人工智能')[0]?.value.label).toBe('OpenAI');
    expect(extended.entries.filter((e) => e.label === 'OpenAI')).toHaveLength(1);
  });

  it.each([
    ['syntax.json', '{"type": "person", "entries": [["A" "B"]]}', /syntax\.json:1:\d+: invalid JSON/],
    ['notype.json', '{"entries": [["Somebody"]]}', /notype\.json: entry 0 \(Somebody\): no type/],
    ['badtype.json', '{"type": "animal", "entries": []}', /badtype\.json: unknown type "animal"/],
    ['badalias.json', '{"type": "person", "entries": [{"label": "X Y", "aliases": [3]}]}', /badalias\.json: entry 0 \(X Y\): every alias/],
    ['noentries.json', '{"type": "person"}', /noentries\.json: "entries" must be an array/],
  ])('rejects %s with one line naming the file and entry', (name, text, message) => {
    const path = file(name, text);
    let error: unknown;
    try {
      loadLexicon([path]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LexiconError);
    const msg = (error as Error).message;
    expect(msg).toMatch(message);
    expect(msg.startsWith('turngraph lexicon: ')).toBe(true);
    expect(msg).not.toContain('\n');
  });

  it('names a missing file', () => {
    expect(() => loadLexicon([join(dir, 'nope.json')])).toThrow(/nope\.json: no such file/);
  });
});
