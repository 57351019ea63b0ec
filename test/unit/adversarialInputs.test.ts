/**
 * The adversarial inputs of the bench (test/support/adversarialInputs.ts), checked for
 * behaviour, not time: nothing throws, every span lies inside the document with start <= end,
 * every finding has a known code. Every input at 32 KB, and the four the issue names at 1 MB
 * (100,000 spaces and more, a digit run, `Page(s): 1-1-1-…`, a 1 MB single line). How time
 * grows with size is measured by `npm run bench`, which times them at 0.5 and 1 MB.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeLetter, foldingSpans, hoverAt, outline, parseLetter, RULE_CODES } from '../../server/src/service';
import { ADVERSARIAL_INPUTS } from '../support/adversarialInputs';
import { SAMPLES_DIR } from '../support/fixtures';

const LETTER = fs.readFileSync(path.join(SAMPLES_DIR, '000_a166514a6fb7d4e1.txt'), 'utf8');
const CODES = new Set<string>(RULE_CODES);
const NAMED_IN_THE_ISSUE = ['spaces', 'one digit run', 'Page(s): 1-1-1-…', 'one line of letter prose'];

function checkSpan(text: string, where: string, span: { start: number; end: number }): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${where}: non-integer span`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${where}: span ${span.start}-${span.end} outside 0-${text.length}`);
}

/** Every feature of the service on the text; returns whether it was taken for a letter. */
function checkAll(name: string, text: string): boolean {
  const letter = parseLetter(text);
  if (!letter) return false;
  const findings = analyzeLetter(letter, {}, (code, error) => assert.fail(`${name}: rule ${code} threw ${String(error)}`));
  for (const f of findings) {
    assert.ok(CODES.has(f.code), `${name}: unknown code ${f.code}`);
    checkSpan(text, `${name}: ${f.code}`, f.span);
  }
  for (const item of letter.items) checkSpan(text, `${name}: item`, item.span);
  const nodes = outline(letter);
  for (const span of foldingSpans(nodes)) checkSpan(text, `${name}: folding`, span);
  for (const offset of [0, text.length >> 1, text.length]) {
    const hover = hoverAt(letter, text, offset);
    if (hover) checkSpan(text, `${name}: hover at ${offset}`, hover.span);
  }
  return true;
}

test('every adversarial input at 32 KB: no throw, spans inside the document, known codes', { timeout: 120_000 }, () => {
  let letters = 0;
  for (const input of ADVERSARIAL_INPUTS) {
    const text = input.build(LETTER, 32_000);
    assert.ok(text.length >= 30_000 && text.length <= 34_000, `${input.name}: built at ${text.length} characters`);
    if (checkAll(input.name, text)) letters++;
  }
  // A payload inside a letter must leave it a letter, or the parsers never see the payload.
  // (Two are not letters by design: the whole document on one line, and noise alone.)
  assert.ok(letters >= ADVERSARIAL_INPUTS.length - 2, `only ${letters} of ${ADVERSARIAL_INPUTS.length} inputs parsed as letters`);
});

test('the inputs the issue names, at 1 MB: no throw, spans inside the document, known codes', { timeout: 120_000 }, () => {
  for (const name of NAMED_IN_THE_ISSUE) {
    const input = ADVERSARIAL_INPUTS.find((i) => i.name === name);
    assert.ok(input, name);
    const text = input.build(LETTER, 1_000_000);
    assert.equal(checkAll(name, text), true, `${name} is analysed as a letter`);
  }
});
