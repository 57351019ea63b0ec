/**
 * The server process: the connection (stdio, node-ipc or socket, from the command line)
 * and a safety net, so a stray error is logged instead of ending the process.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { describeError } from './describeError';

const connection = createConnection(ProposedFeatures.all);

// Anything printed to stdout would corrupt the protocol stream; route it to the client's log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

process.on('uncaughtException', (error) => connection.console.error(`Uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));

startServer(connection);
