// Co-occurrence within one document: which entities share a turn, in how many turns, and the earliest quotes
// holding both. Computed where the document is extracted and stored with its contribution (contribution.ts), so a
// corpus merge (merge.ts) only adds up counts instead of re-enumerating every turn's pairs for every build.
import type { NodeContribution, SpanTriples } from './contribution.ts';
import { firstIndex } from '../arrays.ts';

/** Quotes kept per co-occurring pair unless an assemble option asks otherwise. */
export const DEFAULT_PAIR_EVIDENCE = 5;

/**
 * The document's co-occurring pairs as flat rows: left entity index, right entity index (into the contribution's
 * entities; left has the smaller key), turns shared, n, then the first n ≤ keep of those turns (indices, in
 * conversation order). The merge quotes a turn (closestStretch) only if it keeps it: most never are, so neither
 * the extracting thread nor the cache spends anything on them. Two entities under one key are never a pair.
 */
export interface PairSummary {
  keep: number;
  rows: number[];
}

interface Row {
  left: number;
  right: number;
  shared: number;
  /** The last turn counted: one key under two entities counts a turn once. */
  last: number;
  turns: number[];
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
  // Each turn's entities, as ranks: sorted, the left of every pair has the smaller key.
  const inTurn: number[][] = [];
  entities.forEach((entity, index) => {
    const triples = entity.mentions;
    for (let i = 0; i < triples.length; i += 3) {
      if (i === 0 || triples[i - 3] !== triples[i]) (inTurn[triples[i]] ??= []).push(rank[index]);
    }
  });
  const rows = new Map<number, Row>();
  for (let turn = 0; turn < inTurn.length; turn++) {
    const present = inTurn[turn];
    if (!present || present.length < 2) continue;
    present.sort((a, b) => a - b);
    for (let i = 0; i < present.length; i++) {
      const l = canonical[order[present[i]]];
      for (let j = i + 1; j < present.length; j++) {
        const r = canonical[order[present[j]]];
        if (l === r) continue;
        const id = l * entities.length + r;
        let row = rows.get(id);
        if (!row) rows.set(id, (row = { left: l, right: r, shared: 0, last: -1, turns: [] }));
        if (row.last === turn) continue;
        row.last = turn;
        row.shared++;
        if (row.turns.length < keep) row.turns.push(turn);
      }
    }
  }
  const flat: number[] = [];
  for (const row of rows.values()) {
    flat.push(row.left, row.right, row.shared, row.turns.length);
    for (const turn of row.turns) flat.push(turn);
  }
  return { keep, rows: flat };
}

/**
 * The shortest stretch of a turn holding a mention of each entity, [start, end]: mentions are sorted
 * [turn, start, end] triples, so each entity's mentions in the turn are found by binary search.
 */
export function closestStretch(left: SpanTriples, right: SpanTriples, turn: number): [number, number] {
  const [a, aEnd] = turnRange(left, turn);
  const [b, bEnd] = turnRange(right, turn);
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
  let j = b;
  for (let i = a; i < aEnd; i += 3) {
    while (j < bEnd && right[j + 1] < left[i + 1]) j += 3;
    if (j > b) consider(left[i + 1], left[i + 2], right[j - 2], right[j - 1]);
    if (j < bEnd) consider(left[i + 1], left[i + 2], right[j + 1], right[j + 2]);
  }
  return [bestStart, bestEnd];
}

/** [first, end) offsets of a turn's triples. */
function turnRange(triples: SpanTriples, turn: number): [number, number] {
  const first = firstIndex(triples.length / 3, (i) => triples[i * 3] >= turn);
  let end = first;
  while (end * 3 < triples.length && triples[end * 3] === turn) end++;
  return [first * 3, end * 3];
}
