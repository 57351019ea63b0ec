/**
 * Rebuilds text lines from PDF.js text items by their positions: items on the same
 * baseline form one line (left to right), lines go top to bottom, and a vertical gap of
 * more than one line's height becomes blank lines, so the text reads like a text letter.
 */

/** The part of a PDF.js TextItem this needs. */
export interface PositionedItem {
  str: string;
  /** [a, b, c, d, x, y]: x = transform[4], baseline y = transform[5] (PDF units, up is +). */
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Run {
  x: number;
  y: number;
  size: number;
  width: number;
  str: string;
  order: number;
}

interface Row {
  y: number;
  size: number;
  runs: Run[];
}

/** At most this many blank lines stand for one vertical gap. */
const MAX_BLANKS = 2;

function rowsOf(items: readonly PositionedItem[]): Row[] {
  const runs: Run[] = [];
  items.forEach((it, order) => {
    if (!it.str) return;
    const t = it.transform;
    const size = Math.abs(t[3]) || Math.abs(t[0]) || it.height || 10;
    runs.push({ x: t[4], y: t[5], size, width: it.width, str: it.str, order });
  });
  runs.sort((a, b) => b.y - a.y || a.order - b.order);
  const rows: Row[] = [];
  for (const r of runs) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - r.y) <= Math.max(1, 0.4 * Math.min(row.size, r.size))) {
      row.runs.push(r);
      row.size = Math.max(row.size, r.size);
    } else {
      rows.push({ y: r.y, size: r.size, runs: [r] });
    }
  }
  for (const row of rows) row.runs.sort((a, b) => a.x - b.x || a.order - b.order);
  return rows;
}

function rowText(row: Row): string {
  let out = '';
  let end = -Infinity;
  for (const r of row.runs) {
    if (out && !/\s$/.test(out) && !/^\s/.test(r.str) && r.x - end > 0.15 * r.size) out += ' ';
    out += r.str;
    end = Math.max(end, r.x + r.width);
  }
  return out.replace(/\s+$/, '');
}

/** The usual distance between consecutive baselines, over all pages. */
export function usualLeading(pages: readonly (readonly PositionedItem[])[]): number {
  const gaps: number[] = [];
  let sizes = 0;
  let count = 0;
  for (const items of pages) {
    const rows = rowsOf(items);
    for (let i = 1; i < rows.length; i++) gaps.push(rows[i - 1].y - rows[i].y);
    for (const r of rows) {
      sizes += r.size;
      count++;
    }
  }
  if (!gaps.length) return count ? (sizes / count) * 1.2 : 12;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/** One page's text: one line per baseline, blank lines for larger gaps, no trailing newline. */
export function pageText(items: readonly PositionedItem[], leading: number): string {
  const rows = rowsOf(items);
  const lines: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && leading > 0) {
      const blanks = Math.min(MAX_BLANKS, Math.max(0, Math.round((rows[i - 1].y - row.y) / leading) - 1));
      for (let k = 0; k < blanks; k++) lines.push('');
    }
    lines.push(rowText(row));
  });
  return lines.join('\n');
}
