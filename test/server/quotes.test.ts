// The viewer's first payload and its on-demand quotes over real HTTP (src/server/payload.ts, quotes.ts, quote-routes.ts):
// the payload carries no spans or turn texts and does not grow with the turns; mentions, spoken turns, evidence and a
// document's turns are served correctly; a hub's documents are paged, not all in the payload; bad names and keys get a
// one-line 4xx.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedKnowledgeGraph, Span, Turn } from '../../src/model.ts';
import { createApiMiddleware } from '../../src/server/middleware.ts';
import type { DocumentEntities, DocumentPage, QuotePage, StripTurn, TurnDetail, ViewerPayload } from '../../src/server/payload.ts';

const FIXTURE = 'test/fixtures/graphs/tiny.json';
const DOC = 'tiny-interview.zh';

/**
 * A graph of `nodes` entities in a ring of CO_OCCURS edges, over one document of `turns` turns: every turn names two
 * neighbouring entities, so the spans grow with the turns while the nodes and edges stay the same.
 */
function ringGraph(nodes: number, turns: number): SerializedKnowledgeGraph {
  const list: Turn[] = [];
  const mentions: Span[][] = Array.from({ length: nodes }, () => []);
  const evidence: Span[][] = Array.from({ length: nodes }, () => []);
  for (let t = 0; t < turns; t++) {
    const a = t % nodes;
    const b = (a + 1) % nodes;
    const id = `talk#${t}`;
    const text = `Today Entity ${a} met Entity ${b} again, and we talked about it for a long while afterwards.`;
    list.push({ id, document: 'talk', index: t, kind: 'turn', speaker: t % 2 ? 'n0' : null, speakerLabel: t % 2 ? 'Entity 0' : 'Host', section: null, text });
    const at = (label: string) => ({ turn: id, start: text.indexOf(label), end: text.indexOf(label) + label.length });
    mentions[a].push(at(`Entity ${a}`));
    mentions[b].push(at(`Entity ${b}`));
    evidence[a].push({ turn: id, start: 6, end: 24 });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'ring', documents: [{ id: 'talk', title: 'Talk', source: 'talk.md', lang: 'en' }], turns: list },
    nodes: mentions.map((spans, i) => ({
      key: `n${i}`,
      attributes: { label: `Entity ${i}`, type: 'person', aliases: [], mentions: spans, documents: ['talk'], speaker: i === 0, x: i, y: i % 7, size: 4, color: '#999' },
    })),
    edges: evidence.map((spans, i) => ({
      key: `e${i}`, source: `n${i}`, target: `n${(i + 1) % nodes}`,
      attributes: { type: 'CO_OCCURS', evidence: spans, weight: spans.length, rules: [] },
    })),
  };
}

/**
 * An archive of `documents` episodes of one turn each, the host speaking: "Host: Today Meta and Topic k", k = the
 * episode mod 10. Meta and the host are in every episode, each topic in a tenth of them.
 */
function archiveGraph(documents: number): SerializedKnowledgeGraph {
  const ids = Array.from({ length: documents }, (_, i) => `ep${String(i).padStart(5, '0')}`);
  const turns: Turn[] = ids.map((id, i) => ({ id: `${id}#0`, document: id, index: 0, kind: 'turn', speaker: 'host', speakerLabel: 'Host', section: null, text: `Today Meta and Topic ${i % 10}` }));
  const spans = (docs: string[], start: number, end: number) => docs.map((id) => ({ turn: `${id}#0`, start, end }));
  const node = (key: string, label: string, docs: string[], mentions: Span[] = [], speaker = false) => ({
    key, attributes: { label, type: 'organization', aliases: [], mentions, documents: docs, speaker, x: 0, y: 0, size: 4, color: '#999' },
  });
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'archive', documents: ids.map((id) => ({ id, title: `Episode ${id}`, source: `${id}.md`, lang: 'en' })), turns },
    // The file lists a node's documents in any order: the payload and the endpoint give them in document order.
    nodes: [node('meta', 'Meta', [...ids].reverse(), spans(ids, 6, 10)), node('host', 'Host', ids, [], true),
      ...Array.from({ length: 10 }, (_, k) => ids.filter((_, i) => i % 10 === k)).map((docs, k) => node(`topic-${k}`, `Topic ${k}`, docs, spans(docs, 15, 22)))],
    // Meta and Topic 3 named together in a tenth of the episodes, twice in the first.
    edges: [{ key: 'meta|CO_OCCURS|topic-3', source: 'meta', target: 'topic-3', attributes: { type: 'CO_OCCURS', weight: 1, rules: [],
      evidence: [...spans(['ep00003'], 6, 10), ...spans(ids.filter((_, i) => i % 10 === 3), 6, 22)] } }],
  } as SerializedKnowledgeGraph;
}

