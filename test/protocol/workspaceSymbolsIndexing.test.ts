/**
 * Building the workspace index over a real LSP connection, with a client that supports
 * work-done progress: progress from start to end, requests answered while the index is built,
 * and the index following file changes.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { INDEX_CHANGED, INDEX_PROGRESS, LETTERS_REQUEST, type IndexedLetter, type IndexProgress } from '../../server/src/customMessages';
import { generateCorpus } from '../generator/corpus';
import { LETTERS_DIR } from '../support/fixtures';
import { SERVER } from '../support/lspClient';

const LETTERS = 1000;
const MEMO = path.join(LETTERS_DIR, 'n02-meeting-memo.txt');

interface WorkDone {
  kind: 'begin' | 'report' | 'end';
  percentage?: number;
}

/** What the server sent, in order of arrival. */
type Event = { type: 'progress'; value: WorkDone } | { type: 'index-progress'; value: IndexProgress } | { type: 'index-changed' } | { type: 'answer' };

/** The bundled server, started on a folder, with every notification recorded from the first. */
async function startOn(folder: string): Promise<{ connection: MessageConnection; child: ChildProcess; events: Event[] }> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const events: Event[] = [];
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  const record = (event: Event) => {
    events.push(event);
  };
  connection.onNotification('$/progress', (p: { value: WorkDone }) => record({ type: 'progress', value: p.value }));
  connection.onNotification(INDEX_PROGRESS, (p: IndexProgress) => record({ type: 'index-progress', value: p }));
  connection.onNotification(INDEX_CHANGED, () => record({ type: 'index-changed' }));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).toString(),
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: true },
      textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
  });
  await connection.sendNotification('initialized', {});
  return { connection, child, events };
}

function waitFor(events: Event[], predicate: (e: Event) => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (events.some(predicate)) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('the server did not send the expected notification'));
      else setTimeout(poll, 10);
    };
    poll();
  });
}

async function stop(connection: MessageConnection, child: ChildProcess): Promise<void> {
  await connection.sendRequest('shutdown').catch(() => undefined);
  await connection.sendNotification('exit').catch(() => undefined);
  connection.dispose();
  child.kill();
}

describe('workspace index: building and following changes', () => {
  let dir: string;
  let connection: MessageConnection;
  let child: ChildProcess;
  let events: Event[];
  const openUri = 'file:///open/letter.imr';
  let openText = '';
  let answeredDuringIndexing = false;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-index-'));
    for (const sub of ['a', 'a/b', '.hidden', 'node_modules']) fs.mkdirSync(path.join(dir, sub));
    let i = 0;
    for (const letter of generateCorpus(21, LETTERS)) {
      fs.writeFileSync(path.join(dir, ['.', 'a', 'a/b'][i % 3], `${String(i).padStart(4, '0')}.txt`), letter.text);
      i++;
    }
    openText = [...generateCorpus(22, 1)][0].text;
    // Not letters, or not to be indexed: a memo, letters in a hidden folder and in node_modules.
    fs.copyFileSync(MEMO, path.join(dir, 'memo.txt'));
    fs.writeFileSync(path.join(dir, '.hidden', 'x.txt'), openText);
    fs.writeFileSync(path.join(dir, 'node_modules', 'y.txt'), openText);

    ({ connection, child, events } = await startOn(dir));
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'imr-letter', version: 1, text: openText } });
    // Once indexing has begun, a request on the open letter is answered before the index is complete.
    await waitFor(events, (e) => e.type === 'index-progress' && e.value.done < e.value.total);
    const symbols = await connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: openUri } });
    assert.ok(symbols.length > 0);
    answeredDuringIndexing = !events.some((e) => e.type === 'index-changed');
    events.push({ type: 'answer' });
    await waitFor(events, (e) => e.type === 'index-changed');
  });
  after(async () => {
    await stop(connection, child);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const letters = () => connection.sendRequest<IndexedLetter[]>(LETTERS_REQUEST);

  test('a request on an open letter is answered while the index is being built', () => {
    assert.ok(answeredDuringIndexing, 'answered before the index-changed notification');
  });

  test('work-done progress begins, reports rising percentages and ends, before the index-changed notification', () => {
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.value] : []));
    assert.equal(progress[0].kind, 'begin');
    assert.equal(progress[progress.length - 1].kind, 'end');
    const percentages = progress.filter((p) => p.kind === 'report').map((p) => p.percentage!);
    assert.ok(percentages.length >= 2, `reports: ${percentages.join(', ')}`);
    assert.deepEqual(percentages, [...percentages].sort((a, b) => a - b), 'percentages never go back');
    assert.equal(percentages[percentages.length - 1], 100);
    const end = events.findIndex((e) => e.type === 'progress' && e.value.kind === 'end');
    assert.ok(end < events.findIndex((e) => e.type === 'index-changed'));
  });

  test('index progress counts the letter files, the memo included and hidden and node_modules folders left out, up to all of them', () => {
    const counts = events.flatMap((e) => (e.type === 'index-progress' ? [e.value] : []));
    assert.ok(counts.every((c) => c.total === LETTERS + 1));
    assert.deepEqual(counts.at(-1), { done: LETTERS + 1, total: LETTERS + 1 });
    assert.ok(counts.some((c) => c.done < c.total));
  });

  test('every letter is listed once, the memo is not', async () => {
    const listed = await letters();
    assert.equal(listed.length, LETTERS);
    assert.equal(new Set(listed.map((l) => l.uri)).size, LETTERS);
    assert.ok(!listed.some((l) => /memo\.txt$|\/\.hidden\/|\/node_modules\//.test(l.uri)));
    assert.ok(listed.every((l) => l.items.length > 0));
  });

  test('a created letter is added, a letter rewritten as a memo is dropped, a deleted letter is removed', async () => {
    const created = path.join(dir, 'a', 'new.txt');
    fs.writeFileSync(created, openText);
    const rewritten = path.join(dir, '0000.txt');
    fs.copyFileSync(MEMO, rewritten);
    const deleted = path.join(dir, 'a', '0001.txt');
    fs.rmSync(deleted);
    const uri = (file: string) => pathToFileURL(file).toString();
    const changed = events.filter((e) => e.type === 'index-changed').length;
    await connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: uri(created), type: 1 },
        { uri: uri(rewritten), type: 2 },
        { uri: uri(deleted), type: 3 },
      ],
    });
    await waitFor(events, () => events.filter((e) => e.type === 'index-changed').length > changed);
    const listed = new Set((await letters()).map((l) => l.uri));
    assert.equal(listed.size, LETTERS - 1);
    assert.ok(listed.has(uri(created)));
    assert.ok(!listed.has(uri(rewritten)));
    assert.ok(!listed.has(uri(deleted)));
  });
});
