/** The extract record: its exact keys, the guideline mapping and distinct citations. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { checkText } from '../../cli/src/checkLetter';
import { buildRecord, distinctCitations, recordGuideline } from '../../cli/src/record';
import { sampleFixtures } from '../support/fixtures';
import { ITEM_KEYS, RECORD_KEYS } from './support';


describe('extract record', () => {
  test('8 CCR / Labor Code citations are reported as "other"; guidelines keep their name', () => {
    assert.equal(recordGuideline('8 CCR / Labor Code'), 'other');
    assert.equal(recordGuideline('MTUS Chronic Pain'), 'MTUS Chronic Pain');
    assert.equal(recordGuideline('ODG'), 'ODG');
  });

  test('one citation per distinct guideline and pages, in order of first mention', () => {
    const got = distinctCitations([
      { family: 'MTUS Chronic Pain', pages: [] },
      { family: 'ODG', pages: [] },
      { family: 'MTUS Chronic Pain', pages: [23] },
      { family: 'MTUS Chronic Pain', pages: [23] },
      { family: '8 CCR / Labor Code', pages: [] },
      { family: 'other', pages: [] },
      { family: 'MTUS Chronic Pain', pages: [] },
    ]);
    assert.deepEqual(got, [
      { guideline: 'MTUS Chronic Pain', pages: [] },
      { guideline: 'ODG', pages: [] },
      { guideline: 'MTUS Chronic Pain', pages: [23] },
      { guideline: 'other', pages: [] },
    ]);
  });

  test('a letter read from a PDF: each diagnostic also has its page, last', () => {
    const f = sampleFixtures()[0];
    const lines = f.text.split('\n');
    // Two pages: the second begins half-way through the letter.
    const pageStarts = [0, lines.slice(0, Math.floor(lines.length / 2)).join('\n').length + 1];
    const checked = checkText(f.file, f.text, pageStarts);
    assert.ok(!('notLetter' in checked));
    const record = buildRecord(f.file, checked.letter, checked.findings);
    assert.deepEqual(Object.keys(record), RECORD_KEYS);
    assert.ok(record.diagnostics.length > 0);
    for (const d of record.diagnostics) {
      assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'line', 'column', 'page']);
      assert.equal(d.page, d.line > Math.floor(lines.length / 2) ? 2 : 1, `${d.code} at line ${d.line}`);
    }
  });

  for (const f of sampleFixtures()) {
    test(`${f.name}: exact keys and the expected values`, () => {
      const checked = checkText(f.file, f.text);
      assert.ok(!('notLetter' in checked));
      const record = buildRecord(f.file, checked.letter, checked.findings);
      assert.deepEqual(Object.keys(record), RECORD_KEYS);
      assert.deepEqual(Object.keys(record.patient), ['age', 'sex']);
      assert.deepEqual(Object.keys(record.dates), ['injury', 'application', 'urDecision']);
      assert.deepEqual(Object.keys(record.reviewer), ['specialty', 'licensure']);
      for (const item of record.items) {
        assert.deepEqual(Object.keys(item), ITEM_KEYS);
        for (const c of item.citations) assert.deepEqual(Object.keys(c), ['guideline', 'pages']);
      }
      for (const d of record.diagnostics) assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'line', 'column']);
      const e = f.expected;
      assert.equal(record.format, e.format);
      assert.deepEqual(record.sections, e.sections);
      assert.deepEqual(record.patient, e.patient);
      assert.deepEqual(record.dates, e.dates);
      assert.deepEqual(record.reviewer, e.reviewer);
      assert.deepEqual([...new Set(record.diagnostics.map((d) => d.code))].sort(), [...(e.codes ?? [])].sort());
      assert.equal(record.items.length, e.items!.length);
    });
  }
});
