/**
 * What a user does with a letter: read its outline, hover a citation, edit it, turn a rule
 * off in the settings; and a plain-text file that is not a letter gets nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  codesOf,
  documentSymbols,
  fixtureUri,
  workspaceRoot,
  hoverText,
  LANGUAGE,
  liveDocument,
  openInEditor,
  openLetter,
  ownDiagnostics,
  setWorkspaceSetting,
  waitFor,
  waitForCodes,
  waitForDiagnostics,
  waitForSymbols,
} from './helpers';

const SAMPLE_A = 'samples/000_a166514a6fb7d4e1.txt';
const SAMPLE_A_CODES = ['missing-completed-sessions', 'missing-functional-improvement'];
const SAMPLE_A_ITEM = '6 sessions of Cognitive Behavioral Therapy';
const SAMPLE_B = 'samples/001_95b102c290cd7ebe.txt';
const SAMPLE_B_CODES = ['exceeds-guideline-limit', 'missing-functional-improvement'];
const NOT_A_LETTER = 'not-a-letter.txt';
const DECISIONS_SECTION = 'IMR ISSUES, DECISIONS AND RATIONALES';

describe('working with a letter', function () {
  const uri = fixtureUri(SAMPLE_A);

  before(async () => {
    await closeAllEditors();
  });

  afterEach(async () => {
    // Leave no edit and no setting behind for the next test.
    await setWorkspaceSetting('imrLetters', 'rules.missing-functional-improvement', undefined);
    const doc = liveDocument(uri);
    if (doc?.isDirty) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('switches the sample to imr-letter and reports exactly its codes', async () => {
    const doc = await openLetter(uri);
    assert.strictEqual(doc.languageId, LANGUAGE);
    await waitForCodes(uri, SAMPLE_A_CODES);
    assert.deepStrictEqual(codesOf(uri), SAMPLE_A_CODES);
  });

  it('reports exactly the codes of the second sample', async () => {
    const other = fixtureUri(SAMPLE_B);
    await openLetter(other);
    await waitForCodes(other, SAMPLE_B_CODES);
    assert.deepStrictEqual(codesOf(other), SAMPLE_B_CODES);
  });

  it('outlines the sections and the item with its decision', async () => {
    await openLetter(uri);
    const symbols = await waitForSymbols(uri);
    const names = symbols.map((s) => s.name);
    for (const section of ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', DECISIONS_SECTION]) {
      assert.ok(names.includes(section), `outline ${JSON.stringify(names)} has ${section}`);
    }
    const decisions = symbols.find((s) => s.name === DECISIONS_SECTION)!;
    const item = decisions.children.find((c) => c.name === SAMPLE_A_ITEM);
    assert.ok(item, `${DECISIONS_SECTION} has the item; children: ${JSON.stringify(decisions.children.map((c) => c.name))}`);
    assert.strictEqual(item.detail, 'Upheld');
  });

  it('shows the MTUS p. 23 knowledge-base entry when hovering "Page(s): 23"', async () => {
    const doc = await openLetter(uri);
    const text = doc.getText();
    const at = text.indexOf('Page(s): 23');
    assert.ok(at >= 0, 'the sample cites Page(s): 23');
    const position = doc.positionAt(at + 'Page(s): '.length);
    const hover = await waitFor('a hover on the citation', async () => (await hoverText(uri, position)) || undefined);
    assert.match(hover, /Behavioral interventions/i);
    assert.match(hover, /p\. 23/);
    assert.match(hover, /\b(?:19|20)\d\d\b|edition/i, 'the entry names its edition');
    assert.match(hover, /Confidence/);
  });

  it('raises missing-session-count when the session count is deleted, and drops it on undo', async () => {
    const editor = await openInEditor(uri);
    await openLetter(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);
    const doc = liveDocument(uri)!;
    // The count is stated in the item ("6 sessions of ...") and in the rationale's request
    // sentence ("The current request is for 6 SESSIONS OF ..."): delete every "6 " before
    // "sessions".
    const edit = new vscode.WorkspaceEdit();
    const text = doc.getText();
    const re = /\b6 (?=sessions\b)/gi;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text))) {
      edit.delete(uri, new vscode.Range(doc.positionAt(m.index), doc.positionAt(m.index + m[0].length)));
      n++;
    }
    assert.ok(n >= 1, 'the sample states the session count');
    assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
    const diags = await waitForDiagnostics(uri, 'missing-session-count after the edit', (d) => d.some((x) => codeOf(x) === 'missing-session-count'));
    const raised = diags.find((x) => codeOf(x) === 'missing-session-count')!;
    assert.strictEqual(liveDocument(uri)!.getText(raised.range).trim(), 'sessions of Cognitive Behavioral Therapy');
    // Undo restores the letter, and the diagnostic goes away.
    await vscode.window.showTextDocument(liveDocument(uri)!, { viewColumn: editor.viewColumn });
    for (let i = 0; i < 20 && liveDocument(uri)!.isDirty; i++) {
      await vscode.commands.executeCommand('undo');
    }
    assert.ok(!liveDocument(uri)!.isDirty, 'undo restored the saved text');
    await waitForCodes(uri, SAMPLE_A_CODES);
  });

  it('drops a rule set to "off" in the settings, and brings it back when reset', async () => {
    await openLetter(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);
    await setWorkspaceSetting('imrLetters', 'rules.missing-functional-improvement', 'off');
    await waitForCodes(uri, ['missing-completed-sessions']);
    await setWorkspaceSetting('imrLetters', 'rules.missing-functional-improvement', undefined);
    await waitForCodes(uri, SAMPLE_A_CODES);
  });

  it('applies a rule\'s severity from the settings', async () => {
    await openLetter(uri);
    await waitForCodes(uri, SAMPLE_A_CODES);
    const severityOf = () => ownDiagnostics(uri).find((d) => codeOf(d) === 'missing-functional-improvement')?.severity;
    assert.strictEqual(severityOf(), vscode.DiagnosticSeverity.Warning);
    await setWorkspaceSetting('imrLetters', 'rules.missing-functional-improvement', 'error');
    await waitForDiagnostics(uri, 'missing-functional-improvement as an error', () => severityOf() === vscode.DiagnosticSeverity.Error);
  });

  it('leaves a plain-text file that is not a letter alone', async () => {
    const plain = fixtureUri(NOT_A_LETTER);
    await openInEditor(plain);
    // Real signal that the extension has seen it: open a letter afterwards and wait until
    // that one is switched and analysed; the plain file was opened (and judged) before.
    await openLetter(fixtureUri(SAMPLE_B));
    await waitForCodes(fixtureUri(SAMPLE_B), SAMPLE_B_CODES);
    assert.strictEqual(liveDocument(plain)?.languageId, 'plaintext');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(plain), []);
    assert.deepStrictEqual(await documentSymbols(plain), []);
    const hover = await hoverText(plain, new vscode.Position(0, 1));
    assert.doesNotMatch(hover, /Confidence|Upheld|MTUS/);
  });

  it('clears a letter\'s diagnostics when it is closed', async () => {
    const copy = path.join(workspaceRoot(), 'scratch', 'closed-letter.txt');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(fixtureUri(SAMPLE_A).fsPath, copy);
    const copyUri = vscode.Uri.file(copy);
    await openLetter(copyUri);
    await waitForCodes(copyUri, SAMPLE_A_CODES);
    await closeAllEditors();
    await waitForDiagnostics(copyUri, 'no diagnostics once the letter is closed', (d) => d.length === 0);
  });

  it('leaves .txt letters as plain text when imrLetters.detectPlaintext is false; .imr files are letters by name', async () => {
    // A file never opened before, so that its open event is the one that counts.
    const copy = path.join(workspaceRoot(), 'scratch', 'detect-off.txt');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(fixtureUri(SAMPLE_B).fsPath, copy);
    await setWorkspaceSetting('imrLetters', 'detectPlaintext', false);
    try {
      const copyUri = vscode.Uri.file(copy);
      await openInEditor(copyUri);
      // Real signal: a .imr file opened afterwards (the letter language by its extension, no
      // detection needed) is analysed; by then the .txt file's open has been handled.
      const imr = path.join(workspaceRoot(), 'scratch', 'by-extension.imr');
      fs.copyFileSync(fixtureUri(SAMPLE_B).fsPath, imr);
      const imrUri = vscode.Uri.file(imr);
      const imrDoc = await openLetter(imrUri);
      assert.strictEqual(imrDoc.languageId, LANGUAGE);
      await waitForCodes(imrUri, SAMPLE_B_CODES);
      assert.strictEqual(liveDocument(copyUri)?.languageId, 'plaintext');
      assert.deepStrictEqual(ownDiagnostics(copyUri), []);
    } finally {
      await setWorkspaceSetting('imrLetters', 'detectPlaintext', undefined);
    }
  });
});
