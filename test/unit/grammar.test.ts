import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// Tests run from the repository root (see the "test" script), so paths are relative to cwd.
const root = process.cwd();
const snapshotDir = path.join('test', 'grammar');
const assertionDir = path.join('test', 'grammar', 'assert');

function testCases(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.imr'))
    .sort()
    .map((name) => path.join(dir, name));
}

function runTool(tool: string, files: string[]): SpawnSyncReturns<string> {
  const isWindows = process.platform === 'win32';
  const bin = path.join(root, 'node_modules', '.bin', isWindows ? `${tool}.cmd` : tool);
  return spawnSync(bin, files, {
    cwd: root,
    encoding: 'utf8',
    shell: isWindows,
    env: { ...process.env, FORCE_COLOR: '0' },
  });
}

function report(result: SpawnSyncReturns<string>): string {
  return [`exit status: ${result.status}`, result.stdout, result.stderr].filter(Boolean).join('\n');
}

test('grammar snapshot tests match the committed .snap files', () => {
  const files = testCases(snapshotDir);
  assert.ok(files.length > 0, `no *.imr test cases in ${snapshotDir}`);
  // Without a .snap file the tool writes a new one and passes, so require them first.
  const missing = files.filter((file) => !fs.existsSync(path.join(root, `${file}.snap`)));
  assert.deepEqual(missing, [], `missing snapshots (run "npx vscode-tmgrammar-snap -u test/grammar/*.imr"): ${missing.join(', ')}`);

  const result = runTool('vscode-tmgrammar-snap', files);
  assert.equal(result.error, undefined, String(result.error));
  assert.equal(result.status, 0, report(result));
});

test('grammar scope assertions hold', () => {
  const files = testCases(assertionDir);
  assert.ok(files.length > 0, `no *.imr test cases in ${assertionDir}`);

  const result = runTool('vscode-tmgrammar-test', files);
  assert.equal(result.error, undefined, String(result.error));
  assert.equal(result.status, 0, report(result));
});
