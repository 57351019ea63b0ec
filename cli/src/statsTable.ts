/** The stats summary as plain-text tables for the terminal. */
import type { StatsSummary } from './stats';

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => typeof r[c] === 'number' || /^(?:\d+%|-)$/.test(String(r[c]))));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => (numeric[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n') + '\n';
}

const pct = (n: number, total: number) => (total ? `${Math.round((100 * n) / total)}%` : '-');

export function formatStatsTable(s: StatsSummary): string {
  const out: string[] = [];
  const formats = Object.entries(s.formats).map(([f, n]) => `${f} ${n}`).join(', ');
  out.push(`${s.letters} letters, ${s.items} disputed items${formats ? ` (${formats})` : ''}`);
  if (s.skipped) out.push(`${s.skipped} files skipped (not letters)`);
  if (s.unreadable) out.push(`${s.unreadable} files could not be read`);
  out.push('', 'Decisions by treatment category');
  const rows = s.byCategory.map(({ category, counts }) => {
    const total = counts.Upheld + counts.Overturned + counts.none;
    return [category, counts.Upheld, counts.Overturned, counts.none, total, pct(counts.Upheld, counts.Upheld + counts.Overturned)];
  });
  const d = s.decisions;
  rows.push(['all', d.Upheld, d.Overturned, d.none, d.Upheld + d.Overturned + d.none, pct(d.Upheld, d.Upheld + d.Overturned)]);
  out.push(table(['category', 'upheld', 'overturned', 'no decision', 'items', 'upheld %'], rows));
  out.push('Most cited guideline pages');
  out.push(s.topPages.length ? table(['page', 'items citing it'], s.topPages.map((p) => [p.page, p.count])) : '(none)\n');
  out.push('Diagnostics');
  out.push(table(['code', 'findings', 'letters'], s.diagnostics.map((x) => [x.code, x.findings, x.letters])));
  return out.join('\n');
}
