// The language server as a standard LSP server: headless Neovim (0.7, which has no pull
// diagnostics) starts `node server/out/server.js --stdio` through vim.lsp.start_client
// (test/nvim/init.lua), opens a letter and prints the pushed diagnostics, the document
// symbols and a citation hover. These tests assert on that output.
//
//   node --test test/nvim/nvim-lsp.test.mjs      (after npm run build)
import { spawn, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test, before } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const INIT = path.join(ROOT, 'test', 'nvim', 'init.lua');
const SERVER = path.join(ROOT, 'server', 'out', 'server.js');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');
const NVIM = process.env.IMR_NVIM || 'nvim';
const ARTIFACTS = process.env.IMR_NVIM_ARTIFACTS || path.join(ROOT, 'test-results', 'e2e', 'nvim');
const TIMEOUT_MS = 60_000;

/** Runs headless Neovim on one file; resolves with the parsed IMR_LSP_RESULT line. */
function runNvim(file, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', INIT], {
      cwd: ROOT,
      detached: true, // own process group: a timeout stops nvim and the server it started
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        IMR_SERVER: SERVER,
        IMR_LETTER: file,
        IMR_NODE: process.execPath,
        ...extraEnv,
        XDG_CONFIG_HOME: path.join(ARTIFACTS, 'xdg-config'),
        XDG_DATA_HOME: path.join(ARTIFACTS, 'xdg-data'),
        XDG_STATE_HOME: path.join(ARTIFACTS, 'xdg-state'),
        XDG_CACHE_HOME: path.join(ARTIFACTS, 'xdg-cache'),
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const base = path.basename(file).replace(/\.txt$/, '') + (Object.keys(extraEnv).length ? '-edited' : '');
      fs.writeFileSync(path.join(ARTIFACTS, `${base}.out.txt`), stdout + (stderr ? `\n--- stderr\n${stderr}` : ''));
      const line = stdout.split('\n').find((l) => l.startsWith('IMR_LSP_RESULT '));
      if (!line) {
        reject(new Error(`nvim printed no result (exit ${code}, signal ${signal}).\nstdout: ${stdout}\nstderr: ${stderr}`));
        return;
      }
      const result = JSON.parse(line.slice('IMR_LSP_RESULT '.length));
      if (result.error) {
        reject(new Error(`nvim harness error: ${result.error}`));
        return;
      }
      resolve({ result, code });
    });
  });
}

const codes = (r) => [...new Set((r.diagnostics || []).map((d) => String(d.code)))].sort();
const names = (symbols) => (symbols || []).map((s) => s.name);
const hoverText = (h) => {
  if (!h || !h.contents) return '';
  const c = h.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c.value || '';
};

/** What a person reading the terminal sees: diagnostics, outline and hover. */
function printResult(name, r) {
  const lines = [`== ${name}`];
  for (const d of r.diagnostics || []) {
    lines.push(`  diagnostic ${d.range.start.line + 1}:${d.range.start.character + 1} [${d.source}/${d.code}] ${d.message.slice(0, 100)}`);
  }
  const walk = (symbols, depth) => {
    for (const s of symbols || []) {
      lines.push(`  ${'  '.repeat(depth)}symbol ${s.name}${s.detail ? ` — ${s.detail}` : ''}`);
      walk(s.children, depth + 1);
    }
  };
  walk(r.symbols, 0);
  if (r.hover) lines.push(`  hover @${r.hover_position.line + 1}:${r.hover_position.character + 1}: ${hoverText(r.hover).split('\n')[0]}`);
  console.log(lines.join('\n'));
}

