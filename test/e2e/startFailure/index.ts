/**
 * Entry point of the start-failure suite: the extension loaded from a copy whose language
 * server exits at once, as a broken install's would (scripts/e2e/run-e2e.mjs,
 * --only=start-failure, makes the copy and opens it in its own code-server page).
 *
 * Environment:
 *   IMR_E2E_START_FAILURE_RESULTS  if set, a JSON summary of every test is written there.
 */
import { runMocha } from '../runMocha';

export function run(): Promise<void> {
  return runMocha({ dir: __dirname, resultsFile: process.env.IMR_E2E_START_FAILURE_RESULTS });
}
