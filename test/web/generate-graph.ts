// A generated, contract-conforming graph for the viewer's scale test and bench (seeded, deterministic):
// clustered positions, mostly intra-cluster edges, and turns whose texts really contain the mentions.
import { ENTITY_TYPES, TYPE_COLORS, type SerializedKnowledgeGraph, type Turn } from '../../src/model.ts';
import { mulberry32 } from '../../src/graph/random.ts';

const random = mulberry32;

const FILLER = [
  'we spent most of the year on it and', 'honestly the hard part was', 'if you look at the numbers',
  'the team kept coming back to', 'what surprised me most about', 'people underestimate how much',
];

/** `nodes` entities, `edges` relations, one turn per `perTurn` entities (each turn names its entities). */
export function generateGraph(nodes: number, edges: number, seed: number, perTurn = 4): SerializedKnowledgeGraph {
  const rnd = random(seed);
  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => [rnd() * 2000 - 1000, rnd() * 2000 - 1000]);
  const doc = 'generated';
  const turnCount = Math.max(1, Math.ceil(nodes / perTurn));
  const turns: Turn[] = [];
  const mentionOf: { turn: string; start: number; end: number }[] = new Array(nodes);
  for (let t = 0; t < turnCount; t++) {
    let text = `Turn ${t}: `;
    for (let i = t * perTurn; i < Math.min(nodes, (t + 1) * perTurn); i++) {
      text += `${FILLER[Math.floor(rnd() * FILLER.length)]} `;
      const label = `Entity ${i}`;
      mentionOf[i] = { turn: `${doc}#${t}`, start: text.length, end: text.length + label.length };
      text += `${label}, `;
    }
    text += 'and that is where we are now.';
    turns.push({ id: `${doc}#${t}`, document: doc, index: t, kind: 'turn', speaker: null, speakerLabel: t % 2 ? 'Guest' : 'Host', section: null, text });
  }
  const cluster = new Int32Array(nodes);
  const out: SerializedKnowledgeGraph = {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'generated', documents: [{ id: doc, title: 'Generated graph', source: 'generated', lang: 'en' }], turns },
    nodes: [],
    edges: [],
  };
  for (let i = 0; i < nodes; i++) {
    const c = Math.floor(rnd() * clusters);
    cluster[i] = c;
    const angle = rnd() * Math.PI * 2;
    const r = Math.sqrt(rnd()) * 120;
    const type = ENTITY_TYPES[Math.floor(rnd() * ENTITY_TYPES.length)];
    out.nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Entity ${i}`, type, aliases: [], mentions: [mentionOf[i]], documents: [doc], speaker: false,
        x: centres[c][0] + Math.cos(angle) * r, y: centres[c][1] + Math.sin(angle) * r, size: 2 + rnd() * 6, color: TYPE_COLORS[type],
      },
    });
  }
  const byCluster: number[][] = Array.from({ length: clusters }, () => []);
  for (let i = 0; i < nodes; i++) byCluster[cluster[i]].push(i);
  for (let e = 0; e < edges; e++) {
    const s = Math.floor(rnd() * nodes);
    const same = byCluster[cluster[s]];
    const t = rnd() < 0.9 && same.length > 1 ? same[Math.floor(rnd() * same.length)] : Math.floor(rnd() * nodes);
    const typed = rnd() < 0.1;
    out.edges.push({
      key: `e${e}`, source: `n${s}`, target: `n${t}`,
      attributes: { type: typed ? 'PART_OF' : 'CO_OCCURS', evidence: [mentionOf[s]], weight: 1 + Math.floor(rnd() * 3), rules: [] },
    });
  }
  return out;
}
