/** CSV escaping and one row per disputed item. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, csvHeader, csvRow, diagnosticsCell, recordRows } from '../../cli/src/csv';
import type { ExtractRecord } from '../../cli/src/record';
import { parseCsv } from './support';

const record: ExtractRecord = {
  file: 'dir/a, "b".txt',
  format: 'determination-2014',
  sections: ['CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'],
  patient: { age: 44, sex: null },
  dates: { injury: '2012-07-25', application: null, urDecision: null },
  reviewer: { specialty: null, licensure: ['California', 'Texas'] },
  items: [
    {
      service: '6 sessions of "CBT",\nweekly',
      decision: 'Upheld',
      requestedSessions: 6,
      completedSessions: null,
      functionalImprovement: 'not-documented',
      citations: [
        { guideline: 'MTUS Chronic Pain', pages: [23] },
        { guideline: 'ODG', pages: [] },
      ],
    },
    { service: 'MRI', decision: null, requestedSessions: null, completedSessions: null, functionalImprovement: 'not-addressed', citations: [] },
  ],
  diagnostics: [
    { code: 'missing-decision', severity: 'error', message: 'm', line: 1, column: 1 },
    { code: 'missing-decision', severity: 'error', message: 'm', line: 2, column: 1 },
    { code: 'date-order', severity: 'error', message: 'm', line: 3, column: 1 },
  ],
};

describe('csv', () => {
  test('fields are quoted only when they must be, quotes doubled, null empty', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(12), '12');
    assert.equal(csvField(null), '');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('cr\rhere'), '"cr\rhere"');
    assert.equal(csvField(' padded'), '" padded"');
    assert.equal(csvRow(['a', null, 3]), 'a,,3\r\n');
  });

  test('one row per disputed item, the letter fields on each, read back intact', () => {
    const rows = parseCsv(csvHeader() + recordRows(record));
    assert.equal(rows.length, 3);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const at = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    for (const row of rows.slice(1)) {
      assert.equal(row.length, CSV_COLUMNS.length);
      assert.equal(at(row, 'file'), 'dir/a, "b".txt');
      assert.equal(at(row, 'sections'), 'CLINICAL CASE SUMMARY; IMR ISSUES, DECISIONS AND RATIONALES');
      assert.equal(at(row, 'patient_age'), '44');
      assert.equal(at(row, 'patient_sex'), '');
      assert.equal(at(row, 'reviewer_licensure'), 'California; Texas');
      assert.equal(at(row, 'diagnostics'), 'missing-decision; date-order');
    }
    assert.equal(at(rows[1], 'item'), '1');
    assert.equal(at(rows[1], 'service'), '6 sessions of "CBT",\nweekly');
    assert.equal(at(rows[1], 'requested_sessions'), '6');
    assert.equal(at(rows[1], 'completed_sessions'), '');
    assert.equal(at(rows[1], 'citations'), 'MTUS Chronic Pain p. 23; ODG');
    assert.equal(at(rows[2], 'item'), '2');
    assert.equal(at(rows[2], 'decision'), '');
  });

  test('a PDF letter: each code with the pages it is found on, in page order', () => {
    const onPages = [
      { ...record.diagnostics[0], page: 3 },
      { ...record.diagnostics[1], page: 2 },
      { ...record.diagnostics[2], page: 1 },
      { ...record.diagnostics[1], page: 3 },
    ];
    assert.equal(diagnosticsCell(onPages), 'missing-decision (PDF pages 2, 3); date-order (PDF page 1)');
    const rows = parseCsv(recordRows({ ...record, diagnostics: onPages }));
    assert.equal(rows[0][CSV_COLUMNS.indexOf('diagnostics')], 'missing-decision (PDF pages 2, 3); date-order (PDF page 1)');
    assert.equal(rows[0].length, CSV_COLUMNS.length);
  });

  test('a letter without disputed items still has one row', () => {
    const rows = parseCsv(recordRows({ ...record, items: [] }));
    assert.equal(rows.length, 1);
    assert.equal(rows[0][CSV_COLUMNS.indexOf('service')], '');
  });
});
