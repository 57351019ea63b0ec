/**
 * One run of a command over its inputs: letters are read and checked in batches (in worker
 * threads for a large corpus, each reading its own files) and written in input order as the
 * batches finish, through a bounded window, so memory stays flat however many letters there are.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { Options } from './args';
import { processBatch, type BatchItem, type BatchResult } from './batch';
import { describe, expandInputs, readStdin, type Input } from './inputs';
import { orderedMap } from './orderedMap';
import { WorkerPool } from './pool';
import { Progress } from './progress';
import { StatsAggregator } from './stats';
import { renderStatsHtml } from './statsHtml';
import type { Notification } from './sarif';
import { createWriter, separatorOf, type RunTotals } from './writers';
import { Output } from './output';

/** Fewer inputs than this are checked in the main thread unless --jobs is given. */
const WORKER_THRESHOLD = 32;
/**
 * Letters per batch: enough that messages between threads cost little next to the letters'
 * work, few enough that the last batches of a run keep every worker busy.
 */
const BATCH_SIZE = 64;
/** Batches in flight per worker: one being checked and some queued, so a worker never waits. */
const WINDOW_PER_WORKER = 4;

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

function* batchesOf<T>(source: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
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
  const separator = separatorOf(task);
  const pool = jobs > 1 ? new WorkerPool(jobs, env.workerScript, { task, cwd: env.cwd, separator }) : null;

  const runBatch = async (batch: Input[]): Promise<BatchResult> => {
    // Standard input can only be read here; files are read by whoever checks the batch.
    const items = await Promise.all(batch.map((input) => (input.stdin ? stdinItem(input.name) : { name: input.name })));
    return pool ? pool.run(items) : processBatch(task, env.cwd, separator, items);
  };

  const out = new Output(env.stdout);
  const writer = createWriter(task, env.version, env.cwd);
  try {
    await out.write(writer.begin());
    for await (const result of orderedMap(batchesOf(take(first, inputs), BATCH_SIZE), runBatch, Math.max(1, jobs) * WINDOW_PER_WORKER)) {
      progress.tick(result.letters + result.notices.filter((n) => n.kind !== 'rule-failed').length);
      for (const notice of result.notices) {
        if (notice.kind === 'unreadable') {
          totals.unreadable++;
          stats?.addUnreadable();
          report(notice.name, `cannot be read: ${notice.reason}`);
        } else if (notice.kind === 'rule-failed') {
          report(notice.name, `rule ${notice.reason} failed; the other rules' findings are reported`);
        } else if (notice.kind === 'not-letter') {
          totals.skipped++;
          stats?.addSkipped();
          report(notice.name, `${notice.reason}; skipped`);
        } else {
          totals.unreadable++;
          stats?.addUnreadable();
          report(notice.name, `could not be checked (${notice.reason})`);
        }
      }
      totals.letters += result.letters;
      totals.problems.errors += result.problems.errors;
      totals.problems.warnings += result.problems.warnings;
      totals.problems.others += result.problems.others;
      for (const s of result.stats) stats?.add(s);
      await out.write(writer.letters(result.output));
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

async function stdinItem(name: string): Promise<BatchItem> {
  try {
    return { name, letter: await readStdin() };
  } catch (error) {
    return { name, readError: describe(error) };
  }
}

/** How many inputs there are, for the progress bar (a second, name-only pass). */
function countInputs(paths: readonly string[]): number {
  let n = 0;
  for (const _ of expandInputs(paths, () => {})) n++;
  return n;
}
