/**
 * Letters arrive as .txt files extracted from PDFs. A plain-text document whose first lines
 * carry one of the three formats' markers is switched to the letter language; nothing else
 * is touched. The setting imrLetters.detectPlaintext turns this off.
 */
import * as vscode from 'vscode';
import { detectFormat } from '../../server/src/service/parse/format';

const LANGUAGE = 'imr-letter';

function enabled(doc: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('imrLetters', doc.uri).get<boolean>('detectPlaintext', true);
}

async function maybeSwitch(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !enabled(doc)) return;
  const head = doc.getText(new vscode.Range(0, 0, Math.min(doc.lineCount, 200), 0));
  if (detectFormat(head)) await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
}

export function watchPlaintextLetters(): vscode.Disposable {
  for (const doc of vscode.workspace.textDocuments) void maybeSwitch(doc);
  return vscode.workspace.onDidOpenTextDocument((doc) => void maybeSwitch(doc));
}
