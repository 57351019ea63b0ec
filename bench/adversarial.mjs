// `npm run bench`, adversarial inputs: full analysis of each input of
// test/support/adversarialInputs.ts at two sizes, 0.5 MB and 1 MB. Linear time is about twice
// the time for twice the size; a larger ratio is flagged.
//
// An input that would take too long at 1 MB (the time per run grows past RUN_LIMIT_MS) is
// measured at the largest two sizes that stay under it, and its projected time at 1 MB is
// printed: a parse that slow is a hang, whatever the exact exponent.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, fmt, timeIt } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));
// Loaded at import, with everything else from out/, so a rebuild during the run cannot break it.
const { ADVERSARIAL_INPUTS } = require('./out/test/support/adversarialInputs.js');
const LETTER = fs.readFileSync(path.join(ROOT, 'test/fixtures/samples/000_a166514a6fb7d4e1.txt'), 'utf8');

const TOP_CHARS = 1_000_000;
/** Sizes tried from small to large: 1 MB / 32 up to 1 MB, doubling. */
const LADDER = [32, 16, 8, 4, 2, 1].map((d) => TOP_CHARS / d);
const RUNS = 5;
/** One analysis predicted to take longer than this is not run. */
const RUN_LIMIT_MS = 20_000;
/** Time spent on one input's extra runs, beyond the first pass. */
const INPUT_BUDGET_MS = 30_000;
/** Time ratio for twice the size above which an input is flagged: 2.0 is linear, 4.0 quadratic. */
const LINEAR_MAX_RATIO = 2.6;
/** A fast analysis is repeated within one sample until the sample takes about this long, to steady it. */
const MIN_SAMPLE_MS = 50;

const utf8 = (s) => Buffer.byteLength(s, 'utf8');

/**
 * One pass up the ladder, one run per size, stopping before a size whose predicted time (at
 * the growth seen so far, and at least linear) is over the limit. Returns the runs made.
 */
function climb(input, fullAnalysis) {
  const steps = [];
  for (const chars of LADDER) {
    const last = steps[steps.length - 1];
    const before = steps[steps.length - 2];
    if (last) {
      const growth = before ? Math.max(2, last.times[0] / before.times[0]) : 2;
      if (last.times[0] * growth > RUN_LIMIT_MS) break;
    }
    const text = input.build(LETTER, chars);
    steps.push({ chars, text, bytes: utf8(text), times: [timeIt(() => fullAnalysis(text))] });
  }
  return steps;
}

/** Mean time of one analysis over a batch of `repeat` back-to-back analyses. */
function sample(step, fullAnalysis) {
  return timeIt(() => {
    for (let i = 0; i < step.repeat; i++) fullAnalysis(step.text);
  }) / step.repeat;
}

function measure(input, fullAnalysis) {
  const steps = climb(input, fullAnalysis);
  const [small, large] = steps.slice(-2);
  for (const step of [small, large]) step.repeat = Math.min(20, Math.max(1, Math.ceil(MIN_SAMPLE_MS / step.times[0])));
  // More runs at the two sizes, interleaved so that load on the machine hits both alike; a
  // ratio over the line gets a second round before it is believed.
  const started = performance.now();
  const runUpTo = (count) => {
    while (large.times.length < count && performance.now() - started < INPUT_BUDGET_MS) {
      small.times.push(sample(small, fullAnalysis));
      large.times.push(sample(large, fullAnalysis));
    }
  };
  // The ratio of medians, and of fastest samples (the least disturbed by other processes): only
  // growth that both show is flagged.
  const ratios = () => [median(large.times) / median(small.times), Math.min(...large.times) / Math.min(...small.times)];
  const superLinear = () => Math.min(...ratios()) > LINEAR_MAX_RATIO;
  runUpTo(RUNS);
  if (superLinear()) runUpTo(2 * RUNS);
  const msSmall = median(small.times);
  const msLarge = median(large.times);
  const [ratio] = ratios();
  const exponent = Math.log(ratio) / Math.log(large.bytes / small.bytes);
  const atTop = large.chars === TOP_CHARS;
  return {
    name: input.name,
    bytes: [small.bytes, large.bytes],
    ms: [msSmall, msLarge],
    runs: large.times.length,
    ratio,
    msPerMB: msLarge / (large.bytes / 1e6),
    verdict: superLinear() ? 'NOT LINEAR' : atTop ? 'linear' : 'TOO SLOW',
    atTop,
    // Below 1 MB: what 1 MB would take at the growth measured (at least linear).
    projectedTopMs: atTop ? msLarge : msLarge * (TOP_CHARS / large.chars) ** Math.max(1, exponent),
  };
}

const mb = (bytes) => fmt(bytes / 1e6, bytes < 1e5 ? 3 : 2);

/** Runs the section and prints it; `fullAnalysis(text)` is the bench's own (parse, rules, outline, folding). */
export function benchAdversarial({ fullAnalysis, log }) {
  log(`9. Adversarial inputs: full analysis at two sizes (median of ${RUNS} or more interleaved samples); linear is about 2× the time for 2× the size`);
  log(`   ${'input'.padEnd(42)} ${'MB'.padStart(12)} ${'ms'.padStart(19)} ${'ratio'.padStart(6)} ${'ms/MB'.padStart(8)}`);
  const rows = [];
  for (const input of ADVERSARIAL_INPUTS) {
    const r = measure(input, fullAnalysis);
    rows.push(r);
    const note = r.verdict === 'linear' ? '' : `  ${r.verdict}${r.atTop ? '' : `: measured below 1 MB; 1 MB would take about ${fmt(r.projectedTopMs / 1000, 0)} s`}`;
    log(
      `   ${r.name.padEnd(42)} ${`${mb(r.bytes[0])} → ${mb(r.bytes[1])}`.padStart(12)} ${`${fmt(r.ms[0], 1)} → ${fmt(r.ms[1], 1)}`.padStart(19)} ${`${fmt(r.ratio, 2)}×`.padStart(6)} ${fmt(r.msPerMB, 0).padStart(8)}${note}`,
    );
  }
  const flagged = rows.filter((r) => r.verdict !== 'linear');
  const slowest = rows.filter((r) => r.verdict === 'linear').reduce((a, b) => (b.msPerMB > a.msPerMB ? b : a), { msPerMB: 0, name: 'none' });
  log(`   slowest linear input: ${slowest.name}, ${fmt(slowest.msPerMB, 0)} ms per MB`);
  log(flagged.length ? `   flagged ${flagged.length} of ${rows.length}: ${flagged.map((r) => `${r.name} (${r.verdict})`).join('; ')}` : `   all ${rows.length} inputs linear`);
  log();
  return { rows, slowestLinear: { name: slowest.name, msPerMB: slowest.msPerMB }, flagged: flagged.map((r) => r.name) };
}
