// The workspace index over a real LSP connection: the bundled server started on a folder of
// 10,000 generated letters. Time from `initialized` to the server's index-changed notification,
// and meanwhile the latency of requests on an open letter (document symbols, hover, pulled
// diagnostics after an edit), against the same requests with no folder to index.
import { corpusOnDisk } from './corpusOnDisk.mjs';
import { rssMB, serverClient } from './lsp.mjs';
import { fmt, median, percentile } from './stats.mjs';
import { pathToFileURL } from 'node:url';

const SEED = 20240608;
const LETTERS = 10000;
const RUNS = 3;
const TARGET_S = 5;
const GAP_MS = 10;
const INDEX_CHANGED = 'imrLetters/indexChanged';
const LETTERS_REQUEST = 'imrLetters/workspaceLetters';

/** A position inside the letter's first citation page number, for hovers. */
function hoverPosition(text) {
  const lines = text.split('\n');
  for (let line = 0; line < lines.length; line++) {
    const m = /\b(?:page|p\.)\s?(\d+)/i.exec(lines[line]);
    if (m) return { line, character: m.index + m[0].length - 1 };
  }
  return { line: 0, character: 0 };
}

/**
 * Sends requests one after another, GAP_MS apart, until stop() is true: a document-symbol
 * request, a hover, then an edit followed by a diagnostics pull (so the pull does real work).
 */
async function probe(c, uri, text, stop) {
  const at = hoverPosition(text);
  const endOfFirstLine = { line: 0, character: text.split('\n')[0].replace(/\r$/, '').length };
  const times = [];
  let version = 1;
  for (let i = 0; !stop(); i++) {
    const t0 = performance.now();
    if (i % 3 === 0) await c.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    else if (i % 3 === 1) await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at });
    else {
      version++;
      const typed = version % 2 === 0;
      const range = typed ? { start: endOfFirstLine, end: endOfFirstLine } : { start: endOfFirstLine, end: { ...endOfFirstLine, character: endOfFirstLine.character + 1 } };
      await c.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: typed ? ' ' : '' }] });
      await c.pull(uri);
    }
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  return times;
}

async function oneRun(require, dir, letter) {
  const { startClient } = serverClient(require);
  const uri = 'file:///bench/open-letter.imr';
  const c = await startClient({ pull: true, rootUri: dir ? pathToFileURL(dir).toString() : undefined });
  const t0 = performance.now();
  let indexedMs = null;
  let peakMB = 0;
  const indexed = new Promise((resolve) => c.connection.onNotification(INDEX_CHANGED, resolve));
  try {
    void indexed.then(() => (indexedMs = performance.now() - t0));
    await c.open(uri, letter, 1);
    const rss = setInterval(() => (peakMB = Math.max(peakMB, rssMB(c.process.pid))), 100);
    // With a folder: probe until the index is complete. Without: probe for two seconds.
    const times = await probe(c, uri, letter, () => (dir ? indexedMs !== null : performance.now() - t0 > 2000));
    clearInterval(rss);
    const letters = dir ? (await c.connection.sendRequest(LETTERS_REQUEST)).length : 0;
    return { indexedMs, times, letters, peakMB };
  } finally {
    await c.stop();
  }
}

export async function workspaceIndexBench(require, { log, results }) {
  const { generateLetter } = require('./out/test/generator/letterGenerator.js');
  const corpus = corpusOnDisk(require, SEED, LETTERS);
  const letter = generateLetter(SEED + 1, { targetBytes: 4096 }).text;
  log(`Workspace index: ${LETTERS.toLocaleString('en-US')} letters (${fmt(corpus.bytes / 1e6, 1)} MB) in the workspace folder, real server over stdio (median of ${RUNS} runs)`);
  const quiet = await oneRun(require, null, letter);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await oneRun(require, corpus.dir, letter));
  const all = runs.flatMap((r) => r.times);
  const figures = {
    letters: LETTERS,
    indexS: median(runs.map((r) => r.indexedMs)) / 1000,
    indexedLetters: runs[0].letters,
    peakRssMB: median(runs.map((r) => r.peakMB)),
    during: { p50: percentile(all, 50), p99: percentile(all, 99), max: Math.max(...all), requests: all.length },
    quiet: { p50: percentile(quiet.times, 50), p99: percentile(quiet.times, 99), max: Math.max(...quiet.times), requests: quiet.times.length },
  };
  results.workspaceIndex = figures;
  log(`   initialized to index complete: ${fmt(figures.indexS, 2)} s (${runs.map((r) => fmt(r.indexedMs / 1000, 2)).join(', ')}), ${figures.indexedLetters} letters listed, server peak RSS ${fmt(figures.peakRssMB, 0)} MB`);
  log(`   requests on an open letter while indexing: p50 ${fmt(figures.during.p50, 2)} ms, p99 ${fmt(figures.during.p99, 1)} ms, max ${fmt(figures.during.max, 1)} ms (${figures.during.requests} requests)`);
  log(`   the same requests with no folder to index:  p50 ${fmt(figures.quiet.p50, 2)} ms, p99 ${fmt(figures.quiet.p99, 1)} ms, max ${fmt(figures.quiet.max, 1)} ms (${figures.quiet.requests} requests)`);
  log(`   ${figures.indexS < TARGET_S ? 'met   ' : 'MISSED'}  index of ${LETTERS.toLocaleString('en-US')} letters ${fmt(figures.indexS, 2)} s   target < ${TARGET_S} s`);
  log();
}
