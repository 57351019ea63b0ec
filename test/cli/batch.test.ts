/**
 * A batch of letters, as a worker thread checks it: its joined output is what the letters give
 * one by one, and a letter that gives none is a notice, in input order. A worker that dies
 * fails its batch's letters and the pool goes on answering.
 */
import { after, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { processBatch, type BatchItem } from '../../cli/src/batch';
import { RULES, type Rule } from '../../server/src/service';
import { processLetter } from '../../cli/src/letterJob';
import { WorkerPool } from '../../cli/src/pool';
import { separatorOf } from '../../cli/src/writers';
import type { Task } from '../../cli/src/task';
import { generateCorpus } from '../generator/corpus';
import { LETTERS_DIR, ROOT, SAMPLES_DIR } from '../support/fixtures';
import { tempDir } from './run';

const SAMPLE = path.join(SAMPLES_DIR, '000_a166514a6fb7d4e1.txt');
const MEMO = path.join(LETTERS_DIR, 'n02-meeting-memo.txt');

describe('batches', () => {
  const dir = tempDir('imr-batch-');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = [...generateCorpus(5, 6)].map((letter, i) => {
    const file = path.join(dir, `${i}.txt`);
    fs.writeFileSync(file, letter.text);
    return file;
  });

  for (const task of [{ command: 'extract', format: 'json' }, { command: 'extract', format: 'jsonl' }, { command: 'check', format: 'text' }] as Task[]) {
    test(`${task.command} ${'format' in task ? task.format : ''}: the output is each letter's chunk, joined by the task's separator`, async () => {
      const separator = separatorOf(task);
      const result = await processBatch(task, ROOT, separator, files.map((name) => ({ name })));
      const expected = files.map((file) => {
        const outcome = processLetter(task, file, { text: fs.readFileSync(file, 'utf8') }, ROOT);
        assert.equal(outcome.kind, 'letter');
        return outcome.kind === 'letter' ? outcome.chunk : '';
      });
      assert.equal(result.output, expected.join(separator));
      assert.equal(result.letters, files.length);
      assert.deepEqual(result.notices, []);
    });
  }

  test('a file that cannot be read, a non-letter and a failed read of standard input are notices, in input order', async () => {
    const items: BatchItem[] = [
      { name: path.join(dir, 'missing.txt') },
      { name: SAMPLE },
      { name: MEMO },
      { name: '<stdin>', readError: 'broken pipe' },
      { name: '<stdin>', letter: { text: fs.readFileSync(SAMPLE, 'utf8') } },
    ];
    const result = await processBatch({ command: 'extract', format: 'jsonl' }, ROOT, '', items);
    assert.deepEqual(
      result.notices.map((n) => [path.basename(n.name), n.kind]),
      [
        ['missing.txt', 'unreadable'],
        ['n02-meeting-memo.txt', 'not-letter'],
        ['<stdin>', 'unreadable'],
      ],
    );
    assert.match(result.notices[0].reason, /no such file or directory/);
    assert.equal(result.notices[2].reason, 'broken pipe');
    assert.equal(result.letters, 2);
    assert.deepEqual(
      result.output.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file),
      [SAMPLE, '<stdin>'],
    );
  });

  test('stats: one summary per letter, and the problems summed over the batch', async () => {
    const result = await processBatch({ command: 'stats' }, ROOT, '', files.map((name) => ({ name })));
    assert.equal(result.stats.length, files.length);
    assert.equal(result.output, '');
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      const outcome = processLetter({ command: 'stats' }, file, { text: fs.readFileSync(file, 'utf8') }, ROOT);
      if (outcome.kind === 'letter') (errors += outcome.problems.errors), (warnings += outcome.problems.warnings);
    }
    assert.equal(result.problems.errors, errors);
    assert.equal(result.problems.warnings, warnings);
  });
});

describe('worker pool', () => {
  test('a worker that dies fails the letters of its batch, and the live worker takes the next batches', async () => {
    const dir = tempDir('imr-pool-');
    // A worker that exits on a batch whose first letter is "die", and answers the others with their names.
    const script = path.join(dir, 'worker.js');
    fs.writeFileSync(
      script,
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, items }) => {
  if (items[0].name === 'die') process.exit(3);
  const result = { output: items.map((i) => i.name).join(','), letters: items.length, problems: { errors: 0, warnings: 0, others: 0 }, notices: [], stats: [] };
  parentPort.postMessage({ id, result });
});
`,
    );
    const pool = new WorkerPool(2, script, { task: { command: 'stats' }, cwd: ROOT, separator: '' });
    try {
      const died = await pool.run([{ name: 'die' }, { name: 'b.txt' }]);
      assert.deepEqual(
        died.notices.map((n) => [n.name, n.kind, n.reason]),
        [
          ['die', 'failed', 'worker exited with code 3'],
          ['b.txt', 'failed', 'worker exited with code 3'],
        ],
      );
      assert.equal(died.letters, 0);
      const answers = await Promise.all([pool.run([{ name: 'c.txt' }, { name: 'd.txt' }]), pool.run([{ name: 'e.txt' }])]);
      assert.deepEqual(answers.map((r) => [r.output, r.notices.length]), [
        ['c.txt,d.txt', 0],
        ['e.txt', 0],
      ]);
    } finally {
      await pool.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a rule that throws is a notice naming the rule, never its message, and the other rules still report', async () => {
    const task: Task = { command: 'check', format: 'json' };
    const before = await processBatch(task, ROOT, '', [{ name: SAMPLE }]);
    const codes = (output: string) => (JSON.parse(output) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
    const original = codes(before.output);
    assert.ok(original.length >= 2, 'the sample has findings of more than one rule');
    const broken = RULES.findIndex((r) => r.code === original[0]);
    const rule = RULES[broken];
    (RULES as Rule[])[broken] = { ...rule, check: () => { throw new Error('quoted letter text'); } };
    try {
      const result = await processBatch(task, ROOT, '', [{ name: SAMPLE }]);
      assert.deepEqual(result.notices.map((n) => [n.kind, n.reason.split(':')[0]]), [['rule-failed', rule.code]]);
      assert.doesNotMatch(result.notices[0].reason, /quoted letter text/);
      assert.deepEqual(codes(result.output), original.filter((c) => c !== rule.code));
      assert.equal(result.letters, 1);
    } finally {
      (RULES as Rule[])[broken] = rule;
    }
  });
});
