/**
 * The server's parse cache: one parse per document version, and only the most recently used
 * documents keep theirs.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LetterCache } from '../../server/src/letterCache';
import { allFixtures } from '../support/fixtures';

const MAX_BYTES = 2 * 1024 * 1024;
const [a, b, c] = allFixtures()
  .filter((f) => f.expected.letter)
  .slice(0, 3)
  .map((f, i) => TextDocument.create(`file:///letters/${i}.txt`, 'imr-letter', 1, f.text));

function parsed(cache: LetterCache, doc: TextDocument): object {
  const cached = cache.get(doc, MAX_BYTES);
  assert.equal(cached.kind, 'letter');
  return cached;
}

test('a document version is parsed once, and a new version is parsed again', () => {
  const cache = new LetterCache();
  const first = parsed(cache, a);
  assert.equal(parsed(cache, a), first);
  const edited = TextDocument.update(TextDocument.create(a.uri, 'imr-letter', 1, a.getText()), [{ text: a.getText() + '\n' }], 2);
  assert.notEqual(parsed(cache, edited), first);
});

test('past its capacity the cache drops the least recently used parse, not the others', () => {
  const cache = new LetterCache(2);
  const firstA = parsed(cache, a);
  const firstB = parsed(cache, b);
  assert.equal(parsed(cache, a), firstA); // a is now the most recently used
  parsed(cache, c); // evicts b
  assert.equal(parsed(cache, a), firstA);
  assert.notEqual(parsed(cache, b), firstB);
});

test('the size cap is remembered per document without parsing it', () => {
  const cache = new LetterCache();
  const tooLarge = cache.get(a, 10);
  assert.deepEqual(tooLarge, { kind: 'too-large', size: a.getText().length });
  assert.equal(cache.get(a, MAX_BYTES).kind, 'letter');
});
