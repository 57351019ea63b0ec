/**
 * A minimal LSP client over stdio against the real bundled server process, for protocol
 * tests. It answers workspace/configuration from a settings object the test controls.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  settings: Record<string, unknown>;
  pushed: Map<string, PublishDiagnosticsParams>;
  stderr: string[];
  logs: string[];
  open(uri: string, text: string, version?: number): Promise<void>;
  pull(uri: string): Promise<Diagnostic[]>;
  waitForPush(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

export const SERVER = path.join(process.cwd(), 'server/out/server.js');

export interface ClientOptions {
  pull: boolean;
  settings?: Record<string, unknown>;
  rootUri?: string;
  /** Extra Node options for the server process, such as a --require preload. */
  execArgv?: string[];
  /** The server script, if not the bundle. */
  server?: string;
  env?: NodeJS.ProcessEnv;
}

export async function startClient(options: ClientOptions): Promise<TestClient> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed = new Map<string, PublishDiagnosticsParams>();
  const waiters: (() => void)[] = [];
  const stderr: string[] = [];
  const logs: string[] = [];
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const client: TestClient = {
    connection,
    process: child,
    settings: options.settings ?? {},
    pushed,
    stderr,
    logs,
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'imr-letter', version, text } });
    },
    async pull(uri) {
      const report = await connection.sendRequest<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      return report.items;
    },
    waitForPush(uri, predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics pushed for ${uri}`)), timeoutMs);
        const check = () => {
          const p = pushed.get(uri);
          if (p && predicate(p)) {
            clearTimeout(timer);
            resolve(p);
            return true;
          }
          return false;
        };
        if (!check()) waiters.push(() => void check());
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // The process may already be gone; killing it below is enough.
      }
      connection.dispose();
      child.kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    pushed.set(p.uri, p);
    for (const w of waiters.splice(0)) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onNotification('window/showMessage', (p: { message: string }) => {
    logs.push(p.message);
  });
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        publishDiagnostics: {},
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return client;
}
