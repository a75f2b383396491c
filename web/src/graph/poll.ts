// Polls the drawn graph file's version every POLL_MS while the tab is visible (at once when it shows again).
// A failed poll is quiet: the next one tries again. Returns the stop function.
import { fetchGraphVersion } from './data.ts';

export const POLL_MS = 2000;

export function pollGraphVersion(name: string, onVersion: (version: string) => void, interval = POLL_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busy = false;
  let stopped = false;
  const visible = () => document.visibilityState === 'visible';

  const schedule = () => {
    if (!stopped && !busy && timer === null && visible()) timer = setTimeout(poll, interval);
  };
  const poll = async () => {
    timer = null;
    if (stopped || busy || !visible()) return;
    busy = true;
    try {
      const version = await fetchGraphVersion(name);
      if (!stopped && version !== null) onVersion(version);
    } catch {
      // A server restarting or a network hiccup: the next poll tries again.
    } finally {
      busy = false;
      schedule();
    }
  };
  const onVisibility = () => {
    if (!visible() || busy) return;
    if (timer !== null) clearTimeout(timer);
    void poll();
  };

  document.addEventListener('visibilitychange', onVisibility);
  schedule();
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
