// The extension-host suite (test/e2e/suite, compiled to out/test/e2e/suite) under
// @vscode/test-cli + @vscode/test-electron: `npm run test:vscode`. This downloads VS Code,
// so it is for machines that can; CI runs the same suite in code-server through
// `npm run test:e2e` (scripts/e2e/run-e2e.mjs), which loads it via suite/index.js.
import { defineConfig } from '@vscode/test-cli';
import fs from 'node:fs';
import path from 'node:path';
import { prepareWorkspace } from './scripts/e2e/workspace.mjs';

// A fresh copy of the fixtures (the suite edits letters and writes workspace settings) and a
// fresh user data folder, both under the git-ignored .vscode-test/.
const base = path.resolve('.vscode-test', 'imr-e2e');
fs.rmSync(base, { recursive: true, force: true });
const workspaceFolder = prepareWorkspace(path.join(base, 'workspace'));
const userDataDir = path.join(base, 'user-data');
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
