/**
 * The standard output of each task, written as letters come in: a beginning, the letters'
 * chunks (a batch of them at a time, joined by the task's separator), and an end once every
 * letter is done.
 */
import { csvHeader } from './csv';
import { sarifFooter, sarifHeader, type Notification } from './sarif';
import type { StatsSummary } from './stats';
import { formatStatsTable } from './statsTable';
import type { ProblemCounts, Task } from './task';
import { formatSummary } from './textReport';

export interface RunTotals {
  letters: number;
  problems: ProblemCounts;
  skipped: number;
  unreadable: number;
  /** Files that were not checked, and why (for SARIF). */
  notifications: Notification[];
  stats?: StatsSummary;
}

export interface Writer {
  begin(): string;
  /** One or more letters' chunks, joined by separatorOf(task). */
  letters(chunks: string): string;
  end(totals: RunTotals): string;
}

const ARRAY_SEPARATOR = ',\n';

/** What goes between two letters' chunks: a comma between elements of a JSON array, else nothing. */
export function separatorOf(task: Task): string {
  if (task.command === 'check') return task.format === 'text' ? '' : ARRAY_SEPARATOR;
  if (task.command === 'extract') return task.format === 'json' ? ARRAY_SEPARATOR : '';
  return '';
}

/** A JSON array written a few elements at a time. */
function arrayWriter(open: string, close: (totals: RunTotals) => string): Writer {
  let first = true;
  return {
    begin: () => open,
    letters(chunks) {
      if (!chunks) return '';
      const sep = first ? '\n' : ARRAY_SEPARATOR;
      first = false;
      return sep + chunks;
    },
    end: (totals) => (first ? '' : '\n') + close(totals),
  };
}

export function createWriter(task: Task, version: string, cwd: string): Writer {
  if (task.command === 'stats') return { begin: () => '', letters: () => '', end: (t) => (t.stats ? formatStatsTable(t.stats) : '') };
  if (task.command === 'check') {
    if (task.format === 'text') {
      return { begin: () => '', letters: (chunks) => chunks, end: (t) => formatSummary(t.letters, t.problems, t.skipped, t.unreadable) };
    }
    if (task.format === 'json') return arrayWriter('[', () => ']\n');
    return arrayWriter(sarifHeader(version, cwd), (t) => sarifFooter(t.notifications, cwd).replace(/^\n/, ''));
  }
  if (task.format === 'csv') return { begin: csvHeader, letters: (chunks) => chunks, end: () => '' };
  if (task.format === 'jsonl') return { begin: () => '', letters: (chunks) => chunks, end: () => '' };
  return arrayWriter('[', () => ']\n');
}
