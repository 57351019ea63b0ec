// PDF text extraction throughput: makes multi-page PDFs of the fixture letters with pdf-lib,
// extracts them with the CLI's code path (out/pdf, PDF.js in-process, no worker) and reports
// pages per second. Part of `npm run bench` (section "pdf"); alone, after `npm run compile`:
//   node bench/pdf.mjs [rounds]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Extracts every fixture letter's PDF `rounds` times; loading PDF.js once is timed apart. */
export async function pdfThroughput(rounds) {
  const require = createRequire(import.meta.url);
  const { extractPdfText, isPdfError } = require(path.join(ROOT, 'out/pdf/src/index.js'));
  const { letterPdf } = require(path.join(ROOT, 'out/test/support/letterPdf.js'));
  const dir = path.join(ROOT, 'test/fixtures/letters');
  const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const pdfs = [];
  for (const text of texts) pdfs.push(await letterPdf(text, { linesPerPage: 45 }));

  const t0 = performance.now();
  await extractPdfText(pdfs[0]);
  const loadMs = performance.now() - t0;

  let pages = 0;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const pdf of pdfs) {
      const result = await extractPdfText(pdf);
      if (isPdfError(result)) throw new Error(result.message);
      pages += result.pageStarts.length;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    letters: pdfs.length,
    kib: pdfs.reduce((n, p) => n + p.length, 0) / 1024,
    rounds,
    pages,
    seconds,
    pagesPerS: pages / seconds,
    msPerLetter: (seconds * 1000) / (pdfs.length * rounds),
    loadMs,
  };
}

export function describePdfThroughput(r) {
  return [
    `   ${r.letters} fixture letters as PDFs (${r.kib.toFixed(0)} KiB), ${r.rounds} rounds: ${r.pages} pages in ${r.seconds.toFixed(2)} s`,
    `   ${r.pagesPerS.toFixed(0)} pages/s, ${r.msPerLetter.toFixed(1)} ms per letter; first load of PDF.js ${r.loadMs.toFixed(0)} ms`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await pdfThroughput(Number(process.argv[2] ?? 5));
  for (const line of describePdfThroughput(result)) console.log(line);
}
