/**
 * Runs the mocha tests (*.test.js) of one folder of the compiled end-to-end suites inside the
 * extension host, and, if asked, writes a JSON summary of every test: the code-server run
 * (scripts/e2e/run-e2e.mjs) reads it, since the remote extension host's console is not the
 * terminal's. The promise rejects when a test fails, which makes the workbench report failure
 * (codeAutomationExit(1)).
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

export interface MochaRun {
  /** The folder whose *.test.js files are run, in name order. */
  dir: string;
  /** Where to write the JSON summary, if anywhere. */
  resultsFile?: string;
  /** A mocha --grep. */
  grep?: string;
}

export function runMocha({ dir, resultsFile, grep }: MochaRun): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: !!process.stdout.isTTY,
    reporter: 'spec',
  });
  if (grep) {
    mocha.grep(grep);
  }

  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) {
    mocha.addFile(path.join(dir, f));
  }

  const results: TestResult[] = [];
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
