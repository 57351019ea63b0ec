/**
 * Issues laid out as a table: a header row of column names, perhaps a rule of dashes, then one row an issue, numbered
 * 1, 2, ..., its cells parted by tabs or runs of spaces:
 *
 *   Item   Requested Treatment                          UR Action
 *   ----   ------------------------------------------   -------------
 *   1      Acupuncture 2x3 for the cervical spine       Non-certified
 *
 * The issue is the cell after the number; the other cells (the utilization review's action, the body part) are not.
 */
import type { Line } from '../text/lines';

/** A row's number, then the gap before its first cell. */
const ROW = /^(\d{1,2})(?:\t+| {2,})(?=\S)/;
/** Where a cell ends: a tab or a run of spaces. */
const GAP = /\t| {2,}/;
/** A rule under the header row. */
const RULE = /^[-=_\s]+$/;

export interface IssueRow {
  line: number;
  /** The service cell's start and end, offsets in the text. */
  start: number;
  end: number;
}

/** The rows of a table of issues between lines `from` and `to`, or null when the issues are not laid out as one. */
export function issueTable(lines: readonly Line[], from: number, to: number): IssueRow[] | null {
  const rows: IssueRow[] = [];
  for (let i = from; i < to; i++) {
    const m = ROW.exec(lines[i].text);
    if (!m) continue;
    if (Number(m[1]) !== rows.length + 1) return null;
    const rest = lines[i].text.slice(m[0].length);
    const gap = GAP.exec(rest);
    const start = lines[i].start + m[0].length;
    rows.push({ line: i, start, end: start + (gap ? gap.index : rest.length) });
  }
  if (rows.length < 2) return null;
  // The header row: the line above the rows (and above their rule), cells parted the same way.
  let header = rows[0].line - 1;
  while (header > from && RULE.test(lines[header].text)) header--;
  return header >= from && GAP.test(lines[header].text) && !RULE.test(lines[header].text) ? rows : null;
}
