/**
 * A language server that fails its first start (it exits at once, as a broken or corrupt
 * install's would) must not fail the extension's activation: letter detection and the commands
 * are there all the same, and activate() gives other extensions its API.
 *
 * The extension under test is a copy made by scripts/e2e/run-e2e.mjs whose server/out/server.js
 * exits with a non-zero code, and appends a line to server/out/starts.log each time it runs: the
 * tests read it to know the server really was started, and failed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, LANGUAGE, openLetter, TIMEOUT_MS, workspaceRoot } from '../suite/helpers';

const EXTENSION_ID = 'imr-letters.imr-letters';

interface Api {
  pdfExtractionCount(): number;
}

function extension(): vscode.Extension<Api> {
  const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext;
}

/** The lines the broken server wrote, one per start. */
function serverStarts(): string[] {
  const file = path.join(extension().extensionPath, 'server', 'out', 'starts.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/** The promise's value, or a rejection saying what did not settle in time. */
function settledWithin<T>(promise: Thenable<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    Promise.resolve(promise).finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms))),
  ]);
}

describe('a language server that fails its first start', () => {
  after(closeAllEditors);

  it('does not fail the activation: activate() resolves with the API', async () => {
    const ext = extension();
    let api: Api;
    try {
      api = await settledWithin(ext.activate(), 'the activation');
    } catch (err) {
      assert.fail(`the activation failed: ${err instanceof Error ? err.stack || err.message : String(err)}`);
    }
    assert.strictEqual(ext.isActive, true, 'the extension is active');
    assert.ok(api, 'activate() returned the API');
    assert.strictEqual(typeof api.pdfExtractionCount, 'function', 'the API has pdfExtractionCount()');
    assert.strictEqual(typeof api.pdfExtractionCount(), 'number');
    // activate() waits for the first start to settle: the server has run by now, and exited.
    assert.ok(serverStarts().length >= 1, 'the broken language server was started before the activation settled');
  });

  it('still switches a letter opened from the workspace to the letter language', async () => {
    const samples = path.join(workspaceRoot(), 'samples');
    const [first] = fs.readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
    assert.ok(first, 'the workspace has a sample letter');
    const doc = await openLetter(vscode.Uri.file(path.join(samples, first)));
    assert.strictEqual(doc.languageId, LANGUAGE);
  });

  it("still registers the extension's commands", async () => {
    const contributed: string[] = (extension().packageJSON.contributes?.commands ?? []).map((c: { command: string }) => c.command);
    assert.ok(contributed.length > 0, 'package.json contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      contributed.filter((c) => !registered.has(c)),
      [],
      'every command of package.json is registered',
    );
  });
});
