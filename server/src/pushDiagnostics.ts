/**
 * Diagnostics pushed to clients without pull support (Neovim 0.7, for one). Debounced per
 * document, and only the newest version's result is sent.
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { describeError } from './describeError';

const DELAY_MS = 150;

export class PushDiagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly compute: (uri: string) => Promise<Diagnostic[]>,
  ) {}

  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.send(uri), DELAY_MS));
  }

  all(): void {
    for (const doc of this.documents.all()) this.schedule(doc.uri);
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async send(uri: string): Promise<void> {
    this.timers.delete(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      const diagnostics = await this.compute(uri);
      const now = this.documents.get(uri);
      if (now && now.version === doc.version) await this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    } catch (error) {
      this.connection.console.error(`Diagnostics failed: ${describeError(error)}`);
    }
  }
}
