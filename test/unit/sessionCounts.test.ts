/**
 * Counts stated as completed or authorized. Each pattern runs only on sentences holding one of
 * its words, and all the words are found in one search: these sentences hold a pattern's word
 * only inside a longer word the search finds first, or with other words around it.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findCompletedCounts, findRequestedCount, findStatedRequests, reportedSecondHand } from '../../server/src/service/parse/sessions';
import { countOwner, nearCount } from '../../server/src/service/parse/countOwner';

const values = (text: string) => {
  const { completed, authorized } = findCompletedCounts(text);
  // A count that several patterns find is listed once for each.
  return { completed: [...new Set(completed.map((h) => h.value))], authorized: [...new Set(authorized.map((h) => h.value))] };
};

test('"previously" holds "previous": a count of previously attended sessions is completed', () => {
  assert.deepEqual(values('Records show 12 previously attended sessions.'), { completed: [12], authorized: [] });
});

test('counts with their words before, after and around them', () => {
  assert.deepEqual(values('The patient completed 8 visits of physical therapy.'), { completed: [8], authorized: [] });
  assert.deepEqual(values('6 visits were completed with benefit.'), { completed: [6], authorized: [] });
  assert.ok(values('Twelve (12) sessions have been provided so far.').completed.includes(12));
  assert.deepEqual(values('8 visits have been previously approved.'), { completed: [], authorized: [8] });
  assert.deepEqual(values('She was authorized 18 visits, of which she has completed 12.'), { completed: [12], authorized: [18] });
});

test('a sentence without the words gets no count, and a denial is no grant', () => {
  assert.deepEqual(values('The request is for 6 sessions of acupuncture.'), { completed: [], authorized: [] });
  assert.deepEqual(values('The reviewer non-certified 16 sessions.'), { completed: [], authorized: [] });
});

test('"to date" makes completed only the counts of its own clause', () => {
  assert.deepEqual(values('Treatment to date has included medications, 12 sessions of physical therapy, and 6 acupuncture visits.').completed, [12, 6]);
  const text = 'The records do not state how many sessions she has attended to date, and the request does not say whether the eight sessions would continue the course.';
  assert.deepEqual(values(text), { completed: [], authorized: [] });
});

test('"of which N were attended" after an authorized count is a completed count', () => {
  assert.deepEqual(values('Authorization was given for 12 visits, of which 8 were attended.'), { completed: [8], authorized: [12] });
});

test('"non-certification was issued for" is no grant', () => {
  assert.deepEqual(values('Non-certification was issued for 12 visits.'), { completed: [], authorized: [] });
});

test('"a course of", "s/p" and "2 of the 6" state completed counts; "twice weekly for six weeks" is 12 requested', () => {
  assert.deepEqual(values('She completed a course of 4 sessions in November.').completed, [4]);
  assert.deepEqual(values('He is s/p 16 PT visits in 2013 and 2014.').completed, [16]);
  assert.deepEqual(values('The patient has attended 2 of the 6 sessions originally authorized.').completed, [2]);
  assert.equal(findRequestedCount('Chiropractic treatment twice weekly for six weeks for the low back')?.value, 12);
});

test('", and" before other words than a count ends the "to date" clause', () => {
  const text = 'None of the records state how many sessions she has completed to date, and without that number it is not possible to tell whether 6 additional sessions would remain within the guidelines.';
  assert.deepEqual(values(text).completed, []);
});

test('"attended only 4" and "attended 2 of them" after an authorized count are completed counts', () => {
  assert.deepEqual(values('Eight visits were authorized, but the injured worker attended only 4.').completed, [4]);
  assert.deepEqual(values('The patient was authorized for 4 massage sessions and attended 2 of them before the clinic closed.').completed, [2]);
});

test('a day program counted in hours reads them as full days of 8 hours; other therapies read no count from hours', () => {
  assert.equal(findRequestedCount('Functional restoration program 80 hours', true)?.value, 10);
  assert.equal(findRequestedCount('Functional restoration program 80 hours'), null);
  assert.equal(findRequestedCount('Physical therapy in 1 hour visits, 12 visits for the low back')?.value, 12);
  assert.deepEqual(findCompletedCounts('She has completed 160 hours of the program.').completed, [{ value: 20, index: 8, length: 19, dayProgramOnly: true }]);
  assert.equal(countOwner('Functional restoration program 80 hours', 'other', false).dayProgram, true);
  assert.equal(countOwner('Physical therapy 2x6', 'physical therapy', true).dayProgram, false);
});

test('visits "certified so far" are authorized, not completed; a request may have four words before its unit', () => {
  assert.deepEqual(values('She has attended 16 of the 18 postoperative visits certified so far.'), { completed: [16], authorized: [18] });
  assert.equal(findRequestedCount('Eight (8) additional postoperative physical therapy visits for the right knee')?.value, 8);
});

test('frequencies written as visits, days or ranges, and a day program in weeks', () => {
  assert.equal(findRequestedCount('Physical therapy two visits weekly over a three-week period for the left elbow')?.value, 6);
  assert.equal(findRequestedCount('Biofeedback 1-2 times a week for 4-6 weeks')?.value, 12);
  assert.equal(findRequestedCount('Repeat work hardening program 4 hours per day, 5 days per week for 2 weeks')?.value, 10);
  assert.equal(findRequestedCount('Functional restoration program, 2 additional weeks', true)?.value, 10);
  assert.equal(findRequestedCount('Functional restoration program, 2 additional weeks'), null);
});

test("a count whose words name no therapy is the therapy's its sentence names, when it names one only", () => {
  const sentence = 'Physical therapy for the elbow was authorized for 6 visits, and the re-evaluation records that he has attended 4 elbow visits.';
  const elbowPt = countOwner('Physical therapy 2 times a week for 3 weeks for the left elbow', 'physical therapy', false);
  assert.equal(elbowPt.owns(nearCount('4 elbow visits', sentence)), true);
  assert.equal(elbowPt.owns(nearCount('4 elbow visits')), false);
  const chiro = countOwner('Chiropractic 2x4 for the elbow', 'chiropractic', false);
  assert.equal(chiro.owns(nearCount('4 elbow visits', sentence)), false);
});

test('"Visit 9 of 12" and "her ninth visit" state the visits given so far', () => {
  assert.deepEqual(values('The note is headed Visit 9 of 12.').completed, [9]);
  assert.deepEqual(values('At her ninth visit her grip was 24 kg.').completed, [9]);
  assert.deepEqual(values('The request is for 12 visits of therapy.').completed, []);
});

test('"has completed the initial course of 6 post-operative physical therapy visits" is a completed count', () => {
  assert.deepEqual(values('He has completed the initial course of 6 post-operative physical therapy visits.').completed, [6]);
});

test('"has completed the initial trial of 4 sessions" is a completed count', () => {
  assert.deepEqual(values('He has completed the initial trial of 4 sessions of individual psychotherapy.').completed, [4]);
});

test('a request stated in a rationale gives its count, up to the sentence\'s verb; an earlier request does not', () => {
  const stated = (text: string) => findStatedRequests(text).map((r) => r.hit.value);
  assert.deepEqual(stated('The current request is for 6 additional sessions of physical therapy for the lumbar spine.'), [6]);
  assert.deepEqual(stated('The provider is requesting physical therapy 2 times a week for 4 weeks.'), [8]);
  assert.deepEqual(stated('Eight more visits are requested.'), [8]);
  assert.deepEqual(stated('The request for physical therapy exceeds the 10 visits the guidelines allow.'), []);
  assert.deepEqual(stated('A prior request for 12 sessions was certified in 2014.'), []);
  const [first] = findStatedRequests('Notes aside, the request was for 6 sessions of chiropractic care.');
  assert.equal(first.after, '6 sessions of chiropractic care');
});

test('the counts listed right after a count given or granted are given or granted too, but not those still to come', () => {
  assert.deepEqual(values('She has attended 12 chiropractic visits and 2 massage sessions, and the care helped.').completed, [12, 2]);
  assert.deepEqual(values('She completed 12 physical therapy visits, 6 chiropractic visits and 8 acupuncture sessions.').completed, [12, 6, 8]);
  assert.deepEqual(values('Utilization review authorized 6 physical therapy visits and 4 acupuncture sessions.').authorized, [6, 4]);
  assert.deepEqual(values('He attended 12 chiropractic visits and 6 additional visits are requested.').completed, [12]);
  assert.deepEqual(values('He attended 12 chiropractic visits and 6 massage sessions are requested.').completed, [12]);
});

test('a breakdown after a colon, "N visits in all" after "had", visits "given from", but not visits a log shows "scheduled"', () => {
  const breakdown = 'He has completed a total of 22 physical therapy visits since the injury: 14 land-based visits in 2012 and 2013, and 8 aquatic therapy sessions from 3/10/14 through 4/25/14.';
  assert.deepEqual(values(breakdown).completed, [22, 14, 8]);
  assert.deepEqual(values('For the cervical spine she has had 6 visits in the first course and 7 in the second, 13 visits in all.').completed, [6, 13]);
  assert.deepEqual(values('The aquatic therapy itself consists of the 8 sessions given from 3/10/14 through 4/25/14.').completed, [8]);
  assert.deepEqual(values('The therapy attendance log shows 12 visits scheduled twice a week from 07/29/2013 through 09/06/2013.').completed, []);
});

test('"land-based" visits are physical therapy, not the aquatic therapy they are told apart from', () => {
  const aquatic = countOwner('Aquatic therapy 2 times a week for 4 weeks', 'physical therapy', true);
  const sentence = 'He has completed 22 physical therapy visits: 14 land-based visits in 2012, and 8 aquatic therapy sessions.';
  assert.equal(aquatic.owns(nearCount('14 land-based visits in 2012', sentence, '14 land-based visits')), false);
  assert.equal(aquatic.owns(nearCount('8 aquatic therapy sessions', sentence, '8 aquatic therapy sessions')), true);
});

test('group and individual sessions of the same therapy are told apart', () => {
  const individual = countOwner('Individual psychotherapy 1 time a week for 6 weeks', 'psychotherapy/CBT', false);
  const sentence = 'He attended 6 group psychotherapy sessions in 2013; he has attended 4 individual sessions.';
  assert.equal(individual.owns(nearCount('6 group psychotherapy sessions in 2013', sentence, '6 group psychotherapy sessions')), false);
  assert.equal(individual.owns(nearCount('4 individual sessions', sentence, '4 individual sessions')), true);
  // A count that says neither is still the therapy's.
  assert.equal(individual.owns(nearCount('8 psychotherapy sessions', sentence, '8 psychotherapy sessions')), true);
});

test('visits "allowed by the MTUS guidelines" are the guideline\'s limit, not a grant', () => {
  assert.deepEqual(values('The requested 12 sessions alone exceed the 10 visits allowed by the MTUS guidelines.'), { completed: [], authorized: [] });
  assert.deepEqual(values('8 visits were authorized by utilization review on 3/4/15.').authorized, [8]);
});

test('what utilization review counted "on the understanding that" is its count; "modified the request to 2 sessions" grants, to date or not', () => {
  const sentence = 'Utilization review modified the request on the understanding that she had completed 6 sessions; the notes show 4 sessions.';
  const { completed } = findCompletedCounts(sentence);
  const reported = reportedSecondHand(sentence);
  assert.ok(reported > 0 && completed.some((h) => h.value === 6 && h.index >= reported));
  assert.deepEqual(values('Utilization review modified the request to 2 sessions, stating that she has completed 6 sessions to date.').completed, [6]);
});

test('work hardening is asked for in weeks of five days, as a day program is', () => {
  const owner = countOwner('Work hardening 2 weeks for the lumbar spine', 'physical therapy', true);
  assert.equal(owner.dayProgram, true);
  assert.equal(findRequestedCount('Work hardening 2 weeks for the lumbar spine', owner.dayProgram)?.value, 10);
});

test('round 43: visits a month for months are requested; "the ninth and most recent visit" was given, "the sixth visit" alone says nothing', () => {
  assert.equal(findRequestedCount('Individual psychotherapy 1-2 times per month for 6 months')?.value, 12);
  assert.equal(findRequestedCount('The request is for 2 sessions a month for six months.')?.value, 12);
  assert.deepEqual(values('The ninth and most recent visit was on 04/11/2014.'), { completed: [9], authorized: [] });
  assert.deepEqual(values('The sixth visit was cancelled by the clinic.'), { completed: [], authorized: [] });
});

test('round 45: "completing 10 sessions between", "gave her 4 sessions"; not what "is completing" now', () => {
  assert.deepEqual(values('He attended a work conditioning program, completing 10 sessions between 03/11/2013 and 04/05/2013.').completed, [10]);
  assert.deepEqual(values('The same psychologist gave her 4 sessions of EMG biofeedback between 06/04/2013 and 07/23/2013.').completed, [4]);
  assert.deepEqual(values('She is completing 6 sessions of aquatic therapy this month.').completed, []);
});

test('round 46: counts after "Treatment has included ...:", "10 in all" after the courses, "seen him for 4 of them", "sessions that were authorized were all attended"', () => {
  assert.deepEqual(
    values('Treatment has included physical therapy, chiropractic care and acupuncture: 8 physical therapy visits between 11/2011 and 01/2012; 6 chiropractic visits in 02/2012; and 6 acupuncture treatments for the neck.').completed,
    [8, 6],
  );
  assert.ok(values('For this injury he had 6 physical therapy visits for the right shoulder in 11/2014 and, after a flare, 4 more shoulder visits in 02/2015, 10 in all.').completed.includes(10));
  assert.deepEqual(values('With the 6 sessions requested she will have had 10 in all.').completed, []);
  assert.deepEqual(values('She attended 4 visits, so the 6 requested visits would bring her to 10 in all.').completed, [4]);
  assert.deepEqual(values('Six visits were authorized; the therapist reports that she has seen him for 4 of them.').completed, [4]);
  assert.deepEqual(values('The 6 individual sessions that were authorized were all attended by 06/22/2015.').completed, [6]);
});

test('round 49: fractions of the visits, "two dozen", courses given times their visits; not those certified in blocks', () => {
  assert.deepEqual(values('The authorization expired on 01/31/2016 with 8/12 visits used.').completed, [8]);
  assert.deepEqual(values('The therapist reports 6/6 visits completed.').completed, [6]);
  assert.deepEqual(values('This patient attended 8/12 of the visits.').completed, [8]);
  assert.deepEqual(values('This patient has had two dozen chiropractic visits over two years.').completed, [24]);
  assert.ok(values('She has had two courses of six chiropractic visits, the first in 2014.').completed.includes(12));
  assert.ok(!values('Psychotherapy was certified in two blocks of 6 sessions, and he has attended 10 of them.').completed.includes(12));
});

test('round 50: counts in parentheses after a course\'s dates or a program\'s first weeks; not a request\'s', () => {
  assert.deepEqual(values('Treatment has included physical therapy 11/2013 to 1/2014 (12 visits) and acupuncture 1/13/15 to 3/3/15 (6 treatments).').completed, [12, 6]);
  assert.deepEqual(values('He was admitted on 04/25/2016; the first two weeks (10 days) ended on 05/06/2016.').completed, [10]);
  assert.deepEqual(values('The first two weeks (10 days) are requested.').completed, []);
});

test('round 50: "which brings her knee therapy ... to 16 visits" after what she attended is a total given; after a request it is not', () => {
  assert.ok(values('She has attended 4, the last on 4/24/15, which brings her knee therapy since the surgery to 16 visits.').completed.includes(16));
  assert.deepEqual(values('Utilization review modified the request to 6 visits, which brings her to 18 visits.').completed, []);
});

test('round 50: a total\'s breakdown after ", for" is of counts given, each its own therapy\'s', () => {
  const { completed } = values('She reports that she has seen him 10 times in all, for 6 individual cognitive behavioral therapy sessions and 4 biofeedback sessions, the last on 7/28/14.');
  assert.deepEqual([...completed].sort((a, b) => a - b), [4, 6, 10]);
});

test('round 50: a limit a total is set against is no count given: "beyond the 10 visits in total that the guideline supports"', () => {
  assert.deepEqual(values('She has completed 8 sessions, and 6 more would bring her to 14, beyond the 10 visits in total that the guideline supports.').completed, [8]);
});

test('round 52: "consisted of 8 treatments", "After 6 treatments his neck turns ...", and a list whose first count says where it was given', () => {
  assert.deepEqual(values('The first, for the neck, ran from 09/08/2015 through 11/20/2015 and consisted of 8 treatments.').completed, [8]);
  assert.deepEqual(values('After 6 treatments his neck turns nearly twice as far each way.').completed, [6]);
  assert.deepEqual(values('After 6 treatments, a re-evaluation is recommended.').completed, []);
  assert.deepEqual(values('Since 4/2015 he has had 8 aquatic therapy sessions at the community pool and 6 chiropractic treatments for the neck.').completed, [8, 6]);
});

test('round 53: "kept 4 of the 6 visits", "treated Mr. [redacted] on eight occasions", "seen the injured worker for 8 sessions"; not "a 30 day trial"', () => {
  assert.deepEqual(values('The therapist reports that the injured worker kept 4 of the 6 visits authorized.').completed, [4]);
  assert.deepEqual(values('I have now treated Mr. [redacted] on eight occasions, most recently 08/27/15.').completed, [8]);
  assert.deepEqual(values('His report states that he has now seen the injured worker for 8 sessions.').completed, [8]);
  assert.deepEqual(values('Treatment to date has included injections, a 30 day trial of a TENS unit in 7/2015, and massage therapy.').completed, []);
});

test('round 56: "has attended more than 30 sessions", "the notes are for visits 1 through 12", "was given 2 times a week for 6 weeks"; not "was given for"', () => {
  assert.deepEqual(values('The report states that she has attended more than 30 individual psychotherapy sessions.').completed, [30]);
  assert.ok(values('The therapy notes in the file are for visits 1 through 12, the last dated 4/25/14.').completed.includes(12));
  assert.deepEqual(values('Physical therapy for the neck was given 2 times a week for 6 weeks, from 12/8/14 to 1/16/15.').completed, [12]);
  assert.deepEqual(values('Authorization was given for 2 times a week for 6 weeks.').completed, []);
});

test('round 57: "She went to 7 of them", "has been to 7 of the 8 visits"; not "her pain went to 8"', () => {
  assert.deepEqual(values('Eight visits were authorized on 3/4/14. She went to 7 of them; the eighth was cancelled.').completed, [7]);
  assert.deepEqual(values('She has been to 7 of the 8 visits that were authorized, and the notes show it.').completed, [7]);
  assert.deepEqual(values('Her pain went to 8, then 6.').completed, []);
});

test('round 58: "attended physical therapy twice a month for six months", "Of these, 11 were given", "saw her for all 4", "describes the seventh treatment", "The discharge summary of 03/09/2015 lists 8 visits"', () => {
  assert.deepEqual(values('This patient has attended physical therapy twice a month for six months, which is more than enough.').completed, [12]);
  assert.deepEqual(values('Of these, 11 were given between 03/11/2013 and 05/10/2013.').completed, [11]);
  assert.deepEqual(values('Utilization review certified 4 of them, and the massage therapist saw her for all 4, weekly.').completed, [4]);
  assert.deepEqual(values('His most recent note, dated 03/31/2015, describes the seventh treatment.').completed, [7]);
  assert.deepEqual(values('She missed the third visit.').completed, []);
  assert.deepEqual(values("The therapist's discharge summary of 03/09/2015 lists 8 visits, from 01/12/2015 to 03/06/2015.").completed, [8]);
});

test('round 59: a sum of the visits asked for and those attended is no count given ("with the 6 he attended in 2016, make 9 visits in all")', () => {
  assert.deepEqual(values('The 3 visits requested, with the 6 he attended in 2016, make 9 visits in all, within the guideline.').completed, [6]);
  assert.deepEqual(values('He attended 6 visits in 2014 and 4 more in 2015, 10 in all.').completed.includes(10), true);
});

test('round 62: a program report that "covers the first 2 weeks (10 days)" reports days given', () => {
  assert.deepEqual(values("The program's progress report of 09/06/2013 covers the first 2 weeks (10 days).").completed, [10]);
  assert.deepEqual(values('The program would cover the first 2 weeks (10 days) of a four-week plan.').completed, []);
});
