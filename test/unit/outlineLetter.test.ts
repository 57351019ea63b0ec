/**
 * The outline the workspace index keeps must say of each letter what the full reading says: its
 * format, and each item's service, its span, decision and category. Checked on every fixture (damaged
 * letters and documents that are not letters among them) and on generated letters.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { outlineLetter, parseLetter, type LetterOutline } from '../../server/src/service';
import { allFixtures } from '../support/fixtures';
import { generateLetter } from '../generator/letterGenerator';

const GENERATED = 300;

/** What the full reading says of the fields an outline holds. */
function fromFullReading(text: string): LetterOutline | null {
  const letter = parseLetter(text);
  if (!letter) return null;
  return {
    format: letter.format,
    items: letter.items.map(({ service, serviceSpan, decision, category }) => ({ service, serviceSpan, decision, category })),
  };
}

test('the outline of every fixture is what the full reading says', () => {
  const fixtures = allFixtures();
  let items = 0;
  for (const f of fixtures) {
    const outline = outlineLetter(f.text);
    assert.deepEqual(outline, fromFullReading(f.text), f.name);
    items += outline?.items.length ?? 0;
  }
  // The comparison means something only if the fixtures hold letters with items.
  assert.ok(items > fixtures.length, `${items} items in ${fixtures.length} fixtures`);
});

test(`the outline of ${GENERATED} generated letters is what the full reading says`, () => {
  for (let seed = 1; seed <= GENERATED; seed++) {
    const { text } = generateLetter(seed);
    assert.deepEqual(outlineLetter(text), fromFullReading(text), `seed ${seed}`);
  }
});
