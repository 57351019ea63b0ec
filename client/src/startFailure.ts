/**
 * What to tell the user when the language server's start fails. If the server process died
 * while starting, its connection closed and the crash handler (serverCrashes.ts) is already
 * restarting it, or telling the user it gave up: a "could not start" message on top would say
 * the opposite of what happens. Any other failure (the server answered the initialize request
 * with an error, say) is reported.
 */
import { ConnectionError, ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';

/** The error of a request still waiting for its answer when the connection closed. */
function isConnectionLost(error: unknown): boolean {
  return error instanceof ConnectionError || (error instanceof ResponseError && error.code === ErrorCodes.PendingResponseRejected);
}

/** The message to show for a failed start, or undefined when the crash handler deals with it. */
export function startFailureMessage(error: unknown): string | undefined {
  if (isConnectionLost(error)) return undefined;
  return `IMR Letters: the language server could not start (${error instanceof Error ? error.message : String(error)}).`;
}
