/**
 * Bad input, faults and privacy over a real LSP connection (stdio, the bundled server):
 * the size cap's single notice, binary content, invalid settings, a burst of incremental
 * edits, cancellation, and no letter text in the server's log.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { analyzeLetter, parseLetter } from '../../server/src/service';
import { allFixtures, SAMPLES_DIR } from '../support/fixtures';
import { startClient, type TestClient } from '../support/lspClient';
import { Random } from '../generator/random';

const sample000 = fs.readFileSync(path.join(SAMPLES_DIR, '000_a166514a6fb7d4e1.txt'), 'utf8');
const sample001 = fs.readFileSync(path.join(SAMPLES_DIR, '001_95b102c290cd7ebe.txt'), 'utf8');

/** Messages the server shows the user (window/showMessageRequest), kept with the client's log. */
function captureShownMessages(client: TestClient): void {
  client.connection.onRequest('window/showMessageRequest', (p: { message: string }) => {
    client.logs.push(p.message);
    return null;
  });
}

async function allFeatures(client: TestClient, uri: string, text: string): Promise<void> {
  await client.pull(uri);
  await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  for (const at of [0, text.length >> 2, text.length >> 1, text.indexOf('Page'), text.indexOf('Upheld'), text.indexOf('Overturned')]) {
    if (at < 0) continue;
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(at) });
  }
}

describe('size cap and binary content', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true, settings: { maxDocumentSizeMB: 0.01 } });
    captureShownMessages(client);
  });
  after(() => client.stop());

  test('a document over the cap is not analysed, and the user is told once', async () => {
    const big = sample000 + '\n' + 'Padding line of the letter.\n'.repeat(1000);
    await client.open('file:///big.txt', big);
    await allFeatures(client, 'file:///big.txt', big);
    assert.deepEqual(await client.pull('file:///big.txt'), []);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///big.txt' } });
    assert.deepEqual(symbols, []);
    // Typing in it (new versions, still over the cap) does not tell the user again.
    for (let version = 2; version <= 4; version++) {
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: 'file:///big.txt', version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
      });
      assert.deepEqual(await client.pull('file:///big.txt'), []);
    }
    const notices = client.logs.filter((m) => m.includes('imrLetters.maxDocumentSizeMB'));
    assert.equal(notices.length, 1, notices.join('\n'));
    assert.match(notices[0], /not analysed/);
  });

  test('binary content (NUL bytes) is not a letter', async () => {
    const binary = sample000.slice(0, 2000) + '\u0000\u0001\u0000' + sample000.slice(2000, 5000);
    await client.open('file:///binary.txt', binary);
    assert.deepEqual(await client.pull('file:///binary.txt'), []);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///binary.txt' } });
    assert.deepEqual(symbols, []);
  });
});

describe('invalid settings', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true, settings: { maxDocumentSizeMB: 'large', rules: { 'possible-phi': 'loud' } } });
    captureShownMessages(client);
  });
  after(() => client.stop());

  test('fall back to the defaults with one warning naming each setting', async () => {
    await client.open('file:///a.txt', sample001);
    await client.open('file:///b.txt', sample000);
    const d = await client.pull('file:///a.txt');
    await client.pull('file:///b.txt');
    await client.pull('file:///a.txt');
    assert.ok(d.some((x) => x.code === 'exceeds-guideline-limit'), 'analysed with the default size cap');
    for (const name of ['imrLetters.maxDocumentSizeMB', 'imrLetters.rules.possible-phi']) {
      const warnings = client.logs.filter((m) => m.includes(`"${name}"`));
      assert.equal(warnings.length, 1, `${name}: ${warnings.join(' | ')}`);
    }
  });
});


describe('faults over the connection', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true });
  });
  after(() => client.stop());

  test('1,000 rapid incremental edits leave the server with the client\'s text; diagnostics describe the final version', async () => {
    const seed = Number(process.env.IMR_BURST_SEED ?? 20240601);
    const random = new Random(seed);
    const uri = 'file:///burst.txt';
    let doc = TextDocument.create(uri, 'imr-letter', 1, sample001);
    await client.open(uri, sample001, 1);
    const inserts = ['12 ', 'sessions', '\n', '\r\n', 'Page(s): 23 ', 'Upheld', ' ', 'x', '\u2013', 'completed 9 visits. '];
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 1001; v++) {
      const text = doc.getText();
      const at = Math.floor(random.next() * (text.length + 1));
      const len = random.next() < 0.5 ? Math.floor(random.next() * 6) : 0;
      const range = { start: doc.positionAt(at), end: doc.positionAt(Math.min(text.length, at + len)) };
      const insert = random.next() < 0.6 ? inserts[Math.floor(random.next() * inserts.length)] : '';
      doc = TextDocument.update(doc, [{ range, text: insert }], v);
      sends.push(client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert }] }));
    }
    await Promise.all(sends);
    const final = doc.getText();
    const got = await client.pull(uri);
    const letter = parseLetter(final);
    const expected = letter ? analyzeLetter(letter) : [];
    const key = (code: unknown, range: Diagnostic['range'], message: string) => `${String(code)} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;
    assert.deepEqual(
      got.map((d) => key(d.code, d.range, String(d.message))).sort(),
      expected.map((f) => key(f.code, { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) }, f.message)).sort(),
      `seed ${seed}`,
    );
  });

  test('a cancelled request returns', { timeout: 10000 }, async () => {
    const big = sample000 + '\n' + 'Another line of the clinical case summary, with 6 sessions.\n'.repeat(5000);
    await client.open('file:///cancel.txt', big);
    for (const method of ['textDocument/diagnostic', 'textDocument/documentSymbol', 'textDocument/hover']) {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest(method, { textDocument: { uri: 'file:///cancel.txt' }, position: { line: 0, character: 0 } }, source.token);
      source.cancel();
      const outcome = await request.then(
        (result) => ({ result }),
        (error: { code?: number }) => ({ error: error.code }),
      );
      // Either the server saw the cancellation (RequestCancelled, -32800) or it answered.
      assert.ok('result' in outcome || outcome.error === -32800, `${method}: ${JSON.stringify(outcome)}`);
    }
    // The server is still there and answers the next request.
    assert.ok(Array.isArray(await client.pull('file:///cancel.txt')));
  });
});

describe('privacy: the log never carries letter text', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true, settings: { maxDocumentSizeMB: 'bad' } });
    captureShownMessages(client);
  });
  after(() => client.stop());

  test('all features over every fixture, then no log or stderr line holds a phrase of a letter', async () => {
    const fixtures = allFixtures();
    for (const [i, f] of fixtures.entries()) {
      const uri = `file:///fixture-${i}.txt`;
      await client.open(uri, f.text);
      await allFeatures(client, uri, f.text);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    // Distinctive phrases: 32 characters from the middle of each long line of every fixture.
    const phrases = new Set<string>();
    for (const f of fixtures) {
      for (const line of f.text.split(/\r?\n/)) {
        const t = line.trim();
        if (t.length >= 48) phrases.add(t.slice(8, 40));
      }
    }
    assert.ok(phrases.size > 100);
    const output = [...client.logs, ...client.stderr];
    assert.ok(output.length > 0, 'the settings warning shows the log is collected');
    const leaks = output.filter((m) => [...phrases].some((p) => m.includes(p)));
    assert.deepEqual(leaks, []);
  });
});
