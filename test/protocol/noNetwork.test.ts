/**
 * Letters are health records: the server and the CLI must never touch the network. Both run
 * here with every network entry point of Node made to throw and record the attempt.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { allFixtures, LETTERS_DIR, ROOT, SAMPLES_DIR } from '../support/fixtures';
import { startClient, type TestClient } from '../support/lspClient';
import { LETTERS_REQUEST, type IndexedLetter } from '../../server/src/customMessages';

const PRELOAD = path.join(ROOT, 'test/support/noNetwork.cjs');
const CLI = path.join(ROOT, 'cli/out/imr-letters.js');

describe('no network', () => {
  let dir: string;
  let netLog: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-net-'));
    netLog = path.join(dir, 'attempts.log');
    env = { ...process.env, IMR_NET_LOG: netLog };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const attempts = () => (fs.existsSync(netLog) ? fs.readFileSync(netLog, 'utf8').trim() : '');

  test('the preload catches a network call (control)', () => {
    const run = spawnSync(process.execPath, ['--require', PRELOAD, '-e', 'try { fetch("http://127.0.0.1:9") } catch {} try { require("node:http").get("http://127.0.0.1:9") } catch {}'], { env });
    assert.equal(run.status, 0, String(run.stderr));
    assert.match(attempts(), /fetch/);
    assert.match(attempts(), /http\.get/);
    fs.rmSync(netLog);
  });

  test('the server runs every feature over every fixture, and indexes them from disk, without a network call', async () => {
    // The fixtures folder as the workspace: the server reads every letter in it for its index.
    const client: TestClient = await startClient({ pull: true, execArgv: ['--require', PRELOAD], env, rootUri: pathToFileURL(path.join(ROOT, 'test/fixtures')).toString() });
    try {
      let diagnostics = 0;
      for (const f of allFixtures()) {
        const uri = `file:///net/${f.name}.txt`;
        await client.open(uri, f.text);
        diagnostics += (await client.pull(uri)).length;
        await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
        await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 5 } });
      }
      // Answered once the index is built.
      const letters = await client.connection.sendRequest<IndexedLetter[]>(LETTERS_REQUEST);
      assert.ok(letters.length >= 30, `indexed ${letters.length} letters`);
      await client.connection.sendRequest('workspace/symbol', { query: 'therapy' });
      assert.ok(diagnostics > 0, 'the server did its work');
    } finally {
      await client.stop();
    }
    assert.equal(attempts(), '');
  });

  test('the CLI checks, extracts and counts the fixtures without a network call', () => {
    // `--jobs 2`: the letters are checked in worker threads, which the preload covers too.
    for (const args of [['check', '--jobs', '2', LETTERS_DIR, SAMPLES_DIR], ['check', '--jobs', '1', LETTERS_DIR], ['extract', '--format', 'jsonl', LETTERS_DIR], ['stats', LETTERS_DIR]]) {
      // The records of 700 letters outgrow spawnSync's default 1 MB buffer, which would kill the command.
      const run = spawnSync(process.execPath, ['--require', PRELOAD, CLI, ...args, '--no-progress'], { env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      assert.ok(run.status === 0 || run.status === 1, `${args[0]} exited ${run.status}: ${run.stderr}`);
      assert.ok(run.stdout.length > 0, `${args[0]} printed its results`);
    }
    assert.equal(attempts(), '');
  });
});
