/**
 * Text an extraction or a wrong decoding damaged: ligatures ("ﬁ" for "fi"), soft hyphens inside a
 * line, UTF-8 read as Windows-1252 ("â€™" for "’"). The letter is read repaired, and what is found
 * is placed on the letter's own characters.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLES_DIR } from '../support/fixtures';
import { repairText } from '../../server/src/service/text/repair';
import { parseLetter } from '../../server/src/service';

const LIGATURES: [string, string][] = [['ffi', 'ﬃ'], ['ffl', 'ﬄ'], ['ff', 'ﬀ'], ['fi', 'ﬁ'], ['fl', 'ﬂ']];

/** `text` as a tool that writes ligatures leaves it. */
const withLigatures = (text: string) => LIGATURES.reduce((t, [letters, ligature]) => t.replaceAll(letters, ligature), text);

/** `value` with each span ({start, end}) replaced by the text it covers in `text`, ligatures written out. */
function covered(value: unknown, text: string): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v) =>
      v && typeof v === 'object' && Object.keys(v).length === 2 && typeof v.start === 'number' ? repairText(text.slice(v.start, v.end))?.text ?? text.slice(v.start, v.end) : v,
    ),
  );
}

test('ligatures are written out as their letters; text without any is left alone', () => {
  assert.equal(repairText('Oﬃcial speciﬁc eﬀects, inﬂammation')?.text, 'Official specific effects, inflammation');
  assert.equal(repairText('Official'), null);
});

test('a span in the written-out text covers the same characters of the letter, a ligature whole', () => {
  const original = 'Board Certiﬁed; Oﬃcial.';
  const expanded = repairText(original)!;
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
  const expanded = repairText('ﬁ ﬁ')!;
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

/** UTF-8 bytes read as Windows-1252, as a file opened with the wrong encoding shows them. */
function misdecoded(text: string): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...Buffer.from(text, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

test('UTF-8 read as Windows-1252 is read as written; a soft hyphen inside a line goes, one at its end stays', () => {
  assert.equal(misdecoded('isn’t 2 × 4, “yes” – 45°'), 'isnâ€™t 2 Ã— 4, â€œyesâ€\u009d â€“ 45Â°');
  assert.equal(repairText(misdecoded('isn’t 2 × 4, “yes” – 45°'))?.text, 'isn’t 2 × 4, “yes” – 45°');
  assert.equal(repairText('Mas\u00adsage: Over\u00adturned; docu\u00ad\nments')?.text, 'Massage: Overturned; docu\u00ad\nments');
  // Latin-1 letters of a name are not damage.
  assert.equal(repairText('José Muñoz, Zoë'), null);
  const original = 'Mas\u00adsage isnâ€™t';
  const fixed = repairText(original)!;
  const at = (word: string) => ({ start: fixed.text.indexOf(word), end: fixed.text.indexOf(word) + word.length });
  assert.equal(original.slice(fixed.inOriginal(at('Massage')).start, fixed.inOriginal(at('Massage')).end), 'Mas\u00adsage');
  assert.equal(original.slice(fixed.inOriginal(at('isn’t')).start, fixed.inOriginal(at('isn’t')).end), 'isnâ€™t');
  assert.equal(original.slice(fixed.inOriginal(at('t')).start, fixed.inOriginal(at('t')).end), 't');
});

for (const sample of ['000_a166514a6fb7d4e1.txt', '001_95b102c290cd7ebe.txt']) {
  test(`${sample} reads the same opened with the wrong encoding, each span on the same words`, () => {
    const text = readFileSync(join(SAMPLES_DIR, sample), 'utf8');
    // Typographic apostrophes and no-break spaces, each two or three characters once misread.
    const damaged = misdecoded(text.replaceAll("'", '’').replaceAll(': ', ':\u00a0'));
    assert.notEqual(damaged, text);
    const words = (value: unknown, source: string) => JSON.parse(JSON.stringify(covered(value, source)).replaceAll('’', "'").replaceAll('\u00a0', ' '));
    assert.deepEqual(words(parseLetter(damaged), damaged), words(parseLetter(text), text));
  });
}

test('an empty span where a soft hyphen was taken out stays empty and in order', () => {
  const repaired = repairText('ISSUE AT DISPUTE:\u00ad')!;
  assert.equal(repaired.text, 'ISSUE AT DISPUTE:');
  assert.deepEqual(repaired.inOriginal({ start: 17, end: 17 }), { start: 18, end: 18 });
  assert.deepEqual(repaired.inOriginal({ start: 0, end: 17 }), { start: 0, end: 17 });
  // A letter whose last heading ends in one: its empty body's span is no inverted span.
  const letter = parseLetter('MEDICAL PROFESSIONAL REVIEW\nIMR Case Number: CM15-0127704\n\nCASE SUMMARY:\n\nISSUE AT DISPUTE:\u00ad')!;
  for (const section of letter.sections) assert.ok(section.bodySpan.start <= section.bodySpan.end, JSON.stringify(section.bodySpan));
});
