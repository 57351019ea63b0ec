/**
 * Every fixture letter against its expectations, written by reading the letter: format,
 * sections, patient, dates, reviewer, items and the exact set of diagnostic codes.
 */
import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeLetter, parseLetter, type ParsedLetter } from '../../server/src/service';
import { allFixtures, type Fixture } from '../support/fixtures';

const fixtures = allFixtures();

function codesOf(letter: ParsedLetter): string[] {
  return [...new Set(analyzeLetter(letter).map((f) => f.code))].sort();
}

/** Citations as the extract record lists them: one per guideline and page set, pages first-and-last. */
function citationKeys(cs: { guideline: string; pages: number[] }[]): string[] {
  return [...new Set(cs.filter((c) => c.pages.length).map((c) => `${c.guideline}:${c.pages.join(',')}`))].sort();
}

function checkFixture(f: Fixture): void {
  const letter = parseLetter(f.text);
  const e = f.expected;
  if (!e.letter) {
    assert.equal(letter, null, `${f.name} is not a letter`);
    return;
  }
  assert.ok(letter, `${f.name} should be recognised as a letter`);
  assert.equal(letter.format, e.format, 'format');
  assert.deepEqual(letter.sections.map((s) => s.heading), e.sections, 'sections');
  assert.deepEqual({ age: letter.patient.age, sex: letter.patient.sex }, e.patient, 'patient');
  assert.deepEqual(
    { injury: letter.dates.injury?.iso ?? null, application: letter.dates.application?.iso ?? null, urDecision: letter.dates.urDecision?.iso ?? null },
    e.dates,
    'dates',
  );
  assert.deepEqual({ specialty: letter.reviewer.specialty, licensure: letter.reviewer.licensure }, e.reviewer, 'reviewer');
  const items = letter.items.map((i) => ({
    service: i.service,
    decision: i.decision,
    requestedSessions: i.requestedSessions?.value ?? null,
    completedSessions: i.completedSessions?.value ?? null,
    functionalImprovement: i.functionalImprovement.status,
  }));
  const expectedItems = (e.items ?? []).map(({ service, decision, requestedSessions, completedSessions, functionalImprovement }) => ({
    service,
    decision,
    requestedSessions,
    completedSessions,
    functionalImprovement,
  }));
  assert.deepEqual(items, expectedItems, 'items');
  letter.items.forEach((item, k) => {
    const got = citationKeys(item.citations.map((c) => ({ guideline: c.family, pages: c.pages })));
    const want = citationKeys(e.items![k].citations);
    assert.deepEqual(got, want, `citations with pages of item ${k + 1}`);
  });
  assert.deepEqual(codesOf(letter), [...(e.codes ?? [])].sort(), 'diagnostic codes');
}

describe('fixture letters', () => {
  test('there are at least 30 fixtures besides the samples', () => {
    assert.ok(fixtures.length >= 32, `only ${fixtures.length} fixtures`);
  });
  for (const f of fixtures) {
    test(`${f.name}: ${f.expected.purpose ?? ''}`, () => checkFixture(f));
  }
});
