#!/usr/bin/env node
// End-to-end tests in real editors (npm run test:e2e):
//   1. Neovim 0.7, headless, as a second LSP client of server/out/server.js --stdio;
//   2. the extension-host mocha suite (test/e2e/suite) inside code-server, driven by
//      Chromium through playwright-core;
//   3. the user-interface checks with screenshots (test/e2e/ui/ui.mjs);
//   4. the start-failure suite (test/e2e/startFailure), on its own page: a copy of the extension
//      whose language server exits at once must still activate, detect letters, have its commands.
// code-server is installed on first use into .e2e-cache/ (scripts/e2e/install-code-server.sh).
// Everything started here is stopped by its process id at the end, also on failure.
//
// Options: --only=nvim,suite,ui,start-failure   run a subset
//          --skip-build            do not run the esbuild bundle / tsc of the suite first
//          --keep                  keep the temporary run folder (user data, workspaces)
//          --update-screenshots    also copy the UI screenshots to docs/screenshots/ (README)
//          --runner=test-cli       load the suite through @vscode/test-cli's own runner
//                                  (the .vscode-test.mjs configuration) instead of
//                                  test/e2e/suite/index.ts: the npm run test:vscode path,
//                                  without downloading VS Code
// Artifacts: test-results/e2e/ (logs, suite results, screenshots).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  installTraps,
  launchBrowser,
  log,
  mkTempDir,
  rel,
  run,
  startCodeServer,
  stopAll,
  onCleanup,
  workbenchUrl,
} from './lib.mjs';
import { prepareWorkspace } from './workspace.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wants = (part) => !only || only.has(part);

const RESULTS = path.join(ROOT, 'test-results', 'e2e');
const SUITE_INDEX = path.join(ROOT, 'out', 'test', 'e2e', 'suite', 'index.js');
// The suite opens every fixture letter in the editor, so its time grows with the fixtures: about a quarter of a second a
// letter on a 2-core machine in a fast hour (1,868 letters took 459 s), and about half a second in a slow one (3,685
// letters, 2,500 of them in 20 minutes). The bound is there to stop a hang, not to time the suite, so it grows with them
// too: two minutes for the workbench and the other tests, and a second a letter.
const FIXTURE_LETTERS = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'letters')).filter((f) => f.endsWith('.txt')).length;
const SUITE_TIMEOUT_MS = Number(process.env.IMR_E2E_SUITE_TIMEOUT_MS || 120_000 + 1000 * FIXTURE_LETTERS);
const START_FAILURE_INDEX = path.join(ROOT, 'out', 'test', 'e2e', 'startFailure', 'index.js');
const START_FAILURE_TIMEOUT_MS = 120_000;

installTraps();

const timings = [];
async function step(name, fn) {
  const t0 = Date.now();
  log(`--- ${name}`);
  try {
    return await fn();
  } finally {
    timings.push([name, Date.now() - t0]);
  }
}

async function build() {
  await run('esbuild', process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT });
  await run('tsc (e2e suite)', process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'test/e2e'], { cwd: ROOT });
  for (const f of ['client/out/extension.js', 'server/out/server.js', 'out/test/e2e/suite/index.js', 'out/test/e2e/startFailure/index.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing after the build`);
  }
}

async function runNvim() {
  await run('nvim tests', process.execPath, ['--test', '--test-reporter=spec', path.join(ROOT, 'test', 'nvim', 'nvim-lsp.test.mjs')], {
    cwd: ROOT,
    capture: true,
    env: { ...process.env, IMR_NVIM_ARTIFACTS: path.join(RESULTS, 'nvim') },
  });
}

