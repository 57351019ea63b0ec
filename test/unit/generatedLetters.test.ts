/**
 * The parser against the generator's ground truth: for generated letters of all three formats,
 * with and without PDF artifacts, it must extract what the generator wrote.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/service';
import { generateLetter } from '../generator/letterGenerator';

const LETTERS = 300;

test(`the parser extracts what the generator wrote, for ${LETTERS} generated letters`, () => {
  for (let seed = 1; seed <= LETTERS; seed++) {
    const { text, truth } = generateLetter(seed);
    const letter = parseLetter(text);
    assert.ok(letter, `seed ${seed}: not recognised`);
    const got = {
      format: letter.format,
      sections: letter.sections.map((s) => s.heading),
      patient: { age: letter.patient.age, sex: letter.patient.sex },
      dates: { injury: letter.dates.injury?.iso ?? null, application: letter.dates.application?.iso ?? null, urDecision: letter.dates.urDecision?.iso ?? null },
      reviewer: { specialty: letter.reviewer.specialty, licensure: letter.reviewer.licensure },
      items: letter.items.map((i) => ({
        service: i.service,
        decision: i.decision,
        requestedSessions: i.requestedSessions?.value ?? null,
        completedSessions: i.completedSessions?.value ?? null,
        functionalImprovement: i.functionalImprovement.status,
      })),
    };
    const want = {
      format: truth.format,
      sections: truth.sections,
      patient: truth.patient,
      dates: truth.dates,
      reviewer: truth.reviewer,
      items: truth.items.map(({ service, decision, requestedSessions, completedSessions, functionalImprovement }) => ({
        service,
        decision,
        requestedSessions,
        completedSessions,
        functionalImprovement,
      })),
    };
    assert.deepEqual(got, want, `seed ${seed} (${truth.format})`);
  }
});
