/**
 * PDF input: each fixture letter made into a PDF (several pages, a footer on each, and a
 * heading split by a page break) gives the same parse and diagnostics as its text; bad
 * PDFs are reported by kind and never throw.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeLetter, parseLetter, type ParsedLetter } from '../../server/src/service';
import { extractPdfText, isPdfError, looksLikePdf, pageLabel, pageOf, type PdfExtraction, type PdfText } from '../../pdf/src';
import { checkText } from '../../cli/src/checkLetter';
import { pageText, type PositionedItem } from '../../pdf/src/layout';
import { allFixtures, type Fixture } from '../support/fixtures';
import { encryptedPdf, garbage, imageOnlyPdf, letterPdf, paginate, truncated } from '../support/letterPdf';

function summary(letter: ParsedLetter | null) {
  if (!letter) return null;
  return {
    format: letter.format,
    sections: letter.sections.map((s) => s.heading),
    items: letter.items.map((i) => ({
      service: i.service,
      decision: i.decision,
      requested: i.requestedSessions?.value ?? null,
      completed: i.completedSessions?.value ?? null,
      functionalImprovement: i.functionalImprovement.status,
    })),
    codes: [...new Set(analyzeLetter(letter).map((f) => f.code))].sort(),
  };
}

function ok(r: PdfExtraction): PdfText {
  if (isPdfError(r)) assert.fail(`extraction failed: ${r.error}: ${r.message}`);
  return r;
}

/**
 * Letters whose text a wrong decoding damaged ("isnâ€™t"), or that hold the replacement character
 * an extractor leaves for a glyph it could not decode ("49\ufffdyear\ufffdold"), are not drawn: that
 * damage is a text file's, and a PDF drawn from it would show glyphs no letter's PDF has.
 */
const MISDECODED = /[\u00c2\u00c3\u00e2][\u00a0-\u00bf\u20ac\u2122]|\ufffd/;
const fixtures = allFixtures().filter((f) => !MISDECODED.test(f.text));
const letters = fixtures.filter((f) => f.expected.letter);

async function samePdfAsText(f: Fixture, linesPerPage: number, keepParagraphs = false): Promise<PdfText> {
  const pdf = ok(await extractPdfText(await letterPdf(f.text, { linesPerPage, keepParagraphs })));
  assert.deepEqual(summary(parseLetter(pdf.text)), summary(parseLetter(f.text)), f.name);
  return pdf;
}

describe('PDF letters give the same results as their text', () => {
  for (const f of fixtures) {
    test(`${f.name} (40 lines a page, footers)`, async () => {
      const pdf = await samePdfAsText(f, 40);
      assert.equal(pdf.pageStarts.length, paginate(f.text, { linesPerPage: 40 }).length, 'one page start per page');
    });
  }

  // A sentence cut by a page break reads as two paragraphs to the parser (as in text
  // extracted by other tools), so these short pages end at paragraph breaks where they can.
  test('every letter over many short pages (12 lines a page)', async () => {
    for (const f of letters) await samePdfAsText(f, 12, true);
  });

  test('a heading split across a page break', async () => {
    let checked = 0;
    for (const f of letters) {
      const heading = f.text.split(/\r?\n/).map((l) => l.trim()).find((l) => l === 'IMR ISSUES, DECISIONS AND RATIONALES');
      if (!heading) continue;
      const bytes = await letterPdf(f.text, { linesPerPage: 60, splitHeading: { heading, splitAfterWords: 3 } });
      const pdf = ok(await extractPdfText(bytes));
      const decisions = pdf.text.indexOf('AND RATIONALES');
      assert.ok(decisions > 0);
      assert.equal(pageOf(pdf.pageStarts, pdf.text.indexOf('IMR ISSUES, DECISIONS')), pageOf(pdf.pageStarts, decisions) - 1, 'the two halves are on consecutive pages');
      assert.deepEqual(summary(parseLetter(pdf.text)), summary(parseLetter(f.text)), f.name);
      checked++;
    }
    assert.ok(checked >= 5, `only ${checked} letters have the heading`);
  });

  test('findings name the page they are on', async () => {
    const f = letters.find((l) => /^001_/.test(l.name)) ?? letters[0];
    const pdf = ok(await extractPdfText(await letterPdf(f.text, { linesPerPage: 30 })));
    const checked = checkText(f.name, pdf.text, pdf.pageStarts);
    assert.ok(!('notLetter' in checked));
    assert.ok(checked.findings.length > 0);
    const pages = paginate(f.text, { linesPerPage: 30 });
    const seen = new Set<number>();
    for (const finding of checked.findings) {
      assert.ok(finding.page, 'every finding of a PDF has a page');
      const snippet = pdf.text.slice(finding.span.start, finding.span.end).split('\n')[0].trim().replace(/\s+/g, ' ');
      assert.ok(pages[finding.page - 1].some((line) => line.replace(/\s+/g, ' ').includes(snippet)), `"${snippet}" should be on page ${finding.page}`);
      seen.add(finding.page);
    }
    assert.ok([...seen].some((page) => page > 1), `a finding beyond page 1, so that a page of 1 for all would fail (pages ${[...seen]})`);
  });

  test('the same letter as text has no pages', () => {
    const f = letters.find((l) => /^001_/.test(l.name)) ?? letters[0];
    const checked = checkText(f.name, `\f\n${f.text}`);
    assert.ok(!('notLetter' in checked));
    assert.ok(checked.findings.length > 0);
    assert.ok(checked.findings.every((finding) => finding.page === undefined), 'a text letter starting with a form feed is still not a PDF');
  });
});

