// The one API middleware both servers mount: the graph-file endpoint, then the extra handlers of api.ts.
// `turngraph serve` and Vite's dev server (through the plugin in vite-plugin.ts) use exactly this.
import { API_HANDLERS } from './api.ts';
import { createGraphHandler } from './graphs.ts';
import { chain, type ApiHandler } from './http.ts';

export function createApiMiddleware(graphFiles: string[] | (() => string[])): ApiHandler {
  return chain([createGraphHandler(graphFiles), ...API_HANDLERS]);
}
