/**
 * The client's message for a failed server start, given the errors a real JSON-RPC connection
 * raises: a request cut off by the connection closing (the server died while starting, and the
 * crash handler restarts it) gets no message; a request the server answered with an error does.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, RequestType0, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import { startFailureMessage } from '../../client/src/startFailure';

const INITIALIZE = new RequestType0<unknown, void>('initialize');

/** A client and a server connected by two in-memory pipes. */
function connectedPair(): { client: MessageConnection; server: MessageConnection } {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  return { client, server };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('the request was expected to fail');
}

test('a start cut off by the connection closing gets no message: the crash handler restarts the server', async () => {
  const { client, server } = connectedPair();
  server.onRequest(INITIALIZE, () => new Promise(() => undefined)); // never answers: it "dies" first
  server.listen();
  client.listen();
  const pending = client.sendRequest(INITIALIZE);
  client.dispose();
  const error = await rejection(pending);
  assert.equal(startFailureMessage(error), undefined);
  server.dispose();
});

test('a request sent on a closed connection gets no message either', async () => {
  const { client, server } = connectedPair();
  client.listen();
  client.dispose();
  const error = await rejection(Promise.resolve().then(() => client.sendRequest(INITIALIZE)));
  assert.equal(startFailureMessage(error), undefined);
  server.dispose();
});

test('a start the server refused is reported, with its reason', async () => {
  const { client, server } = connectedPair();
  server.onRequest(INITIALIZE, () => new ResponseError(-32603, 'settings are unreadable'));
  server.listen();
  client.listen();
  const error = await rejection(client.sendRequest(INITIALIZE));
  assert.match(startFailureMessage(error) ?? '', /could not start \(settings are unreadable\)/);
  client.dispose();
  server.dispose();
});
