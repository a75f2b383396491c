// Vite plugin that mounts the turngraph API middleware in the dev and preview servers.
// Keeps `npm start` (Vite dev server) and `turngraph serve` (static server) on the same endpoint code.
import type { Plugin } from 'vite';
import { createApiMiddleware } from './middleware.ts';

export function turngraphApi(graphFiles: string[] | (() => string[])): Plugin {
  const middleware = createApiMiddleware(graphFiles);
  return {
    name: 'turngraph-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => void middleware(req, res, next));
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => void middleware(req, res, next));
    },
  };
}
