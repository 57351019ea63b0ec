/**
 * What the client does when the language server process dies. Like vscode-languageclient's
 * default handler, it restarts the server, silently, up to 4 times in 3 minutes: one crash
 * costs the user a moment without diagnostics. A server that crashes more often than that is
 * likely crashing on a document that is open, and restarting it again would only loop. The
 * default handler then says "see the output" and leaves no way back but reloading the window;
 * this one tells the user in plain words that letters are no longer checked, and offers to
 * restart the server (counting crashes afresh) or to show its log.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClient } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;
const RESTART = 'Restart';
const SHOW_LOG = 'Show Log';

export class ServerCrashHandler implements ErrorHandler {
  private crashes: number[] = [];

  /** The client is created after its options, which hold this handler; hence the getter. */
  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** A message failed to go through: as the library does by default, go on for 3 in a row, then shut down. */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  /** Called by the client only when the connection closes without a stop being asked for. */
  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < WINDOW_MS), now];
    if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart };
    void this.offerRestart(this.crashes.length);
    // `handled`: the client logs the message in the output channel and shows no notification of its own.
    return { action: CloseAction.DoNotRestart, message: `The server crashed ${this.crashes.length} times in 3 minutes and was not restarted.`, handled: true };
  }

  private async offerRestart(crashes: number): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `IMR Letters: the language server crashed ${crashes} times in 3 minutes and has been stopped, so letters are not being checked. Restart it, or look at its log to see why.`,
      RESTART,
      SHOW_LOG,
    );
    const client = this.client();
    if (!client) return;
    if (choice === SHOW_LOG) {
      client.outputChannel.show(true);
      return this.offerRestart(crashes);
    }
    if (choice === RESTART) {
      this.crashes = [];
      // A failed restart is reported as a failed start is (extension.ts), or retried by closed().
      await client.start().catch(() => undefined);
    }
  }
}
