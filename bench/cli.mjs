// The command line over a corpus on disk: the real bundle (cli/out/imr-letters.js) run as a
// child process, `extract --format jsonl` and `check --format json`, standard output to a
// temporary file. Each figure is the median of a few runs; the letter service alone, in this
// process on one thread, is timed over the same letters to show what the pipeline adds, and
// one more run with a 64 MB heap shows that memory does not grow with the corpus.
//
// 10,000 letters by default; `--cli-100k` adds 100,000 (about 360 MB, written once to the
// temporary directory and reused):  node bench/run.mjs --only cli --cli-100k
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { corpusOnDisk } from './corpusOnDisk.mjs';
import { watchChild } from './processUsage.mjs';
import { fmt, median } from './stats.mjs';

const SEED = 20240608;
const RUNS = 3;
const SMALL_HEAP_MB = 64;
const TARGET = { letters: 100000, seconds: 15 };
const COMMANDS = [
  ['extract', '--format', 'jsonl'],
  ['check', '--format', 'json'],
];

/** One run of the command line; its output goes to a temporary file, checked for completeness then removed. */
async function runCli(command, dir, letters, nodeOptions = []) {
  const outFile = path.join(os.tmpdir(), `imr-letters-bench-${process.pid}.out`);
  const out = fs.openSync(outFile, 'w');
  try {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...nodeOptions, 'cli/out/imr-letters.js', ...command, '--no-progress', dir], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const usage = await watchChild(child, t0);
    // check exits 1 when it finds problems; 2 or a message on stderr is a broken run.
    if (usage.code === 2 || usage.code === null || stderr) throw new Error(`${command[0]} failed (exit ${usage.code}): ${stderr.slice(0, 300)}`);
    const records = command[0] === 'extract' ? countLines(outFile) : countArrayElements(outFile);
    if (records !== letters) throw new Error(`${command.join(' ')} wrote ${records} records for ${letters} letters`);
    return usage;
  } finally {
    fs.closeSync(out);
    fs.rmSync(outFile, { force: true });
  }
}

function countLines(file) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let lines = 0;
  try {
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
      for (let i = buffer.indexOf(10); i >= 0 && i < n; i = buffer.indexOf(10, i + 1)) lines++;
    }
  } finally {
    fs.closeSync(fd);
  }
  return lines;
}

/** Elements of the check JSON array: each starts on a line of its own with `  {`. */
function countArrayElements(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.endsWith(']\n')) return -1;
  return text.match(/^ {2}\{$/gm)?.length ?? 0;
}

/**
 * Parse and every rule over the corpus's letters, one at a time on this thread (reading not
 * counted): wall and CPU seconds. CPU time is the steadier figure on a shared machine.
 */
function serviceAlone(service, dir) {
  let wallMs = 0;
  let cpuUs = 0;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const letter = service.parseLetter(text);
    if (letter) service.analyzeLetter(letter);
    const c = process.cpuUsage(c0);
    wallMs += performance.now() - t0;
    cpuUs += c.user + c.system;
  }
  return { wallS: wallMs / 1000, cpuS: cpuUs / 1e6 };
}

export async function cliBench(require, { log, results, args }) {
  const service = require('./out/server/src/service/index.js');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const sizes = args.includes('--cli-100k') ? [10000, 100000] : [10000];
  log(`Command line over a corpus on disk (cli/out/imr-letters.js, ${cores} worker threads, output to a file; median of ${RUNS} runs)`);
  results.cli = [];
  for (const count of sizes) {
    const corpus = corpusOnDisk(require, SEED, count);
    const mb = corpus.bytes / 1e6;
    log(`   ${count.toLocaleString('en-US')} letters, ${fmt(mb, 1)} MB${corpus.generatedMs ? `, written in ${fmt(corpus.generatedMs / 1000, 1)} s` : ', reused'}: ${corpus.dir}`);
    const row = { letters: count, mb, commands: {} };
    for (const command of COMMANDS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runCli(command, corpus.dir, count));
      const wallS = median(runs.map((r) => r.wallMs)) / 1000;
      const figures = {
        wallS,
        mbPerS: mb / wallS,
        lettersPerS: count / wallS,
        peakRssMB: median(runs.map((r) => r.peakRssMB)),
        cpuS: median(runs.map((r) => r.cpuS)),
      };
      row.commands[command[0]] = figures;
      log(
        `   ${command.join(' ').padEnd(22)} ${fmt(wallS, 2).padStart(7)} s  ${fmt(figures.mbPerS, 1).padStart(5)} MB/s  ${fmt(figures.lettersPerS, 0).padStart(6)} letters/s` +
          `  peak RSS ${fmt(figures.peakRssMB, 0)} MB  CPU ${fmt(figures.cpuS, 1)} s`,
      );
    }
    // Memory stays flat if the run fits a small heap whatever the corpus size (RSS alone also
    // follows how far V8 lets each thread's heap grow before collecting).
    const small = await runCli(COMMANDS[0], corpus.dir, count, [`--max-old-space-size=${SMALL_HEAP_MB}`]);
    row.smallHeap = { heapMB: SMALL_HEAP_MB, wallS: small.wallMs / 1000, peakRssMB: small.peakRssMB };
    log(`   ${COMMANDS[0].join(' ')} with node --max-old-space-size=${SMALL_HEAP_MB} (each thread): complete, ${fmt(small.wallMs / 1000, 2)} s, peak RSS ${fmt(small.peakRssMB, 0)} MB`);
    if (count === sizes[0]) {
      const alone = serviceAlone(service, corpus.dir);
      row.serviceAlone = alone;
      log(`   service alone (parse + every rule), one thread: ${fmt(alone.wallS, 2)} s, ${fmt(mb / alone.wallS, 1)} MB/s; CPU ${fmt(alone.cpuS, 1)} s`);
      for (const [name, f] of Object.entries(row.commands)) {
        log(`   ${name} uses ${fmt(f.cpuS - alone.cpuS, 1)} s of CPU more than the service alone: reading, records, JSON, threads, output, each worker's own JIT warm-up`);
      }
    }
    results.cli.push(row);
  }
  const big = results.cli.find((r) => r.letters === TARGET.letters);
  if (big) {
    for (const [name, f] of Object.entries(big.commands)) {
      log(`   ${f.wallS < TARGET.seconds ? 'met   ' : 'MISSED'}  ${name} of 100,000 letters ${fmt(f.wallS, 1)} s   target < ${TARGET.seconds} s`);
    }
  }
  log();
}
