/**
 * One run of a command over its inputs: letters are read, checked (in worker threads for a
 * large corpus) and written in input order as they finish, through a bounded window, so
 * memory stays flat however many letters there are.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Options } from './args';
import type { LetterText } from './checkLetter';
import { describe, expandInputs, type Input } from './inputs';
import { processSafely, type Outcome } from './letterJob';
import { orderedMap } from './orderedMap';
import { WorkerPool } from './pool';
import { Progress } from './progress';
import { StatsAggregator } from './stats';
import { renderStatsHtml } from './statsHtml';
import type { Notification } from './sarif';
import { createWriter, type RunTotals } from './writers';
import { Output } from './output';

/** Fewer inputs than this are checked in the main thread unless --jobs is given. */
const WORKER_THRESHOLD = 32;
/** Letters in flight per worker: enough to keep each busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 8;

type Result = { input: Input; outcome: Outcome } | { input: Input; readError: string };

export interface RunEnvironment {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  cwd: string;
  version: string;
  /** The script that worker threads run. */
  workerScript: string;
}

function* take<T>(first: readonly T[], rest: Iterator<T>): Generator<T> {
  yield* first;
  for (let r = rest.next(); !r.done; r = rest.next()) yield r.value;
}

export async function runCommand(options: Options, env: RunEnvironment): Promise<number> {
  const { task } = options;
  const progress = new Progress(env.stderr, options.progress && !!env.stderr.isTTY);
  const notifications: Notification[] = [];
  const totals: RunTotals = { letters: 0, problems: { errors: 0, warnings: 0, others: 0 }, skipped: 0, unreadable: 0, notifications };
  const stats = task.command === 'stats' ? new StatsAggregator() : null;
  const report = (file: string, message: string) => {
    progress.log(`imr-letters: ${file}: ${message}`);
    if (task.command === 'check' && task.format === 'sarif') notifications.push({ file, message });
  };

  const inputs = expandInputs(options.paths, (file, reason) => {
    totals.unreadable++;
    stats?.addUnreadable();
    report(file, reason);
  });
  if (progress.enabled) progress.setTotal(countInputs(options.paths));

  // Peek: a short run is not worth starting threads for.
  const first: Input[] = [];
  for (let r = inputs.next(); !r.done; r = inputs.next()) {
    first.push(r.value);
    if (first.length >= WORKER_THRESHOLD) break;
  }
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const jobs = options.jobs ?? (first.length >= WORKER_THRESHOLD ? cores : 1);
  const pool = jobs > 1 ? new WorkerPool(jobs, env.workerScript, { task, cwd: env.cwd }) : null;
  const check = (name: string, source: LetterText): Promise<Outcome> =>
    pool ? pool.run(name, source) : Promise.resolve(processSafely(task, name, source, env.cwd));

  const runOne = async (input: Input): Promise<Result> => {
    let source: LetterText;
    try {
      source = await input.read();
    } catch (error) {
      return { input, readError: describe(error) };
    }
    return { input, outcome: await check(input.name, source) };
  };

  const out = new Output(env.stdout);
  const writer = createWriter(task, env.version, env.cwd);
  try {
    await out.write(writer.begin());
    for await (const result of orderedMap(take(first, inputs), runOne, Math.max(1, jobs) * WINDOW_PER_WORKER)) {
      progress.tick();
      if ('readError' in result) {
        totals.unreadable++;
        stats?.addUnreadable();
        report(result.input.name, `cannot be read: ${result.readError}`);
        continue;
      }
      const { outcome } = result;
      if (outcome.kind === 'not-letter') {
        totals.skipped++;
        stats?.addSkipped();
        report(result.input.name, `${outcome.reason}; skipped`);
      } else if (outcome.kind === 'failed') {
        totals.unreadable++;
        stats?.addUnreadable();
        report(result.input.name, `could not be checked (${outcome.reason})`);
      } else {
        totals.letters++;
        totals.problems.errors += outcome.problems.errors;
        totals.problems.warnings += outcome.problems.warnings;
        totals.problems.others += outcome.problems.others;
        if (outcome.stats) stats?.add(outcome.stats);
        await out.write(writer.letter(outcome.chunk));
      }
    }
  } finally {
    await pool?.close();
    progress.finish();
  }
  if (stats) totals.stats = stats.summary();
  await out.write(writer.end(totals));
  if (options.html && totals.stats) {
    try {
      fs.writeFileSync(options.html, renderStatsHtml(totals.stats));
    } catch (error) {
      env.stderr.write(`imr-letters: ${options.html}: cannot write the report: ${describe(error)}\n`);
      return 1;
    }
  }
  const problems = totals.problems.errors + totals.problems.warnings + totals.problems.others;
  if (totals.unreadable) return 1;
  return task.command === 'check' && problems ? 1 : 0;
}

/** How many inputs there are, for the progress bar (a second, name-only pass). */
function countInputs(paths: readonly string[]): number {
  let n = 0;
  for (const _ of expandInputs(paths, () => {})) n++;
  return n;
}
