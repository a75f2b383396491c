// Turn texts, whole from a full graph file or fetched on demand (and cached) when the graph came as the
// lite payload (/api/graphs/:name?lite=1 has no turn texts; /api/graphs/:name/turns?ids=… serves them).
import type { Turn } from '../../../src/model.ts';

/** Ids per /turns request (the server's bound is 200). */
const BATCH = 100;

export interface TurnTexts {
  /** The full text, or undefined while it is not loaded yet. */
  get(id: string): string | undefined;
  /** The first words, available at once (the strip). */
  head(turn: Turn): string;
  /** Loads the texts of the given turns that are missing; resolves when they are cached. */
  load(ids: readonly string[]): Promise<void>;
  readonly lazy: boolean;
}

/** A lite turn has no `text` but a `head`; a full one has its text. */
export function createTurnTexts(graphName: string, turns: readonly Turn[]): TurnTexts {
  const cache = new Map<string, string>();
  const heads = new Map<string, string>();
  let lazy = false;
  for (const turn of turns) {
    const t = turn as Turn & { head?: string };
    if (typeof t.text === 'string') cache.set(t.id, t.text);
    else {
      lazy = true;
      heads.set(t.id, t.head ?? '');
    }
  }
  const pending = new Map<string, Promise<void>>();
  const fetchBatch = async (ids: string[]) => {
    const query = ids.map(encodeURIComponent).join(',');
    const response = await fetch(`/api/graphs/${encodeURIComponent(graphName)}/turns?ids=${query}`);
    if (!response.ok) throw new Error(`cannot load turn texts (HTTP ${response.status})`);
    const body = (await response.json()) as { turns: Record<string, string> };
    // A turn the file does not have reads as empty, so it is not asked for again.
    for (const id of ids) cache.set(id, body.turns[id] ?? '');
  };
  return {
    lazy,
    get: (id) => cache.get(id),
    head: (turn) => cache.get(turn.id) ?? heads.get(turn.id) ?? '',
    async load(ids) {
      const missing = [...new Set(ids)].filter((id) => heads.has(id) && !cache.has(id) && !pending.has(id));
      const waits: Promise<void>[] = ids.filter((id) => pending.has(id)).map((id) => pending.get(id)!);
      for (let i = 0; i < missing.length; i += BATCH) {
        const batch = missing.slice(i, i + BATCH);
        const job = fetchBatch(batch).finally(() => batch.forEach((id) => pending.delete(id)));
        batch.forEach((id) => pending.set(id, job));
        waits.push(job);
      }
      await Promise.all(waits);
    },
  };
}
