/**
 * The command line end to end, on fixture folders: exit codes, what goes to stdout and
 * stderr, input order with worker threads, SARIF against the SARIF 2.1.0 schema, and the
 * extract record of the two samples.
 */
import { before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { generateCorpus } from '../generator/corpus';
import { generateLetter } from '../generator/letterGenerator';
import { LETTERS_DIR, ROOT, SAMPLES_DIR, SAMPLE_EXPECTATIONS_DIR, letterFixtures, sampleFixtures, type Expected } from '../support/fixtures';
import { CLI, cli, tempDir } from './run';
import { ITEM_KEYS, RECORD_KEYS, parseCsv } from './support';

const SAMPLE_000 = path.join('test/fixtures/samples', '000_a166514a6fb7d4e1.txt');
const SAMPLE_001 = path.join('test/fixtures/samples', '001_95b102c290cd7ebe.txt');
const CLEAN = path.join('test/fixtures/letters', 'a01-pt-lumbar-boundary-clean.txt');
const NOT_LETTER = path.join('test/fixtures/letters', 'n02-meeting-memo.txt');
/** How many files of the fixture folder are letters, and how many are not, as their expectations say. */
const FIXTURE_LETTERS = letterFixtures().filter((f) => f.expected.letter).length;
const FIXTURE_NON_LETTERS = letterFixtures().length - FIXTURE_LETTERS;

/** A folder with three letters, a non-letter and a file that cannot be read. */
function mixedFolder(): string {
  const dir = tempDir('imr-mixed-');
  fs.copyFileSync(path.join(ROOT, SAMPLE_000), path.join(dir, 'a-000.txt'));
  fs.copyFileSync(path.join(ROOT, NOT_LETTER), path.join(dir, 'b-memo.txt'));
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'c-unreadable.txt'));
  fs.copyFileSync(path.join(ROOT, SAMPLE_001), path.join(dir, 'd-001.txt'));
  fs.copyFileSync(path.join(ROOT, CLEAN), path.join(dir, 'e-clean.txt'));
  return dir;
}

