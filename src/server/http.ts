// Small connect-style HTTP helpers shared by the graph endpoint, the static server and Vite's dev server.
// No framework: Node's IncomingMessage / ServerResponse plus a next() callback, as Vite's middlewares use.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Next = (error?: unknown) => void;
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, next: Next) => void | Promise<void>;

/** Sends a JSON body with no-store caching (graph files change when rebuilt). */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/** Runs handlers in order; each may answer or call next(); the last next() goes to `done`. */
export function chain(handlers: ApiHandler[]): ApiHandler {
  return (req, res, done) => {
    let i = 0;
    const next: Next = (error) => {
      if (error !== undefined) return done(error);
      const handler = handlers[i++];
      if (!handler) return done();
      Promise.resolve(handler(req, res, next)).catch(next);
    };
    next();
  };
}
