// `npm run bench`: performance figures of the letter service and the language server, on
// letters from the seeded generator. One process, one run; it prints figures and times no test.
//
//   node bench/run.mjs [--json FILE] [--only NAME,NAME]
//
// Needs `npm run compile` (out/) and `npm run build` (server/out/server.js) first; `npm run bench`
// does both. MB here is 10^6 bytes of UTF-8 text.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchAdversarial } from './adversarial.mjs';
import { median, fmt, timeIt } from './stats.mjs';
import { lspLatency, coldStart, memoryWithOpenLetters } from './lsp.mjs';
import { pdfThroughput, describePdfThroughput } from './pdf.mjs';
import { cliBench } from './cli.mjs';
import { workspaceIndexBench } from './workspaceIndex.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const require = createRequire(path.join(ROOT, 'package.json'));

// Everything from out/ is loaded here, at once, so a rebuild during the run cannot break it.
const service = require('./out/server/src/service/index.js');
const { generateLetter } = require('./out/test/generator/letterGenerator.js');
const { generateCorpus } = require('./out/test/generator/corpus.js');
const { lint } = await import('markdownlint/sync');

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const wanted = (name) => !only || only.has(name);

// Without the bundles the server never starts and the run would wait on it with no word of why.
for (const [bundle, uses] of [['server/out/server.js', ['lsp', 'stream', 'index']], ['cli/out/imr-letters.js', ['cli']]]) {
  if (uses.some(wanted) && !fs.existsSync(path.join(ROOT, bundle))) {
    console.error(`bench: ${bundle} is missing; run \`npm run build\` first (\`npm run bench\` does).`);
    process.exit(1);
  }
}

const SEED = 20240601;
const CORPUS_LETTERS = 1000;
const ROUNDS = 7;
const WARMUP_ROUNDS = 2;