describe('imr-letters end to end', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'run npm run build first'));

  describe('exit codes', () => {
    test('0 when there are no problems', () => {
      const r = cli(['check', CLEAN]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /no problems/);
      assert.match(r.stdout, /✔ 0 problems/);
    });

    test('1 when there are problems', () => {
      const r = cli(['check', 'test/fixtures/samples']);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /✖ 4 problems \(0 errors, 4 warnings, 0 other\) in 2 letters/);
    });

    test('2 on a usage error, with the usage on stderr', () => {
      for (const args of [[], ['check'], ['frobnicate', 'x'], ['check', '--format', 'xml', CLEAN], ['extract', '--format', 'sarif', CLEAN], ['check', '--wat', CLEAN]]) {
        const r = cli(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, /Usage:/);
        assert.equal(r.stdout, '');
      }
    });

    test('--help prints the usage and exits 0', () => {
      const r = cli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /imr-letters extract/);
      assert.match(r.stdout, /8 CCR and Labor Code citations\s+are "other"/);
    });
  });

  describe('inputs', () => {
    test('a non-letter and an unreadable file are reported on stderr; the others are still checked', () => {
      const dir = mixedFolder();
      for (const jobs of ['1', '2']) {
        const r = cli(['check', '--jobs', jobs, '--format', 'json', dir]);
        assert.equal(r.code, 1);
        assert.match(r.stderr, /b-memo\.txt: not an IMR determination letter/);
        assert.match(r.stderr, /c-unreadable\.txt: cannot be read: no such file or directory/);
        const files = (JSON.parse(r.stdout) as { file: string; diagnostics: { code: string }[] }[]).map((x) => path.basename(x.file));
        assert.deepEqual(files, ['a-000.txt', 'd-001.txt', 'e-clean.txt']);
      }
    });

    test('an unreadable file makes the exit code 1 even when the letters are clean', () => {
      const dir = mixedFolder();
      const r = cli(['check', path.join(dir, 'e-clean.txt'), path.join(dir, 'c-unreadable.txt'), path.join(dir, 'missing.txt')]);
      assert.equal(r.code, 1);
      assert.match(r.stdout, /e-clean\.txt/);
      assert.match(r.stdout, /0 problems .* in 1 letter; 2 could not be read/);
      assert.match(r.stderr, /missing\.txt: no such file or directory/);
    });

    test('standard input', () => {
      const r = cli(['check', '-'], { input: fs.readFileSync(path.join(ROOT, SAMPLE_001), 'utf8') });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^<stdin>  \(determination-2014\)/);
      assert.match(r.stdout, /exceeds-guideline-limit/);
    });

    test('a glob pattern, expanded by the command itself', () => {
      const r = cli(['extract', '--format', 'jsonl', 'test/fixtures/sam*/*.txt']);
      assert.equal(r.code, 0, r.stderr);
      const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
      assert.deepEqual(files, [SAMPLE_000, SAMPLE_001]);
    });
  });

  describe('order with worker threads', () => {
    let corpus = '';
    before(() => {
      corpus = tempDir('imr-corpus-');
      let i = 0;
      for (const letter of generateCorpus(11, 80)) fs.writeFileSync(path.join(corpus, `${String(i++).padStart(4, '0')}.txt`), letter.text);
    });

    test('extract: the same output, in input order, with 1 or 3 workers', () => {
      const one = cli(['extract', '--format', 'jsonl', '--jobs', '1', corpus]);
      const three = cli(['extract', '--format', 'jsonl', '--jobs', '3', corpus]);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(three.code, 0, three.stderr);
      assert.equal(three.stdout, one.stdout);
      const files = three.stdout.trim().split('\n').map((l) => path.basename((JSON.parse(l) as { file: string }).file));
      assert.deepEqual(files, [...fs.readdirSync(corpus)].sort());
    });

    test('uneven letter sizes, non-letters and unreadable files across batches: the same output and messages, in input order, with 1 or 3 workers', () => {
      const dir = tempDir('imr-uneven-');
      let i = 0;
      for (const letter of generateCorpus(12, 400)) {
        const name = path.join(dir, `${String(i).padStart(4, '0')}.txt`);
        // A few letters of the first batch are about 100 times larger, so later batches finish first.
        const text = i < 64 && i % 16 === 4 ? generateLetter(i, { targetBytes: 400_000 }).text : letter.text;
        if (i % 17 === 5) fs.copyFileSync(path.join(ROOT, NOT_LETTER), name);
        else if (i % 23 === 7) fs.symlinkSync(path.join(dir, 'gone.txt'), name);
        else fs.writeFileSync(name, text);
        i++;
      }
      const one = cli(['extract', '--format', 'jsonl', '--jobs', '1', dir]);
      const three = cli(['extract', '--format', 'jsonl', '--jobs', '3', dir]);
      assert.equal(one.code, 1, 'unreadable files make the exit code 1');
      assert.equal(three.code, 1);
      assert.equal(three.stdout, one.stdout);
      assert.equal(three.stderr, one.stderr);
      const letters = fs.readdirSync(dir).sort().filter((_, n) => n % 17 !== 5 && n % 23 !== 7);
      assert.deepEqual(three.stdout.trim().split('\n').map((l) => path.basename((JSON.parse(l) as { file: string }).file)), letters);
      const messages = three.stderr.trim().split('\n').map((l) => path.basename(l.split(': ')[1]));
      assert.deepEqual(messages, fs.readdirSync(dir).sort().filter((_, n) => n % 17 === 5 || n % 23 === 7));
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('arguments in reverse order come out in that order', () => {
      const names = [...fs.readdirSync(corpus)].sort().reverse().slice(0, 40);
      const r = cli(['check', '--format', 'json', '--jobs', '3', ...names.map((n) => path.join(corpus, n))]);
      assert.equal(r.code, 1);
      assert.deepEqual((JSON.parse(r.stdout) as { file: string }[]).map((x) => path.basename(x.file)), names);
    });

    test('check text and stats agree between 1 and 2 workers', () => {
      for (const args of [['check'], ['stats']]) {
        const one = cli([...args, '--jobs', '1', corpus]);
        const two = cli([...args, '--jobs', '2', corpus]);
        assert.equal(two.stdout, one.stdout, args[0]);
        assert.equal(two.code, one.code);
      }
    });
  });

  describe('SARIF', () => {
    test('validates against the SARIF 2.1.0 schema, with results and notifications', () => {
      const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
      // The schema is draft-04; its only draft-04 keyword is the top-level "id".
      const { id, $schema: _draft, ...rest } = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
      // unicodeRegExp off: one pattern in the published schema has a stray "]".
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile({ $id: id as string, ...rest });
      const dir = mixedFolder();
      const r = cli(['check', '--format', 'sarif', '--jobs', '2', LETTERS_DIR, dir, '-'], { input: fs.readFileSync(path.join(ROOT, SAMPLE_000), 'utf8') });
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as {
        version: string;
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[]; invocations: { toolExecutionNotifications: unknown[] }[] }[];
      };
      assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
      assert.equal(log.version, '2.1.0');
      const run = log.runs[0];
      assert.ok(run.results.length > 30);
      const uris = run.results.map((x) => x.locations[0].physicalLocation.artifactLocation);
      assert.ok(uris.some((u) => u.uri === 'test/fixtures/letters/a02-chiropractic-exceeds-crlf.txt' && u.uriBaseId === '%SRCROOT%'));
      assert.ok(uris.some((u) => u.uri.startsWith('file:///') && u.uri.endsWith('/a-000.txt')));
      assert.ok(uris.some((u) => u.uri === 'stdin'));
      // The fixtures' non-letters, the memo of the mixed folder and its unreadable file.
      assert.equal(run.invocations[0].toolExecutionNotifications.length, FIXTURE_NON_LETTERS + 2);
    });

    test('a clean run is valid SARIF with no results', () => {
      const r = cli(['check', '--format', 'sarif', CLEAN]);
      assert.equal(r.code, 0);
      const log = JSON.parse(r.stdout) as { runs: { results: unknown[] }[] };
      assert.deepEqual(log.runs[0].results, []);
    });
  });

  describe('extract', () => {
    test('the record keys exactly as documented, and the samples as expected', () => {
      const r = cli(['extract', SAMPLES_DIR]);
      assert.equal(r.code, 0, r.stderr);
      const records = JSON.parse(r.stdout) as Record<string, any>[];
      assert.equal(records.length, 2);
      for (const record of records) {
        assert.deepEqual(Object.keys(record), RECORD_KEYS);
        const expected = JSON.parse(fs.readFileSync(path.join(SAMPLE_EXPECTATIONS_DIR, path.basename(record.file, '.txt') + '.expected.json'), 'utf8')) as Expected;
        assert.equal(record.format, expected.format);
        assert.deepEqual(record.sections, expected.sections);
        assert.deepEqual(record.patient, expected.patient);
        assert.deepEqual(record.dates, expected.dates);
        assert.deepEqual(record.reviewer, expected.reviewer);
        assert.equal(record.items.length, expected.items!.length);
        record.items.forEach((item: Record<string, any>, k: number) => {
          const e = expected.items![k];
          assert.deepEqual(Object.keys(item), ITEM_KEYS);
          const { citations, ...fields } = item;
          const { citations: expectedCitations, ...expectedFields } = e;
          assert.deepEqual(fields, expectedFields);
          // As test/unit/fixtures.test.ts compares them: distinct guideline and pages.
          const key = (c: { guideline: string; pages: number[] }) => `${c.guideline}:${c.pages.join(',')}`;
          assert.deepEqual(citations.map(key), [...new Set(expectedCitations.map(key))]);
        });
        assert.deepEqual([...new Set(record.diagnostics.map((d: { code: string }) => d.code))].sort(), expected.codes);
        for (const d of record.diagnostics) {
          assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'line', 'column']);
          assert.ok(Number.isInteger(d.line) && d.line > 0);
        }
      }
    });

    test('csv: a header and one row per disputed item', () => {
      const r = cli(['extract', '--format', 'csv', LETTERS_DIR]);
      assert.equal(r.code, 0, r.stderr);
      const rows = parseCsv(r.stdout);
      const jsonl = cli(['extract', '--format', 'jsonl', LETTERS_DIR]);
      const records = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l) as { items: unknown[] });
      const expectedRows = records.reduce((n, rec) => n + Math.max(1, rec.items.length), 0);
      assert.equal(rows.length, 1 + expectedRows);
      assert.equal(rows[0][0], 'file');
      assert.ok(rows.every((row) => row.length === rows[0].length));
    });
  });

  describe('stats', () => {
    test('tables on stdout and a self-contained HTML report', () => {
      const html = path.join(tempDir('imr-stats-'), 'report.html');
      const r = cli(['stats', '--html', html, LETTERS_DIR, SAMPLES_DIR]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^${FIXTURE_LETTERS + sampleFixtures().length} letters`));
      assert.match(r.stdout, /Decisions by treatment category/);
      assert.match(r.stdout, /psychotherapy\/CBT/);
      assert.match(r.stdout, /Most cited guideline pages/);
      assert.match(r.stdout, /missing-functional-improvement\s+\d+\s+\d+/);
      const page = fs.readFileSync(html, 'utf8');
      assert.match(page, /<svg /);
      assert.doesNotMatch(page, /<script|<link|src=|url\(/i);
    });
  });
});
