/**
 * The standard output of each task, written as letters come in: a beginning, each letter's
 * chunk with the separator it needs, and an end once every letter is done.
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
  letter(chunk: string): string;
  end(totals: RunTotals): string;
}

/** A JSON array written element by element. */
function arrayWriter(open: string, close: (totals: RunTotals) => string): Writer {
  let first = true;
  return {
    begin: () => open,
    letter(chunk) {
      if (!chunk) return '';
      const sep = first ? '\n' : ',\n';
      first = false;
      return sep + chunk;
    },
    end: (totals) => (first ? '' : '\n') + close(totals),
  };
}

export function createWriter(task: Task, version: string, cwd: string): Writer {
  if (task.command === 'stats') return { begin: () => '', letter: () => '', end: (t) => (t.stats ? formatStatsTable(t.stats) : '') };
  if (task.command === 'check') {
    if (task.format === 'text') {
      return { begin: () => '', letter: (chunk) => chunk, end: (t) => formatSummary(t.letters, t.problems, t.skipped, t.unreadable) };
    }
    if (task.format === 'json') return arrayWriter('[', () => ']\n');
    return arrayWriter(sarifHeader(version, cwd), (t) => sarifFooter(t.notifications, cwd).replace(/^\n/, ''));
  }
  if (task.format === 'csv') return { begin: csvHeader, letter: (chunk) => chunk, end: () => '' };
  if (task.format === 'jsonl') return { begin: () => '', letter: (chunk) => chunk, end: () => '' };
  return arrayWriter('[', () => ']\n');
}
