/** Workspace symbols over a real LSP connection, from the server's background index of a folder. */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { letterFixtures, sampleFixtures } from '../support/fixtures';
import { startClient, type TestClient } from '../support/lspClient';
import { INDEX_CHANGED, LETTERS_REQUEST, type IndexedLetter } from '../../server/src/customMessages';
import { SYMBOL_LIMIT } from '../../server/src/workspaceFeatures';

describe('workspace symbols', () => {
  let client: TestClient;
  let dir: string;
  const fixtures = [...sampleFixtures(), ...letterFixtures()];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-ws-'));
    fs.mkdirSync(path.join(dir, 'nested'));
    fixtures.forEach((f, i) => fs.copyFileSync(f.file, path.join(dir, i % 2 ? 'nested' : '.', `${f.name}.txt`)));
    const indexed = new Promise<void>((resolve) => {
      client = undefined as unknown as TestClient;
      void startClient({ pull: true, rootUri: pathToFileURL(dir).toString() }).then((c) => {
        client = c;
        c.connection.onNotification(INDEX_CHANGED, () => resolve());
      });
    });
    await indexed;
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const search = (query: string) => client.connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query });

  test('finds the acupuncture items of the folder, as many as one search returns, and nothing else', async () => {
    const expected = fixtures.flatMap((f) => (f.expected.items ?? []).filter((i) => /acupuncture/i.test(i.service)).map((i) => i.service));
    const found = (await search('acupuncture')).map((s) => s.name);
    assert.ok(expected.length >= 2, 'the fixtures have acupuncture items');
    assert.equal(found.length, Math.min(expected.length, SYMBOL_LIMIT));
    // Each name found is an acupuncture item's, found no more often than the fixtures hold it.
    const left = [...expected];
    for (const name of found) {
      const at = left.indexOf(name);
      assert.ok(at >= 0, `${name} is an acupuncture item of the fixtures`);
      left.splice(at, 1);
    }
  });

  test('finds every Overturned decision, with the decision and file in the container name', async () => {
    const expected = fixtures.flatMap((f) => (f.expected.items ?? []).filter((i) => i.decision === 'Overturned')).length;
    const found = await search('overturned');
    // The fixtures hold more Overturned items than one search returns.
    assert.equal(found.length, Math.min(expected, SYMBOL_LIMIT));
    assert.ok(found.every((s) => s.containerName!.startsWith('Overturned · ')));
    const first = found[0] as WorkspaceSymbol & { location: { uri: string } };
    assert.ok(fs.existsSync(new URL(first.location.uri)), 'the location is a file of the folder');
  });

  test('the letter list request returns every letter of the folder, and no non-letter', async () => {
    const letters = await client.connection.sendRequest<IndexedLetter[]>(LETTERS_REQUEST);
    assert.equal(letters.length, fixtures.filter((f) => f.expected.letter).length);
  });
});
