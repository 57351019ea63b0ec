/**
 * The stats summary as one self-contained HTML page: inline CSS and inline SVG bar charts,
 * with the numbers in tables beside them. No scripts, fonts or other files are loaded.
 */
import type { StatsSummary } from './stats';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface Bar {
  label: string;
  /** Stacked segments, drawn left to right in the series' colours. */
  values: number[];
}

const COLOURS = ['#c0392b', '#2e86c1', '#95a5a6'];
const ROW = 22;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 420;

/** A horizontal (stacked) bar chart as an SVG element. */
export function barChart(title: string, bars: readonly Bar[], series: readonly string[]): string {
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const legendHeight = series.length > 1 ? ROW : 0;
  const height = legendHeight + bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 70;
  const parts: string[] = [];
  series.forEach((name, k) => {
    if (series.length < 2) return;
    const x = LABEL_WIDTH + k * 130;
    parts.push(`<rect x="${x}" y="4" width="12" height="12" fill="${COLOURS[k % COLOURS.length]}"/><text x="${x + 16}" y="14">${escapeHtml(name)}</text>`);
  });
  bars.forEach((bar, i) => {
    const y = legendHeight + i * ROW + 4;
    parts.push(`<text x="${LABEL_WIDTH - 6}" y="${y + 13}" text-anchor="end">${escapeHtml(bar.label)}</text>`);
    let x = LABEL_WIDTH;
    bar.values.forEach((v, k) => {
      const w = (v / max) * BAR_WIDTH;
      if (w > 0) parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${ROW - 6}" fill="${COLOURS[k % COLOURS.length]}"><title>${escapeHtml(`${bar.label}: ${series[k]} ${v}`)}</title></rect>`);
      x += w;
    });
    const total = bar.values.reduce((a, v) => a + v, 0);
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 13}">${total}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

function htmlTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const th = header.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const trs = rows.map((r) => `<tr>${r.map((c) => (typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

const STYLE = `body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}
svg text{font:12px system-ui,sans-serif;fill:#222}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:2px 8px;text-align:left}td.n{text-align:right}`;

export function renderStatsHtml(s: StatsSummary, title = 'IMR letters: statistics'): string {
  const formats = Object.entries(s.formats).map(([f, n]) => `${escapeHtml(f)}: ${n}`).join(', ');
  const categories = s.byCategory.filter(({ counts }) => counts.Upheld + counts.Overturned + counts.none > 0);
  const body = [
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${s.letters} letters, ${s.items} disputed items${formats ? ` (${formats})` : ''}.${s.skipped ? ` ${s.skipped} files skipped (not letters).` : ''}${s.unreadable ? ` ${s.unreadable} files could not be read.` : ''}</p>`,
    '<h2>Decisions by treatment category</h2>',
    barChart(
      'Decisions by treatment category',
      categories.map(({ category, counts }) => ({ label: category, values: [counts.Upheld, counts.Overturned, counts.none] })),
      ['Upheld', 'Overturned', 'No decision'],
    ),
    htmlTable(
      ['Category', 'Upheld', 'Overturned', 'No decision'],
      s.byCategory.map(({ category, counts }) => [category, counts.Upheld, counts.Overturned, counts.none]),
    ),
    '<h2>Most cited guideline pages</h2>',
    barChart('Most cited guideline pages', s.topPages.map((p) => ({ label: p.page, values: [p.count] })), ['Items citing the page']),
    htmlTable(['Page', 'Items citing it'], s.topPages.map((p) => [p.page, p.count])),
    '<h2>Diagnostics</h2>',
    barChart('Diagnostics', s.diagnostics.map((d) => ({ label: d.code, values: [d.findings] })), ['Findings']),
    htmlTable(['Code', 'Findings', 'Letters'], s.diagnostics.map((d) => [d.code, d.findings, d.letters])),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
