/**
 * Property-based tests of the letter service on bad input: arbitrary strings, strings built
 * from letter fragments, and the fixture letters mutated (lines deleted, duplicated or
 * shuffled, truncation, inserted characters, mixed CRLF and LF, Unicode look-alikes).
 * For every input: nothing throws, every span lies inside the document with start <= end,
 * and every finding has a known rule code.
 *
 * 10,000 generated cases in all. Set IMR_FC_SEED to replay a failure (fast-check prints the
 * seed and the counterexample path when a property fails).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeLetter, foldingSpans, hoverAt, outline, parseLetter, RULE_CODES } from '../../server/src/service';
import type { Span } from '../../server/src/service/model';
import { allFixtures } from '../support/fixtures';

const seed = process.env.IMR_FC_SEED ? Number(process.env.IMR_FC_SEED) : undefined;
const params = (numRuns: number): fc.Parameters<unknown> => ({ numRuns, seed, verbose: 1, endOnFailure: true });

const CODES = new Set<string>(RULE_CODES);
const LETTERS = allFixtures().filter((f) => f.expected.letter).map((f) => f.text);

function isSpan(v: unknown): v is Span {
  return !!v && typeof v === 'object' && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';
}

/** Every span in a value (the parsed letter, findings, outline), wherever it sits. */
function spansIn(value: unknown, out: { path: string; span: Span }[] = [], path = '', seen = new Set<unknown>()): { path: string; span: Span }[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (isSpan(value)) out.push({ path, span: value });
  for (const [k, v] of Object.entries(value)) spansIn(v, out, `${path}.${k}`, seen);
  return out;
}

function checkSpan(text: string, where: string, span: Span): void {
  const ok = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;
  if (!ok) throw new Error(`${where}: span ${span.start}-${span.end} outside 0-${text.length} or reversed`);
}

/** Runs every feature of the service on a text and checks the results. */
function checkAll(text: string): void {
  const letter = parseLetter(text);
  if (!letter) return;
  for (const { path, span } of spansIn(letter)) checkSpan(text, `letter${path}`, span);
  const findings = analyzeLetter(letter, {}, (code, error) => {
    throw new Error(`rule ${code} threw: ${String(error)}`);
  });
  for (const f of findings) {
    if (!CODES.has(f.code)) throw new Error(`unknown code ${f.code}`);
    checkSpan(text, `finding ${f.code}`, f.span);
  }
  const nodes = outline(letter);
  for (const { path, span } of spansIn(nodes)) checkSpan(text, `outline${path}`, span);
  for (const span of foldingSpans(nodes)) checkSpan(text, 'folding', span);
  // Hover at the ends, the middle, and at every span edge found above (bounded, for speed).
  const offsets = new Set([0, text.length, text.length >> 1, ...findings.flatMap((f) => [f.span.start, f.span.end])]);
  for (const offset of [...offsets].slice(0, 40)) {
    const hover = hoverAt(letter, text, offset);
    if (hover) {
      checkSpan(text, `hover at ${offset}`, hover.span);
      if (typeof hover.markdown !== 'string') throw new Error('hover without markdown');
    }
  }
}

const FRAGMENTS = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES',
  'IMR DECISION(S) AND RATIONALE(S)', 'DOCUMENTS REVIEWED', 'MEDICAL PROFESSIONAL REVIEW', 'ISSUE AT DISPUTE:', 'CASE SUMMARY:',
  'MEDICAL REVIEWER QUALIFICATIONS:', 'Case Number: CM14-0012345', 'Final Determination Letter for CM15-0031877',
  '1. 12 sessions of physical therapy is not medically necessary and appropriate.', 'Upheld', 'Overturned',
  'Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:', 'Page(s): 23', 'pages 98-99, 100',
  'ACOEM Chapter 12', 'ODG Pain chapter', '8 CCR 9792.20(f)', 'Labor Code 4610.5(c)(2)', 'MTUS Chronic Pain Medical Treatment Guidelines',
  'Date of Injury: 01/02/2012', 'Application Received: 3/4/2014', 'Date of UR Decision: 2014-02-03', 'completed 9 visits',
  '2x6', 'x 12', 'twelve (12) visits', 'State(s) of Licensure: California', 'Certification(s)/Specialty: Psychology',
  'is Board Certified in Physical Medicine and Rehabilitation', 'The patient is a 45 year old female',
  'no objective functional improvement', 'Claim Number: 05-123456', 'SSN 123-45-6789', '(916) 555-0199', 'a.b@example.com',
  'Page 2 of 5', '-', '.', ':', '(', ')', ' ', '   ', '\t', '\n', '\r\n', '\n\n', '\r', '\u00a0', '\u2013', '\u2019', '\u201c', '\ufeff',
  '\u0000', 'psycho-', 'therapy', 'é', '𝔸', '\u200b',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));

const LOOKALIKES = ['\u00a0', '\u2002', '\u2009', '\u202f', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\u2018', '\u2019', '\u201c', '\u201d', '\u0406', '\u0405', '\u043e', '\uff10', '\u00ad', '\u200b', '\ufeff'];

type Mutation =
  | { op: 'delete' | 'duplicate' | 'crlf'; line: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; chars: string }
  | { op: 'lookalike'; at: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'crlf' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), chars: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...FRAGMENTS)) }),
  fc.record({ op: fc.constant('lookalike' as const), at: fc.nat(), char: fc.constantFrom(...LOOKALIKES) }),
);

function mutate(text: string, m: Mutation): string {
  if (m.op === 'truncate') return text.slice(0, m.at % (text.length + 1));
  if (m.op === 'insert') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.chars + text.slice(at);
  }
  if (m.op === 'lookalike') {
    const at = m.at % (text.length + 1);
    return text.slice(0, at) + m.char + text.slice(at + 1);
  }
  const lines = text.split('\n');
  const i = m.line % lines.length;
  if (m.op === 'delete') lines.splice(i, 1);
  else if (m.op === 'duplicate') lines.splice(i, 0, lines[i]);
  else if (m.op === 'crlf') lines[i] = lines[i].endsWith('\r') ? lines[i].slice(0, -1) : lines[i] + '\r';
  else if (m.op === 'swap') {
    const j = m.other % lines.length;
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines.join('\n');
}

const mutatedLetter = fc
  .tuple(fc.nat({ max: LETTERS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([i, ms]) => ms.reduce(mutate, LETTERS[i]));

test('fixture letters are there to mutate', () => {
  assert.ok(LETTERS.length >= 30);
});

test('property: arbitrary strings never break the service (3,000 cases)', () => {
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 })), checkAll), params(3000));
});

test('property: strings of letter fragments never break the service (3,000 cases)', () => {
  fc.assert(fc.property(fragmentText, checkAll), params(3000));
});

test('property: mutated fixture letters never break the service (4,000 cases)', () => {
  fc.assert(fc.property(mutatedLetter, checkAll), params(4000));
});
