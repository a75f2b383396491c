// Entry of a build worker thread: plain JavaScript, so Node can start it without a loader. Runs the prebuilt worker
// bundle the CLI announced (TURNGRAPH_WORKER_BUNDLE, see bin/bundle.js), else registers tsx and runs worker.ts.
import { pathToFileURL } from 'node:url';

if (!(await runBundle(process.env.TURNGRAPH_WORKER_BUNDLE))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./worker.ts');
}

/** False if there is no bundle or it could not be loaded (before any of our code ran: see STARTED_FLAG). */
async function runBundle(file) {
  if (!file) return false;
  try {
    await import(pathToFileURL(file).href);
    return true;
  } catch (error) {
    if (globalThis.__turngraphBundleStarted) throw error;
    if (process.env.TURNGRAPH_DEBUG) process.stderr.write(`turngraph: worker bundle did not load (${String(error?.message ?? error).split('\n')[0]}); running through tsx\n`);
    return false;
  }
}