describe('viewer payload and quotes', () => {
  let server: Server;
  let base: string;
  let dir: string;
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'turngraph-quotes-'));
    writeFileSync(join(dir, 'ring-small.json'), JSON.stringify(ringGraph(50, 400)));
    writeFileSync(join(dir, 'ring-big.json'), JSON.stringify(ringGraph(50, 4000)));
    writeFileSync(join(dir, 'archive-small.json'), JSON.stringify(archiveGraph(300)));
    writeFileSync(join(dir, 'archive-big.json'), JSON.stringify(archiveGraph(3000)));
    const handler = createApiMiddleware([FIXTURE, ...['ring-small', 'ring-big', 'archive-small', 'archive-big'].map((name) => join(dir, `${name}.json`))]);
    server = createServer((req, res) => handler(req, res, () => { res.statusCode = 404; res.end('not found'); }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the first payload has no spans and no turn texts, and 10× the turns leave its size (nearly) the same', async () => {
    const [small, big] = await Promise.all(['ring-small', 'ring-big'].map(async (name) => {
      const response = await fetch(`${base}/api/graphs/${name}?view=1`);
      return { text: await response.text(), file: await (await fetch(`${base}/api/graphs/${name}`)).text() };
    }));
    for (const { text } of [small, big]) {
      expect(text).not.toContain('"mentions"');
      expect(text).not.toContain('"evidence"');
      expect(text).not.toContain('met Entity');
    }
    // The files grow about tenfold; the payloads only by the digits of the counts.
    expect(big.file.length / small.file.length).toBeGreaterThan(8);
    expect(big.text.length / small.text.length).toBeLessThan(1.1);
  });

  it('a node, speaker or edge in every document: the payload names its first ones and a count, 10× the documents leave them the same', async () => {
    const [small, big] = await Promise.all(['archive-small', 'archive-big'].map(async (name) => (await get<ViewerPayload>(`/api/graphs/${name}?view=1`)).body));
    for (const [payload, documents] of [[small, 300], [big, 3000]] as const) {
      const meta = payload.nodes.find((n) => n.key === 'meta')!.attributes;
      expect([meta.documents, meta.documentCount]).toEqual([[0, 1, 2, 3, 4], documents]);
      expect(payload.nodes.find((n) => n.key === 'topic-3')!.attributes.documents).toEqual([3, 13, 23, 33, 43]);
      const host = payload.attributes.speakers[0];
      expect([host.key, host.documents, host.documentCount, host.turns]).toEqual(['host', [0, 1, 2, 3, 4], documents, documents]);
      expect(host).not.toHaveProperty('entities'); // what the host talks about: /entities?speaker=
    }
    // An edge sends its first document and how many there are: [.., evidence spans, documents, first document, spans there].
    expect([small.edgeTable.rows[0].slice(5), big.edgeTable.rows[0].slice(5)]).toEqual([[31, 30, 3, 2], [301, 300, 3, 2]]);
    // Only the counts' digits differ.
    expect(JSON.stringify(big.nodes).length - JSON.stringify(small.nodes).length).toBeLessThan(50);
    expect(JSON.stringify(big.attributes.speakers).length - JSON.stringify(small.attributes.speakers).length).toBeLessThan(10);
  });

  it('a node\'s documents in pages, in document order; a document\'s and a speaker\'s entities', async () => {
    const page = await get<DocumentPage>('/api/graphs/archive-big/documents?node=meta&offset=5&limit=200');
    expect(page.status).toBe(200);
    expect([page.body.total, page.body.offset, page.body.documents.length]).toEqual([3000, 5, 200]);
    expect(page.body.documents.slice(0, 2)).toEqual(['ep00005', 'ep00006']);
    expect((await get<DocumentPage>('/api/graphs/archive-big/documents?node=topic-3&offset=295')).body.documents).toEqual(['ep02953', 'ep02963', 'ep02973', 'ep02983', 'ep02993']);
    expect((await get<DocumentEntities>('/api/graphs/archive-big/entities?document=ep00013')).body).toEqual({
      document: 'ep00013', entities: ['meta', 'host', 'topic-3'], edges: [['meta|CO_OCCURS|topic-3', 1]],
    });
    expect((await get<DocumentEntities>('/api/graphs/archive-big/entities?document=ep00003')).body.edges).toEqual([['meta|CO_OCCURS|topic-3', 2]]);
    expect((await get<{ entities: string[] }>('/api/graphs/archive-big/entities?document=nope')).body.entities).toEqual([]);
    expect((await get<{ entities: string[] }>('/api/graphs/archive-big/entities?speaker=host')).body.entities)
      .toEqual(['meta', ...Array.from({ length: 10 }, (_, k) => `topic-${k}`)]);
    expect((await get<{ error: string }>('/api/graphs/archive-big/documents?node=nobody')).status).toBe(404);
    expect((await get<{ error: string }>('/api/graphs/archive-big/entities')).status).toBe(400);
  });

  it('a node\'s mentions: its turns in order with its spans, the text they index, paged', async () => {
    const { status, body } = await get<QuotePage>(`/api/graphs/tiny/mentions?node=terence-tao`);
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.quotes.map((q) => q.turn.id)).toEqual([`${DOC}#1`, `${DOC}#2`]);
    const marked = body.quotes.map((q) => q.spans.map((s) => q.turn.text.slice(s.start, s.end)));
    expect(marked[0]).toEqual(['陶哲轩']);
    expect(marked[1]).toHaveLength(2);
    const paged = await get<QuotePage>(`/api/graphs/ring-big/mentions?node=n3&offset=30&limit=50`);
    expect(paged.body.total).toBe(160); // n3 is named in the turns 3, 2 (mod 50) of 4000
    expect(paged.body.quotes).toHaveLength(50);
    expect(paged.body.offset).toBe(30);
    const ids = paged.body.quotes.map((q) => Number(q.turn.id.split('#')[1]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(paged.body.quotes.every((q) => q.turn.text.slice(q.spans[0].start, q.spans[0].end) === 'Entity 3')).toBe(true);
  });

  it('a speaker\'s spoken turns and an edge\'s evidence; the ids of its turns in one document', async () => {
    const spoken = await get<QuotePage>(`/api/graphs/tiny/spoken?node=sam-altman`);
    expect(spoken.body.quotes.map((q) => q.turn.id)).toEqual([`${DOC}#2`, `${DOC}#4`]);
    const evidence = await get<QuotePage>(`/api/graphs/tiny/evidence?edge=e4`);
    expect(evidence.body.quotes.map((q) => q.turn.id)).toEqual([`${DOC}#1`, `${DOC}#2`]);
    expect(evidence.body).not.toHaveProperty('turns');
    const many = await get<QuotePage>(`/api/graphs/ring-big/evidence?edge=e7&limit=5`);
    expect(many.body.total).toBe(80);
    expect(many.body.quotes).toHaveLength(5);
    // The strip's marks: the ids of the edge's evidence turns in the document it shows, asked for that document.
    const marks = await get<{ turns: string[] }>(`/api/graphs/tiny/evidence?edge=e4&document=${encodeURIComponent(DOC)}`);
    expect(marks.body.turns).toEqual([`${DOC}#1`, `${DOC}#2`]);
    expect((await get<{ turns: string[] }>(`/api/graphs/ring-big/evidence?edge=e7&document=talk`)).body.turns).toHaveLength(80);
    expect((await get<{ turns: string[] }>(`/api/graphs/ring-big/evidence?edge=e7&document=other`)).body.turns).toEqual([]);
  });

  it('a document\'s turns for the strip: first words and entities, no whole texts; single turns with their spans', async () => {
    const { body } = await get<{ turns: StripTurn[] }>(`/api/graphs/tiny/turns?document=${encodeURIComponent(DOC)}`);
    expect(body.turns.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(body.turns[1]).not.toHaveProperty('text');
    expect(body.turns[1].head).toContain('欢迎 Sam Altman');
    expect(body.turns[1].entities).toEqual(['sam-altman', 'o3', 'terence-tao']);
    const ids = [`${DOC}#5`, 'nope#1'].map(encodeURIComponent).join(',');
    const one = await get<{ turns: Record<string, TurnDetail> }>(`/api/graphs/tiny/turns?ids=${ids}`);
    expect(Object.keys(one.body.turns)).toEqual([`${DOC}#5`]);
    expect(one.body.turns[`${DOC}#5`].turn.text).toContain('<script>');
  });

  it('bad names, keys and pages get a 4xx with a one-line error', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/graphs/nope/mentions?node=o3', 404, /no graph named "nope"/],
      ['/api/graphs/tiny/mentions', 400, /node=/],
      ['/api/graphs/tiny/mentions?node=nobody', 404, /no node "nobody"/],
      ['/api/graphs/tiny/spoken?node=nobody', 404, /no node "nobody"/],
      ['/api/graphs/tiny/evidence?edge=e99', 404, /no edge "e99"/],
      ['/api/graphs/tiny/evidence?node=e1', 400, /edge=/],
      ['/api/graphs/tiny/mentions?node=o3&limit=0', 400, /limit/],
      ['/api/graphs/tiny/mentions?node=o3&limit=201', 400, /limit/],
      ['/api/graphs/tiny/mentions?node=o3&offset=-1', 400, /offset/],
      ['/api/graphs/tiny/turns?document=nope', 404, /no document "nope"/],
      ['/api/graphs/tiny/turns', 400, /document=|ids=/],
      [`/api/graphs/tiny/turns?ids=${Array.from({ length: 201 }, (_, i) => `d%23${i}`).join(',')}`, 400, /at most 200/],
    ];
    for (const [path, status, error] of cases) {
      const answer = await get<{ error: string }>(path);
      expect([path, answer.status]).toEqual([path, status]);
      expect(answer.body.error).toMatch(error);
      expect(answer.body.error.split('\n')).toHaveLength(1);
    }
  });
});