const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const results = { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', date: new Date().toISOString() };

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** Parse, every rule, outline and folding: what an editor asks of one document version. */
function fullAnalysis(text) {
  const letter = service.parseLetter(text);
  if (!letter) return 0;
  const findings = service.analyzeLetter(letter);
  const nodes = service.outline(letter);
  const folds = service.foldingSpans(nodes);
  return findings.length + nodes.length + folds.length;
}

function parseOnly(text) {
  return service.parseLetter(text) ? 1 : 0;
}

/** Median seconds per round over `texts`, after warm-up rounds. */
function rounds(texts, fn, { warmup = WARMUP_ROUNDS, count = ROUNDS, budgetMs = Infinity } = {}) {
  let sink = 0;
  for (let r = 0; r < warmup; r++) for (const t of texts) sink += fn(t);
  const times = [];
  const started = performance.now();
  for (let r = 0; r < count; r++) {
    const t0 = performance.now();
    for (const t of texts) sink += fn(t);
    times.push((performance.now() - t0) / 1000);
    if (performance.now() - started > budgetMs && times.length >= 3) break;
  }
  if (sink < 0) log('unreachable');
  return { seconds: median(times), rounds: times.length };
}

// ---- 1 and 2: in-process throughput, and markdownlint on the same bytes -------------------------
const corpus = [...generateCorpus(SEED, CORPUS_LETTERS)].map((l) => l.text);
const corpusBytes = corpus.reduce((n, t) => n + utf8(t), 0);
log(`imr-letters bench: Node ${process.version}, ${results.cpus} CPU (${results.cpuModel}), load average ${fmt(os.loadavg()[0], 1)}`);
log(`corpus: ${corpus.length} generated letters (seed ${SEED}), ${fmt(corpusBytes / 1e6, 2)} MB, mean ${fmt(corpusBytes / corpus.length / 1024, 1)} KB`);
log();

if (wanted('throughput')) {
  const parse = rounds(corpus, parseOnly);
  const full = rounds(corpus, fullAnalysis);
  const perLetter = (s) => (s * 1e6) / corpus.length;
  results.parse = { mbPerS: corpusBytes / 1e6 / parse.seconds, usPerLetter: perLetter(parse.seconds), rounds: parse.rounds };
  results.full = { mbPerS: corpusBytes / 1e6 / full.seconds, usPerLetter: perLetter(full.seconds), rounds: full.rounds };
  log('1. Letter service, in process (median of rounds after warm-up)');
  log(`   parse only:     ${fmt(results.parse.mbPerS, 1)} MB/s, ${fmt(results.parse.usPerLetter, 1)} µs per letter`);
  log(`   full analysis:  ${fmt(results.full.mbPerS, 1)} MB/s, ${fmt(results.full.usPerLetter, 1)} µs per letter  (parse, every rule, outline, folding)`);

  // markdownlint over the same letters, all its default rules, one letter per string.
  const mdRound = () => {
    const strings = {};
    corpus.forEach((t, i) => (strings[`letter${i}`] = t));
    const r = lint({ strings });
    return Object.keys(r).length;
  };
  const md = rounds([null], () => mdRound(), { warmup: 1, count: 5, budgetMs: 20000 });
  results.markdownlint = { mbPerS: corpusBytes / 1e6 / md.seconds, usPerLetter: (md.seconds * 1e6) / corpus.length, rounds: md.rounds };
  results.ratio = results.markdownlint.usPerLetter / results.full.usPerLetter;
  log('2. markdownlint 0.40 (markdownlint/sync, default rules) on the same bytes');
  log(`   markdownlint:   ${fmt(results.markdownlint.mbPerS, 1)} MB/s, ${fmt(results.markdownlint.usPerLetter, 1)} µs per letter`);
  log(`   full analysis is ${fmt(results.ratio, 1)} times faster than markdownlint`);
  log();
}

// ---- 6: growth with document size -----------------------------------------------------------------
if (wanted('scaling')) {
  const sizes = [1024, 4096, 16384, 65536, 262144, 1048576, 2097152];
  log('6. Full analysis time by document size (median; one generated letter per size)');
  results.scaling = [];
  for (const target of sizes) {
    const text = generateLetter(SEED + 6, { targetBytes: target }).text;
    const bytes = utf8(text);
    const reps = Math.max(5, Math.min(200, Math.round(4e6 / bytes)));
    for (let i = 0; i < Math.min(reps, 5); i++) fullAnalysis(text); // warm-up
    const times = [];
    const started = performance.now();
    for (let i = 0; i < reps; i++) {
      times.push(timeIt(() => fullAnalysis(text)));
      if (performance.now() - started > 8000 && times.length >= 3) break;
    }
    const ms = median(times);
    const row = { bytes, ms, mbPerS: bytes / 1e6 / (ms / 1000), nsPerByte: (ms * 1e6) / bytes };
    results.scaling.push(row);
    log(`   ${String(bytes).padStart(8)} bytes  ${fmt(ms, 3).padStart(9)} ms  ${fmt(row.mbPerS, 1).padStart(7)} MB/s  ${fmt(row.nsPerByte, 2).padStart(7)} ns/byte`);
  }
  // Growth exponent: slope of log(time) against log(size), over 16 KB and up (below that a
  // fixed per-letter cost dominates). 1.0 is linear.
  const big = results.scaling.filter((r) => r.bytes >= 16000);
  const xs = big.map((r) => Math.log(r.bytes));
  const ys = big.map((r) => Math.log(r.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const first = big[0];
  const last = big[big.length - 1];
  results.growth = { exponent: slope, perByteRatio: last.nsPerByte / first.nsPerByte };
  log(`   growth exponent ${fmt(slope, 2)} (1.00 is linear); time per byte at ${fmt(last.bytes / 1e6, 1)} MB is ${fmt(results.growth.perByteRatio, 2)}× that at ${fmt(first.bytes / 1e3, 0)} KB`);
  log();
}

if (wanted('adversarial')) results.adversarial = benchAdversarial({ fullAnalysis, log });

// ---- 3, 4, 5: over a real LSP connection ------------------------------------------------------------
if (wanted('lsp')) {
  const small = generateLetter(SEED + 3, { targetBytes: 4096 }).text;
  const large = generateLetter(SEED + 3, { targetBytes: 1048576 }).text;
  log('3. Edit-to-diagnostics latency over stdio, real server (didChange sent to diagnostic report received)');
  results.latencySmall = await lspLatency(require, small, { samples: 1000, budgetMs: 20000 });
  log(`   ${fmt(utf8(small) / 1024, 1)} KB letter: p50 ${fmt(results.latencySmall.p50, 2)} ms, p99 ${fmt(results.latencySmall.p99, 2)} ms (${results.latencySmall.samples} edits)`);
  results.latencyLarge = await lspLatency(require, large, { samples: 200, budgetMs: 30000 });
  log(`   ${fmt(utf8(large) / 1048576, 2)} MB document: p50 ${fmt(results.latencyLarge.p50, 1)} ms, p99 ${fmt(results.latencyLarge.p99, 1)} ms (${results.latencyLarge.samples} edits)`);
  log();

  log('4. Server cold start to first diagnostics (spawn, initialize, open a 4 KB letter, pull)');
  results.coldStart = await coldStart(require, small, { runs: 7 });
  log(`   median ${fmt(results.coldStart.median, 0)} ms (min ${fmt(results.coldStart.min, 0)}, max ${fmt(results.coldStart.max, 0)}, ${results.coldStart.runs} runs)`);
  log();

  log('5. Server memory with 1,000 letters open (each opened and its diagnostics pulled)');
  const letters = [...generateCorpus(SEED + 5, 1000)].map((l) => l.text);
  results.memory = await memoryWithOpenLetters(require, letters);
  log(`   RSS ${fmt(results.memory.rssMB, 1)} MB with ${letters.length} letters open (${fmt(letters.reduce((n, t) => n + utf8(t), 0) / 1e6, 1)} MB of text); ${fmt(results.memory.idleMB, 1)} MB idle after start`);
  log();
}

// ---- streamed corpus: toward checking 100,000 letters ---------------------------------------------
if (wanted('stream')) {
  const count = 10000;
  let bytes = 0;
  let serviceMs = 0;
  let findings = 0;
  const t0 = performance.now();
  for (const { text } of generateCorpus(SEED + 7, count)) {
    bytes += utf8(text);
    const t = performance.now();
    const letter = service.parseLetter(text);
    if (letter) findings += service.analyzeLetter(letter).length;
    serviceMs += performance.now() - t;
  }
  const wallMs = performance.now() - t0;
  results.stream = { count, bytes, serviceMs, wallMs, findings, extrapolated100kS: (serviceMs / 1000) * (100000 / count) };
  log(`7. Streamed corpus: parse + analyse of ${count.toLocaleString('en-US')} generated letters, one at a time`);
  log(`   ${fmt(bytes / 1e6, 1)} MB, service ${fmt(serviceMs / 1000, 2)} s (${fmt(bytes / 1e6 / (serviceMs / 1000), 1)} MB/s), ${fmt(wallMs / 1000, 2)} s with generation; ${findings} findings`);
  log(`   EXTRAPOLATED, not measured: 100,000 letters would take about ${fmt(results.stream.extrapolated100kS, 1)} s of service time`);
  log('   (PDF text extraction is not measured here.)');
  log();
}

// ---- PDF text extraction ------------------------------------------------------------------------------
if (wanted('pdf')) {
  log('8. PDF text extraction (PDF.js in process, as the CLI and the extension run it)');
  results.pdf = await pdfThroughput(3);
  for (const line of describePdfThroughput(results.pdf)) log(line);
  log();
}

if (wanted('cli')) await cliBench(require, { log, results, args });
if (wanted('index')) await workspaceIndexBench(require, { log, results });

// ---- summary against the targets --------------------------------------------------------------------
const checks = [];
if (results.full) checks.push(['Full analysis', `${fmt(results.full.mbPerS, 1)} MB/s`, '>= 100 MB/s', results.full.mbPerS >= 100]);
if (results.ratio) checks.push(['vs markdownlint', `${fmt(results.ratio, 0)}×`, '>= 100×', results.ratio >= 100]);
if (results.latencySmall) checks.push(['Edit to diagnostics, 4 KB letter, p99', `${fmt(results.latencySmall.p99, 2)} ms`, '<= 5 ms', results.latencySmall.p99 <= 5]);
if (results.latencyLarge) checks.push(['Edit to diagnostics, 1 MB, p99', `${fmt(results.latencyLarge.p99, 1)} ms`, '<= 100 ms', results.latencyLarge.p99 <= 100]);
if (results.coldStart) checks.push(['Cold start to first diagnostics', `${fmt(results.coldStart.median, 0)} ms`, '<= 300 ms', results.coldStart.median <= 300]);
if (results.memory) checks.push(['RSS, 1,000 letters open', `${fmt(results.memory.rssMB, 1)} MB`, '<= 100 MB', results.memory.rssMB <= 100]);
if (results.growth) checks.push(['Growth, 16 KB to 2 MB', `exponent ${fmt(results.growth.exponent, 2)}`, 'linear (<= 1.10)', results.growth.exponent <= 1.1]);
results.loadAverage = os.loadavg()[0];
log(`Targets (load average at the end: ${fmt(results.loadAverage, 1)}; figures above several times the core count are not comparable)`);
for (const [name, value, target, ok] of checks) log(`   ${ok ? 'met   ' : 'MISSED'}  ${name.padEnd(40)} ${value.padStart(14)}   target ${target}`);
results.targets = checks.map(([name, value, target, ok]) => ({ name, value, target, met: ok }));

if (jsonOut) {
  fs.writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);
  log(`\nwrote ${jsonOut}`);
}
