// A tiny observable store: each state domain (selection, filters, hover, search) is one of these.
// Views read with get(), change state only through the domain's actions, and re-render on subscribe().

export interface Store<T extends object> {
  get(): Readonly<T>;
  set(patch: Partial<T>): void;
  subscribe(listener: (state: Readonly<T>, previous: Readonly<T>) => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state: T = { ...initial };
  const listeners = new Set<(state: T, previous: T) => void>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const next = { ...state, ...patch };
      if ((Object.keys(patch) as (keyof T)[]).every((k) => Object.is(previous[k], next[k]))) return;
      state = next;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
