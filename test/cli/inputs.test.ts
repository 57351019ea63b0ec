/** Input expansion: directories in sorted order, globs, missing paths. */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandInputs } from '../../cli/src/inputs';
import { expandGlob, isGlob, segmentRegExp } from '../../cli/src/glob';

function tree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-inputs-'));
  for (const f of ['b.txt', 'a.imr', 'notes.md', 'sub/c.txt', 'sub/deeper/d.txt', '.hidden/e.txt', 'z{1}.txt']) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), f);
  }
  return root;
}

const names = (args: string[], errors: string[] = []) => [...expandInputs(args, (file, reason) => errors.push(`${file}: ${reason}`))].map((i) => i.name);

describe('inputs', () => {
  const root = tree();
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');

  test('a directory: letter files below it, sorted, hidden folders left out', () => {
    assert.deepEqual(names([root]).map(rel), ['a.imr', 'b.txt', 'sub/c.txt', 'sub/deeper/d.txt', 'z{1}.txt']);
  });

  test('arguments keep their order; a missing path is reported and the rest go on', () => {
    const errors: string[] = [];
    const got = names([path.join(root, 'sub'), path.join(root, 'missing.txt'), path.join(root, 'b.txt')], errors).map(rel);
    assert.deepEqual(got, ['sub/c.txt', 'sub/deeper/d.txt', 'b.txt']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /missing\.txt: no such file or directory/);
  });

  test('glob patterns', () => {
    assert.deepEqual(names([`${root}/*.txt`]).map(rel), ['b.txt', 'z{1}.txt']);
    assert.deepEqual(names([`${root}/**/*.txt`]).map(rel), ['b.txt', 'z{1}.txt', 'sub/c.txt', 'sub/deeper/d.txt']);
    assert.deepEqual(names([`${root}/{a.imr,notes.md}`]).map(rel), ['a.imr', 'notes.md']);
    assert.deepEqual(names([`${root}/s?b`]).map(rel), ['sub/c.txt', 'sub/deeper/d.txt'], 'a matched folder is searched');
    const errors: string[] = [];
    assert.deepEqual(names([`${root}/*.pdfx`], errors), []);
    assert.match(errors[0], /no files match/);
  });

  test('a path that exists is taken literally even if it looks like a pattern', () => {
    assert.deepEqual(names([path.join(root, 'z{1}.txt')]).map(rel), ['z{1}.txt']);
  });

  test('stdin is an input named <stdin>', () => {
    assert.deepEqual(names(['-']), ['<stdin>']);
  });

  test('pattern pieces', () => {
    assert.equal(isGlob('a/*.txt'), true);
    assert.equal(isGlob('a/b.txt'), false);
    assert.ok(segmentRegExp('*.txt').test('x.txt'));
    assert.ok(!segmentRegExp('*.txt').test('x.txt.bak'));
    assert.ok(segmentRegExp('[ab]?.{txt,imr}').test('a1.imr'));
    assert.ok(!segmentRegExp('[!ab]*').test('b'));
    assert.ok(segmentRegExp('a+b(1).txt').test('a+b(1).txt'));
    assert.deepEqual([...expandGlob(`${root}/sub/**`)].map(rel), ['sub/c.txt', 'sub/deeper/d.txt']);
  });
});
