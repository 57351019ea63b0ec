/**
 * A batch of letters: the unit of work a worker thread is sent (or the main thread does, for
 * a short run). The worker reads the files itself and answers with the batch's output already
 * joined into one string, so the letters' text never crosses threads, and there is one message
 * each way per batch instead of one per letter.
 */
import type { LetterText } from './checkLetter';
import { readLetterFile, type LetterRead } from './inputs';
import { processSafely } from './letterJob';
import type { LetterStats } from './stats';
import type { ProblemCounts, Task } from './task';

/** A letter to check: a file to read, or a letter already read (standard input), or why it could not be. */
export interface BatchItem {
  name: string;
  letter?: LetterText;
  readError?: string;
}

/** A letter that gave no output, and why; reported on standard error in input order. */
export interface Notice {
  name: string;
  kind: 'unreadable' | 'not-letter' | 'failed' | 'rule-failed';
  reason: string;
}

export interface BatchResult {
  /** The output chunks of the batch's letters, in order, joined by the task's separator. */
  output: string;
  letters: number;
  problems: ProblemCounts;
  notices: Notice[];
  /** Each letter's statistics, in order (the stats command only). */
  stats: LetterStats[];
}

/** For each letter of a batch, a function that waits for its text. */
export type BatchReaders = (() => Promise<LetterRead>)[];

/** Starts reading the batch's files (see readLetterFile), to overlap the disk with the checking of earlier batches. */
export function startReading(items: readonly BatchItem[]): BatchReaders {
  return items.map(({ name, letter, readError }) => {
    if (readError !== undefined) return () => Promise.resolve({ error: readError });
    if (letter !== undefined) return () => Promise.resolve(letter);
    return readLetterFile(name);
  });
}

/**
 * Checks each letter in turn, as its text arrives. It never rejects: an unreadable file or a
 * failing letter becomes a notice and the batch goes on.
 */
export async function processBatch(task: Task, cwd: string, separator: string, items: readonly BatchItem[], readers = startReading(items)): Promise<BatchResult> {
  const result: BatchResult = { output: '', letters: 0, problems: { errors: 0, warnings: 0, others: 0 }, notices: [], stats: [] };
  const chunks: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const { name } = items[i];
    const read = await readers[i]();
    if ('error' in read) {
      result.notices.push({ name, kind: 'unreadable', reason: read.error });
      continue;
    }
    const outcome = processSafely(task, name, read, cwd);
    if (outcome.kind !== 'letter') {
      result.notices.push({ name, kind: outcome.kind, reason: outcome.reason });
      continue;
    }
    for (const failure of outcome.ruleFailures ?? []) result.notices.push({ name, kind: 'rule-failed', reason: failure });
    result.letters++;
    result.problems.errors += outcome.problems.errors;
    result.problems.warnings += outcome.problems.warnings;
    result.problems.others += outcome.problems.others;
    if (outcome.stats) result.stats.push(outcome.stats);
    if (outcome.chunk) chunks.push(outcome.chunk);
  }
  result.output = chunks.join(separator);
  return result;
}

/** The answer for a batch that no worker could check: every letter failed, for the same reason. */
export function failedBatch(items: readonly BatchItem[], reason: string): BatchResult {
  return {
    output: '',
    letters: 0,
    problems: { errors: 0, warnings: 0, others: 0 },
    notices: items.map(({ name }) => ({ name, kind: 'failed', reason })),
    stats: [],
  };
}
