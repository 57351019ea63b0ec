/**
 * One letter's work, the same in a worker thread or in the main thread: check it and turn
 * it into the output chunk of the task (text, JSON, SARIF results, an extract record or CSV
 * rows), or into its statistics. Only small, cloneable values come out.
 */
import { checkText, type CheckedLetter, type LetterText } from './checkLetter';
import { buildRecord } from './record';
import { recordRows } from './csv';
import { sarifResults, sarifResultsChunk } from './sarif';
import { letterStats, type LetterStats } from './stats';
import { formatLetter } from './textReport';
import type { ProblemCounts, Task } from './task';
import { describeError } from '../../server/src/describeError';

export type Outcome =
  | { kind: 'not-letter'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'letter'; chunk: string; problems: ProblemCounts; stats?: LetterStats; ruleFailures?: string[] };

export function processLetter(task: Task, name: string, source: LetterText, cwd: string): Outcome {
  // A rule that throws loses only its own findings; the run says which rule, by error kind and place.
  const ruleFailures: string[] = [];
  const checked = checkText(name, source.text, source.pageStarts, (code, error) => ruleFailures.push(`${code}: ${describeError(error)}`));
  if ('notLetter' in checked) return { kind: 'not-letter', reason: checked.notLetter };
  const outcome = letterOutcome(task, name, checked, cwd);
  return ruleFailures.length ? { ...outcome, ruleFailures } : outcome;
}

function letterOutcome(task: Task, name: string, checked: CheckedLetter, cwd: string): Outcome & { kind: 'letter' } {
  const { letter, findings } = checked;
  const problems: ProblemCounts = { errors: 0, warnings: 0, others: 0 };
  for (const f of findings) {
    if (f.severity === 'error') problems.errors++;
    else if (f.severity === 'warning') problems.warnings++;
    else problems.others++;
  }
  switch (task.command) {
    case 'check': {
      if (task.format === 'text') return { kind: 'letter', chunk: formatLetter(checked) + '\n', problems };
      if (task.format === 'sarif') return { kind: 'letter', chunk: sarifResultsChunk(sarifResults(name, findings, cwd)), problems };
      const json = {
        file: name,
        format: letter.format,
        diagnostics: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(f.page ? { page: f.page } : {}) })),
      };
      return { kind: 'letter', chunk: indent(JSON.stringify(json, null, 2)), problems };
    }
    case 'extract': {
      const record = buildRecord(name, letter, findings);
      if (task.format === 'csv') return { kind: 'letter', chunk: recordRows(record), problems };
      if (task.format === 'jsonl') return { kind: 'letter', chunk: JSON.stringify(record) + '\n', problems };
      return { kind: 'letter', chunk: indent(JSON.stringify(record, null, 2)), problems };
    }
    case 'stats':
      return { kind: 'letter', chunk: '', problems, stats: letterStats(letter, findings.map((f) => f.code)) };
  }
}

/** processLetter, with an exception turned into a failed outcome: one bad letter does not stop a run. */
export function processSafely(task: Task, name: string, source: LetterText, cwd: string): Outcome {
  try {
    return processLetter(task, name, source, cwd);
  } catch (error) {
    // The error's kind and place, not its message: a message can quote the letter.
    return { kind: 'failed', reason: `internal error (${describeError(error)})` };
  }
}

/** A JSON value indented to sit as an element of a top-level array. */
function indent(json: string): string {
  return '  ' + json.replace(/\n/g, '\n  ');
}
