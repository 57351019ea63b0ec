/**
 * Ligatures ("ﬁ" for "fi"), as some PDF-to-text tools leave them: the letter is read with each
 * written out, and what is found is placed on the letter's own characters.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../support/fixtures';
import { expandLigatures } from '../../server/src/service/text/ligatures';
import { parseLetter } from '../../server/src/service';

const LIGATURES: [string, string][] = [['ffi', 'ﬃ'], ['ffl', 'ﬄ'], ['ff', 'ﬀ'], ['fi', 'ﬁ'], ['fl', 'ﬂ']];

/** `text` as a tool that writes ligatures leaves it. */
const withLigatures = (text: string) => LIGATURES.reduce((t, [letters, ligature]) => t.replaceAll(letters, ligature), text);

/** `value` with each span ({start, end}) replaced by the text it covers in `text`, ligatures written out. */
function covered(value: unknown, text: string): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && Object.keys(v).length === 2 && typeof v.start === 'number' ? expandLigatures(text.slice(v.start, v.end))?.text ?? text.slice(v.start, v.end) : v,
    ),
  );
}

test('ligatures are written out as their letters; text without any is left alone', () => {
  assert.equal(expandLigatures('Oﬃcial speciﬁc eﬀects, inﬂammation')?.text, 'Official specific effects, inflammation');
  assert.equal(expandLigatures('Official'), null);
});

test('a span in the written-out text covers the same characters of the letter, a ligature whole', () => {
  const original = 'Board Certiﬁed; Oﬃcial.';
  const expanded = expandLigatures(original)!;
  const at = (word: string) => ({ start: expanded.text.indexOf(word), end: expanded.text.indexOf(word) + word.length });
  const slice = (s: { start: number; end: number }) => original.slice(s.start, s.end);
  assert.equal(slice(expanded.inOriginal(at('Certified'))), 'Certiﬁed');
  assert.equal(slice(expanded.inOriginal(at('Official'))), 'Oﬃcial');
  assert.equal(slice(expanded.inOriginal(at('.'))), '.');
  // Starting or ending among a ligature's letters takes in the whole ligature.
  assert.equal(slice(expanded.inOriginal(at('ied'))), 'ﬁed');
  assert.equal(slice(expanded.inOriginal(at('Certif'))), 'Certiﬁ');
  assert.equal(slice(expanded.inOriginal(at('Of'))), 'Oﬃ');
});

test('what the spans of a model share stays shared, and fields that are not spans are kept', () => {
  const expanded = expandLigatures('ﬁ ﬁ')!;
  const span = { start: 3, end: 5 };
  const moved = expanded.inOriginal({ a: span, b: [span], pages: [3, 5], ref: { first: 3, last: 5 } });
  assert.deepEqual(moved.a, { start: 2, end: 3 });
  assert.equal(moved.b[0], moved.a);
  assert.deepEqual(moved.pages, [3, 5]);
  assert.deepEqual(moved.ref, { first: 3, last: 5 });
});

for (const sample of ['000_a166514a6fb7d4e1.txt', '001_95b102c290cd7ebe.txt']) {
  test(`${sample} reads the same with ligatures, each span on the same words`, () => {
    const text = readFileSync(join(SAMPLES_DIR, sample), 'utf8');
    const ligatured = withLigatures(text);
    assert.notEqual(ligatured, text);
    assert.deepEqual(covered(parseLetter(ligatured), ligatured), covered(parseLetter(text), text));
  });
}
