// Prebuilt start path: an esbuild bundle of the CLI (src/cli/main.ts) and the build worker (src/build/worker.ts),
// cached under node_modules/.cache/turngraph-bundle/<key>/, the key a hash of every file it is built from.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where bundles live unless TURNGRAPH_BUNDLE_DIR says otherwise (it must sit inside the checkout, so the bundle's
 * package imports resolve from the checkout's node_modules as the sources' do). */
export const DEFAULT_BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'turngraph-bundle');
/** Folders whose every file may end up in the bundle (code, and JSON imported as a module). */
const SOURCE_DIRS = ['src', 'extract'];
/** Other files that change what the bundle does: this builder, the package (name, version), the TS settings. */
const EXTRA_INPUTS = [fileURLToPath(import.meta.url), join(ROOT, 'package.json'), join(ROOT, 'tsconfig.json')];
const ENTRIES = { main: 'src/cli/main.ts', worker: 'src/build/worker.ts' };
/** Set by the first line of each bundle: an import that fails without it never started our code. */
export const STARTED_FLAG = '__turngraphBundleStarted';
/** Bundles of older sources are removed once this old (a run still using one has long loaded it). */
const STALE_MS = 60 * 60 * 1000;

/**
 * Hash of every input of the bundle: the checkout's folder (the bundle holds its absolute paths, for data files and
 * the worker entry, so two checkouts sharing a node_modules must not share a bundle), then sorted relative paths and
 * their bytes. Reads ~130 small files (a few ms).
 */
export function sourceKey() {
  const hash = createHash('sha256');
  hash.update(`${ROOT}\0`);
  const files = [...EXTRA_INPUTS.filter((file) => existsSync(file)), ...SOURCE_DIRS.flatMap((dir) => listFiles(join(ROOT, dir)))];
  for (const file of files) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 20);
}

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * The bundle for the current sources: { main, worker } file paths, built first if missing, stale or damaged.
 * Throws (with a one-line message) when it cannot be had; the caller then runs the sources through tsx.
 */
export async function prepareBundle(options = {}) {
  const dir = options.dir ?? process.env.TURNGRAPH_BUNDLE_DIR ?? DEFAULT_BUNDLE_DIR;
  const key = sourceKey();
  const target = join(dir, key);
  const found = verify(target, key);
  if (found) return { ...found, built: false };
  await build(dir, target, key);
  const made = verify(target, key);
  if (!made) throw new Error(`bundle in ${target} is unreadable right after building it`);
  prune(dir, key);
  return { ...made, built: true };
}

/** The bundle's files if its manifest names this key and every file has the hash recorded when it was built. */
function verify(target, key) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  if (manifest?.key !== key || typeof manifest.files !== 'object') return null;
  for (const name of Object.keys(ENTRIES)) {
    const file = join(target, `${name}.js`);
    try {
      if (sha256(readFileSync(file)) !== manifest.files[`${name}.js`]) return null;
    } catch {
      return null;
    }
  }
  return { main: join(target, 'main.js'), worker: join(target, 'worker.js') };
}

/** Builds into a private temporary folder, then renames it into place: a concurrent run sees all of it or none. */
async function build(dir, target, key) {
  const esbuild = await import('esbuild');
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ENTRIES,
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      banner: { js: `globalThis.${STARTED_FLAG} = true;` },
      plugins: [sourceUrlPlugin(), nodeResolvablePlugin()],
      logLevel: 'silent',
      write: true,
    });
    if (result.errors.length) throw new Error(result.errors[0].text);
    if (sourceKey() !== key) throw new Error('a source changed while it was being bundled'); // never file it under the old key
    const files = {};
    for (const name of Object.keys(ENTRIES)) files[`${name}.js`] = sha256(readFileSync(join(tmp, `${name}.js`)));
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify({ key, esbuild: esbuild.version, files }, null, 2)}\n`);
    install(tmp, target, key);
  } catch (error) {
    const first = error?.errors?.[0];
    throw new Error(first ? `${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}` : String(error?.message ?? error).split('\n')[0]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Moves the finished folder into place; if another run got there first with a good bundle, keeps theirs. */
function install(tmp, target, key) {
  try {
    renameSync(tmp, target);
    return;
  } catch (error) {
    if (!['ENOTEMPTY', 'EEXIST', 'EPERM'].includes(error.code)) throw error;
  }
  if (verify(target, key)) return; // a concurrent run installed the same bundle
  const trash = `${target}-bad-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(target, trash); // damaged: move it aside (a run reading it keeps its open files), then retry
  } catch {
    /* another run moved it already */
  }
  rmSync(trash, { recursive: true, force: true });
  try {
    renameSync(tmp, target);
  } catch (error) {
    if (!verify(target, key)) throw error;
  }
}

/** Removes bundles of other sources (and leftovers of crashed builds) not touched for an hour. */
function prune(dir, key) {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (name === key) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      /* removed by another run meanwhile */
    }
  }
}

/**
 * Our sources find files next to themselves through import.meta.url (data files, the worker entry, web assets);
 * in a bundle it would name the bundle. Each of our files gets its own original file URL in its place.
 */
function sourceUrlPlugin() {
  return {
    name: 'turngraph-source-url',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, (args) => {
        if (args.path.includes('/node_modules/')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const url = pathToFileURL(args.path);
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(url.href))
          .replaceAll('import.meta.dirname', JSON.stringify(fileURLToPath(new URL('.', url)).replace(/\/$/, '')))
          .replaceAll('import.meta.filename', JSON.stringify(args.path));
        if (/\bimport\.meta\b/.test(contents)) throw new Error(`${relative(ROOT, args.path)} uses import.meta in a way the bundle cannot keep`);
        return { contents, loader: /\.[cm]?tsx?$/.test(args.path) ? 'ts' : 'js', resolveDir: fileURLToPath(new URL('.', url)) };
      });
    },
  };
}

/**
 * tsx accepts package subpaths without an extension (`@node-rs/jieba/dict`); Node's own loader, which runs the
 * bundle, does not. Such an import is rewritten to the first of the spellings tsx tries that Node resolves.
 */
function nodeResolvablePlugin() {
  return {
    name: 'turngraph-node-resolvable',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || args.kind === 'entry-point') return undefined;
        for (const spelling of [args.path, `${args.path}.js`, `${args.path}/index.js`, `${args.path}.mjs`, `${args.path}.cjs`]) {
          if (nodeResolves(spelling)) return { path: spelling, external: true };
        }
        return undefined; // leave it to esbuild (a Node built-in, or an error Node would give as well)
      });
    },
  };
}

/** import.meta.resolve does not check that a file exists (Node 20), so this does. */
function nodeResolves(specifier) {
  try {
    const url = new URL(import.meta.resolve(specifier));
    return url.protocol !== 'file:' || statSync(url).isFile();
  } catch {
    return false;
  }
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}
