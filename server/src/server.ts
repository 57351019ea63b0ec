/**
 * Wires the letter service to an LSP connection. Handlers are thin: find the document,
 * take its cached parse, hand it to the service, convert the result. Each handler catches
 * its own errors, logs them without letter text, and returns an empty result.
 */
import {
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeLetter, foldingSpans, hoverAt, outline } from './service';
import { LetterCache, type CachedLetter } from './letterCache';
import { toDiagnostic, toFoldingRanges, toRange, toSymbol, SOURCE } from './convert';
import { SettingsStore } from './settingsStore';
import { PushDiagnostics } from './pushDiagnostics';
import { workspaceIndexFeatures } from './workspaceFeatures';
import { describeError } from './describeError';
import { DEFAULT_SETTINGS } from './settings';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const cache = new LetterCache();
  const settings = new SettingsStore(connection);
  const tooLargeNoticeShown = new Set<string>();
  let push: PushDiagnostics | null = null;
  let folders: string[] = [];
  // Files on disk are indexed with the default size cap: settings are per open document.
  const startIndexing = workspaceIndexFeatures(connection, () => DEFAULT_SETTINGS.maxDocumentSizeMB * 1024 * 1024);

  /** The document's cached parse, or null once cancelled or closed. */
  async function letterOf(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; cached: CachedLetter } | null> {
    const doc = documents.get(uri);
    if (!doc) return null;
    const s = await settings.get(uri);
    if (token?.isCancellationRequested) return null;
    const current = documents.get(uri);
    if (!current) return null;
    const cached = cache.get(current, s.maxDocumentSizeMB * 1024 * 1024);
    if (cached.kind === 'too-large') noticeTooLarge(uri, cached.size, s.maxDocumentSizeMB);
    return { doc: current, cached };
  }

  function noticeTooLarge(uri: string, size: number, limitMB: number): void {
    if (tooLargeNoticeShown.has(uri)) return;
    tooLargeNoticeShown.add(uri);
    void connection.window.showInformationMessage(
      `IMR Letters: this document (${(size / 1048576).toFixed(1)} MB) is over the ${limitMB} MB limit and is not analysed. Raise "imrLetters.maxDocumentSizeMB" to analyse it.`,
    );
  }

  /**
   * Diagnostics per document version and settings: pulling them again for an unchanged document
   * costs nothing, and needs no parse even when the parse has left the cache.
   */
  const diagnosticsMemo = new Map<string, { version: number; settings: string; items: Diagnostic[] }>();

  async function diagnosticsOf(uri: string, token?: CancellationToken): Promise<Diagnostic[]> {
    const doc = documents.get(uri);
    if (!doc) return [];
    const { rules, maxDocumentSizeMB } = await settings.get(uri);
    const settingsKey = JSON.stringify([rules, maxDocumentSizeMB]);
    const memo = diagnosticsMemo.get(uri);
    if (memo && memo.version === documents.get(uri)?.version && memo.settings === settingsKey) return memo.items;
    const found = await letterOf(uri, token);
    if (!found) return [];
    const items =
      found.cached.kind !== 'letter'
        ? []
        : analyzeLetter(found.cached.letter, rules, (code, error) => {
            connection.console.error(`Rule ${code} failed on ${uri}: ${describeError(error)}`);
          }).map((f) => toDiagnostic(found.doc, f));
    diagnosticsMemo.set(uri, { version: found.doc.version, settings: settingsKey, items });
    return items;
  }

  /** Logs a failure without letter text: the error's name and message only, never the document. */
  function guarded<P, R>(name: string, empty: R, handler: (params: P, token: CancellationToken) => Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (error) {
        connection.console.error(`${name} failed: ${describeError(error)}`);
        return empty;
      }
    };
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    settings.supported = !!caps.workspace?.configuration;
    const pull = !!caps.textDocument?.diagnostic;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    if (!pull) push = new PushDiagnostics(connection, documents, diagnosticsOf);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'IMR letter' },
        foldingRangeProvider: true,
        hoverProvider: true,
        workspaceSymbolProvider: true,
        ...(pull ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'imr-letters' },
    };
  });

  connection.onInitialized(() => {
    if (settings.supported) settings.watchChanges();
    startIndexing(folders);
  });

  settings.onChange(() => {
    cache.clear();
    if (push) push.all();
    else connection.languages.diagnostics.refresh();
  });

  connection.languages.diagnostics.on(
    guarded('Diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => ({
      kind: DocumentDiagnosticReportKind.Full,
      items: await diagnosticsOf(params.textDocument.uri, token),
    })),
  );

  connection.onDocumentSymbol(
    guarded('Document symbols', [], async (params, token) => {
      const found = await letterOf(params.textDocument.uri, token);
      if (!found || found.cached.kind !== 'letter') return [];
      return outline(found.cached.letter).map((n) => toSymbol(found.doc, n));
    }),
  );

  connection.onFoldingRanges(
    guarded('Folding ranges', [], async (params, token) => {
      const found = await letterOf(params.textDocument.uri, token);
      if (!found || found.cached.kind !== 'letter') return [];
      return toFoldingRanges(found.doc, foldingSpans(outline(found.cached.letter)));
    }),
  );

  connection.onHover(
    guarded('Hover', null, async (params, token) => {
      const found = await letterOf(params.textDocument.uri, token);
      if (!found || found.cached.kind !== 'letter') return null;
      const hover = hoverAt(found.cached.letter, found.cached.text, found.doc.offsetAt(params.position));
      return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: toRange(found.doc, hover.span) } : null;
    }),
  );

  documents.onDidChangeContent((e) => push?.schedule(e.document.uri));
  documents.onDidClose((e) => {
    cache.delete(e.document.uri);
    diagnosticsMemo.delete(e.document.uri);
    settings.forget(e.document.uri);
    tooLargeNoticeShown.delete(e.document.uri);
    push?.clear(e.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}
