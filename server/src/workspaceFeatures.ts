/**
 * Workspace-wide features: symbols across all letters (Ctrl+T), and the letter list the
 * client's Explorer view shows. The index is built after initialisation with progress, and
 * follows file changes the client reports.
 */
import { FileChangeType, SymbolKind, type Connection, type WorkspaceSymbol } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { WorkspaceIndex } from './workspaceIndex';
import { INDEX_CHANGED, LETTERS_REQUEST, type IndexedLetter } from './customMessages';
import { describeError } from './describeError';

const SYMBOL_LIMIT = 500;

/** Registers the handlers; the returned function starts indexing, once the client is initialised. */
export function workspaceIndexFeatures(connection: Connection, maxBytes: () => number): (folders: readonly string[]) => void {
  const index = new WorkspaceIndex(maxBytes);
  let ready: Promise<void> = Promise.resolve();

  const start = (folders: readonly string[]) => {
    ready = (async () => {
      const progress = await connection.window.createWorkDoneProgress().catch(() => null);
      progress?.begin('Indexing IMR letters', 0, undefined, true);
      try {
        await index.build(folders, (done) => progress?.report(`${done} files read`), () => !!progress?.token.isCancellationRequested);
      } catch (error) {
        connection.console.error(`Indexing failed: ${describeError(error)}`);
      } finally {
        progress?.done();
      }
      void connection.sendNotification(INDEX_CHANGED);
    })();
  };

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) index.remove(change.uri);
      else if (change.uri.startsWith('file:')) await index.updateFile(fileURLToPath(change.uri));
    }
    void connection.sendNotification(INDEX_CHANGED);
  });

  connection.onWorkspaceSymbol(async (params): Promise<WorkspaceSymbol[]> => {
    try {
      return index.search(params.query, SYMBOL_LIMIT).map(({ letter, item }) => ({
        name: item.service,
        kind: SymbolKind.Event,
        containerName: `${item.decision ?? 'no decision'} · ${letter.uri.slice(letter.uri.lastIndexOf('/') + 1)}`,
        location: { uri: letter.uri, range: item.range },
      }));
    } catch (error) {
      connection.console.error(`Workspace symbols failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onRequest(LETTERS_REQUEST, async (): Promise<IndexedLetter[]> => {
    await ready;
    return index.all();
  });

  return start;
}
