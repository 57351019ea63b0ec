/**
 * Faults and trust, unit level: settings fall back per setting, a throwing rule loses only its
 * own findings, the manifest supports untrusted and virtual workspaces, and possible-phi fires
 * on identifiers but not on dates, case numbers, page references or guideline sections.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeLetter, parseLetter, RULES, type Rule } from '../../server/src/service';
import { readSettings, DEFAULT_SETTINGS } from '../../server/src/settings';
import { allFixtures } from '../support/fixtures';

const letters = allFixtures().filter((f) => f.expected.letter);

test('settings: invalid values fall back to the default and are named', () => {
  const { settings, invalid } = readSettings({ maxDocumentSizeMB: 'big', rules: { 'possible-phi': 'loud', 'date-order': 'off', 'no-such-rule': 'error' } });
  assert.equal(settings.maxDocumentSizeMB, DEFAULT_SETTINGS.maxDocumentSizeMB);
  assert.deepEqual(settings.rules, { 'date-order': 'off' });
  assert.deepEqual(invalid.sort(), ['imrLetters.maxDocumentSizeMB', 'imrLetters.rules.possible-phi']);
  for (const bad of [-1, 0, NaN, Infinity, '2', true]) assert.deepEqual(readSettings({ maxDocumentSizeMB: bad }).invalid, ['imrLetters.maxDocumentSizeMB']);
  assert.deepEqual(readSettings({ rules: 'error' }).invalid, ['imrLetters.rules']);
  assert.deepEqual(readSettings(null), { settings: { maxDocumentSizeMB: 2, rules: {} }, invalid: [] });
  assert.deepEqual(readSettings({ maxDocumentSizeMB: 0.5 }).settings.maxDocumentSizeMB, 0.5);
});

test('manifest: untrusted and virtual workspaces are supported', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, true);
  assert.equal(manifest.capabilities?.virtualWorkspaces, true);
});

test('a rule that throws loses only its own findings; the error goes to the handler', () => {
  for (const fixture of letters.slice(0, 10)) {
    const letter = parseLetter(fixture.text)!;
    const all = analyzeLetter(letter);
    const thrower: Rule = { code: 'date-order', defaultSeverity: 'error', description: 'throws', check: () => { throw new Error('boom'); } };
    const errors: string[] = [];
    const rules = [thrower, ...RULES.filter((r) => r.code !== 'date-order')];
    const got = analyzeLetter(letter, {}, (code, error) => errors.push(`${code}: ${(error as Error).message}`), rules);
    assert.deepEqual(errors, ['date-order: boom']);
    assert.deepEqual(got, all.filter((f) => f.code !== 'date-order'), fixture.name);
  }
});

const LETTER_HEAD = 'HOW THE IMR FINAL DETERMINATION WAS MADE\n\nThe reviewer decided.\n\nCLINICAL CASE SUMMARY\n\n';
function phiKinds(line: string): string[] {
  const letter = parseLetter(`${LETTER_HEAD}${line}\n\nIMR ISSUES, DECISIONS AND RATIONALES\n`);
  assert.ok(letter, 'the test letter parses');
  return letter.identifiers.map((id) => id.kind);
}

const MUST_NOT_FIRE = [
  'Date of injury: 03/14/2012, UR decision 2014-02-03, application received 4/1/14.',
  'Case Number: CM14-0012345, Final Determination Letter for CM15-0031877.',
  'MTUS Chronic Pain Medical Treatment Guidelines, Page(s): 23, pages 98-99, pp. 100-101.',
  'Per 8 CCR 9792.20(f) and 8 CCR 9792.24.2, and Labor Code 4610.5(c)(2), and CCR 9792.26.',
  'She completed 12 of 24 visits between 1/2/2013 and 3/4/2013; ODG 2014 edition.',
  'Norco 10/325 mg, 120 tablets; ACOEM Chapter 12, Table 12-8.',
];
const MUST_FIRE: [string, string][] = [
  ['SSN 123-45-6789 on file.', 'ssn'],
  ['Call (916) 555-0199 for records.', 'phone'],
  ['Call 916-555-0199 for records.', 'phone'],
  ['Write to jane.doe@example.com for records.', 'email'],
  ['Claim Number: 05123456', 'claim-number'],
  ['Claim No. ADJ-1234567 is open.', 'claim-number'],
  ['The emergency department record (Mercy Valley Medical Center, MRN 00418837) documents a strain.', 'medical-record-number'],
  ['Medical Record No.: A-20931', 'medical-record-number'],
];

test('possible-phi: no false positives on dates, case numbers, pages and sections', () => {
  for (const line of MUST_NOT_FIRE) assert.deepEqual(phiKinds(line), [], line);
});

test('possible-phi: fires on SSN, phone, e-mail, claim numbers and medical record numbers', () => {
  for (const [line, kind] of MUST_FIRE) assert.deepEqual(phiKinds(line), [kind], line);
  const letter = parseLetter(`${LETTER_HEAD}${MUST_FIRE[0][0]}\n\nIMR ISSUES, DECISIONS AND RATIONALES\n`)!;
  assert.ok(analyzeLetter(letter).some((f) => f.code === 'possible-phi'));
});
