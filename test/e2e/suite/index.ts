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
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha({ dir: __dirname, resultsFile: process.env.IMR_E2E_RESULTS, grep: process.env.IMR_E2E_GREP });
}
