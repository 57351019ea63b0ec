// Prepares a throw-away workspace folder for the editor tests: copies of the sample letters,
// the fixture letters with their expectations, a plain-text file that is not a letter, and
// PDF letters made from the samples (pdf-letters.mjs).
// The tests change workspace settings and edit letters, so they never run on the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const NOT_A_LETTER = `Shopping list for the weekend

- oranges
- coffee beans
- printer paper

Call the plumber about the kitchen sink on Monday.
`;

function copyDir(from, to, filter = () => true) {
  if (!fs.existsSync(from)) return 0;
  fs.mkdirSync(to, { recursive: true });
  let n = 0;
  for (const f of fs.readdirSync(from)) {
    const src = path.join(from, f);
    if (fs.statSync(src).isFile() && filter(f)) {
      fs.copyFileSync(src, path.join(to, f));
      n++;
    }
  }
  return n;
}

/**
 * Fills `dir` (created if needed, or a new temp folder) and returns its path. With
 * `samplesOnly`, only the sample letters, the plain-text file and the PDFs (for the UI checks).
 */
export function prepareWorkspace(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-e2e-ws-')), { samplesOnly = false } = {}) {
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  fs.mkdirSync(dir, { recursive: true });
  const samples = copyDir(path.join(fixtures, 'samples'), path.join(dir, 'samples'), (f) => f.endsWith('.txt'));
  if (!samplesOnly) {
    copyDir(path.join(fixtures, 'samples-expected'), path.join(dir, 'samples-expected'), (f) => f.endsWith('.json'));
    copyDir(path.join(fixtures, 'letters'), path.join(dir, 'letters'), (f) => f.endsWith('.txt') || f.endsWith('.json'));
  }
  if (samples === 0) throw new Error('no sample letters in test/fixtures/samples');
  fs.writeFileSync(path.join(dir, 'not-a-letter.txt'), NOT_A_LETTER);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'e2e', 'pdf-letters.mjs'), dir], { stdio: 'inherit' });
  if (!samplesOnly) {
    // The suite writes imrLetters.rules.* workspace settings here.
    fs.mkdirSync(path.join(dir, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{}\n');
  }
  return dir;
}
