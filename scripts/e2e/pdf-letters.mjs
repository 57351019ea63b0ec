#!/usr/bin/env node
// Writes the PDF letters of an editor-test workspace into <folder>/pdf/, made from the sample
// letters with the unit tests' pdf-lib helper (test/support/letterPdf.ts, bundled here by
// esbuild): each sample over several pages, with a footer on each (sample 000 also with its
// decisions heading split by a page break), a truncated copy of sample 000's PDF, and a PDF
// with a text layer that is not a determination letter.
//   node scripts/e2e/pdf-letters.mjs <workspace folder>
// A separate process because pdf-lib writes PDFs asynchronously while prepareWorkspace()
// (workspace.mjs) is synchronous: .vscode-test.mjs calls it as its configuration loads.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HELPER = path.join(ROOT, 'test', 'support', 'letterPdf.ts');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');
const HEADING = 'IMR ISSUES, DECISIONS AND RATIONALES';
// A clinic handout: medical words, but none of a determination letter's format markers.
const HANDOUT = `Home Exercise Program

Do each exercise twice a day unless your therapist tells you otherwise.

1. Chin tucks: 10 repetitions, hold for 5 seconds.
2. Shoulder blade squeezes: 10 repetitions.
3. Wall push-ups: 2 sets of 8.

Stop any exercise that causes sharp pain, and call the clinic.
`;

/** The helper as an ES module, pdf-lib included, loaded from memory. */
async function loadHelper() {
  const { outputFiles } = await esbuild.build({ entryPoints: [HELPER], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/e2e/pdf-letters.mjs <workspace folder>');
  process.exit(2);
}
const { letterPdf, truncated } = await loadHelper();
const sample = (name) => fs.readFileSync(path.join(SAMPLES, `${name}.txt`), 'utf8');
const split = await letterPdf(sample('000_a166514a6fb7d4e1'), { linesPerPage: 40, splitHeading: { heading: HEADING, splitAfterWords: 3 } });
const out = path.join(folder, 'pdf');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, '000_a166514a6fb7d4e1.pdf'), split);
fs.writeFileSync(path.join(out, '001_95b102c290cd7ebe.pdf'), await letterPdf(sample('001_95b102c290cd7ebe'), { linesPerPage: 30 }));
fs.writeFileSync(path.join(out, 'truncated.pdf'), truncated(split));
fs.writeFileSync(path.join(out, 'not-a-letter.pdf'), await letterPdf(HANDOUT));
