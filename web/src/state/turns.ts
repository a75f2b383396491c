// The entities each turn mentions, as far as the viewer has fetched them (a document's turns for the strip, a turn
// opened on its own): a selected turn lights up its entities once they are known. Reset for each graph drawn.
import { createStore } from './store.ts';

export interface TurnsState {
  /** Turn id → entity keys, in order of first mention. */
  entities: ReadonlyMap<string, readonly string[]>;
}

export const turns = createStore<TurnsState>({ entities: new Map() });

/** Turns were fetched: their entities are added (a new map: subscribers compare by identity). */
export function turnEntitiesLoaded(entries: Iterable<readonly [string, readonly string[]]>): void {
  const entities = new Map(turns.get().entities);
  let changed = false;
  for (const [id, keys] of entries) {
    if (entities.has(id)) continue;
    entities.set(id, keys);
    changed = true;
  }
  if (changed) turns.set({ entities });
}

/** A new graph is drawn: nothing of it is fetched yet. */
export function forgetTurns(): void {
  turns.set({ entities: new Map() });
}
