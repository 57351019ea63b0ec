/**
 * Faults inside the server, over a real LSP connection (stdio): an exception in a handler, in
 * one rule, or outside any handler reaches the log (its kind and place, never its message or
 * letter text), the server goes on answering, and a failing rule costs only its own findings.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { SAMPLES_DIR } from '../support/fixtures';
import { startClient, type TestClient } from '../support/lspClient';

const sample001 = fs.readFileSync(path.join(SAMPLES_DIR, '001_95b102c290cd7ebe.txt'), 'utf8');
const SAMPLE_001_CODES = ['exceeds-guideline-limit', 'missing-functional-improvement'];
const FAULTY_SERVER = path.join(__dirname, 'faultyServer.js');
// A phrase of the letter as the error message: if a message were logged, letter text would be.
const LETTER_PHRASE = sample001.split('\n').find((l) => l.trim().length > 50)!.trim().slice(0, 40);
const codes = (ds: Diagnostic[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

/** Waits until a log line matches; the server logs asynchronously to the requests. */
async function logLine(client: TestClient, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const line = client.logs.find((l) => pattern.test(l));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`no log line matches ${pattern}; log: ${JSON.stringify(client.logs)}`);
}

function assertNoLetterText(client: TestClient): void {
  const leaks = [...client.logs, ...client.stderr].filter((l) => l.includes(LETTER_PHRASE));
  assert.deepEqual(leaks, []);
}

describe('an exception in a handler', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true });
  });
  after(() => client.stop());

  test('is logged, answers empty, and leaves the server and the other handlers working', async () => {
    const uri = 'file:///handler-fault.txt';
    await client.open(uri, sample001);
    // Parameters the handlers cannot use: no position, no document.
    const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: null });
    assert.equal(hover, null);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', {});
    assert.deepEqual(symbols, []);
    assert.match(await logLine(client, /^Hover failed: TypeError/), /^Hover failed: TypeError at /);
    await logLine(client, /^Document symbols failed: TypeError/);
    // Everything else still works.
    assert.deepEqual(codes(await client.pull(uri)), SAMPLE_001_CODES);
    const outline = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(outline.length > 0);
    assert.equal(client.process.exitCode, null, 'the server is still running');
    assertNoLetterText(client);
  });
});

describe('a rule that throws, in the server', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({
      pull: true,
      server: FAULTY_SERVER,
      env: { ...process.env, IMR_FAULT_RULE: 'exceeds-guideline-limit', IMR_FAULT_MESSAGE: LETTER_PHRASE },
    });
  });
  after(() => client.stop());

  test('a request cancelled before it runs skips the analysis (the failing rule is the witness)', async () => {
    const uri = 'file:///cancelled.txt';
    const ruleLog = () => client.logs.filter((l) => l.startsWith(`Rule exceeds-guideline-limit failed on ${uri}`));
    await client.open(uri, sample001);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    const outcome = await pending.then(
      (report) => ({ items: report.items }),
      (error: { code?: number }) => ({ error: error.code }),
    );
    // The server logs a rule's failure before it answers the request that ran the rule.
    assert.deepEqual(ruleLog(), [], 'the cancelled request ran the rules');
    assert.ok('error' in outcome ? outcome.error === -32800 : outcome.items.length === 0, JSON.stringify(outcome));
    // Not cancelled, the same request runs them.
    assert.deepEqual(codes(await client.pull(uri)), ['missing-functional-improvement']);
    assert.equal(ruleLog().length, 1);
  });

  test('loses only its own findings, and is logged with its code but not its message', async () => {
    const uri = 'file:///rule-fault.txt';
    await client.open(uri, sample001);
    assert.deepEqual(codes(await client.pull(uri)), ['missing-functional-improvement']);
    const line = await logLine(client, /^Rule exceeds-guideline-limit failed on file:\/\/\/rule-fault\.txt/);
    assert.match(line, /^Rule exceeds-guideline-limit failed on file:\/\/\/rule-fault\.txt: Error at /);
    assertNoLetterText(client);
  });
});

describe('an exception outside any handler', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true, server: FAULTY_SERVER, env: { ...process.env, IMR_FAULT_UNCAUGHT: '1', IMR_FAULT_MESSAGE: LETTER_PHRASE } });
  });
  after(() => client.stop());

  test('is logged, and the server goes on', async () => {
    await logLine(client, /^Uncaught: Error at /);
    const uri = 'file:///after-uncaught.txt';
    await client.open(uri, sample001);
    assert.deepEqual(codes(await client.pull(uri)), SAMPLE_001_CODES);
    assert.equal(client.process.exitCode, null, 'the server is still running');
    assertNoLetterText(client);
  });
});
