/**
 * Workspace-wide features: symbols across all letters (Ctrl+T), and the letter list the
 * client's Explorer view shows. The index is built after initialisation, in worker threads,
 * with progress both as LSP work-done progress (any editor's status bar) and as a notification
 * the Explorer view shows; it follows file changes the client reports.
 */
import * as path from 'node:path';
import { FileChangeType, SymbolKind, type Connection, type WorkspaceSymbol } from 'vscode-languageserver';
import { fileURLToPath } from 'node:url';
import { WorkspaceIndex } from './workspaceIndex';
import { IndexPool, defaultPoolSize } from './indexPool';
import { INDEX_CHANGED, INDEX_PROGRESS, LETTERS_REQUEST, type IndexedLetter, type IndexProgress } from './customMessages';
import { describeError } from './describeError';

/** The most symbols one search returns: an editor lists them, and more than this no one reads. */
export const SYMBOL_LIMIT = 500;
/** Progress is sent at most this often: enough for a moving bar, without flooding the client. */
const PROGRESS_INTERVAL_MS = 100;

/** Registers the handlers; the returned function starts indexing, once the client is initialised. */
export function workspaceIndexFeatures(connection: Connection, maxBytes: () => number): (folders: readonly string[]) => void {
  // The worker script is bundled next to the server (server/out/indexWorker.js).
  const pool = new IndexPool(path.join(__dirname, 'indexWorker.js'), defaultPoolSize(), (message) => connection.console.error(message));
  const index = new WorkspaceIndex(pool, maxBytes);
  let ready: Promise<void> = Promise.resolve();

  const start = (folders: readonly string[]) => {
    ready = (async () => {
      const progress = await connection.window.createWorkDoneProgress().catch(() => null);
      progress?.begin('Indexing IMR letters', 0, undefined, true);
      let lastSent = 0;
      const report = (p: IndexProgress) => {
        const now = Date.now();
        if (p.done < p.total && now - lastSent < PROGRESS_INTERVAL_MS) return;
        lastSent = now;
        progress?.report(p.total ? Math.floor((100 * p.done) / p.total) : 100, `${p.done} of ${p.total} files`);
        void connection.sendNotification(INDEX_PROGRESS, p);
      };
      try {
        await index.build(folders, report, () => !!progress?.token.isCancellationRequested);
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
    }
    const changed = params.changes.filter((c) => c.type !== FileChangeType.Deleted && c.uri.startsWith('file:')).map((c) => fileURLToPath(c.uri));
    await index.update(changed);
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
