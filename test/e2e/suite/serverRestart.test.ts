/**
 * The language server process is killed under the editor: the client starts a new one, and
 * diagnostics come back, also for an edit made while the server was down.
 *
 * The server is found as an operating-system process, not through the extension: the node
 * process running the extension's server/out/server.js that vscode-languageclient forked for
 * this extension host (it passes `--clientProcessId=<extension host pid>`).
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, fixtureUri, liveDocument, openLetter, waitFor, waitForCodes, workspaceRoot } from './helpers';

const EXTENSION_ID = 'imr-letters.imr-letters';
const SAMPLE_A = 'samples/000_a166514a6fb7d4e1.txt';
const SAMPLE_A_CODES = ['missing-completed-sessions', 'missing-functional-improvement'];

/** Process ids of this extension host's language servers, from `ps`. */
function serverPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  const script = path.join(extension.extensionPath, 'server', 'out', 'server.js');
  const clientArg = `--clientProcessId=${process.pid}`;
  return execFileSync('ps', ['-ww', '-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(.*)$/))
    .filter((m): m is RegExpMatchArray => !!m && m[2].includes(script) && m[2].split(/\s+/).includes(clientArg))
    .map((m) => Number(m[1]));
}

function scratchCopy(): string {
  return path.join(workspaceRoot(), 'scratch', 'server-killed.txt');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Deletes the sample's session count ("6 sessions of ..."), which raises missing-session-count:
 * only a server that has the edited text can report it.
 */
async function deleteSessionCount(uri: vscode.Uri): Promise<void> {
  const doc = liveDocument(uri)!;
  const edit = new vscode.WorkspaceEdit();
  let counts = 0;
  for (const m of doc.getText().matchAll(/\b6 (?=sessions\b)/gi)) {
    edit.delete(uri, new vscode.Range(doc.positionAt(m.index!), doc.positionAt(m.index! + m[0].length)));
    counts++;
  }
  assert.ok(counts > 0, 'the sample states the session count');
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

/** Undoes the edits, back to the saved text. */
async function undoAll(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(liveDocument(uri)!);
  for (let i = 0; i < 20 && liveDocument(uri)!.isDirty; i++) await vscode.commands.executeCommand('undo');
  assert.ok(!liveDocument(uri)!.isDirty, 'undo restored the saved text');
}

describe('a language server that dies', function () {
  before(function () {
    // Finding the process takes `ps`.
    if (process.platform === 'win32') this.skip();
  });

  after(async () => {
    // Leave no unsaved edit behind, should the test stop half-way.
    const doc = liveDocument(vscode.Uri.file(scratchCopy()));
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  it('is restarted by the client, and diagnostics come back, also for an edit made after the kill', async () => {
    await closeAllEditors();
    const copy = scratchCopy();
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(fixtureUri(SAMPLE_A).fsPath, copy);
    const uri = vscode.Uri.file(copy);
    await openLetter(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);

    const before = serverPids();
    assert.strictEqual(before.length, 1, `one language server for this extension host, found ${JSON.stringify(before)}`);
    const [killed] = before;
    process.kill(killed, 'SIGKILL');
    await waitFor(`server process ${killed} to exit`, () => !isAlive(killed));

    // An edit while no server runs.
    await deleteSessionCount(uri);

    const restarted = await waitFor(
      'a new language server process',
      () => {
        const now = serverPids();
        return now.length === 1 && now[0] !== killed ? now[0] : undefined;
      },
      { describe: () => JSON.stringify(serverPids()) },
    );
    assert.notStrictEqual(restarted, killed);

    const diags = await waitForCodes(uri, [...SAMPLE_A_CODES, 'missing-session-count']);
    const raised = diags.find((d) => codeOf(d) === 'missing-session-count')!;
    assert.strictEqual(liveDocument(uri)!.getText(raised.range).trim(), 'sessions of Cognitive Behavioral Therapy');

    // And the restarted server keeps up with the next edit: undo the deletion.
    await undoAll(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);
    assert.deepStrictEqual(serverPids(), [restarted], 'still the same restarted server');
  });

  it('is restarted also when it dies while starting, before it has answered the editor', async () => {
    await closeAllEditors();
    const uri = vscode.Uri.file(scratchCopy());
    await openLetter(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);

    const [running] = serverPids();
    process.kill(running, 'SIGKILL');
    // The replacement is killed the moment it shows up: a node process that has just been
    // forked is still loading, so it dies before it can answer the initialize request.
    const starting = await waitFor(
      'the replacement server process',
      () => serverPids().find((pid) => pid !== running),
      { intervalMs: 2, describe: () => JSON.stringify(serverPids()) },
    );
    process.kill(starting, 'SIGKILL');

    const third = await waitFor(
      'a third language server process',
      () => serverPids().find((pid) => pid !== running && pid !== starting),
      { describe: () => JSON.stringify(serverPids()) },
    );
    // Only a server that has the edited text can report the missing count.
    await deleteSessionCount(uri);
    await waitForCodes(uri, [...SAMPLE_A_CODES, 'missing-session-count']);
    await undoAll(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);
    assert.deepStrictEqual(serverPids(), [third], 'the third server serves the letter');
  });
});
