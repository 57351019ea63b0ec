// PDF text extraction throughput: makes multi-page PDFs of the fixture letters with pdf-lib,
// extracts them with the bundled CLI's code path (out/pdf, PDF.js in-process, no worker) and
// prints pages per second. Run after `npm run compile`: node bench/pdf.mjs [rounds]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { extractPdfText, isPdfError } = require(path.join(root, 'out/pdf/src/index.js'));
const { letterPdf } = require(path.join(root, 'out/test/support/letterPdf.js'));

const rounds = Number(process.argv[2] ?? 5);
const dir = path.join(root, 'test/fixtures/letters');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const pdfs = [];
for (const text of texts) pdfs.push(await letterPdf(text, { linesPerPage: 45 }));
const bytes = pdfs.reduce((n, p) => n + p.length, 0);

// Warm up: loading PDF.js once is not part of the throughput.
const t0 = performance.now();
await extractPdfText(pdfs[0]);
const load = performance.now() - t0;

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
console.log(`PDF extraction: ${pdfs.length} letters (${(bytes / 1024).toFixed(0)} KiB), ${rounds} rounds, ${pages} pages in ${seconds.toFixed(2)} s`);
console.log(`  ${(pages / seconds).toFixed(0)} pages/s, ${((seconds * 1000) / (pdfs.length * rounds)).toFixed(1)} ms per letter; first load of PDF.js ${load.toFixed(0)} ms`);