describe('Neovim 0.7 as an LSP client of server/out/server.js --stdio', () => {
  before(() => {
    const v = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.equal(v.status, 0, `${NVIM} --version failed: ${v.stderr || v.error}`);
    console.log(`using ${v.stdout.split('\n')[0]}`);
    assert.ok(fs.existsSync(SERVER), `${path.relative(ROOT, SERVER)} is missing: run npm run build`);
  });

  test('sample 000: pushed diagnostics, document symbols and the p. 23 hover', async () => {
    const { result: r, code } = await runNvim(path.join(SAMPLES, '000_a166514a6fb7d4e1.txt'));
    printResult('000_a166514a6fb7d4e1.txt', r);
    assert.equal(code, 0);
    // Neovim 0.7 announces no pull support, so the server must not offer it and must push.
    assert.equal(r.capabilities.diagnosticProvider, null);
    assert.ok(r.publish_count >= 1, 'the server pushed diagnostics');
    assert.deepEqual(codes(r), ['missing-completed-sessions', 'missing-functional-improvement']);
    for (const d of r.diagnostics) assert.equal(d.source, 'imr-letters');
    // Neovim itself took them in.
    assert.deepEqual([...new Set(r.vim_diagnostics.map((d) => String(d.code)))].sort(), codes(r));

    const top = names(r.symbols);
    for (const s of ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']) {
      assert.ok(top.includes(s), `symbols ${JSON.stringify(top)} include ${s}`);
    }
    const decisions = r.symbols.find((s) => s.name === 'IMR ISSUES, DECISIONS AND RATIONALES');
    const item = (decisions.children || []).find((c) => c.name === '6 sessions of Cognitive Behavioral Therapy');
    assert.ok(item, `item under the decisions section: ${JSON.stringify(names(decisions.children))}`);
    assert.equal(item.detail, 'Upheld');

    assert.ok(r.hover_position, 'the letter has a Page(s): citation');
    const hover = hoverText(r.hover);
    assert.match(hover, /Behavioral interventions/i);
    assert.match(hover, /p\. 23/);
    assert.match(hover, /Confidence/);
  });

  test('sample 000 edited in Neovim: deleting the session count pushes missing-session-count', async () => {
    const { result: r } = await runNvim(path.join(SAMPLES, '000_a166514a6fb7d4e1.txt'), { IMR_EDIT_REMOVE_COUNT: '6' });
    assert.deepEqual(codes(r), ['missing-completed-sessions', 'missing-functional-improvement']);
    assert.ok(r.after_edit, 'the edit ran');
    assert.ok(r.after_edit.edited_lines >= 1, 'the letter states the count');
    assert.ok(r.after_edit.published, 'the server pushed diagnostics for the edited version');
    const after = [...new Set(r.after_edit.diagnostics.map((d) => String(d.code)))].sort();
    console.log(`  after the edit: ${after.join(', ')}`);
    assert.ok(after.includes('missing-session-count'), `codes after the edit: ${after.join(', ')}`);
  });

  test('sample 001: diagnostics and the item with its decision', async () => {
    const { result: r } = await runNvim(path.join(SAMPLES, '001_95b102c290cd7ebe.txt'));
    printResult('001_95b102c290cd7ebe.txt', r);
    assert.deepEqual(codes(r), ['exceeds-guideline-limit', 'missing-functional-improvement']);
    const decisions = r.symbols.find((s) => s.name === 'IMR ISSUES, DECISIONS AND RATIONALES');
    assert.ok(decisions, `symbols: ${JSON.stringify(names(r.symbols))}`);
    const item = (decisions.children || []).find((c) => /psychotherapy sessions/i.test(c.name));
    assert.ok(item, `item: ${JSON.stringify(names(decisions.children))}`);
    assert.equal(item.detail, 'Upheld');
  });

  test('a text file that is not a letter: no diagnostics, no symbols', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const dir = fs.mkdtempSync(path.join(ARTIFACTS, 'plain-'));
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'Shopping list\n\n- oranges\n- coffee\n\nCall the plumber on Monday.\n');
    try {
      const { result: r } = await runNvim(file);
      printResult('notes.txt', r);
      assert.deepEqual(r.diagnostics || [], []);
      assert.deepEqual(r.symbols || [], []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
