// The extension-host suite (test/e2e/suite, compiled to out/test/e2e/suite) under
// @vscode/test-cli + @vscode/test-electron: `npm run test:vscode`. This downloads VS Code,
// so it is for machines that can; CI runs the same suite in code-server through
// `npm run test:e2e` (scripts/e2e/run-e2e.mjs), which loads it via suite/index.js.
import { defineConfig } from '@vscode/test-cli';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepareWorkspace } from './scripts/e2e/workspace.mjs';

// A throw-away copy of the fixtures: the suite edits letters and writes workspace settings.
const workspaceFolder = prepareWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-vscode-test-ws-')));
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-vscode-test-user-'));
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false }, null, 2),
);

export default defineConfig({
  label: 'extension-host',
  files: 'out/test/e2e/suite/**/*.test.js',
  version: process.env.VSCODE_TEST_VERSION || 'stable',
  extensionDevelopmentPath: '.',
  workspaceFolder,
  launchArgs: ['--disable-extensions', '--user-data-dir', userDataDir],
  mocha: { ui: 'bdd', timeout: 60_000, color: true },
});