/** Strips the %c styling VS Code adds to forwarded console messages. */
function plainConsole(text) {
  return text.replace(/^%c\s*(\w+)\s+color:\s*#[0-9a-f]+\s?/i, '$1 ').trimEnd();
}

/** The .vscode-test.mjs configuration, as @vscode/test-cli resolves it. */
let testCliCached = null;
function testCliConfiguration() {
  if (testCliCached) return testCliCached;
  const bin = path.join(ROOT, 'node_modules', '@vscode', 'test-cli', 'out', 'bin.mjs');
  const out = execFileSync(process.execPath, [bin, '--list-configuration'], { cwd: ROOT, encoding: 'utf8' });
  const [cfg] = JSON.parse(out.slice(out.indexOf('[')));
  testCliCached = { testsPath: cfg.extensionTestsPath, workspace: cfg.config.workspaceFolder, env: cfg.env };
  return testCliCached;
}

/**
 * Opens a workbench page of code-server that runs an extension-host mocha suite
 * (extensionTestsPath), with the page's console in its own log file, waits for
 * codeAutomationExit, prints the suite's results (the JSON summary it writes to resultsFile),
 * and throws if it failed or timed out. Returns the summary (null if none was written).
 */
async function runMochaPage(ctx, baseUrl, { name, folder, extensionDevelopmentPath, testsPath, resultsFile, consoleFile, screenshotFile, timeoutMs }) {
  const page = await ctx.newPage();
  const consoleLog = fs.createWriteStream(consoleFile);
  onCleanup(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (msg) => {
    // The workbench's console, with the extension host's (mocha's spec reporter) forwarded.
    consoleLog.write(`[${msg.type()}] ${plainConsole(msg.text())}\n`);
  });
  page.on('pageerror', (err) => consoleLog.write(`[pageerror] ${err.message}\n`));

  let settle;
  const exited = new Promise((resolve) => (settle = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => {
    settle(code);
  });
  const url = workbenchUrl(baseUrl, { folder, extensionDevelopmentPath, extensionTestsPath: testsPath });
  const tGoto = Date.now();
  await page.goto(url);
  log(`${name}: workbench page loaded in ${Date.now() - tGoto} ms`);
  let timer;
  const code = await Promise.race([
    exited,
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs))),
  ]);
  clearTimeout(timer);
  log(`${name}: codeAutomationExit(${code}) ${Date.now() - tGoto} ms after opening the workbench`);
  await page.screenshot({ path: screenshotFile }).catch(() => {});

  let summary = null;
  if (fs.existsSync(resultsFile)) summary = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  if (summary) {
    const passed = summary.results.filter((r) => r.state === 'passed').length;
    const failed = summary.results.filter((r) => r.state === 'failed');
    for (const r of summary.results) {
      const mark = r.state === 'passed' ? 'ok  ' : r.state === 'failed' ? 'FAIL' : 'skip';
      console.log(`  ${mark} ${r.title}${r.durationMs !== undefined ? ` (${r.durationMs} ms)` : ''}`);
    }
    log(`${name}: ${passed} passed, ${failed.length} failed, in ${summary.durationMs} ms`);
    for (const f of failed) {
      console.log(`  FAILED ${f.title}\n    ${String(f.error).split('\n').slice(0, 8).join('\n    ')}`);
    }
  }
  await page.close();
  await new Promise((r) => consoleLog.write('', r));
  if (code !== 0 && !summary) {
    // The suite did not even start (a load error, say): show what the workbench logged.
    const errors = fs
      .readFileSync(consoleFile, 'utf8')
      .split('\n')
      .filter((l) => /^\[error\]|ERR|Error/.test(l) && !/open-vsx|vsda|ERR_NAME_NOT_RESOLVED/.test(l));
    if (errors.length) console.log(`  workbench errors:\n    ${errors.slice(-20).join('\n    ')}`);
  }
  if (code === 'timeout') throw new Error(`the ${name} did not finish within ${timeoutMs} ms`);
  if (code !== 0) throw new Error(`the ${name} failed (codeAutomationExit(${code}))`);
  return summary;
}

