// Co-occurrence within one document: which entities share a turn, in how many turns, and the earliest quotes
// holding both. Computed where the document is extracted and stored with its contribution (contribution.ts), so a
// corpus merge (merge.ts) only adds up counts instead of re-enumerating every turn's pairs for every build.
import type { NodeContribution } from './contribution.ts';

/** Quotes kept per co-occurring pair unless an assemble option asks otherwise. */
export const DEFAULT_PAIR_EVIDENCE = 5;

/**
 * The document's co-occurring pairs as flat rows: left entity index, right entity index (into the contribution's
 * entities; left has the smaller key), turns shared, n, then n × (turn index, start, end) quotes, the first n of
 * the pair in conversation order (n ≤ keep). Two entities of the document under one key are never a pair.
 */
export interface PairSummary {
  keep: number;
  rows: number[];
}

interface Present {
  entity: number;
  rank: number;
  triples: number[];
  from: number;
  to: number;
}

interface Row {
  left: number;
  right: number;
  shared: number;
  quotes: number[];
}

export function summarisePairs(entities: NodeContribution[], keep: number): PairSummary {
  // Rank by key (ties by index): one number to sort each turn's entities by, and the first index holding each key.
  const order = entities.map((_, i) => i).sort((a, b) => (entities[a].key < entities[b].key ? -1 : entities[a].key > entities[b].key ? 1 : a - b));
  const rank = new Array<number>(entities.length);
  const canonical = new Array<number>(entities.length);
  order.forEach((entity, at) => {
    rank[entity] = at;
    canonical[entity] = at > 0 && entities[order[at - 1]].key === entities[entity].key ? canonical[order[at - 1]] : entity;
  });
  const inTurn: Present[][] = [];
  entities.forEach((entity, index) => {
    const triples = entity.mentions;
    for (let i = 0; i < triples.length; ) {
      const turn = triples[i];
      let j = i + 3;
      while (j < triples.length && triples[j] === turn) j += 3;
      (inTurn[turn] ??= []).push({ entity: index, rank: rank[index], triples, from: i, to: j });
      i = j;
    }
  });
  const rows = new Map<number, Row>();
  for (let turn = 0; turn < inTurn.length; turn++) {
    const present = inTurn[turn];
    if (!present || present.length < 2) continue;
    present.sort((a, b) => a.rank - b.rank);
    for (let i = 0; i < present.length; i++) {
      const left = present[i];
      const l = canonical[left.entity];
      for (let j = i + 1; j < present.length; j++) {
        const right = present[j];
        const r = canonical[right.entity];
        if (l === r) continue;
        const id = l * entities.length + r;
        let row = rows.get(id);
        if (!row) rows.set(id, (row = { left: l, right: r, shared: 0, quotes: [] }));
        row.shared++;
        if (row.quotes.length < keep * 3) row.quotes.push(turn, ...closestStretch(left, right));
      }
    }
  }
  const flat: number[] = [];
  for (const row of rows.values()) {
    flat.push(row.left, row.right, row.shared, row.quotes.length / 3);
    for (const value of row.quotes) flat.push(value);
  }
  return { keep, rows: flat };
}

/** The shortest stretch of a turn holding a span of each entity (both span lists sorted by start): [start, end]. */
function closestStretch(left: Present, right: Present): [number, number] {
  let bestStart = 0;
  let bestEnd = Number.MAX_SAFE_INTEGER;
  const consider = (xs: number, xe: number, ys: number, ye: number) => {
    const start = Math.min(xs, ys);
    const end = Math.max(xe, ye);
    if (end - start < bestEnd - bestStart || (end - start === bestEnd - bestStart && start < bestStart)) {
      bestStart = start;
      bestEnd = end;
    }
  };
  const a = left.triples;
  const b = right.triples;
  let j = right.from;
  for (let i = left.from; i < left.to; i += 3) {
    while (j < right.to && b[j + 1] < a[i + 1]) j += 3;
    if (j > right.from) consider(a[i + 1], a[i + 2], b[j - 2], b[j - 1]);
    if (j < right.to) consider(a[i + 1], a[i + 2], b[j + 1], b[j + 2]);
  }
  return [bestStart, bestEnd];
}
