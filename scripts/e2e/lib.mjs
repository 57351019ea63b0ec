// Shared pieces of the end-to-end harness: process bookkeeping (everything started is
// stopped by its process id, also on failure), code-server start-up on loopback, and the
// Chromium launch through playwright-core.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';
export const CODE_SERVER_DIR = path.join(ROOT, '.e2e-cache', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

export const rel = (p) => path.relative(ROOT, p) || '.';

export function log(...args) {
  const t = new Date().toISOString().slice(11, 23);
  console.log(`[e2e ${t}]`, ...args);
}

// ---------------------------------------------------------------------------------------
// Process bookkeeping
// ---------------------------------------------------------------------------------------
const children = new Map(); // pid -> { name, child }
const cleanups = [];

/** Spawns a child in its own process group, so stopping it also stops what it started. */
export function startProcess(name, command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  children.set(child.pid, { name, child });
  child.once('exit', () => children.delete(child.pid));
  log(`started ${name} (pid ${child.pid})`);
  return child;
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops one started process (and its process group) by its pid: TERM, then KILL. */
export async function stopProcess(child, timeoutMs = 5000) {
  const pid = child.pid;
  if (pid === undefined) return;
  const entry = children.get(pid);
  if (!signalGroup(pid, 'SIGTERM')) {
    children.delete(pid);
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  children.delete(pid);
  log(`stopped ${entry ? entry.name : 'process'} (pid ${pid})`);
}

/** Registers an async cleanup (browser close, temp folder removal) run by stopAll(). */
export function onCleanup(fn) {
  cleanups.push(fn);
}

let stopping = null;
export function stopAll() {
  if (!stopping) {
    stopping = (async () => {
      while (cleanups.length) {
        const fn = cleanups.pop();
        try {
          await fn();
        } catch (err) {
          log('cleanup failed:', err && err.message ? err.message : err);
        }
      }
      for (const { child } of [...children.values()]) await stopProcess(child);
    })();
  }
  return stopping;
}

/** Synchronous last resort for process 'exit': SIGKILL whatever is still registered. */
function killAllSync() {
  for (const pid of children.keys()) signalGroup(pid, 'SIGKILL');
}

let trapped = false;
export function installTraps() {
  if (trapped) return;
  trapped = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      log(`received ${sig}, stopping everything`);
      stopAll().finally(() => process.exit(130));
    });
  }
  process.on('uncaughtException', (err) => {
    console.error(err);
    stopAll().finally(() => process.exit(1));
  });
  process.on('unhandledRejection', (err) => {
    console.error(err);
    stopAll().finally(() => process.exit(1));
  });
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor(what, fn, { timeoutMs = 60000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastErr ? `: ${lastErr.message}` : ''}`);
}

export function mkTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** XDG folders inside the run folder, so that nothing is written to the home directory. */
export function isolatedEnv(runDir, name) {
  const base = path.join(runDir, 'home', name);
  const env = {
    XDG_CONFIG_HOME: path.join(base, 'config'),
    XDG_DATA_HOME: path.join(base, 'data'),
    XDG_CACHE_HOME: path.join(base, 'cache'),
    XDG_STATE_HOME: path.join(base, 'state'),
  };
  for (const dir of Object.values(env)) fs.mkdirSync(dir, { recursive: true });
  return env;
}

export function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + '\n');
}

/**
 * Runs a command to completion, inheriting stdio (or, with `capture`, collecting its output
 * to print at the end, so that parallel steps do not interleave); rejects on a non-zero exit.
 */
export function run(name, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const { capture, ...spawnOptions } = options;
    const child = startProcess(name, command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child.pid);
      if (capture && output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ? `signal ${signal}` : `exit ${code}`})`));
    });
  });
}

// ---------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------
/**
 * Starts code-server on 127.0.0.1 with a fresh user-data-dir and extensions-dir, its own
 * config file and settings.json. Resolves once /healthz answers.
 */
export async function startCodeServer({ runDir, logFile, userSettings = {} }) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${rel(CODE_SERVER_ENTRY)}); run scripts/e2e/install-code-server.sh`);
  }
  const port = await freePort();
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const configFile = path.join(runDir, 'code-server.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  writeJson(path.join(userDataDir, 'User', 'settings.json'), {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'security.workspace.trust.enabled': false,
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
    'editor.hover.delay': 100,
    ...userSettings,
  });

  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--log', 'info',
  ];
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, 'a');
  const env = { ...process.env, ...isolatedEnv(runDir, 'code-server') };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an outer VS Code
  const child = startProcess('code-server', process.execPath, args, {
    cwd: runDir,
    env,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));

  const url = `http://127.0.0.1:${port}`;
  await waitFor(`code-server /healthz on ${url}`, async () => {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}), see ${rel(logFile)}`);
    const res = await fetch(`${url}/healthz`);
    return res.ok;
  }, { timeoutMs: 60000, intervalMs: 150 });
  return { url, port, child, userDataDir, extensionsDir, configFile };
}

/** Builds the workbench URL that loads the extension (and optionally a test suite). */
export function workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://remote${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${extensionTestsPath}`]);
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------
// Chromium through playwright-core
// ---------------------------------------------------------------------------------------
export async function launchBrowser({ profileDir, runDir, viewport = { width: 1600, height: 1000 } }) {
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    env: { ...process.env, ...isolatedEnv(runDir, 'chromium') },
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: false,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(() => context.close());
  return context;
}