async function runSuite(ctx, baseUrl, runDir) {
  const viaTestCli = argv.includes('--runner=test-cli');
  const cli = viaTestCli ? testCliConfiguration() : null;
  const resultsFile = process.env.IMR_E2E_RESULTS;
  const consoleFile = path.join(RESULTS, 'suite-console.log');
  const summary = await runMochaPage(ctx, baseUrl, {
    name: 'extension-host suite',
    folder: cli ? cli.workspace : prepareWorkspace(path.join(runDir, 'ws-suite')),
    extensionDevelopmentPath: ROOT,
    testsPath: cli ? cli.testsPath : SUITE_INDEX,
    resultsFile,
    consoleFile,
    screenshotFile: path.join(RESULTS, 'suite-final.png'),
    timeoutMs: SUITE_TIMEOUT_MS,
  });
  if (cli) {
    log('extension-host suite passed through the @vscode/test-cli runner (its spec output is in suite-console.log)');
    return;
  }
  if (!summary) throw new Error(`the extension-host suite wrote no results to ${rel(resultsFile)}`);
  if (summary.results.length === 0) throw new Error('the extension-host suite ran no tests');
  // The suite kills the server, also while it starts, and the client recovers each time: an
  // error notification saying it could not start (or restart) would tell the user otherwise.
  const falseAlarms = fs
    .readFileSync(consoleFile, 'utf8')
    .split('\n')
    .filter((l) => l.includes('IMR Letters: the language server could not'));
  if (falseAlarms.length) throw new Error(`the extension showed errors for a server it restarted:\n    ${falseAlarms.join('\n    ')}`);
}

/**
 * A copy of the built extension in `dir`, as a broken or corrupt install would be: the files
 * package.json needs to activate (main, language configuration, grammar), with a
 * server/out/server.js that exits at once with a non-zero code. Each start of that server
 * appends a line to server/out/starts.log beside it, which the start-failure suite reads.
 */
function brokenExtensionCopy(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const contributes = manifest.contributes || {};
  const files = [
    'package.json',
    manifest.main,
    manifest.icon,
    ...(contributes.languages || []).map((l) => l.configuration),
    ...(contributes.grammars || []).map((g) => g.path),
  ].filter(Boolean);
  for (const f of new Set(files.map((f) => path.normalize(f)))) {
    const from = path.join(ROOT, f);
    if (!fs.existsSync(from)) throw new Error(`${f}, which package.json names, is missing (is the extension built?)`);
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, f));
  }
  const server = path.join(dir, 'server', 'out', 'server.js');
  fs.mkdirSync(path.dirname(server), { recursive: true });
  fs.writeFileSync(
    server,
    `// A broken install's language server (scripts/e2e/run-e2e.mjs): it exits at once.
require('fs').appendFileSync(require('path').join(__dirname, 'starts.log'), process.pid + ' ' + process.argv.slice(2).join(' ') + '\\n');
process.stderr.write('imr-letters end-to-end test: this language server is broken on purpose\\n');
process.exit(3);
`,
  );
  return dir;
}

async function runStartFailure(ctx, baseUrl, runDir) {
  const extension = brokenExtensionCopy(path.join(runDir, 'start-failure', 'extension'));
  const consoleFile = path.join(RESULTS, 'start-failure-console.log');
  const summary = await runMochaPage(ctx, baseUrl, {
    name: 'start-failure suite',
    folder: prepareWorkspace(path.join(runDir, 'start-failure', 'workspace'), { samplesOnly: true }),
    extensionDevelopmentPath: extension,
    testsPath: START_FAILURE_INDEX,
    resultsFile: process.env.IMR_E2E_START_FAILURE_RESULTS,
    consoleFile,
    screenshotFile: path.join(RESULTS, 'start-failure-final.png'),
    timeoutMs: START_FAILURE_TIMEOUT_MS,
  });
  if (!summary || summary.results.length === 0) throw new Error('the start-failure suite ran no tests');
  // The workbench's own word on the activation, independent of the suite's.
  const activationErrors = fs
    .readFileSync(consoleFile, 'utf8')
    .split('\n')
    .filter((l) => /Activating extension .imr-letters\.imr-letters. failed/i.test(l));
  if (activationErrors.length) throw new Error(`the workbench reports a failed activation:\n    ${activationErrors.join('\n    ')}`);
  const starts = fs.readFileSync(path.join(extension, 'server', 'out', 'starts.log'), 'utf8').split('\n').filter(Boolean).length;
  log(`start-failure suite: the broken language server was started ${starts} time(s)`);
}

