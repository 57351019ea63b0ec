/**
 * PDF letters in the editor. The workspace holds a PDF made from sample 000 with the unit
 * tests' pdf-lib helper (scripts/e2e/pdf-letters.mjs): several pages, "Page N of M" at the
 * foot of each, and the decisions heading split by a page break. "IMR: Open PDF letter as
 * text" opens it as an imr-letter document with the sample's outline and diagnostics, and
 * hovers that name the PDF page; re-opening it unchanged does not extract it again; a
 * truncated PDF, or one whose text is not a letter, opens nothing and breaks nothing.
 * "IMR: Export annotations of this letter" on it writes the record `imr-letters extract`
 * gives for the PDF. The offer made when a PDF letter is opened, the read-only editor and
 * the messages for PDFs that are not opened are seen in the UI (test/e2e/ui/ui.mjs).
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  fixtureUri,
  flatten,
  hoverText,
  LANGUAGE,
  norm,
  waitFor,
  waitForCodes,
  waitForSymbols,
  workspaceRoot,
  type Expected,
} from './helpers';

const COMMAND = 'imrLetters.openPdfAsText';
const PDF = 'pdf/000_a166514a6fb7d4e1.pdf';
const OTHER_PDF = 'pdf/001_95b102c290cd7ebe.pdf';
const TRUNCATED = 'pdf/truncated.pdf';
const NOT_A_LETTER = 'pdf/not-a-letter.pdf';
const EXPECTED = 'samples-expected/000_a166514a6fb7d4e1.expected.json';
const OTHER_EXPECTED = 'samples-expected/001_95b102c290cd7ebe.expected.json';

/** What the extension's activate() returns. */
interface ImrLettersApi {
  pdfExtractionCount(): number;
}

function extension(): vscode.Extension<ImrLettersApi> {
  const ext = vscode.extensions.getExtension<ImrLettersApi>('imr-letters.imr-letters');
  assert.ok(ext, 'the extension is installed');
  return ext;
}

async function extensionApi(): Promise<ImrLettersApi> {
  const api = await extension().activate();
  assert.strictEqual(typeof api?.pdfExtractionCount, 'function', 'activate() returns the API');
  return api;
}

function openPdf(pdf: vscode.Uri): Thenable<vscode.TextDocument | undefined> {
  return vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMAND, pdf);
}

/** Each "Page N of M" footer the generator drew, with its offset in the document. */
function footers(doc: vscode.TextDocument): { page: number; of: number; offset: number }[] {
  return [...doc.getText().matchAll(/Page (\d+) of (\d+)/g)].map((m) => ({ page: Number(m[1]), of: Number(m[2]), offset: m.index! }));
}

/**
 * The extract records the command line prints for a file of the workspace, run from the
 * workspace folder (as the extension names files relative to it), in one thread.
 */
