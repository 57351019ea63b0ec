/** The command line's parsing: commands, formats, options and usage errors. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseArgs, type Options } from '../../cli/src/args';

const ok = (args: string[]): Options => {
  const o = parseArgs(args);
  assert.ok(typeof o !== 'string', `expected options, got "${String(o)}"`);
  return o;
};

describe('command line', () => {
  test('each command with its default and chosen format', () => {
    assert.deepEqual(ok(['check', 'a.txt']).task, { command: 'check', format: 'text' });
    assert.deepEqual(ok(['check', '--format', 'sarif', 'a.txt']).task, { command: 'check', format: 'sarif' });
    assert.deepEqual(ok(['check', '--format=json', 'a.txt']).task, { command: 'check', format: 'json' });
    assert.deepEqual(ok(['extract', 'a.txt']).task, { command: 'extract', format: 'json' });
    assert.deepEqual(ok(['extract', '--format', 'csv', 'a.txt']).task, { command: 'extract', format: 'csv' });
    assert.deepEqual(ok(['stats', '--html', 'r.html', 'd']).task, { command: 'stats' });
    assert.equal(ok(['stats', '--html', 'r.html', 'd']).html, 'r.html');
  });

  test('paths, stdin, --jobs and --no-progress', () => {
    const o = ok(['check', '-', 'b', '--jobs', '3', '--no-progress', '--', '--odd-name.txt']);
    assert.deepEqual(o.paths, ['-', 'b', '--odd-name.txt']);
    assert.equal(o.jobs, 3);
    assert.equal(o.progress, false);
    assert.equal(ok(['check', 'x']).jobs, null);
  });

  test('usage errors', () => {
    for (const args of [
      [],
      ['lint', 'a'],
      ['check'],
      ['check', '--format', 'csv', 'a'],
      ['extract', '--format', 'sarif', 'a'],
      ['stats', '--format', 'json', 'a'],
      ['check', '--html', 'r.html', 'a'],
      ['check', '--jobs', '0', 'a'],
      ['check', '--jobs'],
      ['check', '--bogus', 'a'],
    ]) {
      assert.equal(typeof parseArgs(args), 'string', args.join(' '));
    }
  });

  test('help', () => {
    assert.equal(ok(['--help']).help, true);
    assert.equal(ok(['check', '-h']).help, true);
  });
});
