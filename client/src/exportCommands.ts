/**
 * Export and statistics commands: the extract record of the current letter (a PDF letter's
 * with its pages), the records of every letter in the workspace (JSONL or CSV), and the
 * corpus statistics report in a webview.
 * They share the command line's record and statistics code, so the outputs are the same.
 */
import * as vscode from 'vscode';
import { checkText, type LetterText } from '../../cli/src/checkLetter';
import { buildRecord } from '../../cli/src/record';
import { csvHeader, recordRows } from '../../cli/src/csv';
import { letterStats, StatsAggregator } from '../../cli/src/stats';
import { renderStatsHtml } from '../../cli/src/statsHtml';
import type { PdfExtraction, PdfText } from '../../pdf/src/extractText';
import { pdfOf, pdfProblem, pdfText } from './pdfLetters';

const LETTER_FILES = '**/*.{txt,imr}';
const EXCLUDE = '**/node_modules/**';
/** Files read between two yields to the event loop, so the extension host stays responsive. */
const BATCH = 100;

type Checked = Exclude<ReturnType<typeof checkText>, { notLetter: string }>;

function nameOf(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

/**
 * What the command line reads for a document: for a PDF letter opened as text, the PDF's
 * extracted text with its page starts (so the record names the PDF and each finding's
 * page), otherwise the document's own text, saved or not. A string says why there is none.
 */
async function letterSource(doc: vscode.TextDocument): Promise<(LetterText & { uri: vscode.Uri }) | string> {
  const pdf = pdfOf(doc.uri);
  if (!pdf) return { uri: doc.uri, text: doc.getText() };
  let result: PdfExtraction;
  try {
    result = await pdfText(pdf);
  } catch (error) {
    return `IMR Letters: ${nameOf(pdf)} cannot be read (${error instanceof Error ? error.message : String(error)}).`;
  }
  // pdfProblem has nothing to say only of a letter's extracted text.
  return pdfProblem(pdf, result) ?? { uri: pdf, ...(result as PdfText) };
}

/**
 * Writes the extract record of the active letter where the save dialog says, or to
 * `options.target` without a dialog (for keybindings and scripts that name the file).
 */
async function exportCurrentLetter(options?: { target?: vscode.Uri }): Promise<void> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showWarningMessage('IMR Letters: open a letter first.');
    return;
  }
  const source = await letterSource(doc);
  if (typeof source === 'string') {
    void vscode.window.showWarningMessage(source);
    return;
  }
  const checked = checkText(nameOf(source.uri), source.text, source.pageStarts);
  if ('notLetter' in checked) {
    void vscode.window.showWarningMessage(`IMR Letters: this document is ${checked.notLetter}.`);
    return;
  }
  const target =
    options?.target ??
    (await vscode.window.showSaveDialog({
      defaultUri: source.uri.with({ path: source.uri.path.replace(/(\.imr)?(\.txt|\.pdf)?$/i, '') + '.imr.json' }),
      filters: { JSON: ['json'] },
    }));
  if (!target) return;
  const record = buildRecord(checked.name, checked.letter, checked.findings);
  await vscode.workspace.fs.writeFile(target, Buffer.from(JSON.stringify(record, null, 2) + '\n'));
  void vscode.window.showInformationMessage(`IMR Letters: annotations written to ${nameOf(target)}.`);
}

/** Checks every letter of the workspace in batches, with progress; non-letters are skipped. */
async function forEachLetter(title: string, visit: (checked: Checked) => void, skipped: () => void): Promise<number | null> {
  const files = await vscode.workspace.findFiles(LETTER_FILES, EXCLUDE);
  files.sort((a, b) => (a.fsPath < b.fsPath ? -1 : a.fsPath > b.fsPath ? 1 : 0));
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    let letters = 0;
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) return null;
      try {
        const checked = checkText(nameOf(files[i]), Buffer.from(await vscode.workspace.fs.readFile(files[i])).toString('utf8'));
        if ('notLetter' in checked) skipped();
        else {
          visit(checked);
          letters++;
        }
      } catch {
        skipped();
      }
      if ((i + 1) % BATCH === 0) {
        progress.report({ message: `${i + 1} of ${files.length} files`, increment: (BATCH / files.length) * 100 });
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    return letters;
  });
}

async function exportWorkspace(): Promise<void> {
  const format = await vscode.window.showQuickPick(['JSONL', 'CSV'], { title: 'Export workspace annotations as' });
  if (!format) return;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: root ? vscode.Uri.joinPath(root, format === 'CSV' ? 'imr-annotations.csv' : 'imr-annotations.jsonl') : undefined,
    filters: format === 'CSV' ? { CSV: ['csv'] } : { 'JSON Lines': ['jsonl'] },
  });
  if (!target) return;
  const chunks: string[] = format === 'CSV' ? [csvHeader()] : [];
  let skipped = 0;
  const letters = await forEachLetter('Exporting IMR letter annotations', (c) => {
    const record = buildRecord(c.name, c.letter, c.findings);
    chunks.push(format === 'CSV' ? recordRows(record) : JSON.stringify(record) + '\n');
  }, () => skipped++);
  if (letters === null) return;
  await vscode.workspace.fs.writeFile(target, Buffer.from(chunks.join('')));
  void vscode.window.showInformationMessage(`IMR Letters: ${letters} letters exported to ${nameOf(target)}${skipped ? ` (${skipped} files were not letters)` : ''}.`);
}

async function showStatistics(): Promise<void> {
  const stats = new StatsAggregator();
  const letters = await forEachLetter('Computing IMR corpus statistics', (c) => stats.add(letterStats(c.letter, c.findings.map((f) => f.code))), () => stats.addSkipped());
  if (letters === null) return;
  // The report is self-contained (inline SVG, no scripts), so the webview needs no script or network access.
  const panel = vscode.window.createWebviewPanel('imrLetters.stats', 'IMR corpus statistics', vscode.ViewColumn.Active, { enableScripts: false });
  panel.webview.html = renderStatsHtml(stats.summary());
}

export function registerExportCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('imrLetters.exportLetter', exportCurrentLetter),
    vscode.commands.registerCommand('imrLetters.exportWorkspace', exportWorkspace),
    vscode.commands.registerCommand('imrLetters.showStatistics', showStatistics),
  );
}
