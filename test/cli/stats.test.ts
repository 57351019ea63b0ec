/** Stats aggregation, its terminal tables and its HTML report. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeLetter, parseLetter } from '../../server/src/service';
import { CATEGORIES, StatsAggregator, letterStats, pageKey, type LetterStats } from '../../cli/src/stats';
import { formatStatsTable, table } from '../../cli/src/statsTable';
import { barChart, escapeHtml, renderStatsHtml } from '../../cli/src/statsHtml';
import { sampleFixtures } from '../support/fixtures';

const a: LetterStats = {
  format: 'determination-2014',
  items: [
    { category: 'psychotherapy/CBT', decision: 'Upheld' },
    { category: 'physical therapy', decision: 'Overturned' },
  ],
  pages: ['MTUS Chronic Pain p. 23', 'MTUS Chronic Pain pp. 98-99'],
  codes: ['missing-functional-improvement', 'missing-functional-improvement', 'date-order'],
};
const b: LetterStats = {
  format: 'professional-review',
  items: [
    { category: 'psychotherapy/CBT', decision: 'Upheld' },
    { category: 'surgery', decision: 'none' },
  ],
  pages: ['MTUS Chronic Pain p. 23'],
  codes: ['missing-decision'],
};

describe('stats aggregation', () => {
  test('counts decisions by category, pages and diagnostics, one letter at a time', () => {
    const agg = new StatsAggregator();
    agg.add(a);
    agg.add(b);
    agg.addSkipped();
    agg.addUnreadable();
    const s = agg.summary();
    assert.equal(s.letters, 2);
    assert.equal(s.items, 4);
    assert.equal(s.skipped, 1);
    assert.equal(s.unreadable, 1);
    assert.deepEqual(s.formats, { 'determination-2014': 1, 'professional-review': 1 });
    assert.deepEqual(s.decisions, { Upheld: 2, Overturned: 1, none: 1 });
    assert.deepEqual(s.byCategory.map((c) => c.category), [...CATEGORIES]);
    assert.deepEqual(s.byCategory.find((c) => c.category === 'psychotherapy/CBT')!.counts, { Upheld: 2, Overturned: 0, none: 0 });
    assert.deepEqual(s.byCategory.find((c) => c.category === 'surgery')!.counts, { Upheld: 0, Overturned: 0, none: 1 });
    assert.deepEqual(s.topPages, [
      { page: 'MTUS Chronic Pain p. 23', count: 2 },
      { page: 'MTUS Chronic Pain pp. 98-99', count: 1 },
    ]);
    const diag = Object.fromEntries(s.diagnostics.map((d) => [d.code, d]));
    assert.deepEqual(diag['missing-functional-improvement'], { code: 'missing-functional-improvement', findings: 2, letters: 1 });
    assert.deepEqual(diag['missing-decision'], { code: 'missing-decision', findings: 1, letters: 1 });
    assert.equal(diag['possible-phi'].findings, 0, 'every rule is listed, even at zero');
  });

  test('the summary is the same in any order of letters', () => {
    const x = new StatsAggregator();
    x.add(a);
    x.add(b);
    const y = new StatsAggregator();
    y.add(b);
    y.add(a);
    assert.deepEqual(x.summary(), y.summary());
  });

  test('a letter contributes its items, cited pages (once per item) and finding codes', () => {
    const f = sampleFixtures().find((x) => x.name.startsWith('001'))!;
    const letter = parseLetter(f.text)!;
    const codes = analyzeLetter(letter).map((x) => x.code);
    const s = letterStats(letter, codes);
    assert.deepEqual(s.items, [{ category: 'psychotherapy/CBT', decision: 'Upheld' }]);
    assert.deepEqual(s.pages, ['MTUS Chronic Pain p. 23']);
    assert.deepEqual([...s.codes].sort(), ['exceeds-guideline-limit', 'missing-functional-improvement']);
    assert.equal(pageKey('ODG', 4, 4), 'ODG p. 4');
    assert.equal(pageKey('ODG', 4, 9), 'ODG pp. 4-9');
  });
});

describe('stats output', () => {
  test('tables align their columns, numbers to the right', () => {
    assert.equal(table(['name', 'n'], [['ab', 5], ['c', 12]]), 'name   n\n----  --\nab     5\nc     12\n');
  });

  test('the terminal report has the categories, pages and diagnostics', () => {
    const agg = new StatsAggregator();
    agg.add(a);
    const text = formatStatsTable(agg.summary());
    assert.match(text, /^1 letters, 2 disputed items/);
    assert.match(text, /psychotherapy\/CBT\s+1\s+0\s+0\s+1\s+100%/);
    assert.match(text, /MTUS Chronic Pain p\. 23\s+1/);
    assert.match(text, /missing-functional-improvement\s+2\s+1/);
  });

  test('the HTML report is self-contained: inline SVG charts, no scripts or external resources', () => {
    const agg = new StatsAggregator();
    agg.add(a);
    agg.add({ ...b, pages: ['<script>alert(1)</script>'] });
    const html = renderStatsHtml(agg.summary());
    assert.match(html, /^<!DOCTYPE html>/);
    assert.equal((html.match(/<svg /g) ?? []).length, 3);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(|src=/i);
    const urls = html.match(/https?:\/\/[^"'\s>]*/g) ?? [];
    assert.deepEqual([...new Set(urls)], ['http://www.w3.org/2000/svg'], 'only the SVG namespace');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  test('bar charts scale to the largest bar and escape labels', () => {
    const svg = barChart('t', [{ label: 'a&b', values: [1, 1] }, { label: 'c', values: [4, 0] }], ['x', 'y']);
    assert.match(svg, /a&amp;b/);
    assert.match(svg, /width="420\.0"/);
    assert.equal(escapeHtml(`<"'&>`), '&lt;&quot;&#39;&amp;&gt;');
  });
});