async function runUi(ctx, baseUrl, runDir) {
  const { runUiChecks } = await import('../../test/e2e/ui/ui.mjs');
  const ws = prepareWorkspace(path.join(runDir, 'ui', 'imr-letters'), { samplesOnly: true });
  const page = await ctx.newPage();
  await runUiChecks({
    page,
    url: workbenchUrl(baseUrl, { folder: ws, extensionDevelopmentPath: ROOT }),
    workspace: ws,
    screenshotsDir: path.join(RESULTS, 'screenshots'),
    docsScreenshotsDir: flag('update-screenshots') ? path.join(ROOT, 'docs', 'screenshots') : null,
    log,
  });
  await page.close();
}

/** Waits for every promise; then throws the first failure, after logging all of them. */
async function settleAll(promises) {
  const results = await Promise.allSettled(promises);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
  if (failed.length > 1) for (const err of failed.slice(1)) console.error(`also failed: ${err && err.message ? err.message : err}`);
  if (failed.length) throw failed[0];
}

async function main() {
  const t0 = Date.now();
  fs.rmSync(RESULTS, { recursive: true, force: true });
  fs.mkdirSync(RESULTS, { recursive: true });
  const runDir = mkTempDir('imr-e2e-');
  if (!flag('keep')) onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  else log(`keeping ${runDir}`);

  if (!flag('skip-build')) await step('build', build);

  // Neovim needs no browser: it runs alongside the code-server part.
  const parts = [];
  if (wants('nvim')) parts.push(step('neovim LSP client', runNvim));

  if (wants('suite') || wants('ui') || wants('start-failure')) {
    parts.push(
      (async () => {
        await step('install code-server (if not cached)', () =>
          run('install code-server', 'bash', [path.join(ROOT, 'scripts', 'e2e', 'install-code-server.sh')], { cwd: ROOT }),
        );
        process.env.IMR_E2E_RESULTS = path.join(RESULTS, 'suite-results.json');
        process.env.IMR_E2E_START_FAILURE_RESULTS = path.join(RESULTS, 'start-failure-results.json');
        if (argv.includes('--runner=test-cli')) Object.assign(process.env, testCliConfiguration().env);
        const cs = await step('start code-server', () =>
          startCodeServer({
            runDir,
            logFile: path.join(RESULTS, 'code-server.log'),
            userSettings: { 'outline.collapseItems': 'alwaysExpand', 'workbench.reduceMotion': 'on', 'editor.cursorBlinking': 'solid' },
          }),
        );
        log(`code-server ready at ${cs.url}`);
        onCleanup(() => {
          // Keep the workbench and extension-host logs as artifacts.
          const logs = path.join(cs.userDataDir, 'logs');
          if (fs.existsSync(logs)) fs.cpSync(logs, path.join(RESULTS, 'vscode-logs'), { recursive: true });
        });
        const ctx = await step('launch chromium', () => launchBrowser({ profileDir: path.join(runDir, 'chromium-profile'), runDir }));
        // The suite, the UI checks and the start-failure suite use separate pages and workspaces
        // of one code-server (the last also its own copy of the extension).
        const pages = [];
        if (wants('suite')) pages.push(step('extension-host suite in code-server', () => runSuite(ctx, cs.url, runDir)));
        if (wants('ui')) pages.push(step('user interface with screenshots', () => runUi(ctx, cs.url, runDir)));
        if (wants('start-failure')) pages.push(step('start-failure suite in code-server', () => runStartFailure(ctx, cs.url, runDir)));
        await settleAll(pages);
      })(),
    );
  }
  await settleAll(parts);

  log('timings:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(40)} ${(ms / 1000).toFixed(1)} s`);
  console.log(`  ${'total'.padEnd(40)} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

let exitCode = 0;
try {
  await main();
  log('all end-to-end tests passed');
} catch (err) {
  exitCode = 1;
  console.error(`\nE2E FAILED: ${err && err.stack ? err.stack : err}`);
  console.error(`artifacts: ${rel(RESULTS)}/`);
} finally {
  await stopAll();
}
process.exit(exitCode);
