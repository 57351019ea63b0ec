/**
 * The real server bundle over a real LSP connection (stdio): diagnostics pulled and pushed,
 * symbols, folding, hover, incremental edits, settings per resource.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-protocol';
import { SAMPLES_DIR } from '../support/fixtures';
import { startClient, type TestClient } from '../support/lspClient';

const sample000 = fs.readFileSync(path.join(SAMPLES_DIR, '000_a166514a6fb7d4e1.txt'), 'utf8');
const sample001 = fs.readFileSync(path.join(SAMPLES_DIR, '001_95b102c290cd7ebe.txt'), 'utf8');
const codes = (ds: { code?: unknown }[]) => [...new Set(ds.map((d) => String(d.code)))].sort();

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle) + delta;
  assert.ok(offset >= delta, `"${needle}" not in the text`);
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

describe('server over stdio, pull diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: true });
  });
  after(() => client.stop());

  test('both samples report exactly their codes, with source imr-letters', async () => {
    await client.open('file:///s000.txt', sample000);
    await client.open('file:///s001.txt', sample001);
    const d0 = await client.pull('file:///s000.txt');
    const d1 = await client.pull('file:///s001.txt');
    assert.deepEqual(codes(d0), ['missing-completed-sessions', 'missing-functional-improvement']);
    assert.deepEqual(codes(d1), ['exceeds-guideline-limit', 'missing-functional-improvement']);
    assert.ok([...d0, ...d1].every((d) => d.source === 'imr-letters'));
    const exceeds = d1.find((d) => d.code === 'exceeds-guideline-limit')!;
    assert.match(String(exceeds.message), /6–10 visits/);
    const line = sample001.split('\n')[exceeds.range.start.line];
    assert.equal(line.slice(exceeds.range.start.character, exceeds.range.end.character), '12 psychotherapy sessions');
  });

  test('document symbols nest the item, with its decision, under the decisions section', async () => {
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///s000.txt' } });
    assert.deepEqual(symbols.map((s) => s.name), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']);
    const item = symbols[2].children![0];
    assert.equal(item.name, '6 sessions of Cognitive Behavioral Therapy');
    assert.equal(item.detail, 'Upheld');
    assert.deepEqual(item.children!.map((c) => c.name), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
  });

  test('folding ranges cover the sections and the item', async () => {
    const ranges = await client.connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: 'file:///s000.txt' } });
    const itemLine = positionOf(sample000, '6 sessions of Cognitive Behavioral Therapy:').line;
    assert.ok(ranges.some((r) => r.startLine === itemLine && r.endLine > itemLine), 'the item folds');
    assert.ok(ranges.length >= 4);
  });

  test('hover on the page number shows the knowledge-base entry with edition and confidence', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: 'file:///s000.txt' },
      position: positionOf(sample000, 'Page(s): 23', 9),
    });
    const value = (hover!.contents as { value: string }).value;
    assert.match(value, /Behavioral interventions/);
    assert.match(value, /MTUS 2009/);
    assert.match(value, /Confidence: \*\*verified\*\*/);
  });

  test('hover on the decision word says what it means for the worker', async () => {
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: 'file:///s000.txt' },
      position: positionOf(sample000, 'Upheld', 2),
    });
    assert.match((hover!.contents as { value: string }).value, /not authorized/);
  });

  test('an incremental edit that deletes the session count raises missing-session-count', async () => {
    // The count is in the item line and in the rationale ("The current request is for 6 SESSIONS OF ..."):
    // both go, the later first, so the earlier's position still holds.
    const deleted = ['6 SESSIONS OF COGNITIVE', '6 sessions of Cognitive Behavioral Therapy:'].map((needle) => {
      const start = positionOf(sample000, needle);
      return { range: { start, end: { line: start.line, character: start.character + '6 sessions of '.length } }, text: '' };
    });
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///s000.txt', version: 2 },
      contentChanges: deleted,
    });
    const d = await client.pull('file:///s000.txt');
    assert.ok(codes(d).includes('missing-session-count'), codes(d).join(', '));
  });

  test('a rule set to off disappears, and a severity setting applies', async () => {
    client.settings = { rules: { 'missing-functional-improvement': 'off', 'exceeds-guideline-limit': 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const d = await client.pull('file:///s001.txt');
    assert.deepEqual(codes(d), ['exceeds-guideline-limit']);
    assert.equal(d[0].severity, 1);
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });

  test('a document that is not a letter gets no diagnostics and no symbols', async () => {
    await client.open('file:///notes.txt', 'Meeting notes\n\nThe IMR was upheld, says Bob.\n');
    assert.deepEqual(await client.pull('file:///notes.txt'), []);
    const symbols = await client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///notes.txt' } });
    assert.deepEqual(symbols, []);
  });
});

describe('server over stdio, pushed diagnostics for clients without pull', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ pull: false });
  });
  after(() => client.stop());

  test('opening a letter pushes its diagnostics', async () => {
    await client.open('file:///p001.txt', sample001);
    const pushed = await client.waitForPush('file:///p001.txt', (p) => p.diagnostics.length > 0);
    assert.deepEqual(codes(pushed.diagnostics), ['exceeds-guideline-limit', 'missing-functional-improvement']);
  });

  test('closing the letter clears its diagnostics', async () => {
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///p001.txt' } });
    await client.waitForPush('file:///p001.txt', (p) => p.diagnostics.length === 0);
  });
});
