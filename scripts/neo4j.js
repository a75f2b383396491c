#!/usr/bin/env node
// Development Neo4j for turngraph: `node scripts/neo4j.js start|stop|status` (npm run neo4j:start / neo4j:stop).
// Builds the Community 5.26 jars + launcher (scripts/neo4j/) with Maven into .neo4j/, runs it detached, waits for Bolt.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, '.neo4j');
const PROJECT = join(ROOT, 'scripts', 'neo4j');
const LAUNCHER_JAR = join(OUT, 'build', 'turngraph-neo4j-launcher-1.0.0.jar');
// NEO4J_INSTANCE_DIR runs a second, separate server (own data, pid, log), e.g. for the kill-mid-sync test.
const INSTANCE = process.env.NEO4J_INSTANCE_DIR || OUT;
const PID_FILE = join(INSTANCE, 'neo4j.pid');
const LOG_FILE = join(INSTANCE, 'neo4j.log');
const HOME = join(INSTANCE, 'home');

export const DEFAULT_PASSWORD = 'turngraph-dev';
const port = Number(process.env.NEO4J_BOLT_PORT || 7687);
const password = process.env.NEO4J_PASSWORD || DEFAULT_PASSWORD;
const uri = `bolt://127.0.0.1:${port}`;
const startTimeoutMs = Number(process.env.NEO4J_START_TIMEOUT_MS || 180_000);

class ScriptError extends Error {}

const say = (line) => process.stdout.write(`neo4j: ${line}\n`);

/** Returns 'ok', 'auth' (answers but rejects the password) or 'down'. */
async function probe(timeoutMs = 3000) {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: timeoutMs,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity();
    return 'ok';
  } catch (error) {
    return String(error?.code ?? '').includes('Security') ? 'auth' : 'down';
  } finally {
    await driver.close();
  }
}

function readPid() {
  if (!existsSync(PID_FILE)) return null;
  const pid = Number(readFileSync(PID_FILE, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function logTail(lines = 25) {
  if (!existsSync(LOG_FILE)) return '(no log file)';
  return readFileSync(LOG_FILE, 'utf8').split('\n').slice(-lines).join('\n');
}

function need(tool, args) {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error) throw new ScriptError(`${tool} not found on PATH: install a JDK 17+ and Maven (apt-get install openjdk-17-jdk-headless maven)`);
  return `${result.stdout}${result.stderr}`;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the launcher and copies the Neo4j jars into .neo4j/lib unless they are up to date. */
function buildIfNeeded() {
  const upToDate = existsSync(LAUNCHER_JAR) && existsSync(join(OUT, 'lib')) && statSync(LAUNCHER_JAR).mtimeMs >= newestMtime(PROJECT);
  if (upToDate) return;
  const javaVersion = need('java', ['-version']);
  const major = Number(/version "(\d+)/.exec(javaVersion)?.[1] ?? 0);
  if (major < 17) throw new ScriptError(`Java 17 or newer is needed, found: ${javaVersion.split('\n')[0]}`);
  need('mvn', ['-v']);
  say('building the Neo4j Community launcher with Maven (first run downloads ~120 MB of jars)…');
  mkdirSync(OUT, { recursive: true });
  // Old jars go only when the dependencies changed: a running server may still load classes from lib/.
  const lib = join(OUT, 'lib');
  if (existsSync(lib) && statSync(join(PROJECT, 'pom.xml')).mtimeMs > statSync(lib).mtimeMs) rmSync(lib, { recursive: true, force: true });
  const result = spawnSync('mvn', ['-q', '-B', 'package', '-Dmaven.test.skip=true', `-Dturngraph.out=${OUT}`], {
    cwd: PROJECT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}${result.stderr}`.split('\n').filter(Boolean).slice(-15).join('\n');
    throw new ScriptError(`Maven build failed (in scripts/neo4j):\n${tail}`);
  }
}

/** Concurrent starts (parallel test files) queue on a lock file, so only one builds and spawns the server. */
async function withStartLock(work) {
  mkdirSync(INSTANCE, { recursive: true });
  const lock = join(INSTANCE, 'start.lock');
  const deadline = Date.now() + startTimeoutMs + 600_000;
  for (;;) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (!holder || !alive(holder)) rmSync(lock, { force: true });
      else if (Date.now() > deadline) throw new ScriptError(`another start (pid ${holder}) holds ${lock}`);
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

async function start() {
  return withStartLock(startUnlocked);
}

async function startUnlocked() {
  const pid = readPid();
  if (pid && alive(pid)) {
    const state = await probe();
    if (state === 'ok') return say(`already running (pid ${pid}) at ${uri}`);
    if (state === 'auth') throw new ScriptError(`running (pid ${pid}) but rejects NEO4J_PASSWORD; run \`npm run neo4j:stop\`, then start again`);
  }
  const before = await probe();
  if (before === 'ok') return say(`a Neo4j server already answers at ${uri}; not starting another`);
  if (before === 'auth') throw new ScriptError(`a Neo4j server at ${uri} (not started by this script) rejects NEO4J_PASSWORD`);

  buildIfNeeded();
  mkdirSync(HOME, { recursive: true });
  const log = openSync(LOG_FILE, 'a');
  const heap = process.env.NEO4J_HEAP || '2g';
  const classpath = `${LAUNCHER_JAR}:${join(OUT, 'lib', '*')}`;
  const child = spawn('java', [`-Xmx${heap}`, '-XX:+UseG1GC', '-cp', classpath, 'turngraph.Neo4jLauncher', HOME], {
    cwd: OUT,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, NEO4J_BOLT_PORT: String(port), NEO4J_PASSWORD: password },
  });
  child.unref();
  writeFileSync(PID_FILE, `${child.pid}\n`);
  say(`starting (pid ${child.pid}), log in ${LOG_FILE} …`);

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (!alive(child.pid)) {
      rmSync(PID_FILE, { force: true });
      throw new ScriptError(`the server exited during start-up; last lines of ${LOG_FILE}:\n${logTail()}`);
    }
    if ((await probe()) === 'ok') return say(`ready at ${uri} (user neo4j, password from NEO4J_PASSWORD or "${DEFAULT_PASSWORD}")`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new ScriptError(`Bolt did not answer at ${uri} within ${startTimeoutMs / 1000} s (pid ${child.pid} left running); last lines of ${LOG_FILE}:\n${logTail()}`);
}

async function stop() {
  const pid = readPid();
  if (!pid || !alive(pid)) {
    rmSync(PID_FILE, { force: true });
    return say('not running');
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  if (alive(pid)) {
    process.kill(pid, 'SIGKILL');
    say(`pid ${pid} did not stop within 60 s; killed`);
  }
  rmSync(PID_FILE, { force: true });
  say(`stopped (pid ${pid})`);
}

async function status() {
  const pid = readPid();
  const state = await probe();
  say(`${state === 'ok' ? 'answering' : state === 'auth' ? 'answering, but rejects NEO4J_PASSWORD' : 'not answering'} at ${uri}${pid && alive(pid) ? ` (pid ${pid})` : ''}`);
  if (state !== 'ok') process.exitCode = 3;
}

const commands = { start, stop, status };
const command = commands[process.argv[2]];
if (!command) {
  process.stderr.write('usage: node scripts/neo4j.js start|stop|status\n');
  process.exitCode = 2;
} else {
  try {
    await command();
  } catch (error) {
    process.stderr.write(`neo4j ${process.argv[2]}: ${error instanceof ScriptError ? error.message : error?.message ?? error}\n`);
    process.exitCode = 1;
  }
}
