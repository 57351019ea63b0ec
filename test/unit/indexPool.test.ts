/**
 * The workspace index's worker threads, with the real worker script: summaries of letter
 * files, and a failing worker that leaves its files out without stopping the pool, until
 * workers keep failing and the pool gives up.
 */
import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IndexPool } from '../../server/src/indexPool';
import { summarize } from '../../server/src/letterSummary';
import { LETTERS_DIR, SAMPLES_DIR } from '../support/fixtures';

const WORKER = path.join(process.cwd(), 'out/server/src/indexWorker.js');
const SAMPLE = path.join(SAMPLES_DIR, '001_95b102c290cd7ebe.txt');
const MEMO = path.join(LETTERS_DIR, 'n02-meeting-memo.txt');

describe('index pool', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pool-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('summarizes letter files in their order; a memo, a missing file and a file over the cap have no summary', async () => {
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, fs.readFileSync(SAMPLE, 'utf8').repeat(3));
    const pool = new IndexPool(WORKER, 2, (m) => assert.fail(m));
    try {
      const files = [SAMPLE, MEMO, path.join(dir, 'missing.txt'), big];
      const summaries = await pool.summarize(files, fs.statSync(SAMPLE).size * 2);
      assert.deepEqual(summaries.map((s) => s.uri), files.map((f) => pathToFileURL(f).toString()));
      assert.deepEqual(summaries[0].letter, summarize(pathToFileURL(SAMPLE).toString(), fs.readFileSync(SAMPLE, 'utf8')));
      assert.ok(summaries[0].letter!.items.length > 0);
      assert.deepEqual(summaries.slice(1).map((s) => s.letter), [null, null, null]);
    } finally {
      await pool.close();
    }
  });

  test('a worker that fails answers its batch with nothing and is replaced; after three failures in a row the pool gives up', async () => {
    // Exits on a batch that names "die"; otherwise answers with no letters.
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, files }) => {
  if (files.includes('die')) process.exit(4);
  parentPort.postMessage({ id, summaries: files.map((f) => ({ uri: f, letter: null })) });
});
`,
    );
    const errors: string[] = [];
    const pool = new IndexPool(script, 1, (m) => errors.push(m));
    try {
      assert.deepEqual(await pool.summarize(['die'], 100), []);
      assert.deepEqual(await pool.summarize(['a'], 100), [{ uri: 'a', letter: null }], 'a new worker answers');
      for (let i = 0; i < 3; i++) assert.deepEqual(await pool.summarize(['die'], 100), []);
      assert.deepEqual(await pool.summarize(['b'], 100), [], 'given up: no worker is started');
      assert.deepEqual(errors, [
        'index worker exited with code 4',
        'index worker exited with code 4',
        'index worker exited with code 4',
        'index worker exited with code 4; indexing stopped',
      ]);
    } finally {
      await pool.close();
    }
  });
});
