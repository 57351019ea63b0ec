/**
 * The extension: starts the language server for IMR letters, and switches plain-text
 * documents that are letters to the letter language.
 */
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ServerCrashHandler } from './serverCrashes';
import { watchPlaintextLetters } from './detectLetters';
import { registerLettersView } from './lettersView';
import { registerExportCommands } from './exportCommands';
import { PDF_SCHEME, registerPdfLetters } from './pdfLetters';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(watchPlaintextLetters());
  context.subscriptions.push(registerPdfLetters());

  const module = context.asAbsolutePath('server/out/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files, unsaved letters and PDF letters opened as text; never documents of other schemes.
    documentSelector: ['file', 'untitled', PDF_SCHEME].map((scheme) => ({ scheme, language: 'imr-letter' })),
    synchronize: { configurationSection: 'imrLetters', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{txt,imr}') },
    diagnosticPullOptions: { onChange: true, onSave: true },
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: new ServerCrashHandler(() => client),
    initializationFailedHandler: (error) => {
      void vscode.window.showErrorMessage(`IMR Letters: the language server could not start (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    },
  };
  client = new LanguageClient('imrLetters', 'IMR Letters', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(registerLettersView(client), registerExportCommands());
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
