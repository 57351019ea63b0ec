// The server figures: a real `node server/out/server.js --stdio` process driven by the test
// LSP client (pull diagnostics, as VS Code does).
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { median, percentile } from './stats.mjs';

/** The test LSP client, starting the server as the extension launches it. */
export function serverClient(require) {
  const { startClient } = require('./out/test/support/lspClient.js');
  const { SERVER_EXEC_ARGV } = require('./out/server/src/nodeOptions.js');
  return { startClient: (options) => startClient({ ...options, execArgv: [...SERVER_EXEC_ARGV] }) };
}

/** Resident set size of a process in MB (10^6 bytes). */
export function rssMB(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1]);
    if (kb) return (kb * 1024) / 1e6;
  } catch {
    // Not Linux: ask ps.
  }
  return (Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) * 1024) / 1e6;
}

/** Position of the end of the line in the middle of the text: where the edits go. */
function middleLineEnd(text) {
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && lines[line].trim().length < 20) line++;
  return { line, character: lines[line].replace(/\r$/, '').length };
}

/**
 * Latency from sending a single-character didChange to receiving the diagnostic report pulled
 * right after it. Edits alternate: type "x" at the end of a middle line, then delete it.
 */
export async function lspLatency(require, text, { samples, budgetMs }) {
  const { startClient } = serverClient(require);
  const c = await startClient({ pull: true });
  const uri = 'file:///bench/latency.imr';
  try {
    await c.open(uri, text, 1);
    await c.pull(uri);
    const at = middleLineEnd(text);
    let version = 1;
    const edit = async () => {
      version++;
      const typed = version % 2 === 0;
      const range = typed
        ? { start: at, end: at }
        : { start: at, end: { line: at.line, character: at.character + 1 } };
      const t0 = performance.now();
      await c.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: typed ? 'x' : '' }],
      });
      const items = await c.pull(uri);
      const ms = performance.now() - t0;
      if (!Array.isArray(items)) throw new Error('no diagnostic report');
      return ms;
    };
    for (let i = 0; i < 20; i++) await edit(); // warm-up
    const times = [];
    const started = performance.now();
    while (times.length < samples && (performance.now() - started < budgetMs || times.length < 20)) times.push(await edit());
    return { p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times), samples: times.length };
  } finally {
    await c.stop();
  }
}

/** Spawn to first diagnostics: start the process, initialize, open one letter, pull its diagnostics. */
export async function coldStart(require, text, { runs }) {
  const { startClient } = serverClient(require);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const c = await startClient({ pull: true });
    const uri = 'file:///bench/cold.imr';
    await c.open(uri, text, 1);
    const items = await c.pull(uri);
    times.push(performance.now() - t0);
    if (!Array.isArray(items)) throw new Error('no diagnostic report');
    await c.stop();
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs: times.length };
}

/** RSS of the server with every letter open and its diagnostics pulled (so each is parsed and cached). */
export async function memoryWithOpenLetters(require, letters) {
  const { startClient } = serverClient(require);
  const c = await startClient({ pull: true });
  try {
    const uri = (i) => `file:///bench/open/${String(i).padStart(5, '0')}.imr`;
    await c.open(uri(0), letters[0], 1);
    await c.pull(uri(0));
    await new Promise((r) => setTimeout(r, 200));
    const idleMB = rssMB(c.process.pid);
    for (let i = 0; i < letters.length; i++) await c.open(uri(i), letters[i], 1);
    for (let i = 0; i < letters.length; i++) await c.pull(uri(i));
    // Let the server settle (and collect garbage) as it would between keystrokes.
    await new Promise((r) => setTimeout(r, 1000));
    return { rssMB: rssMB(c.process.pid), idleMB, letters: letters.length };
  } finally {
    await c.stop();
  }
}
