/**
 * The command line on PDF letters, end to end: every output format names the PDF page of
 * each finding (text, check json and SARIF, extract json, jsonl and csv), a PDF piped on
 * standard input is read as one, and bad PDFs are reported by kind while the others in the
 * batch are still checked. The PDFs are made here from the text fixtures with pdf-lib.
 */
import { before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { extractPdfText, isPdfError } from '../../pdf/src';
import { encryptedPdf, garbage, imageOnlyPdf, letterPdf, paginate, truncated, type LetterPdfOptions } from '../support/letterPdf';
import { LETTERS_DIR, SAMPLES_DIR } from '../support/fixtures';
import { CLI, cli, tempDir } from './run';
import { RECORD_KEYS, parseCsv } from './support';
import { CSV_COLUMNS } from '../../cli/src/csv';
import type { RecordDiagnostic } from '../../cli/src/record';

const TEXT_KEYS = ['code', 'severity', 'message', 'line', 'column'];

interface PdfCase {
  /** The PDF's file name in the test folder. */
  file: string;
  /** The text fixture it is made from. */
  source: string;
  options: LetterPdfOptions;
}

const CASES: PdfCase[] = [
  { file: 'a-sample-001.pdf', source: path.join(SAMPLES_DIR, '001_95b102c290cd7ebe.txt'), options: { linesPerPage: 30 } },
  {
    file: 'b-sample-000-split-heading.pdf',
    source: path.join(SAMPLES_DIR, '000_a166514a6fb7d4e1.txt'),
    options: { linesPerPage: 60, splitHeading: { heading: 'IMR ISSUES, DECISIONS AND RATIONALES', splitAfterWords: 3 } },
  },
  { file: 'c-missing-decision.pdf', source: path.join(LETTERS_DIR, 'a07-missing-decision-specialty.txt'), options: { linesPerPage: 25 } },
];

interface CheckJson {
  file: string;
  format: string;
  diagnostics: RecordDiagnostic[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The good PDFs only. */
let goodDir = '';
/** Copies of the good PDFs, a text letter and a bad PDF of each kind. */
let dir = '';
/** The extracted text of each good PDF, by file name, to recount its pages independently. */
const extracted = new Map<string, string>();

/** The page of a line of extracted text, counted from the form-feed lines above it. */
function pageByFormFeeds(text: string, line: number): number {
  return text.split('\n').slice(0, line).filter((l) => l === '\f').length;
}

/** The pages on which the generator drew a line with this text. */
function pagesDrawnOn(c: PdfCase, lineText: string): number[] {
  const pages = paginate(fs.readFileSync(c.source, 'utf8'), c.options);
  return pages.flatMap((lines, i) => (lines.some((l) => norm(l).includes(norm(lineText))) ? [i + 1] : []));
}

/** Every diagnostic of a PDF has the page its line is on, by two independent counts. */
function assertPages(file: string, diagnostics: readonly RecordDiagnostic[]): void {
  const c = CASES.find((x) => x.file === path.basename(file));
  assert.ok(c, file);
  const text = extracted.get(c.file)!;
  for (const d of diagnostics) {
    assert.ok(Number.isInteger(d.page) && d.page! >= 1, `${c.file} ${d.code}: page ${d.page}`);
    assert.equal(d.page, pageByFormFeeds(text, d.line), `${c.file} ${d.code} at line ${d.line}`);
    const lineText = text.split('\n')[d.line - 1];
    if (norm(lineText)) assert.ok(pagesDrawnOn(c, lineText).includes(d.page!), `${c.file}: ${JSON.stringify(lineText)} is drawn on page ${d.page}`);
  }
}

/** One letter's part of the text output: its header line up to the next letter's (or the summary). */
function letterBlock(stdout: string, file: string): string {
  const rest = stdout.slice(stdout.indexOf(`${file}  (`));
  const end = rest.search(/\n\S/);
  return end < 0 ? rest : rest.slice(0, end);
}

function sarifValidator() {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, $schema: _draft, ...rest } = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return { ajv, validate: ajv.compile({ $id: id as string, ...rest }) };
}

describe('imr-letters on PDF letters', () => {
  before(async () => {
    assert.ok(fs.existsSync(CLI), 'run npm run build first');
    goodDir = tempDir('imr-pdf-good-');
    dir = tempDir('imr-pdf-batch-');
    for (const c of CASES) {
      const bytes = await letterPdf(fs.readFileSync(c.source, 'utf8'), c.options);
      fs.writeFileSync(path.join(goodDir, c.file), bytes);
      const r = await extractPdfText(bytes);
      assert.ok(!isPdfError(r), c.file);
      extracted.set(c.file, r.text);
    }
    const sample = fs.readFileSync(CASES[0].source, 'utf8');
    for (const c of CASES) fs.copyFileSync(path.join(goodDir, c.file), path.join(dir, c.file));
    fs.copyFileSync(CASES[0].source, path.join(dir, 'd-text-letter.txt'));
    fs.writeFileSync(path.join(dir, 'e-encrypted.pdf'), await encryptedPdf(sample));
    fs.writeFileSync(path.join(dir, 'f-scanned.pdf'), await imageOnlyPdf(2));
    fs.writeFileSync(path.join(dir, 'g-truncated.pdf'), truncated(await letterPdf(sample)));
    fs.writeFileSync(path.join(dir, 'h-garbage.pdf'), garbage());
  });

  test('check: text output names the page of each finding; the text letter names none', () => {
    const r = cli(['check', goodDir, path.join(dir, 'd-text-letter.txt')]);
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(cli(['check', '--format', 'json', goodDir]).stdout) as CheckJson[];
    for (const letter of json) {
      const block = letterBlock(r.stdout, letter.file);
      for (const d of letter.diagnostics) {
        assert.match(block, new RegExp(`${d.line}:${d.column} .*\\(PDF page ${d.page}\\)  ${d.code}`), `${letter.file} ${d.code}`);
      }
    }
    const textBlock = letterBlock(r.stdout, path.join(dir, 'd-text-letter.txt'));
    assert.match(textBlock, /exceeds-guideline-limit/);
    assert.doesNotMatch(textBlock, /PDF page/);
  });

  test('check --format json: a page on every diagnostic of a PDF, the same codes as the text', () => {
    const r = cli(['check', '--format', 'json', goodDir]);
    assert.equal(r.code, 1, r.stderr);
    const letters = JSON.parse(r.stdout) as CheckJson[];
    assert.deepEqual(letters.map((l) => path.basename(l.file)), CASES.map((c) => c.file));
    for (const letter of letters) {
      const c = CASES.find((x) => x.file === path.basename(letter.file))!;
      const [asText] = JSON.parse(cli(['check', '--format', 'json', c.source]).stdout) as CheckJson[];
      assert.equal(letter.format, asText.format);
      assert.deepEqual(letter.diagnostics.map((d) => d.code), asText.diagnostics.map((d) => d.code), c.file);
      assert.ok(asText.diagnostics.every((d) => !('page' in d)), 'the text letter has no pages');
      assertPages(letter.file, letter.diagnostics);
    }
    const pages = letters.flatMap((l) => l.diagnostics.map((d) => d.page));
    assert.ok(pages.some((p) => p! > 1), 'some finding is beyond page 1');
  });

  test('worker threads carry the pages: the same json with 1 and 2 workers', () => {
    const one = cli(['check', '--format', 'json', '--jobs', '1', goodDir]);
    const two = cli(['check', '--format', 'json', '--jobs', '2', goodDir]);
    assert.equal(two.stdout, one.stdout);
    assert.match(two.stdout, /"page": \d+/);
  });

  test('check --format sarif: "PDF page N" in each message and properties.pdfPage, valid SARIF', () => {
    const { ajv, validate } = sarifValidator();
    const text = path.join(dir, 'd-text-letter.txt');
    const r = cli(['check', '--format', 'sarif', goodDir, text]);
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout) as {
      runs: { results: { ruleId: string; message: { text: string }; properties?: { pdfPage?: number }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    assert.ok(validate(log), ajv.errorsText(validate.errors, { separator: '\n' }));
    const json = JSON.parse(cli(['check', '--format', 'json', goodDir, text]).stdout) as CheckJson[];
    const expected = json.flatMap((l) => l.diagnostics.map((d) => ({ file: path.basename(l.file), ...d })));
    const results = log.runs[0].results;
    assert.equal(results.length, expected.length);
    results.forEach((res, i) => {
      const e = expected[i];
      const where = `${e.file} ${e.code}`;
      assert.equal(res.ruleId, e.code, where);
      assert.ok(res.locations[0].physicalLocation.artifactLocation.uri.endsWith(e.file), where);
      assert.equal(res.locations[0].physicalLocation.region.startLine, e.line, where);
      if (e.page) {
        assert.equal(res.message.text, `${e.message} (PDF page ${e.page})`, where);
        assert.deepEqual(res.properties, { pdfPage: e.page }, where);
      } else {
        assert.equal(res.message.text, e.message, where);
        assert.equal(res.properties, undefined, where);
      }
    });
    assert.ok(results.some((res) => !res.properties) && results.some((res) => res.properties), 'both PDF and text findings');
  });

  test('extract json and jsonl: the same record keys; "page" on each diagnostic of a PDF only', () => {
    const text = path.join(dir, 'd-text-letter.txt');
    const r = cli(['extract', goodDir, text]);
    assert.equal(r.code, 0, r.stderr);
    const records = JSON.parse(r.stdout) as { file: string; diagnostics: RecordDiagnostic[] }[];
    const check = JSON.parse(cli(['check', '--format', 'json', goodDir, text]).stdout) as CheckJson[];
    assert.equal(records.length, CASES.length + 1);
    records.forEach((record, k) => {
      assert.deepEqual(Object.keys(record), RECORD_KEYS);
      const isPdf = record.file.endsWith('.pdf');
      for (const d of record.diagnostics) assert.deepEqual(Object.keys(d), isPdf ? [...TEXT_KEYS, 'page'] : TEXT_KEYS, record.file);
      assert.deepEqual(record.diagnostics.map((d) => d.page), check[k].diagnostics.map((d) => d.page), record.file);
      if (isPdf) assertPages(record.file, record.diagnostics);
    });
    const jsonl = cli(['extract', '--format', 'jsonl', goodDir, text]);
    assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l)), records);
  });

  test('extract csv: the diagnostics column names the pages of a PDF letter\'s codes; same columns', () => {
    const text = path.join(dir, 'd-text-letter.txt');
    const rows = parseCsv(cli(['extract', '--format', 'csv', goodDir, text]).stdout);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const records = JSON.parse(cli(['extract', goodDir, text]).stdout) as { file: string; diagnostics: RecordDiagnostic[] }[];
    const at = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    for (const record of records) {
      const letterRows = rows.slice(1).filter((row) => at(row, 'file') === record.file);
      assert.ok(letterRows.length >= 1, record.file);
      const cell = at(letterRows[0], 'diagnostics');
      const codes = [...new Set(record.diagnostics.map((d) => d.code))];
      const parts = cell ? cell.split('; ') : [];
      assert.equal(parts.length, codes.length, `${record.file}: ${cell}`);
      codes.forEach((code, i) => {
        if (!record.file.endsWith('.pdf')) return assert.equal(parts[i], code);
        const pages = [...new Set(record.diagnostics.filter((d) => d.code === code).map((d) => d.page!))].sort((a, b) => a - b);
        assert.equal(parts[i], `${code} (PDF ${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')})`, record.file);
      });
    }
  });

  test('stats counts the PDF letters', () => {
    const r = cli(['stats', goodDir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^${CASES.length} letters`));
  });

  test('bad PDFs are reported by kind; the rest of the batch is checked, with 1 or 2 workers', () => {
    for (const jobs of ['1', '2']) {
      const r = cli(['check', '--format', 'json', '--jobs', jobs, dir]);
      assert.equal(r.code, 1, jobs);
      assert.match(r.stderr, /e-encrypted\.pdf: cannot be read: the PDF is encrypted \(password protected\)/);
      assert.match(r.stderr, /f-scanned\.pdf: cannot be read: the PDF has no text layer .*OCR/);
      assert.match(r.stderr, /g-truncated\.pdf: cannot be read: the PDF is truncated/);
      assert.match(r.stderr, /h-garbage\.pdf: cannot be read: not a PDF file/);
      assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
      const files = (JSON.parse(r.stdout) as CheckJson[]).map((l) => path.basename(l.file));
      assert.deepEqual(files, [...CASES.map((c) => c.file), 'd-text-letter.txt']);
    }
    const text = cli(['check', dir]);
    assert.match(text.stdout, /in 4 letters; 4 could not be read/);
  });

  describe('standard input', () => {
    test('a PDF piped on - is read as a PDF, with its pages', () => {
      const bytes = fs.readFileSync(path.join(goodDir, CASES[0].file));
      const text = cli(['check', '-'], { input: bytes });
      assert.equal(text.code, 1, text.stderr);
      assert.match(text.stdout, /^<stdin>  \(determination-2014\)/);
      assert.match(text.stdout, /\(PDF page \d+\)  exceeds-guideline-limit/);
      const [fromStdin] = JSON.parse(cli(['check', '--format', 'json', '-'], { input: bytes }).stdout) as CheckJson[];
      const [fromFile] = JSON.parse(cli(['check', '--format', 'json', path.join(goodDir, CASES[0].file)]).stdout) as CheckJson[];
      assert.equal(fromStdin.file, '<stdin>');
      assert.deepEqual(fromStdin.diagnostics, fromFile.diagnostics);
      const record = JSON.parse(cli(['extract', '--format', 'jsonl', '-'], { input: bytes }).stdout) as { diagnostics: RecordDiagnostic[] };
      assert.ok(record.diagnostics.length > 0 && record.diagnostics.every((d) => Number.isInteger(d.page)));
    });

    test('a text letter on - still has no pages', () => {
      const r = cli(['extract', '--format', 'jsonl', '-'], { input: fs.readFileSync(CASES[0].source, 'utf8') });
      const record = JSON.parse(r.stdout) as { diagnostics: RecordDiagnostic[] };
      assert.ok(record.diagnostics.length > 0);
      for (const d of record.diagnostics) assert.deepEqual(Object.keys(d), TEXT_KEYS);
    });

    test('a bad PDF on - says which kind; binary bytes that are not a PDF say so; neither crashes', async () => {
      const cut = cli(['check', '-'], { input: truncated(fs.readFileSync(path.join(goodDir, CASES[0].file))) });
      assert.equal(cut.code, 1);
      assert.match(cut.stderr, /^imr-letters: <stdin>: cannot be read: the PDF is truncated/m);
      const locked = cli(['check', '-'], { input: await encryptedPdf(fs.readFileSync(CASES[0].source, 'utf8')) });
      assert.match(locked.stderr, /<stdin>: cannot be read: the PDF is encrypted/);
      const binary = cli(['check', '-'], { input: garbage(8192) });
      assert.equal(binary.code, 0, binary.stderr);
      assert.match(binary.stderr, /^imr-letters: <stdin>: binary content, not a letter; skipped$/m);
      assert.match(binary.stdout, /0 letters; 1 file skipped/);
      for (const r of [cut, locked, binary]) assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
    });
  });
});