function cliExtract(rel: string): unknown[] {
  const cli = path.join(extension().extensionPath, 'cli', 'out', 'imr-letters.js');
  // The desktop build's extension host runs in Electron, which runs scripts as Node only when told.
  const out = execFileSync(process.execPath, [cli, 'extract', '--jobs', '1', rel], {
    cwd: workspaceRoot(),
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  return JSON.parse(out) as unknown[];
}

function expected(file = EXPECTED): Expected {
  return JSON.parse(fs.readFileSync(path.join(workspaceRoot(), file), 'utf8')) as Expected;
}

describe('PDF letters', function () {
  let doc: vscode.TextDocument;

  before(async () => {
    await closeAllEditors();
  });

  it('"IMR: Open PDF letter as text" opens an imr-letter document of the PDF\'s text', async () => {
    const opened = await openPdf(fixtureUri(PDF));
    assert.ok(opened, 'the command returns the document it opened');
    doc = opened;
    assert.strictEqual(doc.languageId, LANGUAGE);
    assert.strictEqual(doc.uri.scheme, 'imr-pdf');
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), doc.uri.toString(), 'shown in the active editor');
    assert.match(doc.getText(), /HOW THE IMR FINAL DETERMINATION WAS MADE/);
    const pages = footers(doc);
    assert.ok(pages.length >= 3, `several pages, each with its footer: ${JSON.stringify(pages)}`);
    assert.deepStrictEqual(pages.map((p) => p.page), pages.map((_, i) => i + 1));
    // Read-only is what the editor does with typing, which the extension API does not go
    // through (its edits reach even read-only documents): test/e2e/ui/ui.mjs types into it.
  });

  it('has the diagnostics of the text letter', async () => {
    await waitForCodes(doc.uri, expected().codes ?? []);
  });

  it('has the outline of the text letter, although its decisions heading is split by a page break', async () => {
    const symbols = await waitForSymbols(doc.uri);
    const e = expected();
    assert.deepStrictEqual(
      symbols.filter((s) => s.kind === vscode.SymbolKind.Namespace).map((s) => s.name),
      e.sections,
    );
    const items = flatten(symbols).filter((s) => s.kind === vscode.SymbolKind.Event);
    assert.deepStrictEqual(
      items.map((s) => ({ name: s.name, detail: s.detail })),
      e.items!.map((i) => ({ name: i.service, detail: i.decision ?? 'no decision' })),
    );
  });

  it('hovers name the PDF page: each footer is on its own page', async () => {
    for (const footer of footers(doc)) {
      const at = doc.positionAt(footer.offset + 1);
      const text = await waitFor(`a hover on "Page ${footer.page} of ${footer.of}"`, async () => (await hoverText(doc.uri, at)) || undefined);
      assert.match(text, new RegExp(`PDF page ${footer.page}\\b`), text);
      assert.doesNotMatch(text, new RegExp(`PDF page (?!${footer.page}\\b)\\d`), text);
    }
  });

  it('the hover on a citation shows its knowledge-base entry and its PDF page', async () => {
    const offset = doc.getText().indexOf('Page(s): 23');
    assert.ok(offset >= 0, 'the letter cites Page(s): 23');
    // The page it is on: that of the first footer after it.
    const page = footers(doc).find((f) => f.offset > offset)!.page;
    const at = doc.positionAt(offset + 'Page(s): '.length);
    const text = await waitFor('both hovers on the citation', async () => {
      const t = await hoverText(doc.uri, at);
      return /Behavioral interventions/i.test(t) && /PDF page/.test(t) ? t : undefined;
    });
    assert.match(text, /p\. 23/);
    assert.match(text, new RegExp(`PDF page ${page}\\b`), text);
  });

  it('re-opening the unchanged PDF does not extract it again; a changed one is, and its open document follows', async () => {
    const api = await extensionApi();
    // A copy never opened before, so that its first open must extract.
    const copy = path.join(workspaceRoot(), 'scratch', 'reopened.pdf');
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(fixtureUri(PDF).fsPath, copy);
    const uri = vscode.Uri.file(copy);
    const start = api.pdfExtractionCount();

    const first = await openPdf(uri);
    assert.ok(first);
    assert.strictEqual(api.pdfExtractionCount(), start + 1, 'the first open extracts');
    await waitForCodes(first.uri, expected().codes ?? []);
    const text = first.getText();
    await closeAllEditors();

    const second = await openPdf(uri);
    assert.ok(second);
    assert.strictEqual(api.pdfExtractionCount(), start + 1, 're-opening the unchanged PDF does not extract again');
    assert.strictEqual(second.getText(), text);
    assert.strictEqual(second.languageId, LANGUAGE);
    await waitForCodes(second.uri, expected().codes ?? []);

    // The file changes while its letter is open: the next open extracts it again, and the
    // open document shows the new letter, with that letter's diagnostics.
    fs.copyFileSync(fixtureUri(OTHER_PDF).fsPath, copy);
    const later = new Date(fs.statSync(copy).mtimeMs + 60_000);
    fs.utimesSync(copy, later, later);
    const third = await openPdf(uri);
    assert.ok(third);
    assert.strictEqual(api.pdfExtractionCount(), start + 2, 'a changed PDF is extracted again');
    const item = expected(OTHER_EXPECTED).items![0].service;
    await waitFor(`the open document to show the changed PDF (${item})`, () => norm(third.getText()).includes(item), {
      events: [vscode.workspace.onDidChangeTextDocument as vscode.Event<unknown>],
    });
    assert.notStrictEqual(third.getText(), text);
    await waitForCodes(third.uri, expected(OTHER_EXPECTED).codes ?? []);
  });

  it('a truncated PDF opens nothing and leaves the extension working', async () => {
    await closeAllEditors();
    const result = await openPdf(fixtureUri(TRUNCATED));
    assert.strictEqual(result, undefined, 'no document for a truncated PDF');
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'no editor opened');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'imr-pdf' && d.uri.path.includes('truncated')));
    const again = await openPdf(fixtureUri(PDF));
    assert.ok(again, 'a good PDF still opens afterwards');
    await waitForCodes(again.uri, expected().codes ?? []);
  });

  it('a PDF with a text layer that is not a letter is extracted, then opens nothing', async () => {
    await closeAllEditors();
    const api = await extensionApi();
    const start = api.pdfExtractionCount();
    const result = await openPdf(fixtureUri(NOT_A_LETTER));
    assert.strictEqual(api.pdfExtractionCount(), start + 1, 'its text was extracted: refused for what it says, not as a bad PDF');
    assert.strictEqual(result, undefined, 'no document for a PDF that is not a letter');
    assert.strictEqual(vscode.window.activeTextEditor, undefined, 'no editor opened');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'imr-pdf' && d.uri.path.includes('not-a-letter')));
    const again = await openPdf(fixtureUri(PDF));
    assert.ok(again, 'a PDF letter still opens afterwards');
    await waitForCodes(again.uri, expected().codes ?? []);
  });

  it('"IMR: Export annotations of this letter" writes the PDF\'s extract record, with the page of each diagnostic', async () => {
    await closeAllEditors();
    const letter = await openPdf(fixtureUri(PDF));
    assert.ok(letter);
    const target = path.join(workspaceRoot(), 'scratch', 'exported.imr.json');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.rmSync(target, { force: true });
    await vscode.commands.executeCommand('imrLetters.exportLetter', { target: vscode.Uri.file(target) });
    const record = JSON.parse(fs.readFileSync(target, 'utf8')) as { file: string; diagnostics: { code: string; line: number; column: number; page?: number }[] };

    assert.deepStrictEqual([record], cliExtract(PDF), 'the record of imr-letters extract for the same PDF');
    assert.strictEqual(record.file, PDF, 'named after the PDF, not its text document');
    assert.deepStrictEqual([...new Set(record.diagnostics.map((d) => d.code))].sort(), [...new Set(expected().codes)].sort());
    // Each page independently of the page starts: that of the first "Page N of M" footer after
    // the diagnostic, in the letter document (whose lines are those of the extracted text).
    const pages = footers(letter);
    for (const d of record.diagnostics) {
      const offset = letter.offsetAt(new vscode.Position(d.line - 1, d.column - 1));
      assert.strictEqual(d.page, pages.find((f) => f.offset > offset)?.page, `${d.code} at ${d.line}:${d.column}`);
    }
    assert.ok(record.diagnostics.some((d) => d.page! > 1), 'a diagnostic past the first page, so the pages are telling');
  });
});
