/**
 * The paragraphs of the whole letter are joined only when the sections read first leave a date
 * or the reviewer unknown: the readers ask for them only then.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { splitLines } from '../../server/src/service/text/lines';
import { joinLines, thenLazily, type Block } from '../../server/src/service/text/block';
import { findLetterDates } from '../../server/src/service/parse/letterDates';
import { findReviewer } from '../../server/src/service/parse/reviewer';

function paragraph(text: string): Block {
  const { lines } = splitLines(text);
  return joinLines(lines, 0, lines.length);
}

/** Paragraphs after `first`, counting how often they are asked for. */
function rest(blocks: Block[]): { read: () => Block[]; calls: () => number } {
  let calls = 0;
  return {
    read: () => {
      calls++;
      return blocks;
    },
    calls: () => calls,
  };
}

const ALL_DATES = paragraph(
  'The date of injury is 07/25/2012. Utilization review dated 01/09/2015 denied the request. The application for review was received on 01/27/2015.',
);

test('dates found in the summary do not make the rest of the letter be read', () => {
  const later = rest([paragraph('The application was received on 02/02/2016.')]);
  const dates = findLetterDates([], [ALL_DATES], later.read);
  assert.equal(later.calls(), 0);
  assert.deepEqual([dates.injury?.iso, dates.urDecision?.iso, dates.application?.iso], ['2012-07-25', '2015-01-09', '2015-01-27']);
});

test('a date missing from the summary is looked for in the rest of the letter', () => {
  const later = rest([paragraph('The application was received on 02/02/2016.')]);
  const dates = findLetterDates([], [paragraph('The date of injury is 07/25/2012. Utilization review dated 01/09/2015 denied it.')], later.read);
  assert.equal(later.calls(), 1);
  assert.equal(dates.application?.iso, '2016-02-02');
});

test('a reviewer found in the credentials does not make the rest of the letter be read, and one missing there is looked for', () => {
  const credentials = paragraph('State(s) of Licensure: California\nCertification(s)/Specialty: Internal Medicine');
  const unread = rest([paragraph('The reviewer is board certified in Psychiatry.')]);
  assert.deepEqual(findReviewer(thenLazily([credentials], unread.read)).licensure, ['California']);
  assert.equal(unread.calls(), 0);

  const read = rest([paragraph('The reviewer is board certified in Psychiatry.')]);
  const reviewer = findReviewer(thenLazily([paragraph('State(s) of Licensure: Texas')], read.read));
  assert.equal(read.calls(), 1);
  assert.equal(reviewer.specialty, 'Psychiatry');
});
