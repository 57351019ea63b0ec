/**
 * Entry point of the extension-host test suite. VS Code (the desktop build through
 * @vscode/test-electron, or code-server through its `payload` URL parameter) loads this
 * module as `extensionTestsPath` and awaits `run()`; a rejection makes it report failure
 * (the workbench then calls codeAutomationExit(1)).
 *
 * Environment:
 *   IMR_E2E_RESULTS  if set, a JSON summary of every test is written there (the
 *                    code-server run reads it, since the remote extension host's console
 *                    is not the terminal's).
 *   IMR_E2E_GREP     optional mocha --grep.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: !!process.stdout.isTTY,
    reporter: 'spec',
  });
  if (process.env.IMR_E2E_GREP) {
    mocha.grep(process.env.IMR_E2E_GREP);
  }

  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }

  const results: TestResult[] = [];
  const resultsFile = process.env.IMR_E2E_RESULTS;
  const started = Date.now();

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (resultsFile) {
          fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
          fs.writeFileSync(
            resultsFile,
            JSON.stringify({ failures, durationMs: Date.now() - started, files, results }, null, 2) + '\n',
          );
        }
        if (failures > 0) {
          reject(new Error(`${failures} test(s) failed`));
        } else {
          resolve();
        }
      });
      runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err: Error) =>
        results.push({
          title: t.fullTitle(),
          state: 'failed',
          durationMs: t.duration,
          error: err && (err.stack || err.message) ? String(err.stack || err.message) : String(err),
        }),
      );
    } catch (err) {
      reject(err);
    }
  });
}
