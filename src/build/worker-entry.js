// Entry of a build worker thread: plain JavaScript, so Node can start it without a loader, registers tsx in this
// thread, then runs the TypeScript worker (src/build/worker.ts). Hooks of the parent thread are not relied on.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
