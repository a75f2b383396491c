// Starts the viewer: a static server over the built bundle (built on first use) or Vite's dev server,
// both with the same API middleware. Returns the URL and a close function; the CLI only parses flags.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ServeError } from './errors.ts';
import { chain, sendJson } from './http.ts';
import { createApiMiddleware } from './middleware.ts';
import { createStaticHandler } from './static.ts';
import { nameGraphFiles } from './graphs.ts';
import { prepareInBackground } from './turns.ts';
import { REPO_ROOT, WEB_DIST, WEB_ROOT, viewerViteConfig } from './vite-config.ts';

export interface ServeOptions {
  /** Graph JSON files to offer in the viewer's picker. */
  files: string[];
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Vite dev server (hot reload of web/) instead of the built bundle. */
  dev: boolean;
  /** Where the built bundle lives (tests use a temp folder). */
  webDir: string;
}

export const DEFAULT_SERVE_OPTIONS: ServeOptions = {
  files: [],
  host: '127.0.0.1',
  port: Number(process.env.PORT ?? 5173),
  dev: false,
  webDir: WEB_DIST,
};

export interface RunningViewer {
  url: string;
  close(): Promise<void>;
}

export function validateServeOptions(options: ServeOptions): void {
  if (options.files.length === 0) throw new ServeError('no graph file given (usage: turngraph serve GRAPH.json...)');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new ServeError(`invalid port ${options.port}`);
  }
  for (const file of options.files) {
    if (!existsSync(file)) throw new ServeError(`${file}: no such file (build it first: turngraph build TRANSCRIPT -o ${file})`);
    if (!statSync(file).isFile()) throw new ServeError(`${file}: not a file`);
  }
}

export async function startViewer(input: Partial<ServeOptions>): Promise<RunningViewer> {
  const options = { ...DEFAULT_SERVE_OPTIONS, ...input };
  validateServeOptions(options);
  const viewer = await (options.dev ? startDev(options) : startStatic(options));
  // The graph the viewer opens first: a large one is made ready while the browser is being opened.
  const first = nameGraphFiles(options.files)[0];
  if (first) prepareInBackground(first.path);
  return viewer;
}

async function startStatic(options: ServeOptions): Promise<RunningViewer> {
  await ensureWebBuild(options.webDir);
  const handler = chain([createApiMiddleware(options.files), createStaticHandler(options.webDir)]);
  const server = createServer((req, res) =>
    handler(req, res, (error) => {
      if (res.headersSent) return void res.end();
      if (error) return sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      sendJson(res, 404, { error: 'not found' });
    }),
  );
  const port = await listen(server, options.host, options.port);
  return {
    url: `http://${options.host}:${port}/`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}

async function startDev(options: ServeOptions): Promise<RunningViewer> {
  const { createServer: createViteServer } = await import('vite');
  const config = viewerViteConfig(options.files);
  const vite = await createViteServer({
    ...config,
    configFile: false,
    logLevel: 'info',
    server: { host: options.host, port: options.port, strictPort: true },
  }).catch((error: Error) => {
    throw new ServeError(error.message.split('\n')[0]);
  });
  await vite.listen().catch((error: NodeJS.ErrnoException) => {
    throw new ServeError(portMessage(error, options));
  });
  const address = vite.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return { url: `http://${options.host}:${port}/`, close: () => vite.close() };
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(new ServeError(portMessage(error, { host, port }))));
    server.listen(port, host, () => {
      const address = server.address();
      done(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function portMessage(error: NodeJS.ErrnoException, { host, port }: { host: string; port: number }): string {
  if (error.code === 'EADDRINUSE') return `port ${port} on ${host} is in use (choose another with --port N or PORT=N)`;
  return `cannot listen on ${host}:${port}: ${error.code ?? error.message}`;
}

/** Builds the web bundle with Vite's JS API when it is missing or older than web/ sources. */
export async function ensureWebBuild(outDir: string): Promise<void> {
  if (!webBuildIsStale(outDir)) return;
  const { build } = await import('vite');
  const tmp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  process.stderr.write('turngraph serve: building the viewer (first run only)…\n');
  try {
    await build({ ...viewerViteConfig([], tmp), configFile: false, logLevel: 'error' });
  } catch (error) {
    await rm(tmp, { recursive: true, force: true });
    throw new ServeError(`building the viewer failed: ${(error as Error).message.split('\n')[0]}`);
  }
  // Swap in the fresh bundle; another process may have done the same meanwhile, which is fine.
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  await rename(outDir, old).catch(() => undefined);
  await rename(tmp, outDir).catch(() => rm(tmp, { recursive: true, force: true }));
  await rm(old, { recursive: true, force: true });
}

/** True when the bundle is missing or any file under web/ (or the Vite config) is newer than it. */
export function webBuildIsStale(outDir: string): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  // payload.ts and quotes.ts are bundled into the viewer too (it reads a whole graph file the same way).
  const shared = ['src/model.ts', 'src/server/payload.ts', 'src/server/quotes.ts', 'src/server/vite-config.ts'];
  const sources = [...walk(WEB_ROOT), ...shared.map((file) => join(REPO_ROOT, file))];
  return sources.some((file) => existsSync(file) && statSync(file).mtimeMs > builtAt);
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