describe('bad PDFs', () => {
  const sample = letters[0].text;

  test('encrypted', async () => {
    const r = await extractPdfText(await encryptedPdf(sample));
    assert.ok(isPdfError(r));
    assert.equal(r.error, 'encrypted');
    assert.match(r.message, /encrypted/);
  });

  test('image-only scan: no text layer, needs OCR', async () => {
    const r = await extractPdfText(await imageOnlyPdf(3));
    assert.ok(isPdfError(r));
    assert.equal(r.error, 'no-text-layer');
    assert.match(r.message, /OCR/);
  });

  test('truncated', async () => {
    const r = await extractPdfText(truncated(await letterPdf(sample)));
    assert.ok(isPdfError(r));
    assert.equal(r.error, 'truncated');
  });

  test('garbage bytes, and empty', async () => {
    for (const bytes of [garbage(), new Uint8Array(0)]) {
      const r = await extractPdfText(bytes);
      assert.ok(isPdfError(r));
      assert.equal(r.error, 'corrupt');
      assert.match(r.message, /not a PDF/);
    }
  });

  test('a damaged body after a valid header and end marker', async () => {
    const good = await letterPdf(sample);
    const bad = new Uint8Array(good);
    for (let i = 20; i < bad.length - 40; i++) bad[i] = garbage(1)[0] ^ (i & 0xff);
    const r = await extractPdfText(bad);
    assert.ok(isPdfError(r), 'reported, not thrown');
  });

  test('a good PDF still extracts after bad ones', async () => {
    ok(await extractPdfText(await letterPdf(sample)));
  });
});

describe('line rebuilding', () => {
  const item = (str: string, x: number, y: number, width = str.length * 4): PositionedItem => ({ str, transform: [7, 0, 0, 7, x, y], width, height: 7 });

  test('items on one baseline join left to right, with a space where there is a gap', () => {
    assert.equal(pageText([item('world', 60, 700), item('Hello', 10, 700)], 10), 'Hello world');
    assert.equal(pageText([item('Hel', 10, 700, 12), item('lo', 22, 700)], 10), 'Hello');
  });

  test('lines go top to bottom, and a large gap is a blank line', () => {
    assert.equal(pageText([item('b', 10, 690), item('a', 10, 700), item('c', 10, 670)], 10), 'a\nb\n\nc');
  });

  test('pageOf', () => {
    assert.equal(pageOf([0, 100, 250], 0), 1);
    assert.equal(pageOf([0, 100, 250], 99), 1);
    assert.equal(pageOf([0, 100, 250], 100), 2);
    assert.equal(pageOf([0, 100, 250], 1000), 3);
    assert.equal(pageOf([], 5), 1);
  });

  test('pageLabel', () => {
    assert.equal(pageLabel(2), 'PDF page 2');
  });

  test('looksLikePdf: the %PDF- header within the first 1024 bytes', async () => {
    assert.equal(looksLikePdf(await letterPdf(letters[0].text)), true);
    assert.equal(looksLikePdf(Buffer.concat([Buffer.alloc(1000, 0x20), Buffer.from('%PDF-1.7\n')])), true);
    assert.equal(looksLikePdf(Buffer.concat([Buffer.alloc(1030, 0x20), Buffer.from('%PDF-1.7\n')])), false);
    assert.equal(looksLikePdf(Buffer.from(letters[0].text)), false);
    assert.equal(looksLikePdf(new Uint8Array(0)), false);
  });
});
