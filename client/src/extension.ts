/**
 * The extension: starts the language server for IMR letters, and switches plain-text
 * documents that are letters to the letter language.
 */
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ServerCrashHandler } from './serverCrashes';
import { startFailureMessage } from './startFailure';
import { watchPlaintextLetters } from './detectLetters';
import { registerLettersView } from './lettersView';
import { registerExportCommands } from './exportCommands';
import { PDF_SCHEME, pdfExtractionCount, registerPdfLetters } from './pdfLetters';
import { SERVER_EXEC_ARGV } from '../../server/src/nodeOptions';

let client: LanguageClient | undefined;

/** What activate() returns to other extensions; the end-to-end tests read it. */
export interface ImrLettersApi {
  /** PDFs extracted so far (re-opening an unchanged PDF adds none). */
  pdfExtractionCount(): number;
}

export async function activate(context: vscode.ExtensionContext): Promise<ImrLettersApi> {
  context.subscriptions.push(watchPlaintextLetters());
  context.subscriptions.push(registerPdfLetters());

  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files, unsaved letters and PDF letters opened as text; never documents of other schemes.
    documentSelector: ['file', 'untitled', PDF_SCHEME].map((scheme) => ({ scheme, language: 'imr-letter' })),
    synchronize: { configurationSection: 'imrLetters', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,imr}') },
    diagnosticPullOptions: { onChange: true, onSave: true },
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new ServerCrashHandler(() => client),
    initializationFailedHandler: (error) => {
      const message = startFailureMessage(error);
      if (message) void vscode.window.showErrorMessage(message);
      return false;
    },
  };
  client = new LanguageClient('imrLetters', 'IMR Letters', serverOptions, clientOptions);
  const starting = client.start();
  // The view has its provider from the first moment (its request waits for the server), so the
  // Explorer never shows it without one while the server starts.
  context.subscriptions.push(registerLettersView(client), registerExportCommands());
  // A failed start is reported by the handlers above (or by the library, when the process cannot
  // be created), or is being retried by the crash handler. Letter detection, the view and PDF
  // letters are registered already; failing the activation would only add a second, vaguer error.
  await starting.catch(() => undefined);
  return { pdfExtractionCount };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
