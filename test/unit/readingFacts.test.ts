/**
 * Facts read from sentences and labelled lines that blind-written letters got wrong: where a
 * labelled value ends, which date a cue belongs to, what "and" and "conditional" do to an
 * improvement statement, and a professional review that repeats its sections for each issue.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { splitLines } from '../../server/src/service/text/lines';
import { plainText } from '../../server/src/service/text/plainText';
import { joinLines, type Block } from '../../server/src/service/text/block';
import { findLetterDates } from '../../server/src/service/parse/letterDates';
import { findReviewer } from '../../server/src/service/parse/reviewer';
import { findFunctionalImprovement, type NamesItem } from '../../server/src/service/parse/functionalImprovement';
import { countOwner, nearCount } from '../../server/src/service/parse/countOwner';
import { findCitations } from '../../server/src/service/parse/citations';
import { analyzeLetter, hoverAt, parseLetter, type ParsedLetter } from '../../server/src/service';
import { findPatient } from '../../server/src/service/parse/patient';
import { callsNew, classifyService, isContinuedTreatment, ownRequest, tellsOngoingUse, tellsUseOf } from '../../server/src/service/parse/category';
import { letterYear } from '../../server/src/service/guidelines/letterYear';
import { findIdentifiers } from '../../server/src/service/parse/identifiers';
import { conclusionNaming, findConclusion } from '../../server/src/service/parse/conclusion';
import { findCompletedCounts, findRequestedCount, findStatedRequests, reportedSecondHand } from '../../server/src/service/parse/sessions';
import { findObjectiveGains } from '../../server/src/service/parse/objectiveGains';
import { ownCitations } from '../../server/src/service/parse/sharedCitations';
import { issuesInSentence } from '../../server/src/service/parse/issuesInSentence';
import { issueTable } from '../../server/src/service/parse/issueTable';
import { initialsOf, mentions, shortNamesApart } from '../../server/src/service/parse/namingWords';
import { namingWordsApart, sentencesAbout } from '../../server/src/service/parse/sentencesAbout';

/** The lines of a letter, as the parser reads them (see plainText). */
const linesOf = (text: string) => splitLines(plainText(text));

/** The lines of `text` as one paragraph, as a letter without blank lines between its lines gives them. */
function paragraph(text: string): Block {
  const { lines } = linesOf(text);
  return joinLines(lines, 0, lines.length);
}

/** The citations of a part `service` shares with `other` that are its own, the two named by their words alone. */
const ownOf = (part: Block, service: string, other: string) =>
  ownCitations(part, { service, number: 1, place: 1 }, [{ service: other, number: 2, place: 2 }]);

/** An item that words name as `item` says, no other item named. */
const namedBy = (item: (words: string) => boolean): NamesItem => ({ item, other: () => false });

/** What the parser reads in one paragraph of `text`: the improvement status, the conclusion, the states of licensure. */
const improvementIn = (text: string) => findFunctionalImprovement([paragraph(text)]).status;
const gainsIn = (text: string) => findObjectiveGains([paragraph(text)]).status;
const necessityIn = (text: string) => findConclusion(paragraph(text))?.necessary;
const licensureIn = (text: string) => findReviewer([paragraph(text)]).licensure;
const specialtyIn = (text: string) => findReviewer([paragraph(text)]).specialty;
/** The injury, UR decision and application dates a summary paragraph gives. */
const datesIn = (text: string) => {
  const d = findLetterDates([], [paragraph(text)]);
  return [d.injury?.iso ?? null, d.urDecision?.iso ?? null, d.application?.iso ?? null];
};
/** The last sentence of an item's rationale part, or undefined: which part the item was given. */
const lastRationaleSentence = (item: { parts: readonly { kind: string; text: string }[] }) => item.parts.find((p) => p.kind === 'rationale')?.text.split('. ').at(-1);
/** What `read` reads in each text is what is given with it. */
function expectReadings<T>(read: (text: string) => T, cases: readonly [text: string, expected: T][]): void {
  for (const [text, expected] of cases) assert.deepEqual(read(text), expected, text);
}
/** The patient's age and sex as the parser reads them in one paragraph of `text`. */
const patientIn = (text: string) => {
  const p = findPatient([paragraph(text)]);
  return [p.age, p.sex];
};

test('a labelled state of licensure ends with its line, though the paragraph goes on', () => {
  const credentials = paragraph(
    'Certification(s)/Specialty: Clinical Psychology\nState(s) of Licensure: California\nThe reviewer has been in active clinical practice for more than five years.',
  );
  assert.deepEqual(findReviewer([credentials]), {
    specialty: 'Clinical Psychology',
    licensure: ['California'],
    span: { start: 0, end: credentials.text.indexOf(' The reviewer') },
  });
});

test('a labelled specialty that wraps after "&" goes on to the next line; an empty one is no specialty', () => {
  assert.equal(findReviewer([paragraph('Certification(s)/Specialty: Physical Medicine &\nRehabilitation\nState(s) of Licensure: Ohio')]).specialty, 'Physical Medicine & Rehabilitation');
  assert.equal(findReviewer([paragraph('Certification(s)/Specialty:\nState(s) of Licensure: Ohio')]).specialty, null);
});

test('a cue between two dates belongs to the later date', () => {
  const summary = paragraph('A request for 6 further sessions was submitted on 12/10/2015, and utilization review non-certified it on 12/17/2015.');
  assert.equal(findLetterDates([], [summary]).urDecision?.iso, '2015-12-17');
  const both = paragraph('UR dated 04/04/2016 non-certified the MRI, and the application was received on 04/18/2016.');
  const dates = findLetterDates([], [both]);
  assert.deepEqual([dates.urDecision?.iso, dates.application?.iso], ['2016-04-04', '2016-04-18']);
});

test('"injured his low back on" dates the injury; "the injured worker" does not', () => {
  assert.equal(findLetterDates([], [paragraph('The patient is a 47-year-old man who injured his low back on 01/15/2014.')]).injury?.iso, '2014-01-15');
  assert.equal(findLetterDates([], [paragraph('The injured worker was seen on 03/02/2015.')]).injury, null);
});

test('", and" starts a clause: a negation before it does not reach the improvement after it', () => {
  const notes = paragraph('The notes show no evidence of symptom magnification, and they document functional improvement after those visits.');
  assert.equal(findFunctionalImprovement([notes]).status, 'documented');
  const work = paragraph('She returned to full-time work without restrictions, which is objective functional improvement.');
  assert.equal(findFunctionalImprovement([work]).status, 'documented');
});

test('what a guideline makes conditional on improvement, or says it takes to produce it, is no finding', () => {
  const guideline = paragraph(
    'The time to produce functional improvement is 3 to 6 treatments. Treatments may be extended if functional improvement is documented. The ODG makes further visits conditional on objective progress.',
  );
  assert.equal(findFunctionalImprovement([guideline]).status, 'not-addressed');
});

const TWO_ISSUES = `MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Occupational therapy 2 times a week for 3 weeks for the right wrist
2. Tramadol ER 150 mg #30
CASE SUMMARY:
The injured worker is a 36-year-old female clerk. She completed 3 visits of occupational therapy.
DOCUMENTS REVIEWED FOR DETERMINATION:
Utilization review determination dated 10/06/2016
Issue 1: Occupational therapy 2 times a week for 3 weeks for the right wrist
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY:
Six more visits bring the total to 9, within the guideline. The request is medically necessary.
Issue 2: Tramadol ER 150 mg #30
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
MTUS Chronic Pain Medical Treatment Guidelines, On-Going Management, page 78.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
The urine drug screen was inconsistent and was not addressed.
MEDICAL REVIEWER QUALIFICATIONS:
The physician reviewer is board certified in Anesthesiology and is licensed in California.
`;

test('a professional review with a guideline and a rationale section for each issue gives each item its own', () => {
  const letter = parseLetter(TWO_ISSUES)!;
  assert.deepEqual(
    letter.items.map((i) => ({ decision: i.decision, pages: i.citations.flatMap((c) => c.pages) })),
    [
      { decision: 'Overturned', pages: [98, 99] },
      { decision: 'Upheld', pages: [78] },
    ],
  );
  // The next issue's label is not part of the rationale before it.
  assert.ok(!letter.items[0].parts.some((p) => p.text.includes('Issue 2')));
});

test('a shared guideline and rationale section is cut where each sentence takes up its issue by number', () => {
  const text = `MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Right C6-C7 epidural steroid injection
2. Repeat EMG/NCS of the upper extremities
CASE SUMMARY:
The injured worker is a 49-year-old male.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
For issue 1, the MTUS Chronic Pain Medical Treatment Guidelines, page 46.
For issue 2, the ACOEM Practice Guidelines, Chapter 8, page 178.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE
IS/WAS NOT MEDICALLY NECESSARY:
As to issue 1: Radiculopathy is corroborated by imaging. The injection is medically necessary.
As to issue 2: The earlier study established the radiculopathy. The repeat study is not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
Board Certification: Neurology
`;
  assert.deepEqual(
    parseLetter(text)!.items.map((i) => ({ decision: i.decision, pages: i.citations.flatMap((c) => c.pages) })),
    [
      { decision: 'Overturned', pages: [46] },
      { decision: 'Upheld', pages: [178] },
    ],
  );
  // Numbers out of turn do not cut the section: both issues share it, and its sentences opened "For issue 2," are issue 2's.
  const shared = parseLetter(text.replace('As to issue 1:', 'As to issue 2:').replace('For issue 1,', 'For issue 2,'))!;
  assert.deepEqual(
    shared.items.map((i) => i.citations.flatMap((c) => c.pages)),
    [[], [46, 178]],
  );
});

test('a rationale shared by several issues decides each in the last sentence that names it', () => {
  const text = `MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Norco 10/325 mg #90
2. Gabapentin 600 mg #90
3. Lidoderm 5% patches #30
CASE SUMMARY:
The injured worker is a 52-year-old female.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
MTUS Chronic Pain Medical Treatment Guidelines, pages 16-22, 56-57 and 76-80.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
The three medications are addressed together. The Lidoderm patch is for localized peripheral pain only.
Therefore, Norco 10/325 mg #90 and gabapentin 600 mg #90 are medically necessary. Lidoderm 5% patches #30 are not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
Board Certification: Anesthesiology
`;
  const letter = parseLetter(text)!;
  assert.deepEqual(
    letter.items.map((i) => [i.decision, i.conclusion?.necessary]),
    [
      ['Overturned', true],
      ['Overturned', true],
      ['Upheld', false],
    ],
  );
  assert.ok(!analyzeLetter(letter).some((f) => f.code === 'decision-rationale-conflict'));
});

test('a 2013 part labelled "(items 2 to 4)" under item 2 is the part of items 3 and 4 too, where they have none', () => {
  const text = `MAXIMUS FEDERAL SERVICES, INC.
IMR DECISION(S) AND RATIONALE(S)
1. Repeat MRI of the lumbar spine is not medically necessary and appropriate.
Guidelines Used in Decision Making:
The Expert Reviewer based his/her decision on the ACOEM Practice Guidelines, Chapter 12, pages 303-304.
Rationale Used in Decision Making:
The MRI is not medically necessary and appropriate.
2. TENS unit rental for 30 days is not medically necessary and appropriate.
Guidelines Used in Decision Making (items 2 to 4):
The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines, pages 114-116; Physical Medicine, pages 98-99; and Aquatic therapy, page 22.
Rationale Used in Decision Making:
The TENS unit is not medically necessary and appropriate.
3. Physical therapy 2 times a week for 4 weeks is not medically necessary and appropriate.
Rationale Used in Decision Making:
It is not medically necessary and appropriate.
4. Aquatic therapy 2 times a week for 3 weeks is medically necessary and appropriate.
Rationale Used in Decision Making:
It is medically necessary and appropriate.
`;
  const items = parseLetter(text)!.items;
  assert.deepEqual(
    items.map((i) => [i.parts.map((p) => p.kind), i.citations.flatMap((c) => c.pages)]),
    [
      [['reviewer-guideline', 'rationale'], [303, 304]],
      [['reviewer-guideline', 'rationale'], [114, 116, 98, 99, 22]],
      [['reviewer-guideline', 'rationale'], [114, 116, 98, 99, 22]],
      [['reviewer-guideline', 'rationale'], [114, 116, 98, 99, 22]],
    ],
  );
});

test('in a rationale several issues share, a count is an issue\'s only where its words or sentence name that therapy', () => {
  const text = `MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Physical therapy 2 times a week for 4 weeks for the lumbar spine
2. Additional acupuncture for the lumbar spine
CASE SUMMARY:
The injured worker is a 50-year-old male. He completed 10 physical therapy visits and 6 acupuncture treatments.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
He has had 10 physical therapy visits, and the 8 visits requested would bring him to 18. Neither request is medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
Board Certification: Physical Medicine and Rehabilitation
`;
  const [therapy, acupuncture] = parseLetter(text)!.items;
  assert.deepEqual([therapy.requestedSessions?.value, therapy.completedSessions?.value], [8, 10]);
  assert.deepEqual([acupuncture.requestedSessions, acupuncture.completedSessions?.value], [null, 6]);
});

test('a part that only refers to another item\'s is read as that part: "the same guidelines as above", "See the rationale for item 1 above"', () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES
MRI of the right shoulder:  Overturned
MAXIMUS guideline: Decision based on MTUS/ACOEM Shoulder Complaints, Chapter 9, pages 207-209.
Decision rationale: The MRIs of both shoulders are medically necessary.
MRI of the left shoulder:  Upheld
MAXIMUS guideline: Decision based on the same guidelines as above.
Decision rationale: See the rationale for item 1 above.
`;
  const letter = parseLetter(text)!;
  const left = letter.items[1];
  assert.deepEqual(left.citations.flatMap((c) => c.pages), [207, 209]);
  assert.equal(left.conclusion?.necessary, true);
  // Upheld against a rationale that finds it necessary: the conflict shows through the reference.
  assert.ok(analyzeLetter(letter).some((f) => f.code === 'decision-rationale-conflict' && text.slice(f.span.start, f.span.end).includes('necessary')));
});

test('a rationale placed after two items and naming both is the first one\'s too, and decides each in its own clause', () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES
Acupuncture 2 times a week for 3 weeks for the lumbar spine:  Overturned
MAXIMUS guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.
Chiropractic manipulation 1 time a week for 6 weeks for the lumbar spine:  Upheld
MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Manual therapy & manipulation Page(s): 58-59.
Decision rationale: Items 1 and 2 are addressed together. Therefore, acupuncture 2 times a week for 3 weeks for the lumbar spine is medically necessary, and chiropractic manipulation 1 time a week for 6 weeks for the lumbar spine is not medically necessary.
`;
  const letter = parseLetter(text)!;
  assert.deepEqual(
    letter.items.map((i) => [i.decision, i.conclusion?.necessary]),
    [
      ['Overturned', true],
      ['Upheld', false],
    ],
  );
  assert.ok(!analyzeLetter(letter).some((f) => f.code === 'decision-rationale-conflict' || f.code === 'missing-rationale'));
});

test('hovering a page the guideline does not have says so, and does not show the entry of the topic words', () => {
  const text = TWO_ISSUES.replace('Physical Medicine, pages 98-99', 'Behavioral Interventions, page 230');
  const letter = parseLetter(text)!;
  const hover = hoverAt(letter, text, text.indexOf('230') + 1);
  assert.ok(hover);
  assert.match(hover.markdown, /no entry for this page\. The document has no page 230\./);
  assert.doesNotMatch(hover.markdown, /Behavioral interventions/i);
  const topic = hoverAt(letter, text, text.indexOf('Behavioral Interventions') + 1);
  assert.match(topic?.markdown ?? '', /p\. 23: Behavioral interventions/);
});

/** The distinct completed counts of a text: a count that several patterns find is listed once for each. */
function completedValues(text: string): number[] {
  return [...new Set(findCompletedCounts(text).completed.map((h) => h.value))];
}

const ONE_THERAPY = `HOW THE IMR FINAL DETERMINATION WAS MADE
The reviewer is Board Certified in Chiropractic and is licensed in California.
CLINICAL CASE SUMMARY
The patient is a 40-year-old female. She completed 12 sessions of physical therapy in 2012. She has had 8 chiropractic visits since then.
IMR ISSUES, DECISIONS AND RATIONALES
Chiropractic treatment 6 additional visits:  Upheld
Decision rationale: The request is not medically necessary.
`;

/** The improvement status of the one therapy of ONE_THERAPY, with `rationale` for its rationale. */
const therapyImprovement = (rationale: string) =>
  parseLetter(ONE_THERAPY.replace(/Decision rationale:[^]*$/, `Decision rationale: ${rationale}`))!.items[0].functionalImprovement.status;

test("with one session-based item, a summary count that names another therapy is not the item's", () => {
  assert.equal(parseLetter(ONE_THERAPY)!.items[0].completedSessions?.value, 8);
  assert.equal(parseLetter(ONE_THERAPY.replace(' She has had 8 chiropractic visits since then.', ''))!.items[0].completedSessions, null);
  // A count that names no therapy is still the only session-based item's.
  assert.equal(parseLetter(ONE_THERAPY.replace('8 chiropractic visits', '8 visits'))!.items[0].completedSessions?.value, 8);
});

test("a summary count is an item's only if its words name the item's kind of therapy and no other part of the body", () => {
  const shoulder = countOwner('Physical therapy 2 x 4 for the left shoulder', 'physical therapy', false);
  assert.equal(shoulder.owns(nearCount('2 sessions of physical therapy for the shoulder')), true);
  assert.equal(shoulder.owns(nearCount('4 sessions of physical therapy for the cervical spine')), false);
  assert.equal(shoulder.owns(nearCount('6 visits')), false, "with other session-based items, a count that names no therapy is nobody's");
  const aquatic = countOwner('Aquatic therapy 2 x 4 for the lumbar spine', 'physical therapy', false);
  assert.equal(aquatic.owns(nearCount('9 sessions of land-based physical therapy')), false);
  assert.equal(aquatic.owns(nearCount('2 sessions of aquatic therapy')), true);
  assert.equal(countOwner('Massage therapy 2 x 3', 'physical therapy', true).owns(nearCount('12 sessions')), true, 'the only session-based item owns a count that names no therapy');
  assert.notEqual(shoulder.key, aquatic.key);
});

function citationPages(text: string): string[] {
  return findCitations(paragraph(text)).map((c) => `${c.family}:${c.pages.join(',')}`);
}

test('pages listed with "and" belong to the citation, a regulation after "and" does not', () => {
  assert.deepEqual(citationPages('MTUS Chronic Pain Medical Treatment Guidelines, pages 22 and 98-99.'), ['MTUS Chronic Pain:22,98,99']);
  assert.deepEqual(citationPages('MTUS Chronic Pain, pages 98-99 and 8 CCR 9792.20(e).'), ['MTUS Chronic Pain:98,99', '8 CCR / Labor Code:']);
});

test('a semicolon before another topic with its pages does not end the citation; one before a sentence does', () => {
  assert.deepEqual(citationPages('MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use; On-Going Management Page(s): 76-80, 78.'), ['MTUS Chronic Pain:76,80,78']);
  assert.deepEqual(citationPages('The MTUS recommends it; The patient had Page 2 of the form.'), ['MTUS Chronic Pain:']);
  const sentenceCase = 'MTUS Chronic Pain Treatment Guidelines Behavioral interventions Page(s): 23; Psychological treatment Page(s): 101-102.';
  assert.deepEqual(citationPages(sentenceCase), ['MTUS Chronic Pain:23,101,102']);
});

test('a reviewer who is "a licensed Chiropractor in California" has a specialty and a state', () => {
  const reviewer = findReviewer([paragraph('The reviewer is a licensed Chiropractor in California. He has been in practice for ten years.')]);
  assert.deepEqual([reviewer.specialty, reviewer.licensure], ['Chiropractor', ['California']]);
});

test('"44 yo female", "a fall at work on", "holds board certification in ... and a license to practice in"', () => {
  assert.deepEqual(findPatient([paragraph('The injured worker is a 44 yo female cashier.')]).age, 44);
  assert.equal(findLetterDates([], [paragraph('She developed neck pain after a fall at work on 06/11/2012.')]).injury?.iso, '2012-06-11');
  const reviewer = findReviewer([paragraph('The reviewer holds board certification in Physical Medicine and Rehabilitation and a license to practice in California.')]);
  assert.deepEqual([reviewer.specialty, reviewer.licensure], ['Physical Medicine and Rehabilitation', ['California']]);
});

const LETTER_2013 = `MAXIMUS FEDERAL SERVICES, INC.
Final Determination: UPHOLD
HOW THE IMR FINAL DETERMINATION WAS MADE
The expert reviewer is Board Certified in Orthopedic Surgery and is licensed in California.
DOCUMENTS REVIEWED
Utilization review determination
CLINICAL CASE SUMMARY
The patient is a 50-year-old male.
IMR DECISION(S) AND RATIONALE(S)
Item 1: Tramadol ER 150 mg #30 is certified.
Guideline(s) Used in Decision Making:
The Expert Reviewer based his decision on the MTUS Chronic Pain Medical Treatment Guidelines, page 78.
Rationale used in decision-making:
The records document objective functional improvement. The request is medically necessary.
Item 2: MRI of the cervical spine is not medically necessary and appropriate.
Item 3: MRI of the lumbar spine is not medically necessary and appropriate.
Guidelines Used in Decision Making (items 2 and 3):
The Expert Reviewer based his decision on the ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 8, pages 177-178, and Chapter 12, pages 303-304.
Rationale Used in Decision Making (items 2 and 3):
There are no red flags. The MRIs are not medically necessary.
`;

test('2013 items numbered "Item 1:", decided by "is certified", and two items sharing the parts whose labels name them', () => {
  const letter = parseLetter(LETTER_2013)!;
  assert.deepEqual(
    letter.items.map((i) => [i.service, i.decision, i.parts.length]),
    [
      ['Tramadol ER 150 mg #30', 'Overturned', 2],
      ['MRI of the cervical spine', 'Upheld', 2],
      ['MRI of the lumbar spine', 'Upheld', 2],
    ],
  );
  assert.equal(letter.items[1].citations, letter.items[2].citations);
  // Each page list is read against the chapter named before it: no page is outside its chapter.
  assert.deepEqual(letter.items[2].citations[0].pageRefs.map((r) => r.chapter), [8, 12]);
  assert.ok(!analyzeLetter(letter).some((f) => f.code === 'invalid-citation'));
});

test('a MAXIMUS notice under the 2013 header, with no decision paragraph and no section, is not a letter', () => {
  const notice = 'MAXIMUS FEDERAL SERVICES, INC.\nNOTICE OF INDEPENDENT MEDICAL REVIEW ELIGIBILITY AND ASSIGNMENT\nIMR Case Number: CM13-0044862\nUR Denial Date: 08/28/2013\nApplication Received: 09/09/2013\nTreatment(s) in Dispute Listed on IMR Application: Physical therapy\nThe case has been assigned for review.\n';
  assert.equal(parseLetter(notice), null);
  assert.equal(parseLetter(notice.replace('The case has been', 'Final Determination: UPHOLD\nThe case has been'))?.format, 'determination-2013');
});

test('a 2014 item numbered "1." has its service without the number; title-case headings wrap like capital ones', () => {
  const a = parseLetter('HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES\n1. TENS unit rental for 30 days:  Overturned\nDecision rationale: It is medically necessary.\n')!;
  assert.equal(a.items[0].service, 'TENS unit rental for 30 days');
  const c = parseLetter('MEDICAL PROFESSIONAL REVIEW\nIssue at Dispute:\nAcupuncture x6\nRationale for Why the Requested Treatment/Service Is/Was Medically\nNecessary:\nIt is medically necessary.\n')!;
  assert.deepEqual(c.sections.map((s) => s.heading), ['Issue at Dispute:', 'Rationale for Why the Requested Treatment/Service Is/Was Medically Necessary:']);
});

test("hovering a page with no entry of its own shows its chapter's entry and says the page has none", () => {
  const text = LETTER_2013.replace('Chapter 8, pages 177-178, and Chapter 12, pages 303-304', 'Chapter 6, page 115');
  const letter = parseLetter(text)!;
  const hover = hoverAt(letter, text, text.indexOf('115'));
  assert.match(hover?.markdown ?? '', /^The knowledge base has no entry for page 115; this is the entry for the citation's chapter\.\n\n\*\*ACOEM: Chapter 6/);
  const atPage = hoverAt(letter, text, text.indexOf('page 78') + 5);
  assert.doesNotMatch(atPage?.markdown ?? '', /no entry/);
});

test('an item line ending in a colon keeps the last letter of its service ("6 sessions:")', () => {
  const a = parseLetter('HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES\nCognitive behavioral therapy 6 sessions:\nDecision rationale: It is medically necessary.\n')!;
  assert.equal(a.items[0].service, 'Cognitive behavioral therapy 6 sessions');
});

test('an item line without a decision right after the intro sentence is an item, without the intro', () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
Acupuncture 2 times a week for 3 weeks for the lumbar spine:
Claims Administrator guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.
Decision rationale: It is medically necessary.
X-rays of the lumbar spine:  Overturned
Decision rationale: They are medically necessary.
`;
  assert.deepEqual(
    parseLetter(text)!.items.map((i) => [i.service, i.decision]),
    [
      ['Acupuncture 2 times a week for 3 weeks for the lumbar spine', null],
      ['X-rays of the lumbar spine', 'Overturned'],
    ],
  );
});

test('an item line holding a lone carriage return, its decision alone on the next line, is read without a throw', () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nText.\nCLINICAL CASE SUMMARY\nText.\nIMR ISSUES, DECISIONS AND RATIONALES
Physical\r therapy 6 sessions for the right knee:
Overturned.
Decision rationale: It is medically necessary.
`;
  assert.deepEqual(
    parseLetter(text)!.items.map((i) => [i.service, i.decision]),
    [['Physical therapy 6 sessions for the right knee', 'Overturned']],
  );
});

test('", so" starts a clause: "he no longer takes cyclobenzaprine, so functional improvement is documented"', () => {
  assert.equal(findFunctionalImprovement([paragraph('He returned to full duty and no longer takes cyclobenzaprine, so functional improvement is documented.')]).status, 'documented');
});

test('a medication the rationale calls new is not continued, whatever it says of long-term use', () => {
  const rationale = paragraph('Zolpidem is rarely recommended for long-term use. Zolpidem has not been prescribed before and is proposed as a new medication.');
  assert.equal(isContinuedTreatment('Zolpidem 10mg #30', 'medications', [rationale]), false);
  assert.equal(isContinuedTreatment('Norco 10/325 #60', 'medications', [paragraph('The patient has been taking Norco since 2013.')]), true);
  const untried = 'He has not been tried on gabapentin. A starting trial is reasonable; continued use would depend on the relief documented.';
  assert.equal(isContinuedTreatment('Gabapentin 300mg #90', 'medications', [paragraph(untried)]), false);
  assert.equal(isContinuedTreatment('Gabapentin 300mg #90', 'medications', [paragraph('He has not taken gabapentin before; continued use would depend on relief.')]), false);
  assert.equal(isContinuedTreatment('Gabapentin 300mg #90', 'medications', [paragraph('Continued use requires documented relief, and he has been taking it since 2014.')]), true);
  const soma = 'Carisoprodol was started at the last visit; the records show no earlier use of it. It is not indicated for long-term use.';
  assert.equal(isContinuedTreatment('Carisoprodol 350mg #60', 'medications', [paragraph(soma)]), false);
  const undispensed = 'It is rarely recommended for long-term use. Zolpidem was proposed on 08/26/2013 and has not been dispensed; this is the first request for it.';
  assert.equal(isContinuedTreatment('Zolpidem 10mg #30', 'medications', [paragraph(undispensed)]), false);
  // Requested as a continuation, but new: the rationale says so.
  const neverFilled = 'The request is worded as a continuation, but Duexis is a new medication for this injured worker: she has not taken it.';
  assert.equal(isContinuedTreatment('Continue Duexis 800/26.6mg #90', 'medications', [paragraph(neverFilled)]), false);
  assert.equal(isContinuedTreatment('Continue Duexis 800/26.6mg #90', 'medications', [paragraph('The ODG does not recommend Duexis as a first-line drug.')]), true);
  // A drug to be weaned is one being taken.
  assert.equal(isContinuedTreatment('Oxycodone 15mg #180', 'medications', [paragraph('The dose is above the ceiling. Weaning is recommended.')]), true);
});

test('a condition just before the mention is no finding, though a negation stands earlier in the clause', () => {
  assert.equal(findFunctionalImprovement([paragraph('The guidelines set no maximum number of treatments when functional improvement is documented.')]).status, 'not-addressed');
  assert.equal(findFunctionalImprovement([paragraph('Objective functional improvement therefore cannot be established.')]).status, 'not-documented');
});

test('"IMR was requested on" dates the application; "board certified in Psychiatry by the American Board of ..." and "licenses in"', () => {
  assert.equal(findLetterDates([], [paragraph('IMR was requested on 01/30/2015.')]).application?.iso, '2015-01-30');
  const reviewer = findReviewer([paragraph('The physician is board certified in Psychiatry by the American Board of Psychiatry and Neurology. He holds active medical licenses in California and Washington.')]);
  assert.deepEqual([reviewer.specialty, reviewer.licensure], ['Psychiatry', ['California', 'Washington']]);
});

test("a letter's year is its application's, else its UR decision's; a 2013-format letter with neither is of 2013", () => {
  const date = (iso: string) => ({ iso, span: { start: 0, end: 0 } });
  const dates = { injury: date('2012-01-05'), application: null, urDecision: null };
  assert.equal(letterYear({ format: 'determination-2014', dates: { ...dates, application: date('2016-03-01'), urDecision: date('2015-12-20') } }), 2016);
  assert.equal(letterYear({ format: 'determination-2014', dates: { ...dates, urDecision: date('2015-12-20') } }), 2015);
  assert.equal(letterYear({ format: 'determination-2013', dates }), 2013);
  assert.equal(letterYear({ format: 'professional-review', dates }), null);
});

test('pronouns give the sex a letter never names; "his/her" and a mixed account give none', () => {
  assert.equal(findPatient([paragraph('The injured worker felt a sharp pull in his neck. He was diagnosed with a strain.')]).sex, 'male');
  assert.equal(findPatient([paragraph('The Expert Reviewer based his/her decision on the guidelines. He/she is licensed.')]).sex, null);
  assert.equal(findPatient([paragraph('She saw the surgeon, and he advised rest. She asked him about her knee.')]).sex, null);
  assert.deepEqual(findPatient([paragraph('This 58 year old right-hand-dominant man injured his shoulder.')]).age, 58);
  assert.equal(findPatient([paragraph('This 58 year old right-hand-dominant man injured his shoulder.')]).sex, 'male');
});

test("a utilization review that granted an earlier course does not date the decision under review", () => {
  const summary = paragraph(
    'On 10/02/2017, utilization review authorized 6 chiropractic visits; he attended 4 of them before the authorization expired on 11/30/2017. Utilization review dated January 19, 2018 non-certified the request.',
  );
  assert.equal(findLetterDates([], [summary]).urDecision?.iso, '2018-01-19');
});

test('an appeal that quotes a decision paragraph inside a line is not a letter', () => {
  const appeal = 'PETITION APPEALING ADMINISTRATIVE DETERMINATION\nThe determination states: "Final Determination: UPHOLD. This means we decided..."\n';
  assert.equal(parseLetter(appeal), null);
  assert.equal(parseLetter(LETTER_2013)?.format, 'determination-2013');
});

test('a professional review headed IS/WAS MEDICALLY NECESSARY overturns, and a rationale concluding otherwise conflicts', () => {
  const text = TWO_ISSUES.replace('within the guideline. The request is medically necessary.', 'over the guideline. The request is not medically necessary.');
  const letter = parseLetter(text)!;
  assert.equal(letter.items[0].decision, 'Overturned');
  assert.ok(analyzeLetter(letter).some((f) => f.code === 'decision-rationale-conflict'));
});

test('unnamed "peer-reviewed medical literature" is no guideline; "functional improvements" is an improvement statement', () => {
  assert.deepEqual(findCitations(paragraph('Decision based on generally accepted standards and the peer-reviewed medical literature.')), []);
  assert.equal(findFunctionalImprovement([paragraph('These are documented functional improvements attributable to tramadol.')]).status, 'documented');
});

test("of a summary's UR decisions, the last is the one under review; a header's UR date stands", () => {
  const summary = paragraph(
    'A request for 8 further lumbar chiropractic visits was denied by utilization review on 09/03/2014. Utilization Review non-certified both requests on 10/14/2014. The application for IMR was received on 10/27/2014.',
  );
  assert.equal(findLetterDates([], [summary]).urDecision?.iso, '2014-10-14');
  assert.equal(findLetterDates([paragraph('UR Denial Date: 09/03/2014')], [summary]).urDecision?.iso, '2014-09-03');
});

test("MAXIMUS's Independent Bill Review decision is not a letter, though it has the 2013 header and decision paragraph", () => {
  const bill = LETTER_2013.replace('MAXIMUS FEDERAL SERVICES, INC.\n', 'MAXIMUS FEDERAL SERVICES, INC.\nIndependent Bill Review\n');
  assert.equal(parseLetter(LETTER_2013)?.format, 'determination-2013');
  assert.equal(parseLetter(bill), null);
});

test('a claim number on the line after its label is an identifier', () => {
  const { lines } = linesOf('The correspondence identifies the claim as claim number\n2013-WC-448817. On 01/28/2015 UR non-certified it.\n');
  const found = findIdentifiers(lines);
  assert.deepEqual(found.map((f) => f.kind), ['claim-number']);
  assert.equal(lines[1].text.slice(0, found[0].span.end - lines[1].start), '2013-WC-448817');
});

test('a professional review with bulleted issues has an item for each, and bulleted parts of a shared section are theirs in order', () => {
  const text = TWO_ISSUES.replace('1. Occupational therapy', '\uf0b7\tOccupational therapy').replace('2. Tramadol', '\uf0b7\tTramadol')
    .replace(/Issue \d: [^\n]*\n/g, '')
    .replace(/(MEDICAL TREATMENT GUIDELINE\(S\)[^\n]*\n)(MTUS[^\n]*\n)(?:MEDICAL TREATMENT GUIDELINE\(S\)[^\n]*\n)/, '$1• $2• ')
    .replace(/(RATIONALE FOR WHY[^\n]*\n)(Six[^\n]*\n)RATIONALE FOR WHY[^\n]*\n/, '$1• $2• ');
  const letter = parseLetter(text)!;
  assert.deepEqual(letter.items.map((i) => i.service), ['Occupational therapy 2 times a week for 3 weeks for the right wrist', 'Tramadol ER 150 mg #30']);
  assert.deepEqual(letter.items.map((i) => i.citations.flatMap((c) => c.pages)), [[98, 99], [78]]);
});

test('a running header that repeats the title, a page list and a date broken by a page break', () => {
  const { lines, lineGap } = linesOf('MAXIMUS FEDERAL SERVICES, INC.\nthe pages 74-96, 78,\n\n\nPage 2 of 3\nMAXIMUS FEDERAL SERVICES, INC.\n80-82, and on January\n\nPage 3 of 3\n\n21st, 2014.\n');
  assert.deepEqual(lines.map((l) => l.text), ['the pages 74-96, 78,', '80-82, and on January', '21st, 2014.']);
  // Each line goes on with the paragraph before it, as if no page break stood between them.
  assert.deepEqual(lines.slice(1).map((l) => l.gapBefore), [lineGap, lineGap]);
  assert.equal(findLetterDates([], [paragraph('UR non-certified it on January 21st, 2014.')]).urDecision?.iso, '2014-01-21');
});

test('an aside between commas does not carry its negation into the clause; "53 y.o. female" gives the age', () => {
  const summary = paragraph("The psychologist's summary, which was not available to utilization review, shows that he documents objective functional improvement.");
  assert.equal(findFunctionalImprovement([summary]).status, 'documented');
  assert.deepEqual(findPatient([paragraph('The patient is a 53 y.o. female cashier.')]).age, 53);
});

test('a repeat MRI or injection is not judged on the benefit of the earlier one; a medication refill is', () => {
  assert.equal(isContinuedTreatment('Repeat MRI of the lumbar spine', 'imaging', []), false);
  assert.equal(isContinuedTreatment('Repeat lumbar epidural steroid injection', 'injections', []), false);
  assert.equal(isContinuedTreatment('Norco 10/325 #90 refill', 'medications', []), true);
});

test('a 2014 letter whose decisions heading was lost still has its items, read from the sentence that opens them', () => {
  const lead = 'The Final Determination was based on decisions for the disputed items/services set forth below:\n';
  const withHeading = ONE_THERAPY.replace('RATIONALES\n', 'RATIONALES\n' + lead);
  const text = withHeading.replace('IMR ISSUES, DECISIONS AND RATIONALES\n', '');
  assert.ok(!parseLetter(text)!.sections.some((s) => s.heading.startsWith('IMR ISSUES')), 'the heading is gone');
  assert.deepEqual(parseLetter(text)!.items.map((i) => i.service), ['Chiropractic treatment 6 additional visits']);
  assert.deepEqual(parseLetter(withHeading)!.items.map((i) => i.service), ['Chiropractic treatment 6 additional visits']);
});

test('an item line repeated across a page break is one item; a MAXIMUS review for the managed health care department is not a letter', () => {
  const repeated = ONE_THERAPY.replace('Chiropractic treatment 6 additional visits:  Upheld\n', 'Chiropractic treatment 6 additional visits:  Upheld\n\n\nChiropractic treatment 6 additional visits:  Upheld\n');
  assert.equal(parseLetter(repeated)!.items.length, 1);
  assert.equal(parseLetter(repeated)!.items[0].parts.length, 1);
  const health = 'MAXIMUS FEDERAL SERVICES, INC.\nIndependent Medical Review for the Department of Managed Health Care\n' + ONE_THERAPY;
  assert.equal(parseLetter(health), null);
  // Under 2013's letterhead, the headings both formats share mark a 2013 letter; 2014's decisions heading, one of 2014.
  assert.equal(parseLetter('MAXIMUS FEDERAL SERVICES, INC.\n' + ONE_THERAPY.replace(/^IMR ISSUES.*$/m, ''))?.format, 'determination-2013');
  assert.equal(parseLetter('MAXIMUS FEDERAL SERVICES, INC.\n' + ONE_THERAPY)?.format, 'determination-2014');
  assert.equal(parseLetter('MAXIMUS FEDERAL SERVICES, INC.\n' + ONE_THERAPY.replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND\nRATIONALES'))?.format, 'determination-2014');
});

test('a last sentence that decides in other words: "the prior non-certification is upheld", "cannot be recommended", "is certified"', () => {
  const conclusion = (text: string) => findConclusion(paragraph(text))?.necessary;
  assert.equal(conclusion('The therapy helped. The request is medically necessary. Accordingly, the prior non-certification is upheld.'), false);
  assert.equal(conclusion('Further physical therapy for the left knee cannot be recommended.'), false);
  assert.equal(conclusion('Her grip improved. Gabapentin 300 mg #90 is certified.'), true);
  // A verdict before the last sentence does not override the necessity stated after it.
  assert.equal(conclusion('The request is not supported by UR. The request is medically necessary.'), true);
});

test('"nothing links", "only subjective", "cannot be said ... no": how improvement is denied or affirmed', () => {
  assert.equal(findFunctionalImprovement([paragraph('Nothing in the records links any gain in function to acupuncture.')]).status, 'not-documented');
  assert.equal(findFunctionalImprovement([paragraph('The benefit described is only subjective: she feels calmer.')]).status, 'not-documented');
  assert.equal(findFunctionalImprovement([paragraph('It cannot be said that the 12 visits he has completed produced no functional improvement: flexion improved.')]).status, 'documented');
  assert.equal(findFunctionalImprovement([paragraph('It cannot be said that the visits produced functional improvement.')]).status, 'not-documented');
  // A condition the letter says is met, or is not.
  const met = (end: string) => findFunctionalImprovement([paragraph(`The guideline allows 10 visits when there is objective functional improvement${end}`)]).status;
  assert.equal(met(', and there is: her score fell from 30 to 18.'), 'documented');
  assert.equal(met(', but there is none.'), 'not-documented');
  assert.equal(met('.'), 'not-addressed');
  // A sentence with 6 treatments "certified ... and she exhausted them" completed all 6.
  assert.ok(findCompletedCounts('6 treatments were certified on 05/02/2013, and she exhausted them on 06/20/2013.').completed.some((h) => h.value === 6));
});

test('a shared professional-review section in paragraphs labelled with each issue gives each item its own part', () => {
  const text = TWO_ISSUES.replace(/Issue \d: [^\n]*\n/g, '')
    .replace(/(MEDICAL TREATMENT GUIDELINE\(S\)[^\n]*\n)(MTUS[^\n]*\n)(?:MEDICAL TREATMENT GUIDELINE\(S\)[^\n]*\n)/, '$1Occupational therapy: $2Tramadol: ')
    .replace(/(RATIONALE FOR WHY[^\n]*\n)(Six[^\n]*\n)RATIONALE FOR WHY[^\n]*\n/, '$1Occupational therapy: $2Tramadol ER: ');
  const letter = parseLetter(text)!;
  assert.deepEqual(letter.items.map((i) => i.citations.flatMap((c) => c.pages)), [[98, 99], [78]]);
});

test('dates as "14 March 2012", ages as "46 years of age" and "sixty-four-year-old", a count "he has completed"', () => {
  assert.equal(findLetterDates([], [paragraph('She was injured at work on 14 March 2012.')]).injury?.iso, '2012-03-14');
  assert.equal(findPatient([paragraph('Ms. [redacted] is 46 years of age.')]).age, 46);
  const inWords = findPatient([paragraph('She is a sixty-four-year-old woman.')]);
  assert.deepEqual([inWords.age, inWords.sex], [64, 'female']);
  assert.deepEqual(findCompletedCounts('It cannot be said that the 12 chiropractic visits he has completed produced nothing.').completed.map((h) => h.value), [12]);
});

test("a count in an item's own rationale that names another part of the body is not the item's", () => {
  const owner = countOwner('Chiropractic manipulation 2 times a week for 3 weeks for the lumbar spine', 'chiropractic', false);
  assert.equal(owner.ownsInOwnParts(nearCount('16 chiropractic visits he received in 2012 treated his neck')), false);
  assert.equal(owner.ownsInOwnParts(nearCount('6 chiropractic visits since 07/2014')), true);
});

test('a date of service is never one of the letter dates; "; Topic (FRPs) Page(s): 49" stays in the citation', () => {
  const summary = paragraph('On 11/24/14, the injured worker submitted an application for IMR for review of Ketoprofen cream (DOS: 10/14/2014).');
  assert.equal(findLetterDates([], [summary]).application?.iso, '2014-11-24');
  const frp = 'MTUS Chronic Pain Treatment Guidelines Chronic pain programs Page(s): 30-34; Functional restoration programs (FRPs) Page(s): 49.';
  assert.deepEqual(citationPages(frp), ['MTUS Chronic Pain:30,34,49']);
});

test('an item line with no parts shares those of the next item when its rationale names the treatment', () => {
  const two = ONE_THERAPY.replace(
    'Chiropractic treatment 6 additional visits:  Upheld\n',
    'Retrospective request for Ketoprofen 20% cream:  Upheld\nChiropractic treatment 6 additional visits:  Upheld\n',
  );
  const shared = two.replace('The request is not medically necessary.', 'Ketoprofen and the visits are addressed together. The request is not medically necessary.');
  assert.equal(parseLetter(two)!.items[0].parts.length, 0);
  assert.equal(parseLetter(shared)!.items[0].parts.length, 1);
});

test('professional-review issues as questions or as "The issue in dispute is whether ...", and a rationale heading left alone by a lost page', () => {
  const questions = TWO_ISSUES.replace('1. Occupational therapy 2 times a week for 3 weeks for the right wrist', 'Is the request for occupational therapy 2 times a week for 3 weeks\nmedically necessary?')
    .replace('2. Tramadol ER 150 mg #30', 'Is the request for Tramadol ER 150 mg #30 medically necessary?');
  assert.deepEqual(parseLetter(questions)!.items.map((i) => i.service), ['occupational therapy 2 times a week for 3 weeks', 'Tramadol ER 150 mg #30']);
  const sentence = TWO_ISSUES.replace(/1\. Occupational[^\n]*\n2\. Tramadol[^\n]*\n/, 'The issue in dispute is whether Tramadol ER 150 mg #30 is medically necessary.\n');
  assert.equal(parseLetter(sentence)!.items[0].service, 'Tramadol ER 150 mg #30');
  const lost = 'MEDICAL PROFESSIONAL REVIEW\nISSUE AT DISPUTE:\nDisputed item 1 of 1: Left cubital tunnel release\nCASE SUMMARY:\nThe patient is a 48 year old male.\nRATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY:\nMEDICAL REVIEWER QUALIFICATIONS:\nThe reviewer is board certified in Plastic Surgery.\n';
  const letter = parseLetter(lost)!;
  assert.deepEqual([letter.items[0].service, letter.items[0].decision], ['Left cubital tunnel release', 'Overturned']);
});

test('"medical necessity ... has (not) been established", a counterfactual, and words that only look like a negation', () => {
  assert.equal(findConclusion(paragraph('The medical necessity of aquatic therapy 2 times a week for 4 weeks for the lumbar spine and left knee has been established.'))?.necessary, true);
  assert.equal(findConclusion(paragraph('Medical necessity for the injection has not been established.'))?.necessary, false);
  assert.equal(findFunctionalImprovement([paragraph("Had the psychologist's notes shown objective functional improvement, more sessions might be considered.")]).status, 'not-documented');
  assert.equal(findFunctionalImprovement([paragraph('There is no doubt that the sessions produced functional improvement.')]).status, 'documented');
});

test('"Board Certification:" and "Licensure:" lines; "DOI:" dates the injury', () => {
  const reviewer = findReviewer([paragraph('Board Certification: Orthopaedic Surgery\nLicensure: California, Nevada')]);
  assert.deepEqual([reviewer.specialty, reviewer.licensure], ['Orthopaedic Surgery', ['California', 'Nevada']]);
  assert.equal(findLetterDates([], [paragraph('DOI: 11/18/2013. UR determination: 04/13/2015.')]).injury?.iso, '2013-11-18');
});

test('a guideline procedure after ", because" is no finding, and the negation before it does not reach it', () => {
  const text = 'An open-ended request cannot be supported, because treatment is to be given in courses with reassessment of functional improvement after each.';
  assert.equal(findFunctionalImprovement([paragraph(text)]).status, 'not-addressed');
});

test('a labelled state of licensure spans its whole label, "State(s) of" included', () => {
  const credentials = paragraph('State(s) of Licensure: California');
  assert.equal(findReviewer([credentials]).span?.start, 0);
});

test('pages written before the guideline name are its pages; those of an earlier citation are not', () => {
  assert.deepEqual(citationPages('Aquatic therapy is covered on page 22 of the Chronic Pain Medical Treatment Guidelines.'), ['MTUS Chronic Pain:22']);
  assert.deepEqual(citationPages('The ACOEM guidelines, page 204, and the MTUS Chronic Pain Medical Treatment Guidelines agree.'), ['ACOEM:204', 'MTUS Chronic Pain:']);
});

test('a phone number cut by a line break after its exchange or its area code is an identifier', () => {
  const { lines } = linesOf('her therapy office telephone (951) 555-\n0174) states that the visits were put on hold\n');
  const found = findIdentifiers(lines);
  assert.deepEqual(found.map((f) => f.kind), ['phone']);
  assert.deepEqual(found[0].span, { start: lines[0].text.indexOf('(951)'), end: lines[1].start + 4 });
  const text = 'requested from that office, Foothill Family Chiropractic, (909)\n555-0183, on 1-14-2019, but';
  const cut = findIdentifiers(linesOf(text).lines);
  assert.deepEqual(cut.map((f) => text.slice(f.span.start, f.span.end)), ['(909)\n555-0183']);
  // Seven digits after a line that ends with no area code are no phone number.
  assert.deepEqual(findIdentifiers(linesOf('the notes of visit (12)\n555-0183 aside').lines), []);
});

test('a soft hyphen at a line end joins the word like a hyphen; "a Diplomate of the American Board of X" is board certified in X', () => {
  const { lines } = linesOf('Eight (8) additional sessions of individual psycho\u00ad\ntherapy is not medically necessary.\n');
  assert.equal(joinLines(lines, 0, lines.length).text.includes('psychotherapy'), true);
  const reviewer = findReviewer([paragraph('The reviewer is a Diplomate of the American Board of Orthopaedic Surgery and holds a license to practice medicine in the State of California.')]);
  assert.deepEqual([reviewer.specialty, reviewer.licensure], ['Orthopaedic Surgery', ['California']]);
});

test("a count utilization review is said to have stated gives way to the letter's own, and is taken when the letter has none", () => {
  const done = (summary: string) => parseLetter(ONE_THERAPY.replace('She has had 8 chiropractic visits since then.', summary))!.items[0].completedSessions?.value;
  const reported = 'Utilization review denied the request on the ground that she had completed 12 chiropractic visits.';
  assert.equal(done(`${reported} The provider's log shows she attended 7 chiropractic visits.`), 7);
  assert.equal(done(reported), 12);
  // Said by the letter itself, the larger count wins as before.
  assert.equal(done('She had completed 12 chiropractic visits. The log shows she attended 7 chiropractic visits.'), 12);
});

test('"a dozen visits" and "twenty-six sessions" are counts', () => {
  assert.deepEqual(completedValues('The patient has had a dozen visits so far.'), [12]);
  assert.deepEqual(completedValues('She has attended twenty-six sessions of therapy.'), [26]);
});

test('a layout-keeping extraction: a decision pushed to the right margin, and labels with runs of spaces', () => {
  const gap = ' '.repeat(60);
  const letter = parseLetter(
    ONE_THERAPY.replace('Chiropractic treatment 6 additional visits:  Upheld', `Chiropractic treatment 6 additional visits:${gap}Upheld`).replace(
      'Decision rationale:',
      'Decision  rationale:',
    ),
  )!;
  assert.equal(letter.items[0].service, 'Chiropractic treatment 6 additional visits');
  assert.equal(letter.items[0].decision, 'Upheld');
  assert.deepEqual(
    letter.items[0].parts.map((p) => [p.kind, p.label]),
    [['rationale', 'Decision rationale']],
  );
});

test("a shared guideline section whose sentences name each issue in turn gives each issue its sentences", () => {
  const shared = TWO_ISSUES.slice(0, TWO_ISSUES.indexOf('Issue 1:')).concat(
    'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:\n',
    'For the occupational therapy, the reviewer relied on the MTUS Chronic Pain Medical Treatment Guidelines,\n',
    'pages 98-99. For the tramadol, the reviewer relied on the MTUS Chronic Pain Medical Treatment Guidelines, page 78.\n',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\n',
    'The request is not medically necessary.\n',
  );
  const pages = (text: string) => parseLetter(text)!.items.map((i) => i.citations.flatMap((c) => c.pages));
  assert.deepEqual(pages(shared), [[98, 99], [78]]);
  // A sentence opened for one issue is that issue's alone, though the other's sentence opens with no name.
  assert.deepEqual(pages(shared.replace('For the tramadol, the', 'The')), [[98, 99, 78], [78]]);
});

test('counts of several therapies in one sentence: whose words are inside the count, and what a count without its unit granted', () => {
  // "of 12 authorized visits" in a "to date" clause are the visits granted; "attended 6 before" and "since 11/2014" are given.
  assert.deepEqual(completedValues('Treatment to date has included a course of therapy, of which she attended 6 of 12 authorized visits.'), [6]);
  assert.deepEqual(completedValues('She was authorized 12 visits and attended 6 before knee pain stopped her.'), [6]);
  assert.deepEqual(completedValues('The report of 3/30/15 lists eleven acupuncture treatments since 11/2014.'), [11]);
  assert.deepEqual(completedValues('She has taken tramadol 50 mg four times a day since 2013.'), []);
  const summary = 'Physical therapy for both: twelve knee therapy visits were authorized in 2014 and he attended ten of them, while six visits were authorized for the neck and he has attended four.';
  const letter = ONE_THERAPY.replace('Chiropractic treatment 6 additional visits', 'Physical therapy 2 times a week for 3 weeks for the cervical spine').replace(
    'She completed 12 sessions of physical therapy in 2012. She has had 8 chiropractic visits since then.',
    summary,
  );
  assert.equal(parseLetter(letter)!.items[0].completedSessions?.value, 4);
  // In a rationale shared by two issues, a count naming the other's therapy only is not the item's.
  const pt = countOwner('Physical therapy 2 times a week for 3 weeks for the lumbar spine', 'physical therapy', false);
  assert.equal(pt.ownsInOwnParts(nearCount('12 chiropractic visits')), false);
  assert.equal(pt.ownsInOwnParts(nearCount('4 visits')), true);
});

test('a heading run into its first sentence stands apart; "physical therapy, six visits, completed in March" is a count given', () => {
  const merged = ONE_THERAPY.replace('CLINICAL CASE SUMMARY\nThe patient', 'CLINICAL CASE SUMMARY The patient');
  const letter = parseLetter(merged)!;
  assert.deepEqual(letter.sections.map((s) => s.heading), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']);
  assert.equal(letter.patient.age, 40);
  // A line of prose in capitals up to its first sentence is no heading.
  assert.equal(parseLetter(merged.replace('CLINICAL CASE SUMMARY The', 'CLINICAL NOTES The'))!.sections.length, 2);
  assert.deepEqual(findCompletedCounts('She has had a home exercise program and physical therapy, six visits, completed in March 2015.').completed.map((h) => h.value), [6]);
});

test('round 16b: states listed "as well as", "and in", "the State of ... and the State of ..."', () => {
  assert.deepEqual(licensureIn('The reviewer is licensed to practice in California as well as Nevada.'), ['California', 'Nevada']);
  assert.deepEqual(licensureIn('The reviewer holds a license to practice in California and in Texas.'), ['California', 'Texas']);
  assert.deepEqual(licensureIn('He is licensed to practice in the State of California and the State of Oregon.'), ['California', 'Oregon']);
});

test('round 16b: pages "98 to 99", "67 through 73" and "p 99"', () => {
  const pages = (text: string) => findCitations(paragraph(text)).flatMap((c) => c.pages);
  assert.deepEqual(pages('the MTUS Chronic Pain Medical Treatment Guidelines, pages 98 to 99'), [98, 99]);
  assert.deepEqual(pages('the MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, pages 67 through 73'), [67, 73]);
  assert.deepEqual(pages('the MTUS Chronic Pain Medical Treatment Guidelines, p 99'), [99]);
});

test('round 16b: conclusions "neither ... nor", in one word ("... are."), "therefore certified", and utilization review\'s words', () => {
  assert.equal(necessityIn('Tramadol is therefore neither medically necessary nor appropriate.'), false);
  assert.equal(necessityIn('Twelve more visits would not be medically necessary. The six requested, within the guideline, are.'), true);
  assert.equal(necessityIn('The visits are medically necessary. Twelve more are not.'), false);
  assert.equal(necessityIn('The MRI is medically necessary. This reviewer does not agree with the utilization review determination that it was not medically necessary.'), true);
  assert.equal(necessityIn('The guidelines are met. The request is therefore certified.'), true);
});

test('round 16b: "2 × 3", "attended all but 3 of them", "six visits billed between", "remains to be demonstrated", a condition unmet', () => {
  // The parser reads "×" as the letter x (see plainText).
  assert.equal(findRequestedCount(plainText('Physical therapy 2 × 3 for the left shoulder'))?.value, 6);
  assert.deepEqual(completedValues('Twelve visits were authorized, and she attended all but 3 of them.'), [9]);
  assert.deepEqual(completedValues('The ledger lists six visits billed between 02/10/2015 and 03/26/2015.'), [6]);
  assert.equal(improvementIn('Functional improvement from the 8 sessions remains to be demonstrated.'), 'not-documented');
  assert.equal(improvementIn('It would be medically necessary if it had produced an improvement in function. It has produced neither.'), 'not-documented');
  assert.equal(improvementIn('It would be medically necessary if it had produced an improvement in function.'), 'not-addressed');
});

test("round 16b: someone else's age or sex, an earlier injury, and a list of events led by their dates", () => {
  const patient = findPatient([paragraph('The injured worker, who cares for her 81-year-old father, is a 57 year old custodian. She and a male coworker lifted a table.')]);
  assert.deepEqual([patient.age, patient.sex], [57, 'female']);
  const injury = findLetterDates([], [paragraph('She reports a prior injury to the same knee on 06/14/2009. The industrial injury occurred on 04/03/2012.')]).injury?.iso;
  assert.equal(injury, '2012-04-03');
  const events = paragraph('The case file shows: 03/11/2013 – Date of injury 06/02/2014 – Psychological evaluation 12/22/2014 – Utilization review non-certification 01/05/2015 – Application for Independent Medical Review received');
  const dates = findLetterDates([], [events]);
  assert.deepEqual([dates.injury?.iso, dates.urDecision?.iso, dates.application?.iso], ['2013-03-11', '2014-12-22', '2015-01-05']);
});

test('round 17a: schedules, counts in other words, "unnecessary", "undocumented", "ISSUE(S) AT DISPUTE:", "both" and "the States of"', () => {
  const requested = (text: string) => findRequestedCount(text)?.value;
  assert.equal(requested('Individual psychotherapy every other week for 12 weeks'), 6);
  assert.equal(requested('Chiropractic treatment 2 times a week for 3 weeks, then 1 time a week for 4 weeks'), 10);
  assert.deepEqual(findStatedRequests('The acupuncturist now asks for another half-dozen treatments, at one a week.').map((r) => r.hit.value), [6]);
  assert.deepEqual(completedValues('The ledger lists 30 units of service billed over 10 visits between 10/20/2014 and 01/16/2015.'), [10]);
  assert.deepEqual(completedValues('The patient was 8 visits into a 12-visit authorization when it expired.'), [8]);
  assert.deepEqual(completedValues('The flow sheet shows that she attended three times a week for two weeks without a missed appointment.'), [6]);
  assert.equal(necessityIn('Alprazolam is no longer medically necessary.'), false);
  assert.equal(necessityIn('The tramadol is medically unnecessary.'), false);
  assert.equal(findFunctionalImprovement([paragraph('Functional improvement from the 4 sessions is undocumented.')]).status, 'not-documented');
  assert.deepEqual(findCitations(paragraph('The MTUS Chronic Pain Medical Treatment Guidelines (CPMTG) apply; the CPMTG, page 68, and pages 101 & 102.')).map((c) => c.pages), [[], [68, 101, 102]]);
  assert.deepEqual(licensureIn('He is licensed to practice in both California and Nevada.'), ['California', 'Nevada']);
  assert.deepEqual(licensureIn('She is licensed to practice in the States of California and Arizona.'), ['California', 'Arizona']);
  assert.deepEqual(licensureIn('He is licensed to practice in California and in the Commonwealth of Massachusetts.'), ['California', 'Massachusetts']);
  assert.equal(parseLetter(TWO_ISSUES.replace('ISSUE AT DISPUTE:', 'ISSUE(S) AT DISPUTE:'))!.items.length, 2);
});

test('round 18a: "the records document 24 visits", "eleven days later", a conclusion in the conditional, a negation after "8 C.C.R. 9792.20(f)"', () => {
  assert.deepEqual(completedValues('In all, the records document 24 physical therapy visits for the lumbar spine.'), [24]);
  assert.deepEqual(completedValues('The authorization log shows 12 treatments authorized between 6/2013 and 9/2013.'), []);
  assert.deepEqual(completedValues('Utilization review denied it, and the application was received eleven days later.'), []);
  assert.equal(necessityIn('The 8 visits are medically necessary. Visits beyond 18 would not be medically necessary without a new injury.'), true);
  const fi = findFunctionalImprovement([paragraph('Functional improvement as defined in 8 C.C.R. 9792.20(f) has not been demonstrated.')]).status;
  assert.equal(fi, 'not-documented');
});

test('round 18b: headings with colons, dotted dates, "714/555-0162", "Carrier File No.", "turned 34", "#8", a month of visits, "sessions 1 through 4"', () => {
  const withColons = ONE_THERAPY.replace('HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE IMR FINAL DETERMINATION WAS MADE:').replace('CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMMARY:');
  assert.equal(parseLetter(withColons)?.format, 'determination-2014');
  assert.equal(findLetterDates([], [paragraph('She sustained an industrial injury on 07.14.2013. On 8.1.2013 she saw a doctor.')]).injury?.iso, '2013-07-14');
  const kinds = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  assert.deepEqual(kinds('Call the office at 714/555-0162.'), ['phone']);
  assert.deepEqual(kinds('Carrier File No.: 22-0713-55841'), ['claim-number']);
  assert.deepEqual(kinds('Claims Number:  9K41-WC-338291     UR Denial Date:  10/08/2013'), ['claim-number']);
  assert.deepEqual(kinds('The Claims Administrator based its decision on the guidelines.'), []);
  assert.equal(findPatient([paragraph('The injured worker turned 34 in 11/2014. He works as a roofer.')]).age, 34);
  assert.equal(findRequestedCount('Physical therapy #8 for the cervical spine')?.value, 8);
  assert.equal(findRequestedCount('Aquatic therapy twice weekly for one month for the lumbar spine')?.value, 8);
  assert.ok(findCompletedCounts('The therapist notes cover sessions 1 through 4 in December.').completed.some((h) => h.value === 4));
});

test('round 18b: "devoid of", "not insignificant", "It has not been shown that ... is medically necessary"', () => {
  assert.equal(improvementIn('The course has been devoid of functional improvement.'), 'not-documented');
  assert.equal(improvementIn('The notes show a not insignificant functional improvement.'), 'documented');
  assert.equal(findConclusion(paragraph('It has not been shown that a repeat MRI of the lumbar spine is medically necessary.'))?.necessary, false);
  const disagrees = 'The request is medically necessary. This reviewer therefore disagrees with the utilization review determination that the 7-day rental of the cold therapy unit is not medically necessary.';
  assert.equal(findConclusion(paragraph(disagrees))?.necessary, true);
});

test('round 19a: "47-" / "year-old", "is now 41", "waitress", "805 555-0143", "been to physical therapy 10 times", "x 4 weeks, 2 visits per week", "improved functionally"', () => {
  const { lines } = linesOf('The patient is a 47-\nyear-old male.');
  assert.equal(joinLines(lines, 0, lines.length).text, 'The patient is a 47-year-old male.');
  assert.equal(findPatient([paragraph('She was 38 years old when she was injured. She is now 41.')]).age, 41);
  assert.equal(findPatient([paragraph('The patient, a 52-year-old waitress, slipped at work.')]).sex, 'female');
  assert.deepEqual(findIdentifiers(linesOf('Her physician can be reached at 805 555-0143.').lines).map((i) => i.kind), ['phone']);
  assert.ok(findCompletedCounts('She has been to physical therapy 10 times since 10/2014.').completed.some((h) => h.value === 10));
  assert.equal(findRequestedCount('Physical therapy x 4 weeks, 2 visits per week, lumbar spine')?.value, 8);
  assert.equal(findFunctionalImprovement([paragraph('The notes do not show that she has improved functionally.')]).status, 'not-documented');
});

test('the letters left out before: states with the year of licence, the District of Columbia, "none is described", "The improvement is real", "calls for"', () => {
  assert.deepEqual(licensureIn('The reviewer has been licensed in California since 1994 and in Nevada since 2001.'), ['California', 'Nevada']);
  assert.deepEqual(licensureIn('The reviewer is licensed to practice in the District of Columbia.'), ['District of Columbia']);
  assert.equal(improvementIn('Functional improvement, as defined in 8 C.C.R. 9792.20(f), would be expected if the drug were helping; none is described.'), 'not-documented');
  assert.equal(improvementIn('The guidelines require functional improvement, but none has been documented.'), 'not-documented');
  assert.equal(improvementIn('Functional improvement is documented; none of the visits was missed.'), 'documented');
  assert.equal(improvementIn('She now shops alone. The improvement is real and is documented.'), 'documented');
  assert.equal(improvementIn('There is no functional improvement. The ODG likewise calls for evidence of objective functional improvement.'), 'not-documented');
});

test('the letters left out before: "chiropractic care x 8" in treatment to date, visits listed by their dates, a quoted "Visit 4/12", an e-mail cut at its hyphen', () => {
  const history = 'Treatment to date has included medications, physical therapy x 12 (2013), a home exercise program and chiropractic care x 8 (10/2014 to 12/2014).';
  const done = (summary: string) => parseLetter(ONE_THERAPY.replace('She completed 12 sessions of physical therapy in 2012. She has had 8 chiropractic visits since then.', summary))!.items[0].completedSessions?.value;
  assert.equal(done(history), 8, "the x 12 is physical therapy's");
  assert.equal(done(history.replace('chiropractic care x 8', 'acupuncture x 8')), undefined);
  assert.equal(done('The request is for chiropractic care x 8.'), undefined, 'outside a list of treatment given, "x 8" is no count given');
  assert.deepEqual(completedValues('The notes document visits on 07/08/2013, 07/10/2013 and 07/15/2013.'), [3]);
  assert.deepEqual(completedValues('She has scheduled visits on 07/08/2013 and 07/10/2013.'), []);
  assert.deepEqual(completedValues("The daily note is headed 'Visit 4/12'."), [4]);
  assert.deepEqual(completedValues('She was seen at the visit 4/12 for a recheck.'), []);
  const { lines } = linesOf('from his chiropractor (dr.pham@harbor-\nchiro.com) and asks for six visits');
  const found = findIdentifiers(lines);
  assert.deepEqual(found.map((f) => f.kind), ['email']);
  assert.deepEqual(found[0].span, { start: lines[0].start + lines[0].text.indexOf('dr.pham'), end: lines[1].start + 'chiro.com'.length });
});

test('a decision run together with the label after it starts the item line\'s decision, with one space or a run of them', () => {
  const letter = (decisionLine: string) =>
    parseLetter(ONE_THERAPY.replace('Chiropractic treatment 6 additional visits:  Upheld\nDecision rationale:', `Chiropractic treatment 6 additional visits:\n${decisionLine}`))!;
  for (const run of [' ', '   ']) {
    const parsed = letter(`Upheld${run}Decision rationale: The request is not medically necessary.`);
    assert.equal(parsed.items[0].decision, 'Upheld');
    assert.equal(parsed.items[0].service, 'Chiropractic treatment 6 additional visits');
    assert.deepEqual(parsed.items[0].parts.map((p) => p.kind), ['rationale']);
  }
  // A line that starts with the word but goes on with no label is no decision line.
  assert.equal(letter('Upheld decisions are rare. Decision rationale: The request is not medically necessary.').items[0]?.decision ?? null, null);
});

test('round 20: "an initial trial of 4", "all 4 sessions", "the 4 sessions completed", "the sixth of eight authorized visits", "4 of them have been used", "a course of 12"', () => {
  assert.deepEqual(findCompletedCounts('Utilization review authorized an initial trial of 4 sessions.').authorized.map((h) => h.value), [4]);
  assert.deepEqual(completedValues('The report confirms that the patient attended all 4 sessions.'), [4]);
  assert.deepEqual(completedValues('The 6 sessions requested, added to the 4 sessions completed, total 10 visits.'), [4]);
  assert.deepEqual(completedValues('The 6 sessions completed by June would be the last.'), [], 'what is to be completed by a date is not done');
  assert.deepEqual(completedValues('The progress note documents the sixth of eight authorized visits.'), [6]);
  assert.deepEqual(completedValues('Massage therapy was certified for 6 sessions on 10/3/14; 4 of them have been used.'), [4]);
  const done = (summary: string) => parseLetter(ONE_THERAPY.replace('She has had 8 chiropractic visits since then.', summary))!.items[0].completedSessions?.value;
  assert.equal(done('She completed a course of 12 with the treating chiropractor between 09/2014 and 03/2015.'), 12);
});

test('round 20: a day program\'s weeks completed are its days; "no question that", a requirement "satisfied", "maintains licensure in"', () => {
  const weeks = findCompletedCounts('She completed the first 2 weeks of the program.').completed;
  assert.deepEqual(weeks.map((h) => [h.value, h.dayProgramOnly]), [[10, true]]);
  assert.equal(improvementIn('There is no question that she has made objective functional gains.'), 'documented');
  assert.equal(improvementIn("His progress satisfies the guideline's requirement of objective functional improvement."), 'documented');
  assert.equal(improvementIn("His progress does not satisfy the guideline's requirement of objective functional improvement."), 'not-documented');
  assert.equal(improvementIn('The guidelines allow more visits with evidence of objective functional improvement.'), 'not-addressed');
  assert.deepEqual(findReviewer([paragraph('The reviewer maintains licensure in California and Arizona and is board certified in Anesthesiology.')]).licensure, ['California', 'Arizona']);
});

test('round 21: a shared rationale in paragraphs numbered "(1)", "(2)"; "Licensed in California and Washington."; "allowed him to give up his cane"', () => {
  const shared = TWO_ISSUES.replace(/Issue 1: [^\n]*\n/, '')
    .replace(/Issue 2: [^\n]*\nMEDICAL TREATMENT GUIDELINE[^\n]*\n[^\n]*\n/, '')
    .replace('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY:\n', 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\n(1) Occupational therapy: ')
    .replace('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\nThe urine', '(2) Tramadol ER: The urine');
  const letter = parseLetter(shared)!;
  assert.deepEqual(letter.items.map((i) => i.decision), ['Overturned', 'Upheld']);
  assert.ok(letter.items[1].parts.some((p) => p.kind === 'rationale' && p.text.startsWith('(2) Tramadol')));
  assert.deepEqual(licensureIn('Board Certified in Anesthesiology. Licensed in California and Washington.'), ['California', 'Washington']);
  assert.deepEqual(licensureIn('The Expert Reviewer is Licensed in Psychology, and is licensed to practice in California.'), ['California']);
  assert.equal(improvementIn('The injection allowed him to give up his cane, an objective functional improvement.'), 'documented');
  assert.equal(improvementIn('The guidelines allowed more visits with objective functional improvement.'), 'not-addressed');
});

test('round 21b: "47 y/o F", "a 63-year-old mother of three", "aged fifty-two", "Age: 44  Sex: F" in a header block', () => {
  assert.deepEqual(patientIn('The patient is a 47 y/o F who fell at work.'), [47, 'female']);
  assert.deepEqual(patientIn('The claimant is a 63-year-old mother of three who works as a cook.'), [63, 'female']);
  assert.deepEqual(patientIn('She drives her 81-year-old father to his appointments.').slice(0, 1), [null], "a relative's age is not the patient's");
  assert.deepEqual(patientIn('The patient is a grocery stocker, aged fifty-two, who reported heel pain.')[0], 52);
  const header = [paragraph('Injured Worker: [redacted]      Age: 44      Sex: F')];
  const fromHeader = findPatient([paragraph('The injured worker felt a pull in the low back while lifting.')], header);
  assert.deepEqual([fromHeader.age, fromHeader.sex], [44, 'female']);
  assert.ok(fromHeader.span, 'the field is where the finding points');
});

test('round 21b: "17-SEP-2012", "the 2nd of March, 2015", "UR Determination Date:", "filed for Independent Medical Review"', () => {
  const dates = (header: string[], summary: string) => {
    const d = findLetterDates(header.map((h) => paragraph(h)), [paragraph(summary)]);
    return [d.injury?.iso ?? null, d.urDecision?.iso ?? null, d.application?.iso ?? null];
  };
  assert.deepEqual(dates(['Date of Injury: 17-SEP-2012', 'UR Determination Date: 09-MAR-2015'], 'Nothing here.'), ['2012-09-17', '2015-03-09', null]);
  assert.deepEqual(
    dates([], 'She was injured on the 2nd of March, 2015. Utilization review non-certified it on 2-5-16. Her attorney filed for Independent Medical Review on 2-16-16.'),
    ['2015-03-02', '2016-02-05', '2016-02-16'],
  );
});

test('round 21b: credentials on the line below their labels, "certified by the American Board of", states as postal codes; a 2013 service without the comma before "is"', () => {
  const below = findReviewer([paragraph('State(s) of Licensure:\nCalifornia, Pennsylvania\nCertification(s)/Specialty:\nOrthopaedic Surgery')]);
  assert.deepEqual([below.specialty, below.licensure], ['Orthopaedic Surgery', ['California', 'Pennsylvania']]);
  const empty = findReviewer([paragraph('State(s) of Licensure:\nCertification(s)/Specialty: Psychiatry')]);
  assert.deepEqual([empty.specialty, empty.licensure], ['Psychiatry', []], 'a label with no value does not take the next label');
  assert.equal(findReviewer([paragraph('The reviewer is certified by the American Board of Foot and Ankle Surgery, and is licensed in California.')]).specialty, 'Foot and Ankle Surgery');
  assert.deepEqual(findReviewer([paragraph('The reviewer holds unrestricted medical licenses in CA and AZ.')]).licensure, ['California', 'Arizona']);
  assert.deepEqual(findReviewer([paragraph('The reviewer is licensed in DC and WY.')]).licensure, ['District of Columbia', 'Wyoming']);
  const letter = parseLetter(LETTER_2013.replace('Item 1: Tramadol ER 150 mg #30 is certified.', 'Item 1: Custom-molded foot orthotics, one pair, is medically necessary and appropriate.'));
  assert.equal(letter?.items[0].service, 'Custom-molded foot orthotics, one pair');
});

test('round 22c: a notice that implements a 2013 determination is no letter; a heading wrapped over four lines; a speck of a scan before an item line', () => {
  const notice = [
    'RE:  NOTICE OF AUTHORIZATION - IMPLEMENTATION OF INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION',
    '     Date of Injury:         04/02/2012',
    '     UR Denial Date:         08/26/2013',
    '     Final Determination:    OVERTURN IN PART, dated 12/02/2013',
    '  1. Chiropractic treatment 2 times a week for 4 weeks is medically necessary and appropriate.',
  ].join('\n');
  assert.equal(parseLetter(notice), null);
  assert.equal(parseLetter(`MAXIMUS FEDERAL SERVICES, INC.\n${notice}`)?.format, 'determination-2013', 'under the MAXIMUS title the same lines are a letter');
  const narrow = TWO_ISSUES.replace('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY:', 'RATIONALE FOR WHY THE\nREQUESTED TREATMENT/SERVICE\nIS/WAS MEDICALLY\nNECESSARY:');
  assert.ok(parseLetter(narrow)!.sections.some((s) => s.heading === 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS MEDICALLY NECESSARY:'));
  const speck = parseLetter(ONE_THERAPY.replace('Chiropractic treatment 6 additional visits:  Upheld', "  '\nChiropractic treatment 6 additional visits:  Upheld"))!;
  assert.equal(speck.items[0].service, 'Chiropractic treatment 6 additional visits');
});

test('round 22a: "half of the 12 authorized", "authorized/attended: 6/4", "BIW x 4 weeks", "will have completed", an aside before ", and which"', () => {
  assert.deepEqual(completedValues('The injured worker completed half of the 12 authorized visits before it expired.'), [6]);
  assert.deepEqual(completedValues('Chiropractic care was authorized for 12 visits on 10/06/2014; she completed half of them before 12/31/2014.'), [6]);
  const slash = findCompletedCounts('Sessions authorized/attended: 6/4 (authorization expired 12/31/2014)');
  assert.deepEqual([slash.completed.map((h) => h.value), slash.authorized.map((h) => h.value)], [[4], [6]]);
  assert.equal(findRequestedCount('Physical therapy BIW x 4 weeks for the right shoulder')?.value, 8);
  assert.equal(findRequestedCount('Physical therapy TIW for 2 wks')?.value, 6);
  assert.deepEqual(completedValues('Once the eight additional visits are completed, he will have completed 18 visits.'), []);
  assert.equal(improvementIn('Although he has not yet been released, that report, which measured rotation at 70 degrees, and which records a return to full duty, documents objective functional improvement.'), 'documented');
});

test('round 22a: "no shortage of", "far from showing", "falls well short of", "went unrecorded", a quote called conclusory; "should stand", "medically reasonable and necessary"', () => {
  assert.equal(improvementIn('There is no shortage of objective evidence of functional improvement in these notes.'), 'documented');
  assert.equal(improvementIn('Far from showing functional improvement, the notes record a higher score.'), 'not-documented');
  assert.equal(improvementIn('What the notes describe falls well short of the objective functional improvement the guidelines require.'), 'not-documented');
  assert.equal(improvementIn('Whatever functional improvement the two visits produced went unrecorded.'), 'not-documented');
  assert.equal(improvementIn('The physician writes that she "has functional improvement with aquatic therapy." That statement is conclusory.'), 'not-documented');
  assert.equal(improvementIn('The definition asks for an improvement in activities of daily living, and nothing in the file shows either.'), 'not-documented');
  assert.equal(necessityIn('The physician says the therapy "is medically necessary to maintain her gains." The utilization review non-certification should stand.'), false);
  assert.equal(necessityIn('Utilization review found it not medically necessary. The six sessions are medically reasonable and necessary.'), true);
});

test('round 23b: "extension from 12 to 18 visits", "once weekly ... from 08/06/2014 through 09/24/2014", "attended all 12,", "cannot be sustained"', () => {
  assert.equal(findRequestedCount('Chiropractic treatment for the lumbar spine, extension from 12 to 18 visits')?.value, 6);
  assert.equal(findRequestedCount('Chiropractic manipulation, once weekly on Wednesdays from 08/06/2014 through 09/24/2014')?.value, 8);
  assert.equal(findRequestedCount('Physical therapy twice a week from 3/2/15 through 3/13/15')?.value, 4);
  assert.deepEqual(completedValues('Six visits were certified in 11/2014 and 6 more in 12/2014, and the patient attended all 12, the last on 1/30/15.'), [12]);
  assert.equal(findConclusion(paragraph('The reviewer weighed the records. The utilization review non-certification cannot be sustained.'))?.necessary, true);
});

test('round 23b: "in vain", "It is not that ... is lacking", "is unfulfilled", "the records show the reverse"; "a man of 47"; licences by board, by state and in two sentences; a claim reference; a notice received, and dates told from the one before', () => {
  assert.equal(improvementIn('One looks in vain through the reports for functional improvement.'), 'not-documented');
  assert.equal(improvementIn('It is not that functional improvement is lacking: her score fell from 36% to 24%.'), 'documented');
  assert.equal(improvementIn("The guideline's condition for more visits, objective functional improvement, is unfulfilled."), 'not-documented');
  assert.equal(improvementIn('The chiropractor cites functional improvement as the reason for more care. If anything, the records show the reverse.'), 'not-documented');
  const p = findPatient([paragraph('The injured worker, a man of 47 who stocks shelves, was hurt at work.')]);
  assert.deepEqual([p.age, p.sex], [47, 'male']);
  assert.deepEqual(licensureIn("The reviewer holds a physician's and surgeon's license issued by the Medical Board of California."), ['California']);
  assert.deepEqual(licensureIn('The reviewer holds an active California license and is board certified in Neurology.'), ['California']);
  assert.deepEqual(licensureIn('He/she is licensed to practice in California. He/she also holds a license to practice in Nevada.'), ['California', 'Nevada']);
  assert.deepEqual(findIdentifiers(linesOf('faxed to the adjuster under claim reference\n0571-WC-12-08834, asked for 4 more visits').lines).map((i) => i.kind), ['claim-number']);
  const dates = (summary: string) => {
    const d = findLetterDates([], [paragraph(summary)]);
    return [d.urDecision?.iso ?? null, d.application?.iso ?? null];
  };
  assert.deepEqual(dates('On 2/6/15 Utilization Review non-certified the request; the office received the determination by fax on 2/9/15.'), ['2015-02-06', null]);
  assert.deepEqual(dates('Utilization review non-certified the request on 7/31/14. The application for Independent Medical Review is dated the following day.'), ['2014-07-31', '2014-08-01']);
  assert.deepEqual(dates('Utilization review non-certified it on 01/04/2016, and the application was signed on the 14th of that month.'), ['2016-01-04', '2016-01-14']);
});

test('round 24c: a professional review quoted twice in an e-mail is read; "8 of 12 authorized visits attended" is 8', () => {
  const quoted = `From: Intake\n\n${TWO_ISSUES.split('\n').map((l) => `> > ${l}`).join('\n')}`;
  const letter = parseLetter(quoted);
  assert.equal(letter?.format, 'professional-review');
  assert.deepEqual(letter?.items.map((i) => i.decision), ['Overturned', 'Upheld']);
  assert.deepEqual(completedValues('Physical therapy, 8 of 12 authorized visits attended (03/2014-05/2014)'), [8]);
  assert.deepEqual(completedValues('The 6 sessions requested, added to the 4 sessions completed, total 10.'), [4]);
});

test('round 24a: reports that "do document improvement" with the treatment document it; improvement in pain alone does not', () => {
  assert.equal(improvementIn("The chiropractor's reports do document improvement with them: her disability index fell."), 'documented');
  assert.equal(improvementIn("The chiropractor's reports do not document improvement with them."), 'not-documented');
  assert.equal(improvementIn('The notes show improvement in pain after each visit.'), 'not-addressed');
});

test('round 24b: "PT/INR" is a blood test, not physical therapy; "requested for the first time" is new; a claim number spaced from its label', () => {
  const preOp = parseLetter(ONE_THERAPY.replace('Chiropractic treatment 6 additional visits:  Upheld', 'Pre-operative laboratory studies (CBC, BMP, PT/INR):  Upheld'))!;
  assert.equal(preOp.items[0].sessionBased, false);
  assert.equal(isContinuedTreatment('Omeprazole 20mg #30', 'medications', [paragraph('The patient has taken naproxen since 2013. Omeprazole was requested for the first time on 01/11/2016.')]), false);
  assert.deepEqual(findIdentifiers(linesOf('Claim Number:       05-2011-338410         UR Denial Date:         10/17/2013').lines).map((i) => i.kind), ['claim-number']);
});

test('round 26b: "sixty-one (61) year old", "a female of 57 years", "(female, 45)", "Ms. [redacted], 38,"; not "a man of 30 years\' service"', () => {
  assert.deepEqual(patientIn('The patient is a sixty-one (61) year old male bus mechanic.'), [61, 'male']);
  assert.deepEqual(patientIn('The patient is a female of 57 years who works as a hotel housekeeper.'), [57, 'female']);
  assert.deepEqual(patientIn('The patient (female, 45) is a grocery stocker.'), [45, 'female']);
  assert.deepEqual(patientIn('Ms. [redacted], 38, is a dental assistant who was hurt at work.'), [38, 'female']);
  assert.equal(findPatient([paragraph("He is a man of 30 years' service with the county.")]).age, null);
});

test('round 26b: licences "held", named by where the reviewer practises, and labelled "Licensed:"; "Board certified, X"; "that specialty"', () => {
  assert.deepEqual(licensureIn('The reviewer holds a California psychology license and board certification in Clinical Health Psychology.'), ['California']);
  assert.deepEqual(licensureIn('The reviewer practices in California and Hawaii and is licensed in both states.'), ['California', 'Hawaii']);
  assert.deepEqual(licensureIn('The reviewer practices in California.'), []);
  const listed = findReviewer([paragraph('Board certified, Physical Medicine & Rehabilitation. Licensed: California, Nevada.')]);
  assert.deepEqual([listed.specialty, listed.licensure], ['Physical Medicine & Rehabilitation', ['California', 'Nevada']]);
  assert.equal(findReviewer([paragraph('The reviewer, whose board certification is in Physical Medicine and Rehabilitation, practices in Ohio.')]).specialty, 'Physical Medicine and Rehabilitation');
  const fellow = 'The reviewer is a Fellow of the American Academy of Physical Medicine and Rehabilitation and holds board certification in that specialty.';
  assert.equal(findReviewer([paragraph(fellow)]).specialty, 'Physical Medicine and Rehabilitation');
  assert.equal(findReviewer([paragraph('The reviewer holds board certification in that specialty.')]).specialty, null);
});

test('round 26b: "8 (eight) sessions", "on eleven occasions", "her four-visit initial trial"', () => {
  assert.equal(findRequestedCount('Acupuncture, 8 (eight) sessions, for the lumbar spine')?.value, 8);
  assert.deepEqual(completedValues('He has been seen by the treating chiropractor on eleven occasions since 11/2014.'), [11]);
  assert.deepEqual(completedValues('She has used up her four-visit initial trial; the last of those sessions was on 6/30/15.'), [4]);
});

test('round 26b: function "unchanged", "demonstrably better", "has improved" after "nothing to suggest", "yet to translate into" a gain, "the definition in 8 CCR 9792.20(f)"', () => {
  expectReadings(improvementIn, [
    ['Her function is unchanged from the first visit to the tenth.', 'not-documented'],
    ['His function is demonstrably better after the six visits: rotation improved from 40 to 65 degrees.', 'documented'],
    ['There is nothing to suggest that function has improved with massage.', 'not-documented'],
    ['Eleven visits have yet to translate into any measurable gain in function.', 'not-documented'],
    ['These gains meet the definition in 8 CCR 9792.20(f).', 'documented'],
    ['These gains do not meet the definition in 8 CCR 9792.20(f).', 'not-documented'],
  ]);
});

test('round 26b: "The non-certification is not supported" and "Authorization of ... is recommended" overturn; "A home exercise program is recommended" does not', () => {
  assert.equal(necessityIn('The records show progress. The non-certification is not supported by the records reviewed.'), true);
  assert.equal(necessityIn('The records show progress. Authorization of acupuncture, weekly x 8, for the cervical spine is recommended.'), true);
  assert.equal(necessityIn('The request is not medically necessary. A home exercise program is recommended.'), false);
});

test('round 26d: "this reviewer cannot find that ... is medically necessary"; "no evidence that it has improved her function"; "SS# 561 44 9023"', () => {
  assert.equal(necessityIn('Based on the records provided, this reviewer cannot find that an MRI of the lumbar spine is medically necessary and appropriate at this time.'), false);
  assert.equal(necessityIn('Based on the records provided, this reviewer finds that an MRI of the lumbar spine is medically necessary.'), true);
  assert.equal(improvementIn('After two years of hydrocodone there is no evidence that it has improved her function.'), 'not-documented');
  assert.equal(improvementIn('The medication has improved her function: she walks a mile and cooks again.'), 'documented');
  const ids = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  assert.deepEqual(ids('(header: Patient [redacted], SS# 561 44 9023, DOI 3/3/13)'), ['ssn']);
  assert.deepEqual(ids('SSN: 561449023'), ['ssn']);
  assert.deepEqual(ids('SSN: 561-44-9023'), ['ssn']);
  assert.deepEqual(ids('a total of 561 44 9023 units'), []);
});

test('round 26c: "MTUS (ACOEM Practice Guidelines, 3rd Edition) Chronic Pain Guideline" and "the ACOEM Chronic Pain Guideline" are ACOEM\'s; "MTUS Chronic Pain Medical Treatment Guidelines" are the MTUS\'s', () => {
  const families = (text: string) => findCitations(paragraph(text)).map((c) => c.family);
  assert.deepEqual(families('Decision based on MTUS (ACOEM Practice Guidelines, 3rd Edition) Chronic Pain Guideline (2017), Cognitive Behavioral Therapy'), ['ACOEM']);
  assert.deepEqual(families('The ACOEM Chronic Pain Guideline recommends cognitive behavioral therapy.'), ['ACOEM']);
  assert.deepEqual(families('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, page 23.'), ['MTUS Chronic Pain']);
  assert.deepEqual(families('The ACOEM guidelines and the Chronic Pain Medical Treatment Guidelines agree.'), ['ACOEM', 'MTUS Chronic Pain']);
});

test('round 26e: a service wrapped inside "(DOS:" goes on to the next line; "the notes document such improvement"', () => {
  const letter = parseLetter(
    ONE_THERAPY.replace(
      'Chiropractic treatment 6 additional visits:  Upheld',
      'Retrospective request for Gabapentin 10%/Capsaicin 0.025% cream 180gm (DOS:\n1/21/2016):  Upheld',
    ),
  )!;
  assert.equal(letter.items[0].service, 'Retrospective request for Gabapentin 10%/Capsaicin 0.025% cream 180gm (DOS: 1/21/2016)');
  assert.equal(improvementIn('The acupuncture notes described in the case summary document such improvement from her completed treatments.'), 'documented');
});

test('round 26h: conclusions "this reviewer would (not) authorize it", "should be approved", "concurs with ... the non-certification", "does not meet the medical necessity standard"', () => {
  expectReadings(necessityIn, [
    ['The trial worked. The treatment is reasonably required, and this reviewer would authorize it.', true],
    ['The trial did not work. This reviewer would not authorize further visits.', false],
    ['Her function has changed. Six more treatments should be approved.', true],
    ['Her function has not changed. No further treatments should be approved.', false],
    ["The notes are silent. The request does not meet the medical necessity standard, and the Expert Reviewer concurs with the utilization reviewer's non-certification.", false],
  ]);
});

test('round 26h: improvement answered "Yes" in a list, by the next sentence after a question, a claim rejected, "is not improvement", "asserted ... and shown in none"', () => {
  expectReadings(improvementIn, [
    ['Total with this request: 10 (the guideline allows up to 10) Objective functional improvement from the completed sessions: Yes. BDI-II 27 to 16.', 'documented'],
    ['Objective functional improvement from the completed sessions: No.', 'not-documented'],
    ['Did the six sessions improve her function? The notes do not say that they did.', 'not-documented'],
    ['Has the aquatic therapy improved her function? The records show that it has.', 'documented'],
    ["Each report says the patient has improved function. A claim of improved function cannot rest on the patient's say-so alone.", 'not-documented'],
    ['She "maintains her gains." Holding steady is not improvement.', 'not-documented'],
    ['That naproxen improves her function is asserted in each report and shown in none.', 'not-documented'],
    ['Six further treatments would bring the total to 18, with no evidence that the first twelve changed his function.', 'not-documented'],
  ]);
});

test('round 26h: "Sessions completed: 4" is a count given, and "6 Sessions completed:" is not', () => {
  assert.deepEqual(completedValues('Sessions requested: 6 Sessions completed: 4 Total with this request: 10'), [4]);
});

test('round 26h: objective gains reported without the words "functional improvement" document it for a therapy, unless denied, conditional or within a score\'s noise', () => {
  expectReadings(therapyImprovement, [
    ['Her Neck Disability Index fell from 42% to 24%, and she has returned to full shifts. The request is medically necessary.', 'documented'],
    ['On 02/09/2016 her physician lifted the restriction against overhead work. The request is medically necessary.', 'documented'],
    ['Her Oswestry score has gone from 40% to 38%. The request is not medically necessary.', 'not-addressed'],
    ['He has not returned to full duty. The request is not medically necessary.', 'not-addressed'],
    ['More visits would be supported if she had returned to full duty. The request is not medically necessary.', 'not-addressed'],
  ]);
});

test('round 26g: requests "8 tx", "six weeks of twice-weekly visits", "visits 13 through 18", "every week for six weeks"', () => {
  assert.equal(findRequestedCount('Acupuncture 8 tx, lumbar spine')?.value, 8);
  assert.equal(findRequestedCount('Physical therapy for six weeks of twice-weekly visits to the right shoulder')?.value, 12);
  assert.equal(findRequestedCount('Chiropractic treatment to the lumbar spine, visits 13 through 18')?.value, 6);
  assert.equal(findRequestedCount('Massage therapy every week for six weeks for the neck')?.value, 6);
  assert.equal(findRequestedCount('Psychotherapy every other week for 12 weeks')?.value, 6);
});

test('round 26g: counts given "needled her nine times", "met with the injured worker 4 times", "took place", "completed program day 20"; not "seen 2 times a week" nor "4 tablets a day"', () => {
  assert.deepEqual(completedValues('By 3/17/15 the acupuncturist had needled her nine times, six of them in January.'), [9]);
  assert.deepEqual(completedValues('The treating psychologist has met with the injured worker 4 times for cognitive behavioral therapy.'), [4]);
  assert.deepEqual(completedValues('She is seen by the therapist 2 times a week.'), []);
  assert.deepEqual(completedValues('The first twelve visits took place between 02/02/2015 and 03/10/2015.'), [12]);
  assert.deepEqual(completedValues('He completed program day 20 on 06/12/2015.'), [20]);
  assert.deepEqual(completedValues('Treatment to date has included Norco 10/325mg up to 4 tablets a day.'), []);
});

test('round 26i: a submission "To the Expert Reviewer" under a professional review\'s headings is no letter; an exhibit stamp beside each page footer is dropped, a guideline line beside a footer now and then is not', () => {
  const submission = `TREATING PSYCHOLOGIST'S STATEMENT\nTo the Expert Reviewer:\nI ask that the decision be overturned.\n${TWO_ISSUES}`;
  assert.equal(parseLetter(submission), null);
  assert.notEqual(parseLetter(TWO_ISSUES), null);
  const pages = (between: string[]) => {
    const text = ['First page text.', ...between.flatMap((stamp, k) => [`Page ${k + 1} of ${between.length + 1}`, stamp, `Text of page ${k + 2}.`])].join('\n');
    return linesOf(text).lines.map((l) => l.text);
  };
  assert.deepEqual(pages(["Applicant's Exhibit 4, p. 2", "Applicant's Exhibit 4, p. 3"]), ['First page text.', 'Text of page 2.', 'Text of page 3.']);
  assert.deepEqual(pages(['Page(s): 16-22.', 'no stamp here', 'Page(s): 74-96.', 'or here', 'nor here']).filter((l) => l.startsWith('Page(s)')), ['Page(s): 16-22.', 'Page(s): 74-96.']);
});

test('round 26j: a cumulative trauma in the header is dated by its end; "He was hurt on"; "the 9th day of July, 2012"', () => {
  const header = (text: string) => findLetterDates([paragraph(text)], []).injury?.iso;
  assert.equal(header('Date of Injury: CT 03/01/2010 - 04/18/2013   Date of UR Decision: 03/27/2015'), '2013-04-18');
  assert.equal(header('IMR Case Number:  CM13-0039517   Date of Injury:  07/01/2010 – 03/07/2011'), '2011-03-07');
  assert.equal(header('Date of Injury: 07/01/2010   Date of UR Decision: 03/27/2015'), '2010-07-01');
  const told = (text: string) => findLetterDates([], [paragraph(text)]).injury?.iso;
  assert.equal(told('He was hurt on 04/11/2013, his 50th birthday, when the forklift struck a pothole.'), '2013-04-11');
  assert.equal(told('He injured his shoulder on the 9th day of July, 2012, while lifting a case.'), '2012-07-09');
});

test('round 26j: "a 55-year-old widower", "a 61-year-old grandmother of five"; not "his 40-year-old wife"', () => {
  assert.deepEqual(patientIn('The injured worker is a 55-year-old widower who works as a baker.'), [55, 'male']);
  assert.deepEqual(patientIn('The patient is a 61-year-old grandmother of five.'), [61, 'female']);
  assert.deepEqual(patientIn('The patient drives his 40-year-old wife to work; he is 52 years old.'), [52, 'male']);
});

test('round 26j: licences "California & Nevada", "the Arizona Medical Board", "a California ... license and an Oregon ... license", "Licensed in: California; Oregon"; a specialty before its parenthesis', () => {
  assert.deepEqual(licensureIn('The reviewer is licensed to practice in California & Nevada.'), ['California', 'Nevada']);
  assert.deepEqual(licensureIn('The reviewer is licensed by the Medical Board of California and the Arizona Medical Board.'), ['California', 'Arizona']);
  assert.deepEqual(licensureIn('The reviewer holds a California medical license and an Oregon medical license.'), ['California', 'Oregon']);
  assert.deepEqual(licensureIn('Specialty Board Certification: Physical Medicine & Rehabilitation\nLicensed in: California; Oregon'), ['California', 'Oregon']);
  assert.equal(findReviewer([paragraph('The reviewer is Board Certified in Family Medicine (subspecialty: Sports Medicine).')]).specialty, 'Family Medicine');
});

test('round 26j: "no improvement in sleep or daytime function"; pages in parentheses after a semicolon stay with the citation', () => {
  assert.equal(improvementIn('He still sleeps 4 hours a night, and no improvement in sleep or daytime function is documented with its use.'), 'not-documented');
  assert.equal(improvementIn('The notes show improvement in pain and function with the medication.'), 'documented');
  assert.deepEqual(citationPages('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy (p. 22); Physical Medicine (pp. 98-99).'), ['MTUS Chronic Pain:22,98,99']);
  const threeTopics = 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use; On-Going Management; Tramadol Page(s): 76-80, 78, 93-94.';
  assert.deepEqual(citationPages(threeTopics), ['MTUS Chronic Pain:76,80,78,93,94']);
  const twoTopics = 'The MTUS Chronic Pain Medical Treatment Guidelines (2009), Behavioral interventions, pages 23; Psychological treatment, pages 101-102, were relied upon.';
  assert.deepEqual(citationPages(twoTopics), ['MTUS Chronic Pain:23,101,102']);
  // A sentence after the semicolon is not another topic.
  assert.deepEqual(citationPages('The MTUS Chronic Pain Medical Treatment Guidelines, page 23; the reviewer notes that the sessions were helpful, page after page.'), ['MTUS Chronic Pain:23']);
});

test('round 27a: "who hurt his low back on 3/2/09" dates the injury', () => {
  assert.equal(findLetterDates([], [paragraph('The injured worker is a 58 year old male who hurt his low back on 3/2/09 while maneuvering a pallet.')]).injury?.iso, '2009-03-02');
});

test('round 27b: gains told as "went back to typing for full 8-hour shifts" and "stopped the tramadol she had been taking"; not a drug stopped for its side effects; "left his function untouched"', () => {
  expectReadings(therapyImprovement, [
    ['Over the month she went back to typing for full 8-hour shifts instead of 4 hours. The request is medically necessary.', 'documented'],
    ['Since the visits she stopped the tramadol she had been taking at night. The request is medically necessary.', 'documented'],
    ['She stopped the gabapentin she had been taking because of dizziness. The request is not medically necessary.', 'not-addressed'],
  ]);
  assert.equal(improvementIn('The first block changed his pain for a short time and left his function untouched.'), 'not-documented');
});

test('round 27c: headings wrapped as "CLINICAL" / "CASE SUMMARY" and "DOCUMENTS REVIEWED" / "FOR DETERMINATION:"; a count, a page range and a running header across a page break', () => {
  const headings = (text: string) => parseLetter(text)?.sections.map((s) => s.heading);
  const wrapped = ONE_THERAPY.replace('CLINICAL CASE SUMMARY', 'CLINICAL\n\nCASE SUMMARY');
  assert.deepEqual(headings(wrapped)?.slice(0, 2), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY']);
  const review = TWO_ISSUES.replace(/DOCUMENTS REVIEWED FOR DETERMINATION:?/, 'DOCUMENTS REVIEWED\nFOR DETERMINATION:');
  assert.ok(headings(review)?.includes('DOCUMENTS REVIEWED FOR DETERMINATION:'));
  const pageBreak = (before: string, after: string) => {
    const { lines } = linesOf(`${before}\n\n\nPage 1 of 2\n\nIMR Case CM14-0052231 - Medical Professional Review\n${after}`);
    return joinLines(lines, 0, lines.length).text;
  };
  assert.equal(findRequestedCount(pageBreak('Outpatient physical therapy 2 times a week for', '3 weeks:  Overturned'))?.value, 6);
  assert.deepEqual(citationPages(pageBreak('the MTUS Chronic Pain Medical Treatment Guidelines at pages 58-', '60, and the ODG.')), ['MTUS Chronic Pain:58,60', 'ODG:']);
});

test('round 28b: counts given in plain words ("been through 10 visits", "kept all four of her appointments", "got four massages", "sat through four sessions", "been in the pool four times", "had a round of six"); "tramadol 50 mg and psychological treatment" is no count', () => {
  expectReadings(completedValues, [
    ['She has already been through 10 visits of physical therapy.', [10]],
    ['She kept all four of her appointments with the psychologist.', [4]],
    ['She got four massages in July.', [4]],
    ['She has sat through four sessions of biofeedback.', [4]],
    ['He has been in the pool four times since March.', [4]],
    ['She had a round of six acupuncture treatments in the fall.', [6]],
    ['Before that she had a round of six.', [6]],
    ['Before that she had 6.', []],
    ['Treatment to date has included physical therapy, tramadol 50 mg and psychological treatment.', []],
  ]);
});

test('round 28b: improvement in plain words: "changed what she can do", "a real difference in what she can do", "Nobody wrote down what she can do", "changed nothing he does", "no better off", "These are real gains"; a condition after "unless"', () => {
  expectReadings(improvementIn, [
    ['None of it has changed what she can do.', 'not-documented'],
    ['The massages made a real difference in what she can do: she sleeps through the night.', 'documented'],
    ['Nobody wrote down what she can do now that she could not do before.', 'not-documented'],
    ['The injections have changed nothing he does.', 'not-documented'],
    ['He is no better off than when he started.', 'not-documented'],
    ['He walks 30 minutes now. These are real gains.', 'documented'],
    ['The test reflects what the person is willing to do more than what she can do.', 'not-addressed'],
    ['A program should not go past 2 weeks unless there are both subjective and objective gains.', 'not-addressed'],
  ]);
});

test('round 28b: a 2013 item number that goes on from the line before ("Six and six make" / "12. That is ...") starts no item', () => {
  const letter = parseLetter(
    LETTER_2013.replace(
      'The records document objective functional improvement.',
      'The records document objective functional improvement. Six visits and six more make\n12. That is within the 18 the guidelines allow. It is medically necessary and appropriate.',
    ),
  )!;
  assert.equal(letter.items.length, parseLetter(LETTER_2013)!.items.length);
});

test('round 29b: rationales that end as plain-spoken reviewers end them', () => {
  expectReadings(necessityIn, [
    ['The visits helped. She has earned six more sessions, and I recommend approval.', true],
    ['The drug works. Tramadol ER is doing its job for him, and he should stay on it.', true],
    ['This reviewer sees no reason to withhold the six visits; they should be provided.', true],
    ['The guideline is met. The six visits are a sensible next step, and I support the request.', true],
    ['Her arm examination is normal. With nothing radicular for traction to treat, a home unit is not called for.', false],
    ['No question is open. An FCE would answer no question anyone is asking right now, and I would not order one.', false],
    ['No improvement is documented. There is no good reason to send her back to the pool.', false],
    ['He has been on it for twenty months, and it is time to stop it.', false],
    ['After thirteen months with no benefit, the refill should not be approved.', false],
  ]);
});

test('round 29a: the case summary and credentials in plain words', () => {
  expectReadings(patientIn, [
    ["She's a 38-year-old single mom with two children; her husband is 55.", [38, 'female']],
    ['The patient is a 36 YOF who was assaulted at work.', [36, 'female']],
    ['The patient, a 49-year-old Ms. [redacted], works as a cashier.', [49, 'female']],
  ]);
  expectReadings(specialtyIn, [
    ['The reviewer is a California-licensed physician whose specialty is Physical Medicine and Rehabilitation.', 'Physical Medicine and Rehabilitation'],
    ['The reviewer is an Occupational Medicine physician, licensed in California/Nevada.', 'Occupational Medicine'],
    ['Physiatrist (Physical Medicine and Rehabilitation), licensed in Utah and California.', 'Physical Medicine and Rehabilitation'],
    ['The reviewer is a Sports Medicine doctor. Licensed in California in addition to Oregon.', 'Sports Medicine'],
    ['Practice area: Family Medicine\nLicense(s): California, Arizona', 'Family Medicine'],
  ]);
  expectReadings(licensureIn, [
    ['The reviewer is a California-licensed physician.', ['California']],
    ['The reviewer holds licenses from California and Hawaii.', ['California', 'Hawaii']],
    ['The reviewer is board certified in Orthopaedic Surgery, with California and Idaho licensure.', ['California', 'Idaho']],
    ['The reviewer is an Occupational Medicine physician, licensed in California/Nevada.', ['California', 'Nevada']],
    ['Licensed in California in addition to Oregon.', ['California', 'Oregon']],
    ['Practice area: Family Medicine\nLicense(s): California, Arizona', ['California', 'Arizona']],
  ]);
  expectReadings(datesIn, [
    ['She was hurt on the job on 10/22/2012. It was turned down in utilization review on 03/05/2015, and she appealed that decision to IMR on 03/19/2015.', ['2012-10-22', '2015-03-05', '2015-03-19']],
    ['Her date of loss is 06/14/2013. UR (12/30/2013) denied it. The IMR request came in on 01/10/2014.', ['2013-06-14', '2013-12-30', '2014-01-10']],
  ]);
});

test('round 30: plans and corrected counts, the boards that license, a board\'s subspecialty, another clinician\'s credentials, an earlier IMR, dates cut at a hyphen', () => {
  expectReadings(completedValues, [
    ['The treatment plan included 8 more acupuncture treatments and continued tramadol ER.', []],
    ['Treatment has included 8 acupuncture treatments.', [8]],
    ['Twelve more visits on top of the 10 already provided would bring the total to 22.', [10]],
    ['The earlier request for 8 sessions was modified to the 4 he has now attended.', [4]],
    ['She has had relief from the 10 visits she has already had.', [10]],
    ['Her 4 earlier sessions were paired with her home exercise program.', [4]],
    ['Treatment has included 8 physical therapy visits, ibuprofen, and 4 massage therapy sessions between 06/11/2013 and 07/23/2013.', [8, 4]],
  ]);
  const requested = (text: string) => findRequestedCount(plainText(text))?.value;
  expectReadings(requested, [
    ['Physical therapy twice weekly for a month', 8],
    ['Physical therapy for the left knee, the remaining 4 of the 12 authorized visits', 4],
    ['Chiropractic manipulation 1–2×/wk × 6 wks, lumbar spine', 12],
  ]);
  expectReadings(licensureIn, [
    ['The reviewer is licensed by the California Board of Psychology and the Nevada State Board of Psychological Examiners.', ['California', 'Nevada']],
    ['The reviewer is certified by the American Board of Preventive Medicine and holds a California physician and surgeon license.', ['California']],
    ['An agreed medical evaluator, a board-certified orthopaedic surgeon licensed in California and Arizona, examined her.', []],
  ]);
  expectReadings(specialtyIn, [
    ['The reviewer is certified by the American Board of Preventive Medicine in Occupational Medicine and is licensed in California.', 'Occupational Medicine'],
    ['The reviewer is board certified in Internal Medicine and is licensed in California.', 'Internal Medicine'],
  ]);
  expectReadings(datesIn, [
    ['This 33-year-old bus mechanic developed neck pain on 07/09/2014 after several hours of overhead work. Utilization review non-certified it on 05/29/2015, and he applied for IMR on 06/10/2015.', ['2014-07-09', '2015-05-29', '2015-06-10']],
    ['She was injured on 11/18/2013. Utilization review non-certified an earlier request on 07/02/2015; she applied for Independent Medical Review of that decision on 07/20/2015, and it was upheld. Utilization review non-certified the new request on 02/04/2016. The application for IMR was received on 02/17/2016.', ['2013-11-18', '2016-02-04', '2016-02-17']],
    ['She was injured on 2013-11-04. Utilization review non-certified both of these requests on 2016-\n02-09. The application for Independent Medical Review was received on 2016-02-22.', ['2013-11-04', '2016-02-09', '2016-02-22']],
  ]);
  const phi = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  expectReadings(phi, [
    ['Her office (tel. +1 619 555 0117) faxed the report twice.', ['phone']],
    ['Reports are faxed to 619 555 0117 weekly.', []],
  ]);
  // "licensed to practice in California and" / page footer / running header / "Nevada.": one sentence. The
  // running header is not letter text, but the claim number in it is still one to redact.
  const header = 'IMR Case Number CM13-0063318     Claim No. 2012-WC-0417739';
  const cut = `The reviewer is licensed to practice in California and\n\n\n\nPage 1 of 3\n\n\n\n${header}\n\nNevada. He/she has been in practice.\n\nPage 2 of 3\n\n${header}\n\nThe end.`;
  const { lines, lineGap, runningText } = linesOf(cut);
  assert.deepEqual(lines.map((l) => l.gapBefore <= lineGap), [true, true, false]);
  assert.deepEqual(findIdentifiers(runningText).map((i) => i.kind), ['claim-number', 'claim-number']);
});

test('round 31: another chapter after a semicolon is the same citation; a daily task done better is an objective gain', () => {
  assert.deepEqual(
    citationPages('Decision based on MTUS/ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 7, Independent Medical Examinations and Consultations, page 127; Chapter 9, Shoulder Complaints, pages 209-210.'),
    ['ACOEM:127,209,210'],
  );
  expectReadings(therapyImprovement, [
    ['The patient has completed 8 visits, and the therapy notes document improved cervical rotation and an increase in his lifting capacity at work. The request is not medically necessary.', 'documented'],
    ['Her sitting tolerance improved from 15 to 45 minutes. The request is medically necessary.', 'documented'],
    ['There has been no increase in his lifting capacity. The request is not medically necessary.', 'not-addressed'],
  ]);
});

test('round 32: improvement told through what the patient does, a function that went backwards, a verdict in the first person, issues listed one a line', () => {
  expectReadings(improvementIn, [
    ['These are changes in what she does, not impressions of how she feels.', 'documented'],
    ['Over those months her function has gone backwards rather than forwards.', 'not-documented'],
    ['On this record tramadol has moved her function the wrong way, if it has moved it at all.', 'not-documented'],
    ['None of the reports names anything she does because of zolpidem that she did not do before it.', 'not-documented'],
    ['Relief that lasts until the next appointment tells me the adjustments feel good; it does not tell me they have changed anything.', 'not-documented'],
    ['A description of where she is now, with no description of where she started, cannot show how far she has come.', 'not-documented'],
    ['These gains are objective and they meet 8 CCR 9792.20(f).', 'documented'],
    ['This is a first trial, and continued use will depend on documented improvement in pain and function at follow-up.', 'not-addressed'],
  ]);
  expectReadings(therapyImprovement, [
    ['He has not needed hydrocodone since, and he is back at full duty. The request is medically necessary.', 'documented'],
    ['On 08/19/2013 she went back to her regular job on the assembly line. The request is not medically necessary.', 'documented'],
  ]);
  expectReadings(necessityIn, [
    ['I would certify the four additional sessions, and the non-certification of 05/29/2015 should be reversed.', true],
    ['I see no reason to take her off a medication that is doing what the guideline asks of it, and I would continue it.', true],
    ['I am not persuaded that six more visits would give him anything that the first twelve did not, and I would not certify them.', false],
  ]);
  const issues = (list: string) =>
    parseLetter(`MEDICAL PROFESSIONAL REVIEW\n\nISSUE AT DISPUTE:\n\n${list}\n\nCASE SUMMARY:\n\nThe injured worker is a 45-year-old female.\n`)!.items.map((i) => i.service);
  assert.deepEqual(issues('Massage therapy 1 time a week for 6 weeks for the lumbar spine\nGabapentin 300mg #90\nLumbar-sacral orthosis (LSO back brace)'), [
    'Massage therapy 1 time a week for 6 weeks for the lumbar spine',
    'Gabapentin 300mg #90',
    'Lumbar-sacral orthosis (LSO back brace)',
  ]);
  // One issue wrapped over two lines stays one.
  assert.deepEqual(issues('Physical therapy 2 times a week for 6 weeks for the\nLumbar Spine'), ['Physical therapy 2 times a week for 6 weeks for the Lumbar Spine']);
});

test('round 33: "of the 8 treatments authorized, 6 were given"; a total of the days attended', () => {
  expectReadings(completedValues, [
    ['The re-evaluation is written in shorthand, but it is clear: of the 8 treatments authorized for the neck, 6 were given and 2 appointments were missed.', [6]],
    ['Authorization was given for 12 visits, of which 8 were given.', [8]],
    ['The attendance record shows otherwise: she attended 5, 5 and 3 days, 13 program days in all.', [13, 5]],
    ['The 7 days requested would bring her to 20 days in all.', []],
  ]);
});

test('improvement or change "in her daytime function", "in her activities or function": mentions the negation before them denies', () => {
  expectReadings(improvementIn, [
    ['She continues to report 4 to 5 hours of sleep a night, and no improvement in her daytime function with the medication is documented.', 'not-documented'],
    ['The reports do not describe any change in her activities or function with it.', 'not-documented'],
    ['The notes record an improvement in his daily function since the injections.', 'documented'],
  ]);
});

test('"only demonstrated improvement would justify them" is a condition, not a finding', () => {
  expectReadings(improvementIn, [
    ['The guidelines allow 18 visits when there is functional improvement; the 6 requested would reach that total, but only demonstrated improvement would justify them.', 'not-addressed'],
    ['The notes show demonstrated improvement in her lifting and sitting tolerance.', 'documented'],
  ]);
});

test('round 40: "She is 36.", "he is 47 now", "Mr." alone, "strained her neck ... on", "struck her", states listed one a line', () => {
  expectReadings(patientIn, [
    ['Ms. [redacted] was working as a night stocker on October 15th, 2014. She was not knocked unconscious. She is 36. The injuries were treated.', [36, 'female']],
    ['He was 44 on the night of the robbery; he is 47 now and lives with his wife.', [47, 'male']],
    ['Mr. [redacted] was injured on 06/18/2011. At the visit of 09/12/2013, Mr. [redacted] was 56 years old.', [56, 'male']],
  ]);
  expectReadings(datesIn, [
    ['This 44-year-old woman strained her neck and right shoulder on February 12, 2013, while helping a patient. Utilization review non-certified the request on April 9, 2015. The application was received on April 21, 2015.', ['2013-02-12', '2015-04-09', '2015-04-21']],
    ['She was working as a night stocker on October 15th, 2014, when a pallet slid from a rack and struck her right shoulder. Utilization review non-certified the request on January 22nd, 2016. The application was received on January 19th, 2016.', ['2014-10-15', '2016-01-22', '2016-01-19']],
  ]);
  const stacked = findReviewer([paragraph('State(s) of Licensure: California\nNevada\nUtah\nCertification(s)/Specialty: Family Practice')]);
  assert.deepEqual([stacked.specialty, stacked.licensure], ['Family Practice', ['California', 'Nevada', 'Utah']]);
});

test('round 41: a negation in an aside between commas, and a condition a colon goes on to define', () => {
  expectReadings(improvementIn, [
    ['A reduction in work restrictions that follows a course of treatment, with no other explanation in the record, is functional improvement as defined in 8 CCR 9792.20(e).', 'documented'],
    ['Continuing it would require functional improvement from the sessions already given: a clinically significant improvement in activities of daily living or a reduction in work restrictions.', 'not-addressed'],
    ['The notes are clear: a clinically significant improvement in activities of daily living is documented.', 'documented'],
    ['The criteria include a thorough evaluation, including baseline functional testing, so that follow-up with the same test can note functional improvement.', 'not-addressed'],
    ['Without documented functional improvement, further acupuncture would not be medically necessary. This record documents it.', 'documented'],
    ['Without documented functional improvement, further acupuncture would not be medically necessary.', 'not-addressed'],
    ['Continued therapy without objective gains in function is not supported, and six more visits would bring the total to 12.', 'not-documented'],
  ]);
  assert.equal(isContinuedTreatment('Fentanyl 25mcg/hr patch #10', 'medications', [paragraph('The fentanyl patch was started on 02/25/2013 for burning pain.')]), true);
});

test('round 42: rationales that end "recommended for certification", "the prior UR decision is upheld", "6 of the 8 visits", or with advice after the verdict', () => {
  expectReadings(necessityIn, [
    ['The gains are objective. The requested acupuncture is therefore recommended for certification.', true],
    ['The records show no new finding. Therefore, the prior UR decision is upheld.', false],
    ['The records show gains. The prior utilization review determination is overturned.', true],
    ['Utilization review modified the request to 6 visits. That modification was appropriate: 6 of the 8 visits are medically necessary.', false],
    ['Physical therapy 3 times a week for 4 weeks cannot be certified at this time. He should continue the home exercise program his therapist gave him.', false],
    // A sentence of the reviewer's own after utilization review's reasoning is not advice: no verdict is taken from the one
    // before ("not recommended"); disagreeing with the determination decides (round 51).
    ['Utilization review non-certified it on the ground that it is not recommended. This reviewer therefore disagrees with the utilization review determination that it is not medically necessary.', true],
  ]);
});

test('"The request for Independent Medical Review was received on" dates the application', () => {
  expectReadings(datesIn, [
    // A later mention of utilization review with an earlier date (a peer-to-peer attempt) does not replace the decision.
    ['He was injured on 3/11/13. 10/9/15 Utilization Review non-certified the injections. The utilization review physician noted an attempt at a peer-to-peer discussion on 10/8/15. The application was received on 10/26/15.', ['2013-03-11', '2015-10-09', '2015-10-26']],
    ['He was injured on 04/30/2013. Utilization review dated 05/11/2015 non-certified the three requests. The request for Independent Medical Review was received on 05/26/2015.', ['2013-04-30', '2015-05-11', '2015-05-26']],
  ]);
});

test('round 34: "At 48, the injured worker", "44/F", "February 11th of 2014", "His claim dates back to", "IMR app received", "p60"', () => {
  expectReadings(patientIn, [
    ['At 48, the injured worker is a home health aide who lifts her clients. She was injured at work, and her pain has persisted since. She works modified duty.', [48, 'female']],
    ['The injured worker, 44/F, is an order selector at a grocery distribution center.', [44, 'female']],
  ]);
  expectReadings(datesIn, [
    ['She was injured at work on February 11th of 2014. Utilization review issued its non-certification on July 7th of 2015, and the application for IMR was received on July 20th of 2015.', ['2014-02-11', '2015-07-07', '2015-07-20']],
    ['His claim dates back to an assault by a passenger on 05/20/2011. A UR denial letter went out on 03/18/2014. He asked for IMR on 03/27/2014.', ['2011-05-20', '2014-03-18', '2014-03-27']],
    ['Injured 04/30/2013. UR non-cert dated 10/12/2015. IMR app received 10/05/2015.', ['2013-04-30', '2015-10-12', '2015-10-05']],
  ]);
  assert.deepEqual(citationPages('Per CPMTG p60, massage therapy is recommended as an option.'), ['MTUS Chronic Pain:60']);
});

test('round 43: "a woman of fifty-three", "he is fifty-seven.", "Mr. [redacted] (34)", "F/46", "Her age at the most recent visit was 61", "29 yr. old"', () => {
  expectReadings(patientIn, [
    ['The injured worker, a woman of fifty-three, works as an eligibility clerk.', [53, 'female']],
    ['The injured worker is a journeyman lineman for an electric utility; he is fifty-seven. On 9-18-13 he fell.', [57, 'male']],
    ['Mr. [redacted] (34) drives a route truck for a linen supply company.', [34, 'male']],
    ['The injured worker, F/46, is a hospital housekeeper who injured her low back.', [46, 'female']],
    ['Ms. [redacted] is a dispatcher. She injured her low back. Her age at the most recent visit was 61. She uses a cane.', [61, 'female']],
    ['The injured worker is a 29 yr. old female line cook.', [29, 'female']],
    // A slash between a letter and a number that is not set off is not an age: "the F/U visit", "M/12".
    ['She returned for her F/U visit on 3/2/15, and he saw her again.', [null, 'female']],
  ]);
});

test("round 43: dates with an apostrophe year (\"Mar. 4, '13\", \"Aug. 3rd, '15\") and an injury where a hand was caught", () => {
  expectReadings(datesIn, [
    ["He injured his low back on Mar. 4, '13 while carrying plywood. Utilization review non-certified the request on Aug. 3, '15, and the application was received on Aug. 19, '15.", ['2013-03-04', '2015-08-03', '2015-08-19']],
    ["She caught her left hand between the rollers of a dough sheeter on Jan. 7th, '14. Utilization review non-certified the request on Aug. 3rd, '15. The application for Independent Medical Review was received on Aug. 17th, '15.", ['2014-01-07', '2015-08-03', '2015-08-17']],
  ]);
});

test('round 43: credentials as a list: "Board Certified:" as a label, a bulleted list of states, values wrapped onto indented lines', () => {
  const listed = (text: string) => {
    const r = findReviewer([paragraph(text)]);
    return [r.specialty, r.licensure];
  };
  expectReadings(listed, [
    ['Board Certified:       Family Medicine\nAdded Qualification:   Sports Medicine\nLicensure:             California\n                       Nevada\nClinical Practice:     more than 10 years', ['Family Medicine', ['California', 'Nevada']]],
    ['This review was performed by a physician whose board certification is in\nAnesthesiology, with subspecialty certification in Pain Medicine.\nLicensure:\n- California\n- Texas\nThe reviewer has been in active practice for more than 15 years.', ['Anesthesiology', ['California', 'Texas']]],
    ['Doctor of Chiropractic\nBoard certified in Chiropractic\n   Orthopedics\nLicensed in California\n   and Oregon\nMore than 15 years in active clinical practice; no affiliation with the employer', ['Chiropractic Orthopedics', ['California', 'Oregon']]],
    ['The reviewer is licensed to practice in New York and North Carolina.', [null, ['New York', 'North Carolina']]],
  ]);
});

test('round 43: "The progress she has made is objective and functional" documents improvement; "is not" does not', () => {
  expectReadings(improvementIn, [
    ['She has had 11 sessions. The progress she has made is objective and functional: her PCL-5 score has fallen from 58 to 37.', 'documented'],
    ['The progress he reports is not objective and functional; his scores are unchanged.', 'not-documented'],
  ]);
});

test('round 44: a dotted SSN after "Soc. Sec. No.", an e-mail cut after its "@", ten bare digits after a word for a phone, an area code after the number, a member ID', () => {
  const found = (text: string) => findIdentifiers(linesOf(text).lines).map((f) => [f.kind, text.slice(f.span.start, f.span.end)]);
  assert.deepEqual(found('Soc. Sec. No. 623.18.4470; DOB: [redacted]; NDC 0591-0385-01'), [['ssn', '623.18.4470']]);
  assert.deepEqual(found('an e-mail (sent from d.okafor@\nsierrapinesclaims.com), forwarding the file'), [['email', 'd.okafor@\nsierrapinesclaims.com']]);
  assert.deepEqual(found('The note ends: "Please contact our office at\n9165550138 with any questions."'), [['phone', '9165550138']]);
  assert.deepEqual(found('It asks the adjuster to call 555-0143 (209 area code) to authorize more visits.'), [['phone', '555-0143']]);
  assert.deepEqual(found('The pharmacy bill lists Member ID: KPX 4417 0932 07 and Group No. [redacted].'), [['member-id', 'KPX 4417 0932 07']]);
  // Ten digits with no word for a phone before them may be a provider's or a claim's number.
  assert.deepEqual(found('The treating physician (NPI 1234567890) wrote on 2/2/15.'), []);
});

test('round 44: credential labels filled the wrong way round are read by what they hold; "reported the onset of ... pain on" dates the injury', () => {
  assert.deepEqual(
    [findReviewer([paragraph('State(s) of Licensure: Psychiatry\nCertification(s)/Specialty: California')])].map((r) => [r.specialty, r.licensure]),
    [['Psychiatry', ['California']]],
  );
  expectReadings(datesIn, [
    ['She reported the onset of neck and upper back pain on 09/08/2013, after long shifts. Utilization review non-certified the request on 03/24/2015. The application was received on 04/06/2015.', ['2013-09-08', '2015-03-24', '2015-04-06']],
  ]);
});

/** A short 2014 letter for case `caseNumber` with one item line `item`, and its decision under it or on its line. */
const LETTER_2014 = (caseNumber: string, item: string) => `Case Number: ${caseNumber}   Date Assigned: 05/21/2015
Date of Injury: 10/14/2013   Date of UR Decision: 04/27/2015
HOW THE IMR FINAL DETERMINATION WAS MADE
STATE(S) OF LICENSURE: CALIFORNIA, ARIZONA
CERTIFICATION(S)/SPECIALTY: FAMILY PRACTICE
CLINICAL CASE SUMMARY
The patient is a 44-year-old female. She has had 4 physical therapy visits.
IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
${item}
Rationale: The records document objective functional improvement. The request is medically necessary.
`;

test('round 44: a UR notice that copies the headings is not a letter; a letter listing such a notice is one', () => {
  const letter = LETTER_2014('CM15-0094417', 'Physical therapy x 6:  Overturned');
  const notice = `NOTICE OF UTILIZATION REVIEW DECISION - NON-CERTIFICATION\n${letter.replace('HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE UTILIZATION REVIEW DECISION WAS MADE')}`;
  assert.equal(parseLetter(notice), null);
  assert.equal(parseLetter(letter.replace('CLINICAL CASE SUMMARY', 'DOCUMENTS REVIEWED\nNotice of Utilization Review Decision dated 04/27/2015\nCLINICAL CASE SUMMARY'))?.format, 'determination-2014');
});

test('round 44: of two letters in one file, the first is read; "Treatment:" / "Decision:" pairs are items; states in capitals are states', () => {
  const first = LETTER_2014('CM15-0094417', 'Treatment: Physical therapy 2 times a week for 3 weeks\nfor the cervical spine\nDecision: Overturned');
  const second = LETTER_2014('CM15-0101862', 'Chiropractic x 12:  Upheld').replace('10/14/2013', '02/02/2012');
  const letter = parseLetter(`${first}\n${second}`)!;
  assert.deepEqual(
    letter.items.map((i) => [i.service, i.decision, i.requestedSessions?.value]),
    [['Physical therapy 2 times a week for 3 weeks for the cervical spine', 'Overturned', 6]],
  );
  assert.equal(letter.dates.injury?.iso, '2013-10-14');
  assert.equal(letter.sections.length, 3);
  assert.deepEqual(letter.reviewer.licensure, ['California', 'Arizona']);
});

test('round 45: "On pages 86-87, the MTUS ..." cites the pages before the name; "Neither has happened here." answers a condition', () => {
  assert.deepEqual(citationPages('On pages 86-87, the MTUS Chronic Pain Medical Treatment Guidelines advise a lower dose.'), ['MTUS Chronic Pain:86,87']);
  // A comma alone after pages does not carry them to the next name.
  assert.deepEqual(citationPages('The MTUS, pages 98-99, and the ODG agree.'), ['MTUS Chronic Pain:98,99', 'ODG:']);
  expectReadings(improvementIn, [
    ['The guidelines support continuing an opioid when the patient has returned to work, or when the patient has improved functioning and pain. Neither has happened here.', 'not-documented'],
    ['The guidelines support continuing an opioid when the patient has improved functioning and pain.', 'not-addressed'],
  ]);
});

test('round 44: a rationale two items share is read for each as its own sentences and the shared ones', () => {
  const item = (service: string, decision: string) => `${service}:  ${decision}`;
  const shared = `Decision rationale: The guidelines allow 9-10 visits. The records show 24 physical therapy visits since the injury. For the lumbar spine he has had 20 visits. No objective functional improvement from the lumbar therapy is documented. The cervical course is a different matter. He has attended 4 of the 6 cervical visits authorized. His rotation improved from 45 to 70 degrees and he returned to full duty. That is objective functional improvement.`;
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', `${item('Physical therapy 2 times a week for 4 weeks for the lumbar spine', 'Upheld')}\n${item('Physical therapy 2 times a week for 3 weeks for the cervical spine', 'Overturned')}\nClaims Administrator guideline: Decision based on MTUS, Physical Medicine Page(s): 98-99.\n${shared}`).replace(/\nRationale: .*\n/, '\n'),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.completedSessions?.value, i.functionalImprovement.status]),
    [
      [20, 'not-documented'],
      [4, 'documented'],
    ],
  );
});

test('round 44: "For the same reasons given above for Norco, ..." reads Norco\'s rationale and keeps its own conclusion', () => {
  const letter = parseLetter(
    LETTER_2014(
      'CM15-0094417',
      'Norco 10/325mg #90:  Upheld\nDecision rationale: The MTUS, page 78, requires documented functional improvement; none is documented. Norco is not medically necessary.\nTramadol ER 150mg #30:  Overturned\nDecision rationale: For the same reasons given above for Norco, the continued use of tramadol ER cannot be supported.',
    ).replace(/\nRationale: .*\n/, '\n'),
  )!;
  const tramadol = letter.items[1];
  assert.equal(tramadol.functionalImprovement.status, 'not-documented');
  assert.deepEqual(tramadol.citations.flatMap((c) => c.pages), [78]);
  assert.equal(tramadol.conclusion?.necessary, false);
  assert.ok(analyzeLetter(letter).some((f) => f.code === 'decision-rationale-conflict'), 'Overturned against its own conclusion');
});

test('round 44: "the request for 8 visits, as submitted, is appropriate", "has not been used before", counts told of a program, a record, utilization review', () => {
  expectReadings(necessityIn, [
    ['Utilization review modified it to 4 visits. The records do not support that reduction. The request for 8 visits, as submitted, is appropriate.', true],
    ['Six sessions are appropriate, and the request is reasonable.', true],
    ['The records show no gains. The request is therefore not reasonable.', false],
  ]);
  assert.equal(isContinuedTreatment('Lidoderm 5% patch #90', 'medications', [paragraph('She has taken gabapentin since 11/2013. The patch has not been used before.')]), false);
  assert.deepEqual(completedValues('The first 10 days (2 weeks, 80 hours) of the program were completed between 06/01/2015 and 06/12/2015.'), [10]);
  assert.deepEqual(completedValues('The records now include all 6 visit notes of the initial course.'), [6]);
  assert.ok(completedValues('Her land-based therapy was given in two periods, 6 visits in the spring and 2 in 12/2014, 8 visits in all.').includes(8));
  assert.ok(reportedSecondHand('Utilization review found that only 4 chiropractic visits had been completed.') > 0);
  expectReadings(improvementIn, [['She completes her shifts with it. The benefit to her function is documented.', 'documented']]);
});

test('round 45: 2013 items numbered "(1)" or with the number alone on its line', () => {
  const items = (decisions: string) => parseLetter(LETTER_2013.replace(/IMR DECISION\(S\) AND RATIONALE\(S\)\n[^]*$/, `IMR DECISION(S) AND RATIONALE(S)\n${decisions}`))!.items.map((i) => [i.service, i.decision]);
  assert.deepEqual(items('(1) Acupuncture 8 sessions is not medically necessary and appropriate.\nRationale Used in Decision Making:\nNo gains.\n(2) TENS unit is medically necessary and appropriate.\nRationale Used in Decision Making:\nA trial helps.\n'), [
    ['Acupuncture 8 sessions', 'Upheld'],
    ['TENS unit', 'Overturned'],
  ]);
  assert.deepEqual(items('1.\nWork conditioning 3 times a week for 4 weeks is not medically necessary and appropriate.\nRationale Used in Decision Making:\nNo gains.\n'), [['Work conditioning 3 times a week for 4 weeks', 'Upheld']]);
});

/** A professional review with `issues` under ISSUE AT DISPUTE and `rationale` as its rationale section. */
const REVIEW = (issues: string, rationale: string) => `MEDICAL PROFESSIONAL REVIEW
IMR Case Number: CM15-0058826
ISSUE AT DISPUTE:
${issues}
CASE SUMMARY:
The injured worker is a 39-year-old female.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
${rationale}
MEDICAL REVIEWER QUALIFICATIONS:
The reviewer is board certified in Family Medicine and is licensed to practice in California.
`;
/** Each issue's improvement status, as the parser reads it in a professional review of `issues` and `rationale`. */
const improvementsOf = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!.items.map((i) => i.functionalImprovement.status);
/** Each issue's completed count in a professional review whose case summary goes on with `summary`. */
const completedInReview = (issues: string, summary: string, rationale = 'Neither is medically necessary.') =>
  parseLetter(REVIEW(issues, rationale).replace('The injured worker is a 39-year-old female.', `The injured worker is a 39-year-old female. ${summary}`))!.items.map(
    (i) => i.completedSessions?.value ?? null,
  );
/** Each issue's cited pages in a professional review whose guideline section is `guideline`. */
const guidelinePagesIn = (issues: string, guideline: string) =>
  parseLetter(
    REVIEW(issues, 'None is medically necessary.').replace('RATIONALE FOR', `MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:\n${guideline}\nRATIONALE FOR`),
  )!.items.map((i) => i.citations.map((c) => c.pages.join('-')));
/** Whether each issue of a professional review has a rationale part of its own, or is never taken up. */
const rationalesIn = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!.items.map((i) => i.parts.some((p) => p.kind === 'rationale'));
const expectImprovements = (issues: string, rationale: string, expected: readonly string[]) => assert.deepEqual(improvementsOf(issues, rationale), expected, rationale);

test('round 45: lettered issues, parts under sub-headings of their own line, and an issue the numbered parts leave out', () => {
  // Each item's rationale part, by its last sentence.
  const read = (text: string) => parseLetter(text)!.items.map((i) => [i.service, i.decision, lastRationaleSentence(i) ?? null]);
  assert.deepEqual(read(REVIEW('A. Naproxen 550mg #60\nB. Lumbar brace', 'NAPROXEN SODIUM (ISSUE 1):\nIt helps. Naproxen is medically necessary.\nLUMBAR BRACE (ISSUE 2):\nNo instability. The brace is not medically necessary.')), [
    ['Naproxen 550mg #60', 'Overturned', 'Naproxen is medically necessary.'],
    ['Lumbar brace', 'Upheld', 'The brace is not medically necessary.'],
  ]);
  assert.deepEqual(read(REVIEW('1. Naproxen 550mg #60\n2. Lumbar brace\n3. Urine drug screen', '(1) Naproxen\nIt helps. Naproxen is medically necessary.\n(2) Lumbar brace\nNo instability. The brace is not medically necessary.')), [
    ['Naproxen 550mg #60', 'Overturned', 'Naproxen is medically necessary.'],
    ['Lumbar brace', 'Upheld', 'The brace is not medically necessary.'],
    ['Urine drug screen', 'Upheld', null],
  ]);
  assert.ok(analyzeLetter(parseLetter(REVIEW('1. Naproxen 550mg #60\n2. Lumbar brace\n3. Urine drug screen', '(1) Naproxen\nIt helps. Naproxen is medically necessary.\n(2) Lumbar brace\nNo instability. The brace is not medically necessary.'))!).some((f) => f.code === 'missing-rationale'));
  // A quoted list of criteria numbered past the issues is not a part for each.
  assert.deepEqual(read(REVIEW('1. Naproxen 550mg #60\n2. Lumbar brace\n3. Urine drug screen', 'The criteria are:\n(1) pain\n(2) function\n(3) work\n(4) sleep\nNone is met. These are not medically necessary.')).map(([, , part]) => part), Array(3).fill('These are not medically necessary.'));
});

test('round 45: "For the low back she attended 12 visits" names the part; "attended all 12 by"; "program days"; topics after a semicolon in lower case; "improved her sleep or her daytime function"', () => {
  const near = nearCount('12 physical therapy visits between 07/2013 and 10/2013.');
  assert.deepEqual(near.parts, []);
  assert.deepEqual(completedValues('Utilization review certified 6 visits and 6 more, and she attended all 12 by 06/2014.'), [12]);
  assert.ok(countOwner('Functional restoration program, 10 additional days', 'other', false).owns(nearCount('10 program days between 04/06/2015 and 04/17/2015.')));
  assert.deepEqual(citationPages('MTUS Chronic Pain Medical Treatment Guidelines (2009), Opioids, criteria for use, pages 76-80; Opioids, on-going management, page 78; Tramadol (Ultram), pages 93-94.'), ['MTUS Chronic Pain:76,80,78,93,94']);
  expectReadings(improvementIn, [['Nothing in the records shows that the medication has improved her sleep or her daytime function.', 'not-documented']]);
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Physical therapy 2 times a week for 3 weeks for the cervical spine:  Overturned\nChiropractic x 6 for the lumbar spine:  Upheld').replace(
      'She has had 4 physical therapy visits.',
      'For the low back she attended 12 physical therapy visits in 2013. For the neck she has attended 4 physical therapy visits.',
    ),
  )!;
  assert.equal(letter.items[0].completedSessions?.value, 4);
});

test('round 46: what the summary tells of one of several items: its sentences, and those that point back to them', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Chiropractic x 6 for the cervical spine:  Overturned\nNorco 10/325mg #120:  Overturned\nTramadol ER 150mg #30:  Upheld')
      .replace(/\nRationale: .*\n/, '\nDecision rationale: The guidelines were applied. The requests are decided as above.\n')
      .replace(
        'She has had 4 physical therapy visits.',
        'She attended 8 chiropractic visits for the neck. Her re-examination records that her Neck Disability Index fell from 40% to 24%. In 12/2013 she was on modified duty; the restriction was removed in 2014. She has taken Norco since 2013; when her prescription lapsed for a week she missed two days of work. She has taken tramadol ER since 03/2015, and her notes record no change in her activity since it was started.',
      ),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.continued, i.functionalImprovement.status]),
    [
      [false, 'documented'],
      [true, 'documented'],
      [true, 'not-documented'],
    ],
  );
});

test('round 46: gains told by a lapse and by a return from modified duty; gains credited to another course are not the item\'s', () => {
  assert.equal(gainsIn('When his prescription lapsed for a week in 02/2016 he missed two days of work.'), 'documented');
  assert.equal(gainsIn('At discharge he had gone from modified duty back to his regular job.'), 'documented');
  assert.equal(gainsIn('He ran out of patience with the forms.'), 'not-addressed');
  expectReadings(improvementIn, [
    ['The records do not document any functional improvement from it; the gains in her function this year followed the neck therapy and the tramadol.', 'not-documented'],
  ]);
});

test('round 47: a date with its day in words, an application dated one day and received another, a cumulative trauma "thru" its end', () => {
  expectReadings(datesIn, [
    ['He claims a cumulative trauma injury over a period that ended on or about the fourteenth of March, 2013. Utilization review non-certified the request on the twenty-first of March, 2016. The application for IMR was received on the eighth of March, 2016.', ['2013-03-14', '2016-03-21', '2016-03-08']],
    ['He was injured at work on 11/08/2013. Utilization review non-certified both requests on 12/19/2014. The application for Independent Medical Review is dated 12/29/2014 and was received on 01/06/2015.', ['2013-11-08', '2014-12-19', '2015-01-06']],
  ]);
  const header = paragraph('Date of Injury:         CT 01/02/2009 thru 03/15/2012');
  assert.equal(findLetterDates([header], []).injury?.iso, '2012-03-15');
});

test('round 47: "MTUS: Shoulder Disorders" is ACOEM\'s guideline; medication management visits are neither a drug nor a therapy; the words after a count reach its part of the body', () => {
  const letter = parseLetter(
    LETTER_2014('CM19-0094417', 'Psychiatric medication management, 6 monthly visits:  Upheld\nPhysical therapy 2 times a week for 4 weeks for the cervical spine:  Upheld')
      .replace('She has had 4 physical therapy visits.', 'She had 8 sessions of physical therapy for the neck in 2016. She also had 12 sessions of physical therapy for the left shoulder after an arthroscopic decompression.')
      .replace(/\nRationale: .*\n/, '\nMAXIMUS guideline: Decision based on MTUS: Shoulder Disorders (2016), Physical therapy.\nDecision rationale: The records do not document objective functional improvement. The requests are not medically necessary.\n'),
  )!;
  assert.deepEqual([letter.items[0].category, letter.items[0].sessionBased], ['other', false]);
  assert.deepEqual(letter.items[1].citations.map((c) => c.family), ['ACOEM']);
  assert.equal(letter.items[1].completedSessions?.value, 8);
});

test('round 50: function scales that rose, "been back at full duty", "no longer needs" a medication, a gain from "not working"', () => {
  assert.equal(gainsIn('His Patient-Specific Functional Scale average has gone from 3.0 to 7.3 across the two courses.'), 'documented');
  assert.equal(gainsIn('Her Upper Extremity Functional Index rose from 38/80 to 61/80.'), 'documented');
  assert.equal(gainsIn('Her Lower Extremity Functional Scale went from 40 to 42.'), 'not-addressed');
  assert.equal(gainsIn('His Pain Disability Index has fallen from 58 to 37.'), 'documented');
  assert.equal(gainsIn('He has been back at full duty without a lifting limit since 3/16/15.'), 'documented');
  assert.equal(gainsIn('She went from not working at all to a part-time schedule and then back to her full-time job.'), 'documented');
  assert.equal(gainsIn('She has not gone back to her full-time job.'), 'not-addressed');
  assert.equal(gainsIn('She no longer needs a sleeping medication.'), 'documented');
});

test('round 50: "hard to argue that ... did not improve", a rule\'s "without evidence of" as a condition, measures of function that "have remained static"', () => {
  expectReadings(improvementIn, [
    ['It would be hard to argue that the first six visits did not improve her function: her grip rose.', 'documented'],
    ['It would be hard to argue that the visits improved her function.', 'not-documented'],
    ['Treatment is not suggested for longer than 2 weeks without evidence of demonstrated efficacy as documented by subjective and objective gains.', 'not-addressed'],
    ['Objective measures of function have remained static since the baseline evaluation.', 'not-documented'],
    ["The group leader's notes contain no measures of mood or function.", 'not-documented'],
    ['The knee therapist records no change in her knee function since the course began.', 'not-documented'],
    ['Nothing in these numbers shows that he is doing more than he did before.', 'not-documented'],
    ['With the visits he is doing more than he did before: he mows his lawn again.', 'documented'],
  ]);
});

test('round 50: a summary sentence about "the acupuncturist" is about acupuncture, where a letter has several items', () => {
  const letter = parseLetter(
    LETTER_2014('CM13-0094417', 'Physical therapy 3 times a week for 4 weeks for the right shoulder:  Upheld\nAcupuncture 2 times a week for 4 weeks for the cervical spine:  Overturned')
      .replace('She has had 4 physical therapy visits.', 'She has had 6 acupuncture treatments and 12 physical therapy visits. The acupuncturist reports that her Neck Disability Index fell from 36% to 22%.')
      .replace(/\nRationale: .*\n/, '\nMAXIMUS guideline: Decision based on MTUS Acupuncture Medical Treatment Guidelines.\nDecision rationale: The acupuncturist\'s report described above shows what the guideline asks. The request is medically necessary.\n'),
  )!;
  assert.equal(letter.items[1].functionalImprovement.status, 'documented');
});

test('round 50: a word inside another item\'s word does not tell them apart: "therapy" is in "psychotherapy"', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Group cognitive behavioral therapy 8 sessions:  Upheld\nIndividual psychotherapy 1 time a week for 4 weeks:  Overturned')
      .replace('She has had 4 physical therapy visits.', 'She began individual psychotherapy on 04/06/2015. His progress report of 07/06/2015 records that she returned to part-time work as a dispatcher.')
      .replace(/\nRationale: .*\n/, '\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, page 23.\nDecision rationale: The report described above shows what the guideline asks. The request is medically necessary.\n'),
  )!;
  assert.equal(letter.items[1].functionalImprovement.status, 'documented');
});

test('round 50: a medication that "was added to" another some time ago is continued, unless the rationale calls it new', () => {
  assert.equal(isContinuedTreatment('Tramadol ER 150mg #30', 'medications', [paragraph('Tramadol ER was added to Norco two months before the request, and the notes show nothing it has added.')]), true);
  assert.equal(isContinuedTreatment('Tramadol ER 150mg #30', 'medications', [paragraph('Tramadol ER was added to the request; this is the first request for it.')]), false);
});

test('round 50: "I find no basis on which to conclude that ... is not medically necessary" concludes it is; utilization review\'s finding is not the reviewer\'s', () => {
  expectReadings(necessityIn, [
    ['I find no basis on which to conclude that the requested chiropractic manipulation is not medically necessary.', true],
    ['I find no basis on which to conclude that the requested chiropractic manipulation is medically necessary.', false],
    ['This reviewer cannot find that an MRI of the knee is medically necessary.', false],
  ]);
  expectReadings(improvementIn, [
    ['Utilization review found no functional benefit. When he went without it for three days in 11/2016, he twice left work early.', 'not-addressed'],
    ['The records do not document functional improvement.', 'not-documented'],
  ]);
});

test('round 50: "Issues 2 and 3:" opens one part the two issues share, read for each; a drug the shared part calls new is not the other\'s', () => {
  const letter = parseLetter(`MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Consultation with a spine surgeon
2. Gabapentin 300mg #90
3. Hydrocodone/acetaminophen 5/325mg #60
CASE SUMMARY:
The injured worker is a 47-year-old male warehouse worker with left L5 radiculopathy.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
Issue 1: MTUS/ACOEM Practice Guidelines, Chapter 7, page 127.
Issues 2 and 3: MTUS Chronic Pain Medical Treatment Guidelines, pages 16-22 and 76-80.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
Issue 1: The diagnosis is complex and surgery is an option. Consultation with a spine surgeon is medically necessary.
Issues 2 and 3: The two medications are addressed together. Gabapentin has not been tried before; the request is the first prescription. A trial of gabapentin 300mg #90 is medically necessary. He has taken hydrocodone/acetaminophen since 08/2015, and there is no documentation of functional improvement with hydrocodone. Hydrocodone/acetaminophen 5/325mg #60 is not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
The physician reviewer is board certified in Anesthesiology and is licensed in California.
`)!;
  assert.deepEqual(
    letter.items.map((i) => [i.decision, i.citations.flatMap((c) => c.pages), i.continued, i.functionalImprovement.status]),
    [
      ['Overturned', [127], false, 'not-addressed'],
      ['Overturned', [16, 22, 76, 80], false, 'not-addressed'],
      ['Upheld', [16, 22, 76, 80], true, 'not-documented'],
    ],
  );
});

test('round 51: agreeing or disagreeing with utilization review decides; a determination a rationale opens with; advice about exercises after the verdict', () => {
  expectReadings(necessityIn, [
    ['The visits have not helped her. I therefore agree with the utilization review determination.', false],
    ['Every condition is met. This reviewer therefore disagrees with the utilization review non-certification.', true],
    ['The request does not meet the criteria for continuing an opioid, and the non-certification should be maintained. A gradual taper is advised.', false],
    ['Cognitive behavioral therapy: My determination is that the non-certification of the 4 additional sessions should be overturned. She attended the 6 sessions certified. Sessions beyond these 4 would be outside the guideline.', true],
    ['The guideline recommends a trial. She attended 6 sessions. Sessions beyond these 4 would be outside the guideline.', undefined],
    // A short verdict the rationale opens with is read where none ends it (round 68).
    ['A lumbar support is not indicated for this patient. His injury is two years old. He should continue the core strengthening he is learning in the program.', false],
    ['Norco has kept him working. He should continue the medication.', true],
  ]);
});

test('round 51: licences pending or lapsed are not held; "North and South Carolina" are two states', () => {
  expectReadings(licensureIn, [
    ['The reviewer is licensed to practice in California. His/her application for licensure in Arizona is pending, and a New York license that he/she held from 1996 to 2008 was allowed to lapse.', ['California']],
    ['The reviewer is licensed in California, and his application for licensure in Nevada is pending.', ['California']],
    ['The reviewer is licensed to practice in North and South Carolina.', ['North Carolina', 'South Carolina']],
  ]);
});

test('round 51: dates as Jun-11-2013, 14APR2016 and 2013.02.18; "that same day"; "rear-ended ... on"; a colon after a date in a sentence', () => {
  expectReadings(datesIn, [
    ['Her bus was rear-ended at a signal on Jun-11-2013. Utilization review non-certified the request on 09JAN2015. The application for IMR was received on 2015.01.27.', ['2013-06-11', '2015-01-09', '2015-01-27']],
    ['The referral sheet gives the date of injury as 03NOV2014: her bus was struck by a truck. Utilization review non-certified both requests on 03/16/2015, and the application for Independent Medical Review was received that same day.', ['2014-11-03', '2015-03-16', '2015-03-16']],
  ]);
});

test('round 51: "Age/Sex: 52/M" in the header; "a fifty-" / "eight-year-old woman" across a line break; "41 years and 7 months old"', () => {
  assert.deepEqual(findPatient([], [paragraph('Injured Worker: [redacted]          Age/Sex: 52/M')]).age, 52);
  assert.deepEqual(patientIn('The injured worker is a fifty-\neight-year-old woman who drives a school bus.'), [58, 'female']);
  assert.deepEqual(patientIn('She is 41 years and 7 months old and works as a dental hygienist.')[0], 41);
});

test('round 51: an e-mail address written "name(at)domain" and a WCAB case number are identifiers', () => {
  const kinds = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  assert.deepEqual(kinds('She may be reached at mfontaine(at)valleyrestore.org for the records.'), ['email']);
  assert.deepEqual(kinds('The claim was filed in 03/2013 under WCAB case ADJ8837125, and it was accepted.'), ['claim-number']);
  assert.deepEqual(kinds('The program is at its best in the morning (at) most sites.'), []);
});

test('round 52: a rationale two forms of one drug share ("Oxymorphone ER" and "Oxymorphone IR") is read for each by its release', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Oxymorphone ER 20mg #60:  Overturned\nOxymorphone IR 10mg #90:  Upheld').replace(
      /\nRationale: .*\n/,
      '\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, pages 76-80.\nDecision rationale: The two requests are addressed together. Oxymorphone ER: she has returned to modified work, and this is objective functional improvement. Oxymorphone ER 20mg #60 is medically necessary. Oxymorphone IR: no functional improvement attributable to it is documented. Oxymorphone IR 10mg #90 is not medically necessary.\n',
    ),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.conclusion?.necessary, i.functionalImprovement.status]),
    [
      [true, 'documented'],
      [false, 'not-documented'],
    ],
  );
  assert.deepEqual(analyzeLetter(letter).filter((f) => f.code === 'decision-rationale-conflict'), []);
});

test('round 52: gains told as a score "down from" another, "standing tolerance at work increased", "returned to her regular cafeteria duties", "can now sit", devices and relaxants given up', () => {
  assert.equal(gainsIn('The re-evaluation documents an Oswestry score of 26%, down from 42%.'), 'documented');
  assert.equal(gainsIn('The re-evaluation documents an Oswestry score of 40%, down from 42%.'), 'not-addressed');
  assert.equal(gainsIn('The note documents that her standing tolerance at work increased from 2 to 4 hours.'), 'documented');
  assert.equal(gainsIn('She returned to her regular cafeteria duties on 06/17/2013.'), 'documented');
  assert.equal(gainsIn('She can now sit through a meeting.'), 'documented');
  assert.equal(gainsIn('She no longer uses the lumbar support her physician prescribed.'), 'documented');
  assert.equal(gainsIn('His rotation went from 40 to 70 degrees and he stopped the muscle relaxant after 6 visits.'), 'documented');
  assert.equal(gainsIn('He stopped the muscle relaxant because of side effects.'), 'not-addressed');
  expectReadings(improvementIn, [
    ['The guidelines allow more treatment only when functional improvement is documented, and it is not documented here.', 'not-documented'],
  ]);
});

test('round 53: 2013 items lettered "A." or not numbered at all are read from the sentence that decides them', () => {
  const lettered = parseLetter(LETTER_2013.replace('Item 1: ', 'A. ').replace('Item 2: ', 'B. ').replace('Item 3: ', 'C. '))!;
  assert.deepEqual(
    lettered.items.map((i) => [i.service, i.decision]),
    [
      ['Tramadol ER 150 mg #30', 'Overturned'],
      ['MRI of the cervical spine', 'Upheld'],
      ['MRI of the lumbar spine', 'Upheld'],
    ],
  );
  const unnumbered = parseLetter(LETTER_2013.replace('Item 1: Tramadol ER 150 mg #30 is certified.', 'Tramadol ER 150 mg #30 is medically necessary and appropriate.'))!;
  assert.deepEqual([unnumbered.items[0].service, unnumbered.items[0].decision], ['Tramadol ER 150 mg #30', 'Overturned']);
});

test('round 53: a count told by the provider the sentence before names is that therapy\'s; the patient\'s own count is not carried', () => {
  const letter = (summary: string) =>
    parseLetter(
      LETTER_2014('CM15-0094417', 'Chiropractic treatment 2 times a week for 4 weeks for the cervical spine:  Upheld\nIndividual psychotherapy 1 time a week for 6 weeks:  Overturned')
        .replace('She has had 4 physical therapy visits.', summary)
        .replace(/\nRationale: .*\n/, '\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60.\nDecision rationale: The request is not medically necessary.\n'),
    )!;
  const counts = (summary: string) => letter(summary).items.map((i) => i.completedSessions?.value ?? null);
  assert.deepEqual(counts('Chiropractic care for the neck has been given by Dr. Liu since 01/2013. She has treated the patient 14 times, most recently on 09/26/2013.'), [14, null]);
  assert.deepEqual(counts('Physical therapy for the neck was provided by Ms. Okonkwo. Twelve visits were prescribed. Her discharge note, written at the tenth and last visit he attended, records less stiffness.'), [null, null]);
  assert.deepEqual(counts('Dr. Delaney has provided psychotherapy since 12/2014, and his report states that he has now seen the injured worker for 8 sessions.'), [null, 8]);
});

test('round 53: gains told as work lost without a drug or a task taken up again; "started gabapentin ... in 06/2015" is a drug being taken; "did what they were meant to do"', () => {
  assert.equal(gainsIn('On the two days in 08/2013 when he ran out, he came off the route early.'), 'documented');
  assert.equal(gainsIn('The reports show that he loses work without it.'), 'documented');
  assert.equal(gainsIn('In 07/2015 she went back to driving her morning route, which she had given up.'), 'documented');
  assert.equal(gainsIn('She has not gone back to driving.'), 'not-addressed');
  assert.equal(isContinuedTreatment('Gabapentin 300mg #90', 'medications', [paragraph('Her physician started gabapentin 300 mg three times a day in 06/2015.')]), true);
  expectReadings(improvementIn, [
    ['The pool sessions summarized above did what they were meant to do.', 'documented'],
  ]);
  assert.deepEqual(nearCount('8 pool sessions between 01/12/2015 and 03/06/2015').kinds, ['aquatic']);
});

test('round 54: a claims administrator\'s internal appeal under the letters\' headings is not a letter; a decision redacted with the rest is no part of the service', () => {
  const appeal = LETTER_2013.replace('HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE APPEAL DETERMINATION WAS MADE');
  assert.equal(parseLetter(appeal), null);
  assert.equal(parseLetter(`Notice of Internal Utilization Review Appeal Determination\n${LETTER_2013}`), null);
  assert.equal(parseLetter(LETTER_2013)?.format, 'determination-2013');
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Left L5-S1 transforaminal epidural steroid injection: [redacted]\nRationale: No radiculopathy is documented.\nPhysical therapy x 6:  Overturned'),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.service, i.decision]),
    [
      ['Left L5-S1 transforaminal epidural steroid injection', null],
      ['Physical therapy x 6', 'Overturned'],
    ],
  );
});

test('round 55: "The utilization reviewer counted 9" is utilization review\'s count; "She has not had a trial" leaves a guideline\'s condition unanswered', () => {
  assert.equal(reportedSecondHand('The utilization reviewer counted 9 psychotherapy sessions to date.') > 0, true);
  expectReadings(improvementIn, [
    ['If it is used, a one-month trial should first show increased functional improvement. She has not had a trial of the device.', 'not-addressed'],
    ['It would be continued if it produced functional improvement. It has not.', 'not-documented'],
  ]);
});

test('round 56: a topic of several words after a semicolon, with its pages after a comma, is the same citation', () => {
  assert.deepEqual(
    citationPages('The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines (2009), NSAIDs (non-steroidal anti-inflammatory drugs), pages 67-68; NSAIDs, specific drug list & adverse effects, pages 70-73, which is part of the MTUS.'),
    ['MTUS Chronic Pain:67,68,70,73'],
  );
});

test('round 56: a drug the patient "had been utilizing" is being taken; vestibular rehabilitation is physical therapy but its own course', () => {
  assert.equal(isContinuedTreatment('Tramadol ER 150mg #30', 'medications', [paragraph('The records indicated the injured worker had been utilizing tramadol ER since at least 10/2014.')]), true);
  const vestibular = countOwner('Vestibular rehabilitation 2x/wk x 4 wks', 'physical therapy', false);
  assert.equal(vestibular.owns(nearCount('Physical therapy for the neck was given 2 times a week for 6 weeks')), false);
  assert.equal(vestibular.owns(nearCount('6 vestibular rehabilitation visits completed')), true);
});

test('round 57: an age told of someone the patient serves or works for is not the patient\'s; "the injured worker, her 26-year-old son" is', () => {
  const treating = findPatient([paragraph('Miss [redacted] is 41 years and 7 months old. A lamp arm struck her head. The patient she was treating, a 72-year-old man, was not hurt.')]);
  assert.deepEqual([treating.age, treating.sex], [41, 'female']);
  const son = findPatient([paragraph("The claim form was completed by the orchard's owner, a 61-year-old woman, who employs the injured worker, her 26-year-old son, as a crew lead.")]);
  assert.deepEqual([son.age, son.sex], [26, 'male']);
  // A relative named alone is still someone else's age.
  assert.equal(findPatient([paragraph('She cares for her 30-year-old son. She is a 58 year old cook.')]).age, 58);
});

test('round 57: a patient\'s street address, where the letter calls it her address, is an identifier; a provider\'s address is not', () => {
  const found = (text: string) => findIdentifiers(linesOf(text).lines).map((f) => [f.kind, text.slice(f.span.start, f.span.end)]);
  assert.deepEqual(found("giving the employee's home address as 418 Alder Creek Road, Paradise, CA 95969"), [['street-address', '418 Alder Creek Road']]);
  assert.deepEqual(found('Her mailing address: 22 Birch Hollow Lane, Chico.'), [['street-address', '22 Birch Hollow Lane']]);
  // Round 62: a street with a compass point before its name.
  assert.deepEqual(found('New patient intake questionnaire, 05/11/2015 (home address 2216 N. Fulton St., Apt. 4)'), [['street-address', '2216 N. Fulton St.']]);
  assert.deepEqual(found('The clinic is at 1200 Main Street, Suite 4, Fresno, CA 93721.'), []);
});

test('round 57: "show no such improvement" and "shows no change after the last visits" deny it; what the visits "let her" do is improvement', () => {
  expectReadings(improvementIn, [
    ["Dr. Liu's notes, as described above, show no such improvement: the Neck Disability Index moved by two points.", 'not-documented'],
    ["The physical therapist's own note shows no change after the last visits. He has a home program.", 'not-documented'],
    ['The note shows no change in pain.', 'not-addressed'],
    ['She has been to 4 of her 6 visits, and they have already let her sit more than twice as long and get back to her walks.', 'documented'],
    ['Further visits would let her return to work.', 'not-addressed'],
    ['Her husband let her drive.', 'not-addressed'],
  ]);
});

test('round 57: a count "of them" is the therapy the sentence before names; "Her 6 treatments did that" meets a condition; "she is driving again"', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Work hardening 5 times a week for 2 weeks:  Upheld\nPhysical therapy 3 times a week for 2 weeks for the left shoulder:  Overturned').replace(
      'She has had 4 physical therapy visits.',
      'She attended 10 work hardening sessions. Six physical therapy visits for the left shoulder were certified on 06/30/2015. He attended 4 of them; the other 2 lapsed.',
    ),
  )!;
  assert.deepEqual(letter.items.map((i) => i.completedSessions?.value), [10, 4]);
  expectReadings(improvementIn, [
    ['Treatment may be extended if functional improvement is documented as defined in 8 C.C.R. 9792.20(e). Her 6 treatments did that.', 'documented'],
    ['Treatment may be extended if functional improvement is documented. The neck course did exactly that.', 'documented'],
    ['Treatment may be extended if functional improvement is documented. The records are sparse.', 'not-addressed'],
  ]);
  assert.equal(gainsIn('She has done well with the 3 visits she has had, and she is driving again.'), 'documented');
});

test('round 57: improvement said of the patient in an imaging item\'s rationale is not the test\'s; a footer set at the end of a line is no page', () => {
  const letter = parseLetter(LETTER_2014('CM15-0094417', 'MRI of the left knee:  Upheld').replace('The records document objective functional improvement.', 'Her symptoms and function have improved since the last study.'))!;
  assert.equal(letter.items[0].functionalImprovement.status, 'not-addressed');
  assert.deepEqual(linesOf('programs Page(s): 30-34.                 Page 2 of 3\nnext line').lines.map((l) => l.text), ['programs Page(s): 30-34.', 'next line']);
  assert.deepEqual(linesOf('the total was 12 pages   Page 3').lines.map((l) => l.text), ['the total was 12 pages   Page 3']);
});

test('round 57: gains in plain words (sleep regained, fewer tablets, a medication no longer bought, "lifting her son ... again", "her full route")', () => {
  expectReadings(gainsIn, [
    ['Within a month she was sleeping 6 hours a night instead of 3.', 'documented'],
    ['Since trazodone was started he sleeps twice as long as before.', 'documented'],
    ['She still does not sleep through the night.', 'not-addressed'],
    ['She had cut her hydrocodone from 6 tablets a day to 4.', 'documented'],
    ['She no longer took the diphenhydramine she had been buying over the counter.', 'documented'],
    ['She was lifting her son and her laundry again.', 'documented'],
    ['She went back to her full route six weeks after tramadol was started.', 'documented'],
  ]);
});

test('round 57: "since starting" or "the switch to" a drug is ongoing use; gains that "came with the therapy" are the item\'s own; "These are the gains 8 CCR 9792.20(f) describes"; "is therefore not documented"', () => {
  assert.equal(isContinuedTreatment('Celecoxib 200mg #30', 'medications', [paragraph('Within five weeks of the switch to celecoxib she was sleeping through the night.')]), true);
  assert.equal(isContinuedTreatment('Trazodone 50mg #30', 'medications', [paragraph('She reports that since starting it she sleeps 6 to 7 hours.')]), true);
  expectReadings(improvementIn, [
    ['The gains in her function followed the neck therapy and the tramadol.', 'not-addressed'],
    ['His sitting tolerance went from 20 to 50 minutes. These are the gains 8 CCR 9792.20(f) describes.', 'documented'],
    ['The guidelines do not suggest a program for longer than 2 weeks without evidence of demonstrated efficacy, documented by subjective and objective gains.', 'not-addressed'],
    ['Functional improvement attributable to cyclobenzaprine is therefore not documented, and long-term use is not supported.', 'not-documented'],
  ]);
  // Credited to "the therapy": the gains of an item of that kind (the item decides; see round 72), no other's.
  const cameWithTherapy = [paragraph('These are objective gains in her daily activities, and they came with the therapy, not before it.')];
  assert.equal(findFunctionalImprovement(cameWithTherapy, namedBy((to) => to.trim() === 'therapy')).status, 'documented');
  assert.equal(findFunctionalImprovement(cameWithTherapy, namedBy(() => false)).status, 'not-addressed');
});

test('round 57: "the utilization reviewer\'s statement that \\"no functional gains are documented\\"" is utilization review\'s finding, not the reviewer\'s', () => {
  expectReadings(improvementIn, [
    ['In my opinion that is objective functional improvement, and the utilization reviewer\'s statement that "no functional gains are documented" is not borne out by the record.', 'documented'],
  ]);
});

test('round 57: gains credited to a treatment named are the item\'s own where the name is the item\'s ("followed the start of gabapentin"), another\'s otherwise', () => {
  const rationale = 'Rationale: He now dresses himself. These gains in his daily activities followed the start of gabapentin, were recorded by 04/14/2014, and have held since. It is medically necessary.';
  const improvementOfEach = (items: string) =>
    parseLetter(LETTER_2014('CM15-0094417', items).replace(/\nRationale: .*\n/, `\n${rationale}\n`))!.items.map((i) => i.functionalImprovement.status);
  assert.deepEqual(improvementOfEach('Gabapentin 600mg #90:  Overturned'), ['documented']);
  assert.deepEqual(improvementOfEach('Naproxen 550mg #60:  Overturned'), ['not-addressed']);
  expectReadings(improvementIn, [
    ['There is no documentation of functional improvement with oxycodone; the gains in his range of motion and daily activities are attributed to physical therapy.', 'not-documented'],
    ['The functional gains of 2013 followed the chiropractic care while her cyclobenzaprine was unchanged.', 'not-addressed'],
  ]);
  assert.equal(gainsIn('He now sleeps through most nights.'), 'documented');
});

test('round 57: "The psychologist\'s report of 8/4/14 provides that evidence" meets a condition; "have not changed his headaches or his sleep" denies improvement', () => {
  expectReadings(improvementIn, [
    ["The guideline allows, with evidence of objective functional improvement, a total of 6 to 10 visits. The psychologist's report of 8/4/14 provides that evidence.", 'documented'],
    ['The sessions given so far have not changed his headaches or his sleep, as the psychologist herself reports.', 'not-documented'],
    ['With evidence of objective functional improvement, up to 18 visits.  Elective care is not necessary. The notes show it.', 'not-addressed'],
  ]);
});

test('round 58: gains "in what she does" and "a change in what she did"; "supports continuing tramadol only with documented functional benefit" is a condition; "is continued" and "still takes" are ongoing use', () => {
  expectReadings(improvementIn, [
    ['The record ties these gains to venlafaxine, and they are gains in what she does, not only in how she feels.', 'documented'],
    ['Her restrictions were the same before and after the block, so the record does not show a change in what she did because of it.', 'not-documented'],
    ['There is no documented functional improvement from tramadol. The ODG likewise supports continuing tramadol only with documented functional benefit.', 'not-documented'],
  ]);
  assert.equal(isContinuedTreatment('Norco 10/325mg #90', 'medications', [paragraph('Norco is continued at half the dose he took before the first injection.')]), true);
  expectReadings(gainsIn, [
    ['She cooks the evening meal for her family again.', 'documented'],
    ['On the two days when his supply ran out before the refill he left work at noon both days.', 'documented'],
  ]);
});

test('round 58: a count "Of these" or "of them" in a summary is the therapy of the sentence before, found by the count hint; a score "is now 27" is no age', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Chiropractic treatment 2 times a week for 3 weeks:  Overturned\nMassage therapy 1 time a week for 2 weeks:  Upheld').replace(
      'She has had 4 physical therapy visits.',
      'Utilization review certified 12 chiropractic visits on 03/05/2013. Of these, 11 were given between 03/11/2013 and 05/10/2013. The chiropractor also asked for 6 sessions of massage therapy. Utilization review certified 4 of them, and the massage therapist saw her for all 4, weekly.',
    ),
  )!;
  assert.deepEqual(letter.items.map((i) => i.completedSessions?.value), [11, 4]);
  assert.equal(findPatient([paragraph('The injured worker is a 48 year old female. Her BDI-II score is now 27.')]).age, 48);
});

test('round 58: "are indicated for this injured worker" and "should be granted" conclude; "IMR ISSUES, DETERMINATIONS AND RATIONALES"; a specialty under a signature; a driver\'s license or license plate number', () => {
  expectReadings(necessityIn, [
    ['Accordingly, diagnostic medial branch blocks at bilateral L4-L5 and L5-S1 are indicated for this injured worker.', true],
    ["The request meets the guidelines' criteria for continued care and should be granted.", true],
    ['The request should not be granted.', false],
  ]);
  assert.equal(parseLetter(LETTER_2014('CM15-0094417', 'Physical therapy x 6:  Overturned').replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DETERMINATIONS AND RATIONALES'))?.sections.length, 3);
  assert.equal(specialtyIn('This review was completed on 10/05/2015.\n\n[redacted], M.D.\nPhysical Medicine and Rehabilitation\nLicensed: CA, NV'), 'Physical Medicine and Rehabilitation');
  const found = (text: string) => findIdentifiers(linesOf(text).lines).map((f) => [f.kind, text.slice(f.span.start, f.span.end)]);
  assert.deepEqual(found('the report for California driver license N7740316 notes that he'), [['license-number', 'N7740316']]);
  assert.deepEqual(found('her vehicle, a 2009 sedan with license plate 6WXJ318, and finds'), [['license-number', '6WXJ318']]);
  assert.deepEqual(found('He holds a license in California since 2004.'), []);
});

test('round 59: "whether the first 10 sessions improved his function need not be decided" is no finding', () => {
  expectReadings(improvementIn, [
    ['Without a job to return to, the program has no goal, and whether the first 10 sessions improved his function need not be decided here.', 'not-addressed'],
    ['It is unclear whether the sessions improved her function.', 'not-documented'],
  ]);
});

test('round 60: transportation to therapy is no therapy; issues under title-case sub-headings of their own line; "any improvement in her sleep or in her daytime function"', () => {
  assert.deepEqual(classifyService('Round trip transportation to physical therapy appointments'), { category: 'other', sessionBased: false });
  const read = (text: string) => parseLetter(text)!.items.map((i) => [i.service, i.decision, lastRationaleSentence(i) ?? null]);
  assert.deepEqual(read(REVIEW('1. Cognitive behavioral therapy, 6 additional sessions\n2. Zolpidem 10mg #30', 'Cognitive Behavioral Therapy\nIt helps. Cognitive behavioral therapy is medically necessary.\nZolpidem\nNo gains. Zolpidem is not medically necessary.')), [
    ['Cognitive behavioral therapy, 6 additional sessions', 'Overturned', 'Cognitive behavioral therapy is medically necessary.'],
    ['Zolpidem 10mg #30', 'Upheld', 'Zolpidem is not medically necessary.'],
  ]);
  expectReadings(improvementIn, [['The records do not document any improvement in her sleep or in her daytime function with it.', 'not-documented']]);
});

test('round 60: a justified line\'s run of spaces after "Page(s):" still leads to the pages', () => {
  assert.deepEqual(citationPages('Decision  based  on  MTUS  Chronic  Pain Treatment Guidelines Physical  Medicine  Page(s):  98-99.'), ['MTUS Chronic Pain:98,99']);
});

test('round 61: a pregnancy tells the patient is a woman; "Licensed: Calif., Ariz."; "Diplomate, American Board of ..."; a board in parentheses is not the specialty', () => {
  const p = findPatient([paragraph('The injured worker, 33, was 22 weeks pregnant. Dr. Ames saw her; he referred her to Dr. Cole, who said he would treat her.')]);
  assert.equal(p.sex, 'female');
  const r = findReviewer([paragraph('[redacted], M.D.\nDiplomate, American Board of Orthopaedic Surgery\nLicensed: Calif., Ariz.\nDirect line: [redacted]')]);
  assert.deepEqual([r.specialty, r.licensure], ['Orthopaedic Surgery', ['California', 'Arizona']]);
  assert.deepEqual(licensureIn('Board certified, Physical Medicine & Rehabilitation. Licensed: California,\nNevada. In active clinical practice for more than five years.'), ['California', 'Nevada']);
  assert.equal(specialtyIn('The reviewer is board certified in Psychiatry (American Board of Psychiatry and Neurology) and is licensed in California.'), 'Psychiatry');
});

test('round 61: an item line with no parts takes the next one\'s rationale where it names the treatment after a label both share ("Associated surgical service:")', () => {
  const letter = parseLetter(
    LETTER_2014('CM15-0094417', 'Associated surgical service: Cold therapy unit, 7-day rental:  Overturned\nAssociated surgical service: Crutches:  Overturned').replace(
      /\nRationale: .*\n/,
      '\nDecision rationale: The cold therapy unit and the crutches are requested for use after the surgery. They are medically necessary.\n',
    ),
  )!;
  assert.deepEqual(letter.items.map((i) => i.parts.some((p) => p.kind === 'rationale')), [true, true]);
});

test('round 62: a treatment "given on" a date is no letter date; an injection "which relieved her pain ... and allowed her to go back" to work', () => {
  const summary = paragraph('On 3/4/16 Utilization Review non-certified the Toradol injection given on 2/10/16, and the brace.');
  assert.equal(findLetterDates([], [summary]).urDecision?.iso, '2016-03-04');
  expectReadings(improvementIn, [
    ['She had one injection, which relieved her pain for about three months and allowed her to go back to stocking the upper shelves.', 'documented'],
    ['Her employer offered modified duty and allowed her to return to work.', 'not-addressed'],
    ['Naproxen lowers her pain from 7/10 to 4/10 and lets her type through a full shift; without it she goes home early.', 'documented'],
    ['Her sister came by and lets her sleep in the afternoons.', 'not-addressed'],
    ['Ibuprofen reduces her shoulder pain from 7/10 to 4/10 and allows her to clean her full assignment of 16 rooms a shift.', 'documented'],
    ['The report documents an improved ability to perform activities of daily living, including walking and showering.', 'documented'],
  ]);
});

test('round 62: a summary sentence naming two drugs tells which is taken by the name after "has taken" or "has applied"', () => {
  const meds = (summary: string) =>
    parseLetter(
      LETTER_2014('CM13-0094417', 'Hydrocodone/APAP 5/325mg #60:  Upheld\nLidoderm 5% patches #30:  Upheld\nOmeprazole 20mg #30:  Upheld').replace(
        /(CLINICAL CASE SUMMARY\n)/,
        `$1${summary}\n`,
      ),
    )!.items.map((i) => i.continued);
  assert.deepEqual(meds('He has taken hydrocodone/APAP since 02/2013, and has applied Lidoderm patches since 05/2013, and omeprazole is requested.'), [true, true, false]);
  assert.deepEqual(meds('The physician prescribed hydrocodone, Lidoderm patches and omeprazole, none of which he has taken before.'), [false, false, false]);
});

test('round 62: continued drugs whose improvement reviewers tell in their own words', () => {
  expectReadings(gainsIn, [
    ['She is now back on the packing line for full eight-hour shifts.', 'documented'],
    ['On 12/9/14 her employer removed the lifting limit.', 'documented'],
    ["The reports from 10/2015 on describe her back at her regular cook's job six hours a day.", 'documented'],
    ['She went back to her bookkeeping job full time in 08/2012.', 'documented'],
    ['He has stopped the over-the-counter diphenhydramine he was taking most nights.', 'documented'],
    ['The notes record that she again drives herself to work.', 'documented'],
    ['On the two occasions his prescription was delayed he missed work.', 'documented'],
    ['When she tried going without the medication she had to pull over and call in late.', 'documented'],
    ['She is not back on the packing line for full shifts.', 'not-addressed'],
  ]);
  expectReadings(improvementIn, [
    ['The meloxicam has done what it was meant to do.', 'documented'],
    ['That is what 8 CCR 9792.20(f) means by functional improvement, and it belongs to this drug.', 'documented'],
    ['That is not what 8 CCR 9792.20(f) means.', 'not-addressed'],
    ['Nothing in them shows that he does anything now because of tizanidine that he could not do before.', 'not-documented'],
    ['Those are changes in how he lives, not only in how he feels.', 'documented'],
    ['There is no change in how he lives.', 'not-documented'],
  ]);
  assert.equal(isContinuedTreatment('Trazodone 50mg #30', 'medications', [paragraph('Before trazodone was added in 5/2015 he slept three hours a night.')]), true);
});

test('round 62: a drug\'s "extended release" is no surgical release', () => {
  assert.deepEqual(classifyService('Ultram ER (tramadol extended release) 150mg #30'), { category: 'medications', sessionBased: false });
  assert.deepEqual(classifyService('Right carpal tunnel release'), { category: 'surgery', sessionBased: false });
});

test('round 62: the dates of the documents a UR decision relied on are not its date', () => {
  const ur = (text: string) => findLetterDates([], [paragraph(text)]).urDecision?.iso;
  assert.equal(ur('On 2/24/16, Utilization Review, relying on the progress report of 1/27/16 and the request for authorization received 2/3/16, and noting its own certification of 9/8/15, non-certified the acupuncture.'), '2016-02-24');
  assert.equal(ur('On the 9th of April, 2014, Utilization Review, relying on the progress reports of March 25th, 2014 and the request for authorization of April 1st, 2014, non-certified the therapy.'), '2014-04-09');
  assert.equal(ur('The request for authorization dated 10/02/2014 was non-certified by utilization review on 10/09/2014.'), '2014-10-09');
});

test('round 62: improvement told in more plain words ("did not change what she does", "left her knee where it started", "What she no longer needs ... is the functional improvement")', () => {
  expectReadings(improvementIn, [
    ['The first injection did not change what she does, and the criteria for a repeat are not met.', 'not-documented'],
    ['Eight visits have left her knee where it started, and an open-ended request for more cannot be supported.', 'not-documented'],
    ['None of the notes tie anything she does to celecoxib.', 'not-documented'],
    ['The record does not show that it is doing anything for her function.', 'not-documented'],
    ['She is doing her job because of this medication, and the ten days without it show it.', 'documented'],
    ['What she does on sertraline, and what she stops doing without it, is documented.', 'documented'],
    ['What she no longer needs, the help, the equipment and the opioid, is the functional improvement 8 CCR 9792.20(e) describes.', 'documented'],
    ['She no longer works, and there is no functional improvement.', 'not-documented'],
    ['Losing his work without the drug and regaining it with the drug is functional improvement attributable to naproxen.', 'documented'],
    ['There is no functional improvement without the medication.', 'not-documented'],
  ]);
});

test('round 62: session therapies whose improvement reviewers tell in plain words', () => {
  expectReadings(improvementIn, [
    ['Nothing in the records shows that the pool sessions have changed what she is able to do.', 'not-documented'],
    ['After two weeks she cannot do anything that she could not do when the program began.', 'not-documented'],
    ['Nothing in these notes shows that he is doing more, or needs less care, than when he began.', 'not-documented'],
    ['She is doing more and taking less medication.', 'documented'],
    ['The therapist is doing more manual therapy than before.', 'not-addressed'],
    ['Nothing he does has changed.', 'not-documented'],
    ['That is progress that shows in what he can do.', 'documented'],
  ]);
  expectReadings(gainsIn, [
    ['She now dresses and does her hair without help and carries a full laundry basket.', 'documented'],
    ['Her physician has replaced the restriction against any use of the left arm with a restriction against overhead work only.', 'documented'],
    ['On 04/23/2019 her physician changed her work status from a 10-pound lifting limit to full duty.', 'documented'],
    ['He climbs the stairs without stopping, and he has put his cane away.', 'documented'],
    ['He still uses his cane, and nothing he does is easier.', 'not-addressed'],
  ]);
});

test('round 63: continued drugs whose improvement reviewers tell in their own words', () => {
  expectReadings(gainsIn, [
    ['Three months later she was back in the cafeteria at full hours.', 'documented'],
    ['By 9/2012 she was back at her teller window full time.', 'documented'],
    ['He was working full shifts and had started mowing his own lawn again.', 'documented'],
    ['She buttons her own clothes and has taken up knitting again.', 'documented'],
    ['Since 01/2015 she has needed only two tablets a day instead of four.', 'documented'],
    ['When a refill was held up for four days she left the sorting line early on three of them.', 'documented'],
    ['When she ran out for a week in 1/2014 she called in sick twice.', 'documented'],
    ['When his meloxicam lapsed for about ten days, he was moved off the lift bays to the parts counter.', 'documented'],
    ['She is not back at her teller window full time.', 'not-addressed'],
  ]);
  expectReadings(improvementIn, [
    ['Her days are different on this medication, and the notes say how.', 'documented'],
    ['A lower pain number does not show that her days are any different with this medication.', 'not-documented'],
    ['Her days are no different with it.', 'not-documented'],
    ['Nothing in the reports says what it changes in her days.', 'not-documented'],
    ['Those are things she does with her hands now that she could not do before the drug.', 'documented'],
    ['None of them names anything he does now that he did not do before 10/20/14.', 'not-documented'],
    ['Carisoprodol has added nothing to what he can do.', 'not-documented'],
  ]);
  const continued = (text: string) => isContinuedTreatment('Gabapentin 600mg #90', 'medications', [paragraph(text)]);
  assert.equal(continued('When the dose was raised to 600mg three times a day on 12/06/2012, she was off work.'), true);
  assert.equal(continued('Gabapentin is recommended for neuropathic pain.'), false);
});

test('round 63: session therapies and continued drugs whose improvement reviewers tell in plain words', () => {
  expectReadings(gainsIn, [
    ['He went back to the bakery on 4/7/14 at full duty with no lifting limit.', 'documented'],
    ['On 08/12/2013 his employer took him back on modified duty, 6 hours a day.', 'documented'],
    ['She went back to her receptionist job 20 hours a week on 2/4/19.', 'documented'],
    ['He has stopped the cyclobenzaprine he used to take at night.', 'documented'],
    ['He loads the delivery vans again.', 'documented'],
    ['By 09/2014 she was again walking her dog around the park.', 'documented'],
    ['She can again bend to pick from the bottom rack.', 'documented'],
    ["She could now lift her grandson's car seat into the back of her car.", 'documented'],
    ['He has gone from three tramadol a day to one.', 'documented'],
    ['He has gone from one tramadol a day to three.', 'not-addressed'],
  ]);
  expectReadings(improvementIn, [
    ['These gains are real, and the 12 visits he has had plus the 6 requested come to 18.', 'documented'],
    ['He is doing more and needs less.', 'documented'],
    ['That is what the guideline means by efficacy: she is doing more and taking less.', 'documented'],
    ['She is doing things now that she could not do when she started.', 'documented'],
    ['The records do not show one thing she does because of the tizanidine.', 'not-documented'],
    ['The record shows nothing she does because of the cyclobenzaprine.', 'not-documented'],
    ['Going without the ibuprofen took nothing away from her days, and taking it again added nothing to them.', 'not-documented'],
    ['Nothing in the record shows anything the tramadol adds to her day.', 'not-documented'],
    ['The guidelines continue manipulation only with evidence of objective functional improvement, and here there is none.', 'not-documented'],
    // The guideline's rule, not a finding.
    ['A program should not run longer than 2 weeks without evidence of demonstrated efficacy, documented by subjective and objective gains.', 'not-addressed'],
  ]);
  // Gains that "came with" a drug are that drug's.
  const naproxen = findFunctionalImprovement([paragraph('Those gains came with the naproxen, and she has kept them.')], namedBy((to) => to.includes('naproxen')));
  assert.equal(naproxen.status, 'documented');
  const continued = (text: string) => isContinuedTreatment('Oxycodone 10mg #120', 'medications', [paragraph(text)]);
  assert.equal(continued('Once the oxycodone was restarted he was back on full shifts within the week.'), true);
  assert.equal(continued('For a drug taken every day for a year and a half, the record should show what she can do on it.'), true);
  assert.equal(callsNew(paragraph('Lidoderm has never been dispensed to this patient. This is therefore a first request.')), true);
});

test('round 63: a professional review whose parts are one-line paragraphs each opening "Issue n:"', () => {
  const letter = parseLetter(
    REVIEW(
      '1. Chiropractic manipulation 6 visits\n2. Individual psychotherapy 4 sessions',
      'Issue 1: He has had 8 chiropractic visits, and his neck is no better. Chiropractic manipulation 6 visits is not medically necessary.\n\nIssue 2: He has had 6 psychotherapy sessions. Individual psychotherapy 4 sessions is medically necessary.',
    ),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.decision, i.parts.find((p) => p.kind === 'rationale')?.text.slice(0, 8)]),
    [
      ['Upheld', 'Issue 1:'],
      ['Overturned', 'Issue 2:'],
    ],
  );
});

test('round 63: the gains of a repeat injection are read as a continued treatment\'s are', () => {
  const letter = parseLetter(
    LETTER_2014(
      'CM15-0094417',
      'Repeat lumbar epidural steroid injection:  Overturned',
    ).replace(/\nRationale: .*\n/, '\nDecision rationale: After the injection of 02/26/2015 he had about 60% relief for 10 weeks and reduced his Norco from four tablets a day to one. The repeat injection is medically necessary.\n'),
  )!;
  assert.equal(letter.items[0].functionalImprovement.status, 'documented');
  assert.equal(letter.items[0].continued, false);
});

test('round 64: what the patient does after a course, told in everyday words', () => {
  expectReadings(gainsIn, [
    ['She does her own hair again, and she can get to her kitchen cabinets.', 'documented'],
    ['She opens jars, carries a gallon of milk and picks up her son again.', 'documented'],
    ['The note describes a woman who now walks the grocery store aisles on her own.', 'documented'],
    ['By 05/06/2015 he could carry a gallon of milk in his right hand.', 'documented'],
    ['His grip strength went from 20 to 38 kg.', 'documented'],
    ['His grip strength went from 20 to 21 kg.', 'not-addressed'],
    ['After naproxen was added she again drove her children to school.', 'documented'],
    ['She could carry nothing heavier than a cup.', 'not-addressed'],
  ]);
  expectReadings(improvementIn, [
    ['She is doing more at home and at work than she could when the course began.', 'documented'],
    ['In 8 sessions, what she does at home has changed: she walks to her mailbox.', 'documented'],
    ['The progress note summarized above shows real gains.', 'documented'],
    ['These are the kinds of gains the guideline is looking for, and they are documented.', 'documented'],
    ['These are changes in her daily life, and they are documented.', 'documented'],
    ['She carries a gallon of milk, things she could not do when therapy started.', 'documented'],
    ['What she does from day to day is the same as before the acupuncture started.', 'not-documented'],
    ['The records do not show anything she is able to do now because of the acupuncture.', 'not-documented'],
  ]);
});

test('round 64: improvement found not shown, in everyday words', () => {
  expectReadings(improvementIn, [
    ['More visits could be considered only if the first 12 had changed what the shoulder lets him do.  They have not.', 'not-documented'],
    ['More visits could be considered only if the first 12 had changed what the shoulder lets him do. They have.', 'not-addressed'],
    ['Being able to work with the medication and not without it is functional improvement.', 'documented'],
    ['There is nothing she does that she could not do without it.', 'not-documented'],
    ['What she does has not changed.', 'not-documented'],
    ['Feeling more in control, with no change in her days, is not the improvement on which further sessions depend.', 'not-documented'],
  ]);
  // Issues labelled "Issue 1:" under ISSUE AT DISPUTE are each an issue, named without the label.
  const letter = parseLetter(REVIEW('Issue 1: Physical therapy 4 additional visits\nIssue 2: Naproxen 500mg #60', 'Issue 1: Therapy is medically necessary.\nIssue 2: Naproxen is not medically necessary.'))!;
  assert.deepEqual(
    letter.items.map((i) => [i.service, i.decision]),
    [
      ['Physical therapy 4 additional visits', 'Overturned'],
      ['Naproxen 500mg #60', 'Upheld'],
    ],
  );
});

test('round 64: a paragraph two issues share gives a sentence opening with one of them to that one alone', () => {
  const pages = (rationale: string) =>
    parseLetter(REVIEW('1. MRI of the cervical spine\n2. MRI of the lumbar spine', rationale))!.items.map((i) => i.citations.flatMap((c) => c.pages));
  assert.deepEqual(
    pages('Issues 1 and 2: For the cervical MRI, the ACOEM guidelines, pages 177-178, call for red flags. For the lumbar MRI, the ACOEM guidelines, pages 303-304, call for nerve compromise. Neither MRI is medically necessary.'),
    [
      [177, 178],
      [303, 304],
    ],
  );
  assert.deepEqual(
    pages('Issues 1 and 2: As to the cervical MRI: the ACOEM guidelines, pages 177-178, call for red flags. Regarding the lumbar MRI, the ACOEM guidelines, pages 303-304, call for nerve compromise. Neither MRI is medically necessary.'),
    [
      [177, 178],
      [303, 304],
    ],
  );
  // Named otherwise, the paragraph is undivided: every citation is both issues'.
  assert.deepEqual(
    pages('Issues 1 and 2: The ACOEM guidelines, pages 177-178, cover the neck and pages 303-304 the low back. Neither MRI is medically necessary.'),
    [
      [177, 178, 303, 304],
      [177, 178, 303, 304],
    ],
  );
});

test('round 64: a course told in the summary and weighed briefly in the rationale', () => {
  expectReadings(improvementIn, [
    ['The relaxed lifting restriction and the longer standing tolerance recorded on 07/29/2013 meet that definition.', 'documented'],
    ['Her reports of feeling looser do not meet that definition.', 'not-documented'],
    ['The straight-leg raise findings meet that definition of radiculopathy.', 'not-addressed'],
    ['The 8 sessions she completed produced the gains described above in walking, shopping and housework.', 'documented'],
    ['The sessions have not produced the gains the guideline asks for.', 'not-documented'],
  ]);
});

test('round 64: "better off", said plainly, and a drug shown by what happened without it', () => {
  expectReadings(improvementIn, [
    ['She has taken Norco since 2015. She is better off on it.', 'documented'],
    ['She has attended 6 of the 8 visits authorized, and she is better off for them.', 'documented'],
    ['He is not better off for the visits.', 'not-documented'],
    ['He is no better off than when he started.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['In 05-2017, when a refill came late, she went home early two days running.', 'documented'],
    ['In 11/2017 he stopped it for a week because of an upset stomach, and he left the route early on three of those days.', 'documented'],
    ['She can again turn her head far enough to check her blind spot.', 'documented'],
    ['On 11/12/2013 her physician raised her keyboard limit from 3 hours a day to 6.', 'documented'],
  ]);
});

test('round 65: a phone number whose justified line put spaces before its dots is an identifier', () => {
  const { lines } = linesOf('Physical therapy notes, Coastline Physical Therapy, Anaheim, CA 92805,  tel.  714 .555 .0168, 05/2014.\n');
  assert.deepEqual(findIdentifiers(lines).map((f) => f.kind), ['phone']);
  assert.deepEqual(findIdentifiers(linesOf('CPT 97110 .5 units, ICD-10 M75.1 and zip 92805 are no phone numbers.\n').lines), []);
});

test('round 65: whether the patient\'s life changed, in everyday words', () => {
  expectReadings(improvementIn, [
    ['It was prescribed for her depression, and it has changed her life at home.', 'documented'],
    ['It has not changed her days.', 'not-documented'],
    ['The injury changed her life.', 'not-addressed'],
    ['Nothing so far shows that therapy has changed how she lives.', 'not-documented'],
    ['This patient has done well in therapy, and it shows in her life, not only in her mood score.', 'documented'],
    ['She shops for herself and drives across town. Those are real changes, and the psychologist documents them.', 'documented'],
  ]);
  assert.equal(specialtyIn('This reviewer is a board-certified physiatrist (Physical Medicine and Rehabilitation) licensed in California.'), 'Physical Medicine and Rehabilitation');
});

test('round 66: whether the patient does more at home or at work, asked and answered in plain words', () => {
  expectReadings(improvementIn, [
    ['She did not do more at home or at work because of the therapy, and another course is not supported.', 'not-documented'],
    ['She is doing no more at home or at work than she was in March.', 'not-documented'],
    ['Nothing in the file says what meloxicam lets him do at home or at work that he could not do without it.', 'not-documented'],
    ['The notes show what the gabapentin lets her do: she sings in the choir again.', 'documented'],
    ['The guideline supports continued NSAID use when the patient\u2019s function is better with the drug. Here it is.', 'documented'],
    ['The guideline supports continued NSAID use when the patient\u2019s function is better with the drug. Here it is not.', 'not-documented'],
    ['There is no earlier use to judge, and the guideline does not ask for functional improvement before a first trial.', 'not-addressed'],
  ]);
  expectReadings(gainsIn, [
    ['The 9 days without celecoxib cost her four early departures and a missed shift.', 'documented'],
    ['The 9 days without celecoxib passed without incident.', 'not-addressed'],
  ]);
});

test('round 67: credentials read column by column, a footer of title and date, a count joined to its unit after "a"', () => {
  const reviewerOf = (text: string) => {
    const { specialty, licensure } = findReviewer([paragraph(text)]);
    return { specialty, licensure };
  };
  expectReadings(reviewerOf, [
    ['The Expert Reviewer has the following credentials:\nState(s) of Licensure:\nCertification(s)/Specialty:\nCalifornia, Arizona\nInternal Medicine', { specialty: 'Internal Medicine', licensure: ['California', 'Arizona'] }],
    ['Certification(s)/Specialty:\nState(s) of Licensure:\nPsychiatry\nCalifornia', { specialty: 'Psychiatry', licensure: ['California'] }],
  ]);
  // "... is medi-" / footer / "cally necessary.": with the footer's title and date dropped on every page, one word.
  const footer = 'IMR Final Determination \u2013 10/27/2015                    Page 2 of 3';
  const page = (n: number) => footer.replace('2 of', `${n} of`);
  const { lines } = linesOf(`The request is medi-\n\n\n${page(1)}\n\fcally necessary.\n\nThe end.\n\n${page(2)}\n\fMore text.\n\n${page(3)}\n`);
  assert.deepEqual(lines.map((l) => l.text), ['The request is medi-', 'cally necessary.', 'The end.', 'More text.']);
  assert.deepEqual(findCompletedCounts('She completed a 6-visit chiropractic trial in 03/2015; her neck rotation improved.').completed.map((c) => c.value), [6]);
  expectReadings(completedValues, [
    ['The chiropractic daily notes in the file record treatment on 04/02/2013, 04/04/2013, 04/09/2013 and 04/25/2013.', [4]],
    ['The physician requested treatment on 04/02/2013, 04/04/2013 and 04/09/2013.', []],
  ]);
  expectReadings(improvementIn, [
    ['Tramadol lets him finish his workday, and there is no sign of misuse.', 'documented'],
    ['His employer lets him work light duty in any case.', 'not-addressed'],
    ['That she loses work and sleep without it and gets them back with it is documented functional improvement.', 'documented'],
    ['She is no better at work without it than with it, so there is no documented functional improvement.', 'not-documented'],
  ]);
});

/** A format A letter of a few lines: its title, case number and decisions heading, then `lines`, each a paragraph. */
const DECISIONS_2014 = (lines: readonly string[]) =>
  ['MAXIMUS FEDERAL SERVICES', 'IMR Case Number: CM15-0123456', '', 'IMR ISSUES, DECISIONS AND RATIONALES', 'The Final Determination was based on decisions for the disputed items/services set forth below:', '', ...lines.flatMap((l) => [l, ''])].join('\n');

test('round 67: items that share a rationale told apart by a four-letter drug name and by the item a sentence names first', () => {
  const letter = parseLetter(
    DECISIONS_2014([
      'Norco 10/325mg #60:  Overturned',
      'Soma 350mg #60:  Upheld',
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids Page(s): 74-96; Carisoprodol (Soma) Page(s): 29.',
      'Decision rationale: The two medications are reviewed together here. For the Norco, the MTUS Chronic Pain Guidelines page 78 require ongoing documentation of the 4 A\'s. This is documented functional improvement with Norco. Norco 10/325mg #60 is medically necessary. For the Soma, the MTUS Chronic Pain Guidelines page 29 state that carisoprodol is not recommended. Soma 350mg #60 is not medically necessary.',
    ]),
  );
  assert.ok(letter);
  const pages = (k: number) => letter.items[k].citations.map((c) => c.pages.join(',')).sort();
  assert.deepEqual(pages(0), ['74,96,29', '78']);
  assert.deepEqual(pages(1), ['29', '74,96,29']);
  assert.equal(letter.items[1].functionalImprovement.status, 'not-addressed');
  const shared = parseLetter(
    DECISIONS_2014([
      'Right carpal tunnel release:  Upheld',
      'Right wrist night splint:  Overturned',
      'Decision rationale: She has never had a splint. The right wrist night splint is medically necessary. The right carpal tunnel release is not medically necessary at this time; it can be reconsidered if her symptoms persist after a trial of splinting.',
    ]),
  );
  assert.deepEqual(shared?.items.map((i) => i.conclusion?.necessary), [false, true]);
});

test('round 68: conclusions worded in many ways, and utilization review\'s words quoted', () => {
  expectReadings(necessityIn, [
    ['The remaining 6 visits are not medically necessary at this time. The utilization review non-certification is therefore overturned in part, and 6 of the 12 visits requested are medically necessary.', true],
    ['That modification was appropriate: 6 of the 8 visits are medically necessary.', false],
    ['Six more sessions are warranted. She attended the 4 sessions of her trial, and her score fell from 27 to 15.', true],
    ['Acupuncture is recommended as an option when pain medication is reduced. She attended 6 sessions.', undefined],
  ]);
  expectReadings(improvementIn, [
    ['That is functional improvement with tramadol ER. Utilization review wrote that "there is no documentation of functional benefit" and on that ground found the medication not medically necessary.', 'documented'],
    ['These are objective gains. Treatment should not continue past the sixth without further objective gains.', 'documented'],
    ['This is documented functional improvement. Utilization review\'s statement that "there is no objective evidence of functional benefit" is not supported by the records.', 'documented'],
    ['These are objective gains. The guideline does not support sessions beyond that without further objective gains.', 'documented'],
  ]);
});

test('round 69: a verdict opened with or followed by advice, an injury told as a fall, gains owed to nothing, a footer with its page', () => {
  expectReadings(necessityIn, [
    ['This is objective functional improvement. Accordingly, the request should be certified as written. Passive modalities should not be the focus of these visits.', true],
    ['I would overturn the prior non-certification. He completed the 6 treatments certified. The acupuncturist should teach him a home stretching routine during these 6 sessions.', true],
    ['I would uphold the prior non-certification. He completed the 6 treatments certified. The acupuncturist should teach him a home stretching routine.', false],
  ]);
  expectReadings((text: string) => datesIn(text)[0], [
    ['The injured worker is a 47-year-old male line installer who fell about 8 feet from a ladder on 05/14/2018, landing on his back.', '2018-05-14'],
    ['The injured worker has neck and low back pain after her office chair gave way beneath her on 01/17/2017.', '2017-01-17'],
    ['Her arm pain fell from 8/10 to 2/10 after the injection of 09/17/2018.', null],
  ]);
  expectReadings(improvementIn, [
    ['The gains she has made since came after the injection. Nothing she does now can be traced to the 12 visits.', 'not-documented'],
    ['What she loses without duloxetine and gets back with it is documented functional improvement from this medication.', 'documented'],
  ]);
  expectReadings(gainsIn, [
    ['Cervical rotation improved, and he was able to drive again, which he had not done since the injury.', 'documented'],
    ['If he could drive again, he could return to work.', 'not-addressed'],
  ]);
  // A running header with its page number on its line, as a PDF's text closes up the space before it.
  const { lines } = linesOf('The request is medi-\nIMR Final Determination - 10/27/2015 Page 2 of 3\ncally necessary.\n');
  assert.deepEqual(lines.map((l) => l.text), ['The request is medi-', 'cally necessary.']);
});

test('round 69: issues taken up together by a list of their numbers, the last issue left without a rationale', () => {
  const letter = parseLetter(
    REVIEW(
      [
        '1. Acupuncture 1 time a week for 6 weeks for the left knee',
        '2. Physical therapy 2 times a week for 3 weeks for the left knee',
        '3. TENS unit for a one-month home trial',
        '4. Synvisc-One injection to the left knee',
      ].join('\n'),
      'Issues 1, 2 and 3: The three requests are reviewed together. For the acupuncture, she completed the initial trial of 6 acupuncture treatments. That is objective functional improvement. Acupuncture is medically necessary. For the physical therapy, she attended 4 visits. Physical therapy is medically necessary. For the TENS unit, osteoarthritis of the knee is not among the conditions. A TENS unit is not medically necessary.',
    ),
  );
  assert.ok(letter);
  assert.deepEqual(letter.items.map((i) => i.parts.some((p) => p.kind === 'rationale')), [true, true, true, false]);
  assert.deepEqual(letter.items.map((i) => i.functionalImprovement.status), ['documented', 'not-addressed', 'not-addressed', 'not-addressed']);
});

test('round 70: gains credited to the treatment, to something else or to nothing, in everyday words', () => {
  expectReadings(improvementIn, [
    ['The chiropractic notes list adjustments and pain levels, and nothing she does now that she could not do in January.', 'not-documented'],
    ['When it was interrupted she went back to bed. That is what the medication does for her days.', 'documented'],
    ['Twelve more visits would bring him to 22, for a treatment that has not shown it changes anything he does.', 'not-documented'],
    ['The 4 visits of 06/2013 left him where they found him: the same pain, the same 30 minutes of sitting.', 'not-documented'],
    ['What she does now (driving, shopping on her own, going to work) came with the therapy.', 'documented'],
    ['With it he walks his whole route. That is a gain in his work that stops when the medication stops.', 'documented'],
    ['There is no change in his work restrictions since the injection.', 'not-documented'],
    ['The gains from that course are documented, with abduction improving from 90 to 150 degrees.', 'documented'],
  ]);
  expectReadings(gainsIn, [
    ['With it he walks his full 8-hour route, and when he went without it for 10 days he could walk only 5 hours of it.', 'documented'],
    ['The visits gave her the arm back, and she no longer needs her husband to help her into her coat.', 'documented'],
    ['With it her pain falls from 8/10 to 5/10, and she has gone back to work 4 hours a day.', 'documented'],
  ]);
  expectReadings((text: string) => datesIn(text)[0], [['She worked the night shift as a clerk. On 02/11/2016 she was robbed at gunpoint at the register.', '2016-02-11']]);
  expectReadings(patientIn, [
    ['The patient is a 44 yo F bank teller. On 11/16/2012 a man robbing her branch pushed her; he was later identified as a 43-year-old man.', [44, 'female']],
    ['She was 37 on the day she was hurt, 06/03/2013, and is 39 now. She injured her neck transferring an 84-year-old resident.', [39, 'female']],
  ]);
  expectReadings(completedValues, [
    ['Her psychiatrist raised the dose, and she has seen him 3 times for medication management since then.', []],
    ['After her 2 aquatic sessions in 10/2013 she walked for 25 minutes instead of 10.', [2]],
    ['Two aquatic therapy sessions were given in 10/2013, after which she walked for 25 minutes.', [2]],
  ]);
});

test('round 70: a last sentence about another item is no conclusion on this one', () => {
  const letter = parseLetter(
    DECISIONS_2014([
      'Tramadol ER 150mg #30:  Overturned',
      'Decision rationale: He has taken tramadol ER since 2013, and with it he works full shifts. Tramadol ER 150mg #30 is medically necessary.',
      'Cyclobenzaprine 7.5mg #60:  Upheld',
      'Decision rationale: He has taken cyclobenzaprine nightly since 10/2014, and nothing documents functional improvement from it. The requested Cyclobenzaprine 7.5mg #60 is therefore not medically necessary. The tramadol ER remains medically necessary for the reasons given above.',
    ]),
  );
  assert.deepEqual(letter?.items.map((i) => i.conclusion?.necessary), [true, false]);
  assert.deepEqual(analyzeLetter(letter!).filter((f) => f.code === 'decision-rationale-conflict'), []);
});

test('round 70: an item named by three capitals takes its own citations from a paragraph it shares', () => {
  const shared = paragraph(
    'Both studies were asked for because of the new numbness in his left leg. For the MRI, the ACOEM guidelines, pages 303-304, support imaging when there are unequivocal objective findings. For the EMG/NCV, the ACOEM guidelines, page 303, address electrodiagnostic testing.',
  );
  const pages = (service: string, other: string) => ownOf(shared, service, other)?.map((c) => c.pages.join(','));
  assert.deepEqual(pages('MRI of the lumbar spine', 'EMG/NCV of the bilateral lower extremities'), ['303,304']);
  assert.deepEqual(pages('EMG/NCV of the bilateral lower extremities', 'MRI of the lumbar spine'), ['303']);
});

test('round 71: a date after a comma ends its list entry, so the entry that follows does not take it', () => {
  expectReadings(datesIn, [
    [
      'DOCUMENTS REVIEWED: - Application for Independent Medical Review, 03/29/2019 - Utilization review determination, 03/18/2019 - Physical therapy notes, 01/14/2019',
      [null, '2019-03-18', '2019-03-29'],
    ],
    ['The case file shows: 12/22/2014 - Utilization review non-certification 01/05/2015 - Application for Independent Medical Review received', [null, '2014-12-22', '2015-01-05']],
  ]);
});

test('round 71: "I am therefore overturning (upholding) the prior non-certification" is a verdict', () => {
  expectReadings(necessityIn, [
    ['She completed 6 visits and went back to her full room quota. I am therefore overturning the prior non-certification of chiropractic manipulation for the low back.', true],
    ['Nothing in the record shows a gain from the visits. I am upholding the utilization review decision.', false],
    ['This reviewer therefore reverses the non-certification of the brace.', true],
    ['I uphold the denial of the brace.', false],
  ]);
});

test('round 71: "Those gains from the 10 visits are documented" documents improvement', () => {
  expectReadings(improvementIn, [
    ['She had 10 visits, and they did help: she went back to work. Those gains from the 10 visits are documented.', 'documented'],
    ['The gains from her earlier therapy were documented, with sitting up to an hour.', 'documented'],
  ]);
});

test('round 72: "improved the patient\'s function" is improvement, said of the patient by role', () => {
  expectReadings(improvementIn, [
    ['There are no objective findings, such as increased range of motion, indicating that the prior therapy improved the patient\'s function.', 'not-documented'],
    ['The prior therapy improved the injured worker\'s function: she went back to full duty.', 'documented'],
  ]);
});

test('round 72: gains credited to a kind of treatment are an item of that kind\'s, not a drug\'s', () => {
  const letter = parseLetter(
    DECISIONS_2014([
      'Functional restoration program, 10 additional days:  Overturned',
      'Decision rationale: She has completed 10 days of the program. She drives herself and cooks for her family again. The program is medically necessary.',
      'Hydrocodone/APAP 10/325mg #180:  Upheld',
      'Decision rationale: For two years on six tablets a day she did not cook, did not drive and did not work, and nothing in the notes names anything she did because of it. What she does now came with the program. The request for hydrocodone/APAP 10/325mg #180 is not medically necessary.',
      'Naproxen 550mg #60:  Overturned',
      'Decision rationale: He has taken naproxen since 2013. He went back to full duty in 03/2014, and no other treatment changed then. These are objective functional gains, and they followed the medication. The request for Naproxen 550mg #60 is medically necessary.',
    ]),
  );
  assert.deepEqual(letter?.items.map((i) => i.functionalImprovement.status), ['documented', 'not-documented', 'documented']);
});

test('round 72: what a drug does told in everyday words, and that nothing depends on it', () => {
  expectReadings(improvementIn, [
    ['That eight-day gap shows what the medication does for her working day and her nights.', 'documented'],
    ['Nothing he does depends on celecoxib, and the pills add nothing to what he can do in return.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['When the prescription was not refilled for eight days in 09/2015 she went home early on three shifts.', 'documented'],
    ['She again folds and puts away the family\'s laundry, which her son had been doing for her.', 'documented'],
    ['Since 11/2017 he has driven his full route, and at home he again carries his daughter up to bed.', 'documented'],
  ]);
});

test('round 72: a schedule kept in words ("three times a week for three weeks") and "its first two weeks" of a program are counts given', () => {
  const letter = parseLetter(
    DECISIONS_2014([
      'Additional physical therapy for the lumbar spine:  Upheld',
      'Decision rationale: She attended physical therapy three times a week for three weeks in 01/2014, and her Oswestry score did not change. The request is not medically necessary.',
      'Functional restoration program, additional 10 days:  Overturned',
      'Decision rationale: She completed its first two weeks, 10 program days of 6 hours each, on 03/30/2018, and she now walks 45 minutes. The request is medically necessary.',
    ]),
  );
  assert.deepEqual(letter?.items.map((i) => i.completedSessions?.value), [9, 10]);
});

test('round 73: a sub-heading with a strength ("Lidocaine 5% Patch") parts a review\'s rationale, and each drug is read on its own', () => {
  const letter = parseLetter(
    REVIEW(
      '1. Oxycodone 10mg #120\n2. Lidocaine 5% patch #30',
      'Oxycodone\nWithout it she left after half a shift. She does more with the medication than without it. The request for oxycodone 10mg #120 is medically necessary.\nLidocaine 5% Patch\nThe month she went without them changed nothing in her days. The request for lidocaine 5% patch #30 is not medically necessary.',
    ),
  );
  assert.deepEqual(
    letter?.items.map((i) => [i.decision, i.functionalImprovement.status]),
    [
      ['Overturned', 'documented'],
      ['Upheld', 'not-documented'],
    ],
  );
});

test('round 73: "used 4" of those certified, and a task "he does with the medication and cannot do without it"', () => {
  assert.deepEqual(completedValues('Of the 6 visits certified, he used 4, and they changed what he does.'), [4]);
  assert.deepEqual(completedValues('Six visits were certified, and she used 4 of them.'), [4]);
  expectReadings(improvementIn, [
    ['A return to his full job and a task that he does with the medication and cannot do without it are functional improvement as 8 C.C.R. 9792.20(f) defines it.', 'documented'],
    ['He cannot do without it, and there is no functional improvement documented.', 'not-documented'],
  ]);
});

test('round 73: "Functional improvement was weighed as 8 CCR 9792.20(f) defines it" is no finding; a count of two therapies together is neither\'s', () => {
  expectReadings(improvementIn, [
    ['Functional improvement was weighed as 8 CCR 9792.20(f) defines it.', 'not-addressed'],
    ['No functional improvement was assessed as documented.', 'not-documented'],
  ]);
  const letter = parseLetter(
    REVIEW(
      '1. Chiropractic manipulation 6 visits, lumbar spine\n2. Physical therapy 6 visits, right shoulder',
      'Each request is decided on its own. Between the two therapies she has been seen 10 times since 02/2014.\n\nRegarding the chiropractic manipulation, she completed the 6-visit chiropractic trial in 03/2014 and went back to full duty. Chiropractic manipulation is medically necessary.\n\nRegarding the physical therapy, she attended 4 shoulder visits and can now lift her arm overhead. Physical therapy is medically necessary.',
    ),
  );
  assert.deepEqual(letter?.items.map((i) => i.completedSessions?.value), [6, 4]);
});

test('round 73: "He saw a psychologist for 4 sessions" is a count given; "Nothing she does at home or at work changed with" the care', () => {
  assert.deepEqual(completedValues('He saw a psychologist for 4 sessions of cognitive behavioral therapy between 09/08/2014 and 10/27/2014.'), [4]);
  assert.deepEqual(completedValues('She saw her physician for 3 months.'), []);
  expectReadings(improvementIn, [['Nothing she does at home or at work changed with the chiropractic care.', 'not-documented']]);
});

test('round 74: "the prior non-certification cannot be supported" is for the treatment; "should continue at home" is advice, not a verdict', () => {
  expectReadings(necessityIn, [
    ['Six further visits are appropriate for this patient, and the prior non-certification cannot be supported.', true],
    ['The treatment cannot be supported.', false],
    ['The utilization review decision on massage was correct and stands. She should continue at home the stretching routine her physical therapist taught her.', false],
  ]);
});

test('round 74: what a drug lets the patient do, and that nothing came with it, in everyday words', () => {
  expectReadings(improvementIn, [
    ['Nothing she does at work or at home now can be traced to the naproxen.', 'not-documented'],
    ['Without documentation that it lets her do more, continued use is not supported.', 'not-documented'],
    ['There is no documentation that Norco lets him do anything at work or at home that he could not do without it.', 'not-documented'],
    ['Nothing in the record shows that zolpidem has let her do more during the day.', 'not-documented'],
    ['The celecoxib was the same before and after. Nothing he does at work or at home came with it.', 'not-documented'],
    ['Nothing she does now depends on the oxycodone.', 'not-documented'],
    ['None of the notes names anything she does at work or at home because of it.', 'not-documented'],
    ['She does more at work and at home on duloxetine 60mg than she did before it.', 'documented'],
    ['She does more at work and away from it than she did before the sessions.', 'documented'],
  ]);
});

test('round 74: a limit "no more than 18 visits with evidence of ... improvement" is the guideline\'s, no negation of a finding', () => {
  expectReadings(improvementIn, [
    ['The progress report documents objective functional improvement. The ODG likewise recommends no more than 18 visits with evidence of objective functional improvement.', 'documented'],
  ]);
});

test('round 74: a longer walk or sit "compared with" before is a gain; a shorter one is not', () => {
  expectReadings(gainsIn, [
    ['The note documented that she was able to walk for 30 minutes compared with 10 minutes before gabapentin was started.', 'documented'],
    ['She can sit 15 minutes instead of 40.', 'not-addressed'],
  ]);
});

test('round 75: what a drug does and what is lost "when he goes without it"; a blank left for the specialty', () => {
  expectReadings(improvementIn, [
    ['What he does at work and at home on tramadol ER, and loses when he goes without it, is documented functional improvement.', 'documented'],
    ['Nothing in the records ties anything he does at work or at home to the cyclobenzaprine.', 'not-documented'],
    ['Nothing he does at home or on the road depends on it.', 'not-documented'],
  ]);
  expectReadings(specialtyIn, [['Reviewer is Board Certified in  and is licensed to practice in California.', null]]);
});

test('a shared rationale\'s verdict on one item is found where its name is a whole word: "somatic" does not name Soma', () => {
  const rationale = paragraph('Soma 350 mg #60 is not medically necessary. Norco, for his somatic pain, is medically necessary.');
  assert.equal(conclusionNaming(rationale, 'Soma 350 mg #60', ['Norco 10/325 mg #90'])?.necessary, false);
  assert.equal(conclusionNaming(rationale, 'Norco 10/325 mg #90', ['Soma 350 mg #60'])?.necessary, true);
});

test('a sentence given over to another item runs past "p. 177" to its end: the ODG it cites after that page is not this item\'s', () => {
  const shared = paragraph(
    'For the cervical MRI, ACOEM Chapter 8, p. 177, and the ODG Neck and Upper Back chapter support imaging. For the lumbar MRI, ACOEM Chapter 12, p. 303, applies.',
  );
  const families = (service: string, other: string) => ownOf(shared, service, other)?.map((c) => c.family);
  assert.deepEqual(families('MRI of the lumbar spine', 'MRI of the cervical spine'), ['ACOEM']);
  assert.deepEqual(families('MRI of the cervical spine', 'MRI of the lumbar spine'), ['ACOEM', 'ODG']);
});

test('round 76: what a treatment does, or nothing it does, told in everyday words', () => {
  expectReadings(improvementIn, [
    ['The pain is 6/10 before a dose, but there is no account of anything she can do on tramadol that she could not do without it.', 'not-documented'],
    ['There is one thing she can do on gabapentin that she could not do without it: drive to work.', 'documented'],
    ['Nothing she does at home or at work is different after 12 visits.', 'not-documented'],
    ['Nothing he does at work or at home can be set down to it.', 'not-documented'],
    ['Nothing she does at work or at home has been traced to the psychotherapy.', 'not-documented'],
    ['Nothing she does at home or at work came with the 12 visits, and she has been taught a home program.', 'not-documented'],
    ['The notes record a small gain in quadriceps strength, but not a change in anything she does.', 'not-documented'],
    ['The notes describe how she seemed, but not one thing she does now that she did not do before the sessions began.', 'not-documented'],
    ['The progress notes are silent on anything he can do with gabapentin that he could not do without it.', 'not-documented'],
    ['The ibuprofen is what lets him do his whole job and his evenings.', 'documented'],
    ['The duloxetine has given her back a working day and her mornings; continuing it is supported.', 'documented'],
    ['The guideline recommends further visits only where the earlier ones have produced objective gains.', 'not-addressed'],
  ]);
});

test('round 76: gains credited to one treatment and denied to another', () => {
  const shared = [paragraph('What she does now that she did not do before came with the psychotherapy, not with gabapentin.')];
  assert.equal(findFunctionalImprovement(shared, namedBy((to) => to.includes('psychotherapy'))).status, 'documented');
  assert.equal(findFunctionalImprovement(shared, namedBy((to) => to.includes('gabapentin'))).status, 'not-documented');
  assert.equal(findFunctionalImprovement(shared, namedBy((to) => to.includes('zolpidem'))).status, 'not-addressed');
});

test('round 76: what a drug does, told by what went wrong without it', () => {
  expectReadings(gainsIn, [
    ['When a pharmacy error left her without it for about two weeks in 3/2015, she left her modified-duty shifts early twice.', 'documented'],
    ['During nine days when a pharmacy delay left her without it, she cut two client visits short and took one day off.', 'documented'],
    ['On the few work nights she has gone without it, she woke at 2 in the morning and was late for her 5 a.m. start.', 'documented'],
  ]);
});

test('round 76: "consistent with the guidelines and appropriate" is a verdict; a drug "not prescribed for him before" is new', () => {
  expectReadings(necessityIn, [['The request for 6 further chiropractic visits is consistent with the guidelines and is appropriate for this patient.', true]]);
  assert.equal(callsNew(paragraph('Nortriptyline has not been prescribed for him before; it was added in the last report.')), true);
  assert.equal(callsNew(paragraph('The physician first prescribed trazodone with this request, and there is no record that the patient has taken it before.')), true);
});

test('round 76: a licensure value glued to the next label, its "fi" a ligature', () => {
  expectReadings(licensureIn, [['State(s) of Licensure: CaliforniaCerti\uFB01cation(s)/Specialty: Physical Medicine & Rehabilitation', ['California']]]);
});

test('round 76: schedules with numbers in parentheses or weeks unsaid; a count "on eleven occasions" received; what utilization review counted after a semicolon', () => {
  const requested = (text: string) => findRequestedCount(text)?.value;
  assert.equal(requested('Physical therapy two (2) times a week for four (4) weeks for the right shoulder'), 8);
  assert.equal(requested('Aquatic therapy twice weekly x 3 for the lumbar spine'), 6);
  assert.equal(requested('Physical therapy 2 times a week x 3 visits'), 3);
  assert.deepEqual(findCompletedCounts('The patient has received acupuncture on eleven occasions since 02/19/2013.').completed.map((h) => h.value), [11]);
  assert.ok(reportedSecondHand('Utilization review non-certified both on 02/12/2019; for the psychotherapy, it counted 16 completed sessions.') > 0);
});

test('round 77: plain-spoken verdicts, gains and their lack', () => {
  expectReadings(necessityIn, [
    ['She has come a long way, and I would give her the six.', true],
    ["She is getting better, and I'd let her have the four.", true],
  ]);
  expectReadings(gainsIn, [
    ['In 03/2014 her refill was held up for a week, and she went home at lunch four days that week.', 'documented'],
    ["She sits through her grandson's ball games again, which she could not do a year ago.", 'documented'],
  ]);
  expectReadings(improvementIn, [
    ["They don't say what the pills let him do that he couldn't do without them.", 'not-documented'],
    ['Now she goes to the market by herself. That is a woman getting her life back.', 'documented'],
    ['Feeling good in the water is not the same as doing more on dry land.', 'not-documented'],
    ['But she walks no farther than she did in the fall, and she still uses her cane.', 'not-documented'],
  ]);
  assert.equal(isContinuedTreatment('Gabapentin 300mg #90', 'medications', [paragraph('Since she started gabapentin last June, the burning down her leg is less.')]), true);
});

test('round 77: a total the words after it part among therapies is no one item\'s; schedules kept, each one; "could again sit"', () => {
  const letter = parseLetter(
    REVIEW(
      '1. Aquatic therapy 2 times a week for 3 weeks\n2. Physical therapy 1 time a week for 4 weeks',
      'Each request is decided on its own. Her physician documents 14 therapy visits since 04/2014: the first 8 were aquatic therapy sessions and the last 6 were land-based physical therapy visits.\n\nRegarding the aquatic therapy, she walks farther and went back to full duty. Aquatic therapy is medically necessary.\n\nRegarding the physical therapy, she attended 6 land-based physical therapy visits and can now lift her arm overhead. Physical therapy is medically necessary.',
    ),
  );
  assert.deepEqual(letter?.items.map((i) => i.completedSessions?.value), [8, 6]);
  assert.deepEqual(
    completedValues('In 10/2015 she attended chiropractic treatment twice a week for four weeks for the low back, and from 12/2015 she attended physical therapy once a week for ten weeks for the left shoulder.'),
    [8, 10],
  );
  assert.deepEqual(completedValues('The patient has already had physical therapy once a week for ten weeks for the left shoulder.'), [10]);
  expectReadings(gainsIn, [['The log documents that he could again sit through his 40-minute commute without stopping.', 'documented']]);
});

test('round 77: issues marked "(a)", "#1", "I." or "Issue #1 -"; visits "went to" and "been to"; "in his day"; "felt a pull" on a date', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'Each request is decided on its own.'))!.items.map((i) => i.service);
  assert.deepEqual(services('(a) Acupuncture 1 time a week for 6 weeks\n(b) Massage therapy, 4 sessions\n(c) Urine drug screen'), ['Acupuncture 1 time a week for 6 weeks', 'Massage therapy, 4 sessions', 'Urine drug screen']);
  assert.deepEqual(services('#1 Individual psychotherapy, 8 sessions\n#2 Occupational therapy 2 times a week for 3 weeks'), ['Individual psychotherapy, 8 sessions', 'Occupational therapy 2 times a week for 3 weeks']);
  assert.deepEqual(services('I.    Physical therapy, right knee, 8 visits\nII.   Celecoxib 200mg #30\nIII.  MRI of the lumbar spine'), ['Physical therapy, right knee, 8 visits', 'Celecoxib 200mg #30', 'MRI of the lumbar spine']);
  assert.deepEqual(services('Issue #1 - Chiropractic manipulation, cervical spine, 6 visits\nIssue #2 - Chiropractic manipulation, lumbar spine, 6 visits'), ['Chiropractic manipulation, cervical spine, 6 visits', 'Chiropractic manipulation, lumbar spine, 6 visits']);
  assert.deepEqual(completedValues('Between 12/01/2014 and 02/06/2015 she went to land-based physical therapy eight times.'), [8]);
  assert.deepEqual(completedValues('She has been to land-based therapy eight times, and it worked.'), [8]);
  assert.deepEqual(completedValues('She went to physical therapy for the knee twice a week for five weeks in the fall of 2018.'), [10]);
  expectReadings(improvementIn, [['Nothing in the record shows anything he does in his day because of it.', 'not-documented']]);
  assert.equal(datesIn('On 09/12/2013 she felt a pull in her low back while helping a client from a wheelchair to a bed.')[0], '2013-09-12');
});

test('round 77: "That is what she does at home and on the road" is her function', () => {
  expectReadings(improvementIn, [['Now she drives herself on the freeway. That is what she does at home and on the road, not only how she feels.', 'documented']]);
});

test('round 77: "page 22 and pages 98-99 of the MTUS ..." is one citation of three pages', () => {
  const cited = findCitations(paragraph('Four more sessions would stay within the 10 visits that page 22 and pages 98-99 of the MTUS Chronic Pain Medical Treatment Guidelines allow.'));
  assert.deepEqual(cited.map((c) => [c.family, c.pages]), [['MTUS Chronic Pain', [22, 98, 99]]]);
});

test('round 77: "the chiropractor treated it twelve times" counts the part the sentence before names', () => {
  const letter = parseLetter(`MEDICAL PROFESSIONAL REVIEW
IMR Case Number: CM17-0058826
ISSUE AT DISPUTE:
Issue #1 - Chiropractic manipulation, cervical spine, 6 visits
Issue #2 - Chiropractic manipulation, lumbar spine, 6 visits
CASE SUMMARY:
The injured worker is a 43-year-old female. Her low back was treated first. Between 04/2016 and 08/2016 the chiropractor treated it twelve times. The chiropractor has treated her neck eight times since 11/2016.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
Issue #1 - The neck has done well. The cervical request is medically necessary.
Issue #2 - The low back is no better off. The lumbar request is not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
The reviewer is board certified in Family Medicine and is licensed to practice in California.
`);
  assert.deepEqual(letter?.items.map((i) => i.completedSessions?.value), [8, 12]);
});

test('round 78: plain-spoken verdicts on drugs, and what went wrong without a drug, told in the next sentence', () => {
  expectReadings(necessityIn, [
    ['The Norco is doing its job. Keep him on it.', true],
    ['This one helps. Let him keep it.', true],
    ['A short run is reasonable. He can have it.', true],
    ['It is not doing anything for him. I would stop it.', false],
    ['He has never taken it. I would not start it.', false],
    ['I would start bringing him down, slowly, with his own doctor.', false],
  ]);
  expectReadings(gainsIn, [
    ['In March the pharmacy ran short and he went five days without it. He stayed home three of those days.', 'documented'],
    ['In January he was off it for 10 days while his stomach settled. He called in sick twice in that stretch.', 'documented'],
    ['In December, when her insurer held it for three days, she did not get out of bed.', 'documented'],
    ['In April he ran out for a week and called in two of those nights.', 'documented'],
    ['His doctor tried him on three a day in June, and for those two weeks he was going home early most days.', 'documented'],
    ['In February she ran out for a week and could get through only 9 rooms a day.', 'documented'],
    ['The re-evaluation records her Oswestry score falling from 46% to 32%.', 'documented'],
  ]);
  expectReadings(improvementIn, [
    ['The Norco is doing its job.', 'documented'],
    ['He sleeps five hours a night on it, as before. It is not doing anything for him.', 'not-documented'],
    ['That is the pill earning its keep.', 'documented'],
    ['Nothing he does at work or at home is tied to it.', 'not-documented'],
    ['The notes do not name a single thing he does because of it.', 'not-documented'],
    ['Four a day of this drug, for this long, with nothing to show for it, is more risk than it is worth.', 'not-documented'],
    ['She sleeps four hours a night now, as before. Nothing is different with it.', 'not-documented'],
    ['Utilization review non-certified gabapentin because there was "no documentation of functional improvement with its use."', 'not-addressed'],
  ]);
  const continued = (text: string) => isContinuedTreatment('Norco 10/325mg #90', 'medications', [paragraph(text)]);
  assert.equal(continued('He takes three Norco a day and has for about a year and a half.'), true);
  assert.equal(continued('In January he was off it for 10 days while his stomach settled.'), true);
  assert.equal(continued('He has mostly stopped taking it on his own.'), true);
});

test('round 78: what utilization review "wrote that" is its count; a total "but 14 of them" parts is no one item\'s', () => {
  assert.ok(reportedSecondHand('The utilization review physician wrote that the patient had already received 18 chiropractic visits.') > 0);
  const letter = parseLetter(
    REVIEW(
      'Additional physical therapy for the cervical spine',
      'The therapy records do show 24 visits since 2013, but 14 of them treated the lumbar spine; the cervical spine has had 10 visits. Physical therapy is not medically necessary.',
    ),
  );
  assert.deepEqual(letter?.items.map((i) => i.completedSessions?.value), [10]);
});

test('round 78: more issue marks, headings in sentence case or hyphenated, parts by "Issue iii:" or "Re:", "felt a sharp pain" on a date', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'Each request is decided on its own.'))!.items.map((i) => i.service);
  assert.deepEqual(services('Issue 1 of 1: Chiropractic care 1 time a week for 6 weeks, lumbar spine'), ['Chiropractic care 1 time a week for 6 weeks, lumbar spine']);
  assert.deepEqual(services('Issue No. 1: Physical therapy, 6 visits\nIssue No. 2: Celecoxib 200mg #30'), ['Physical therapy, 6 visits', 'Celecoxib 200mg #30']);
  assert.deepEqual(services('i) Physical therapy, 8 visits\nii) Tramadol ER 150mg #30\niii) MRI of the lumbar spine'), ['Physical therapy, 8 visits', 'Tramadol ER 150mg #30', 'MRI of the lumbar spine']);
  assert.deepEqual(services('1.) Aquatic therapy, 8 sessions\n2.) Massage therapy, 4 sessions'), ['Aquatic therapy, 8 sessions', 'Massage therapy, 4 sessions']);
  assert.deepEqual(services('[1] Acupuncture, 8 sessions\n[2] Cyclobenzaprine 7.5mg #60'), ['Acupuncture, 8 sessions', 'Cyclobenzaprine 7.5mg #60']);
  assert.deepEqual(services('a. Individual psychotherapy, 6 sessions\nb. Zolpidem 10mg #30'), ['Individual psychotherapy, 6 sessions', 'Zolpidem 10mg #30']);
  const headings = (text: string) => parseLetter(text)!.sections.map((s) => s.heading);
  const review = REVIEW('1. Zolpidem 10mg #30', 'Zolpidem is not medically necessary.');
  assert.deepEqual(
    headings(review.replace('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:', 'Rationale for why the requested treatment/service is/was not\nmedically necessary:')).at(-2),
    'Rationale for why the requested treatment/service is/was not medically necessary:',
  );
  assert.deepEqual(
    headings(review.replace('RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:', 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SER-\nVICE IS/WAS NOT MEDICALLY NECESSARY:')).at(-2),
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
  );
  const parts = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!.items.map((i) => i.decision);
  assert.deepEqual(parts('a. Hydrocodone/APAP 10/325mg #90\nb. Zolpidem 10mg #30', 'Re: Hydrocodone/APAP\nIt keeps him at work. It is medically necessary.\nRe: Zolpidem\nNothing changed. It is not medically necessary.'), ['Overturned', 'Upheld']);
  assert.deepEqual(parts('i) Naproxen 550mg #60\nii) Lumbar brace', 'Issue i: It helps him work. It is medically necessary. Issue ii: No instability. It is not medically necessary.'), ['Overturned', 'Upheld']);
  assert.equal(datesIn('On 08/19/2013 he was lifting cases onto a pallet when he felt a sharp pain in his low back.')[0], '2013-08-19');
});

test('round 78: a count "given at ten of the eighteen" visits, and "nine visits in all" the therapist "has seen her"', () => {
  assert.deepEqual(completedValues('Massage by the office\'s massage therapist was added at the sixth visit and was given at ten of the eighteen.'), [10]);
  assert.deepEqual(completedValues('The hand therapist has seen her weekly since January, nine visits in all.'), [9]);
});

test('round 78: plain-spoken reviewers of therapy courses: visits "went nine times", "made eight trips", schedules "had", gains and their lack', () => {
  assert.deepEqual(completedValues('She went nine times, from the middle of February to the first part of April.'), [9]);
  assert.deepEqual(completedValues('The massage therapist saw her four times in May and June.'), [4]);
  assert.deepEqual(completedValues('She has gone to the pool program ten times since early January.'), [10]);
  assert.deepEqual(completedValues('She has made eight trips to the chiropractor since the middle of April.'), [8]);
  assert.deepEqual(completedValues('She had physical therapy twice a week for six weeks last fall.'), [12]);
  assert.deepEqual(completedValues('He saw the chiropractor once a week from the first week of October until Christmas, twelve visits in all.'), [12]);
  expectReadings(improvementIn, [
    ['That is real progress, and I give the therapy the credit for it.', 'documented'],
    ['She sleeps six hours now. Those are changes anybody could see.', 'documented'],
    ['The notes describe what they talked about. They say nothing about anything she does differently.', 'not-documented'],
    ["The notes don't show him doing anything he couldn't do before he started.", 'not-documented'],
    ['Good form is not the same thing as doing more.', 'not-documented'],
    ["Nine visits haven't moved him, and I wouldn't order more.", 'not-documented'],
    ['She is doing the same things she did before therapy.', 'not-documented'],
    ['Nothing she does out of the water has changed since she started.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['Since 3/4/19 she has been working full eight-hour shifts again.', 'documented'],
    ['She had been off work since November, and she went back to her desk three days a week on 4/6/15.', 'documented'],
  ]);
  expectReadings(necessityIn, [["Six more once a week is a fair request. I'd sign off on all six.", true]]);
});

test('round 79: counts "has been four times" and "did the first ten days"; drugs taken "one a day"; gains and verdicts in plain words; issues "Issue One:", "Request 1:", "1 –"', () => {
  assert.deepEqual(completedValues('As to the cognitive behavioral therapy: he has been four times.'), [4]);
  assert.deepEqual(completedValues('She did the first ten days and did them well.'), [10]);
  const continued = (text: string) => isContinuedTreatment('Celecoxib 200mg #30', 'medications', [paragraph(text)]);
  assert.equal(continued('She takes one a day and has since 03/2017.'), true);
  assert.equal(continued('She takes it three times a day on work days.'), true);
  expectReadings(improvementIn, [
    ['That is the drug doing its job.', 'documented'],
    ['She is back on the floor. That is the kind of change that counts.', 'documented'],
    ['By day ten she walked thirty minutes. That is what a program is supposed to do.', 'documented'],
  ]);
  expectReadings(gainsIn, [
    ['Since she started in March she can hang her laundry on the line again.', 'documented'],
    ['The weekend of 01/13/2018 the pharmacy held it up for a prior authorization; she asked to be put on the desk both days.', 'documented'],
    ['Now he drives his daughter to school every morning.', 'documented'],
  ]);
  expectReadings(necessityIn, [['Keep her on the three a day while she finishes.', true]]);
  const services = (issues: string) => parseLetter(REVIEW(issues, 'Each request is decided on its own.'))!.items.map((i) => i.service);
  assert.deepEqual(services('Issue One: Chiropractic manipulation, 8 visits\nIssue Two: Massage therapy, 6 sessions'), ['Chiropractic manipulation, 8 visits', 'Massage therapy, 6 sessions']);
  assert.deepEqual(services('Request 1: Physical therapy, 8 visits\nRequest 2: Meloxicam 15mg #30'), ['Physical therapy, 8 visits', 'Meloxicam 15mg #30']);
  assert.deepEqual(services('1 \u2013 Aquatic therapy, 8 sessions\n2 \u2013 Urine drug screen'), ['Aquatic therapy, 8 sessions', 'Urine drug screen']);
});

test('round 79: "It was given eight times" and "Five of them were given" are counts given', () => {
  assert.deepEqual(completedValues('It was given eight times between March and May.'), [8]);
  assert.deepEqual(completedValues('The acupuncturist approved 6. Five of them were given before she moved.'), [5]);
});

test('round 79: a drug utilization review "treated as a new prescription" is not called new by the letter', () => {
  assert.equal(callsNew(paragraph('Utilization review treated zolpidem as a new prescription. It is not.')), false);
  assert.equal(callsNew(paragraph('Zolpidem is a new prescription.')), true);
});

test('round 80: "has been in the pool four times" and "has had acupuncture eleven times" are counts given', () => {
  assert.deepEqual([...new Set(completedValues('She has been in the pool four times, the last time on 04/22/2014.'))], [4]);
  assert.deepEqual(completedValues('He has had acupuncture eleven times since 11/2014.'), [11]);
  assert.deepEqual(completedValues('She had pain 3 times a week.'), []);
});

test('round 80: a rationale parted by short sub-headings in sentence case ("Physical therapy", "Naproxen")', () => {
  const decisions = parseLetter(
    REVIEW(
      '- Additional physical therapy, right knee\n- Naproxen sodium 550mg #60',
      'Physical therapy\nThe ten visits gave her stairs without a rail. Additional physical therapy is medically necessary.\nNaproxen\nThe reports give no account of anything she does on naproxen. Naproxen is not medically necessary.',
    ),
  )!.items.map((i) => [i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(decisions, [
    ['Overturned', 'Additional physical therapy is medically necessary.'],
    ['Upheld', 'Naproxen is not medically necessary.'],
  ]);
});

test('round 80: a condition "made an objective difference" answered "and these have" or "His did."; a drug whose refill was held up is one taken', () => {
  expectReadings(improvementIn, [
    ['The guidelines allow up to 18 when the first visits have made an objective difference, and these have.', 'documented'],
    ['The guidelines allow up to 10 if the first ones make an objective difference. His did. Now he works the line.', 'documented'],
  ]);
  expectReadings(gainsIn, [['She sits through a whole movie with her kids again.', 'documented']]);
  assert.equal(isContinuedTreatment('Ibuprofen 800mg #90', 'medications', [paragraph('When the refill was held up in May she went home early four days.')]), true);
});

/** A professional review of the session therapies `issues`, their counts told in the case summary `summary` only. */
const SESSIONS_REVIEW = (issues: string, summary: string) => `MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
${issues}
CASE SUMMARY:
The injured worker is a 50-year-old female. ${summary}
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
MTUS Chronic Pain Medical Treatment Guidelines, pages 22 and 98-99.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
No request is medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
Board Certification: Physical Medicine and Rehabilitation
`;

/** Each item's completed count in SESSIONS_REVIEW(issues, summary), or null. */
const completedIn = (issues: string, summary: string) => parseLetter(SESSIONS_REVIEW(issues, summary))!.items.map((i) => i.completedSessions?.value ?? null);

test('left out in rounds 79 and 80: "all but four of them" of a count granted the sentence before, "Two of the eight ... were never used", counts given by the provider', () => {
  const done = (text: string, lead: string | null = null) => [...new Set(findCompletedCounts(text, lead).completed.map((h) => h.value))];
  assert.deepEqual(done('She used all but four of them before the certification lapsed on 12/31/14.', 'Twelve physical therapy visits were certified on 9/8/14.'), [8]);
  assert.deepEqual(done('She used all but four of them before the certification lapsed on 12/31/14.'), []);
  assert.deepEqual(done('By his report of 06/24/2013, all but two of them had been used.', 'Eight sessions were authorized on 02/19/2013.'), [6]);
  assert.deepEqual(done('Two of the eight sessions authorized in 02/2013 were never used, and that authorization has lapsed.'), [6]);
  assert.deepEqual(done('They record six treatments, with her pain given as 7/10 before and 5/10 after each one.'), [6]);
  assert.deepEqual(done('She has given four sessions of it, the last on 06/17/2013.'), [4]);
  assert.deepEqual(done('Soft tissue massage was given by the office\u2019s massage therapist at four of those visits.'), [4]);
});

test('left out in rounds 79 and 80: "They record six treatments" and "four sessions of it" count the therapy the sentences before name', () => {
  const text = SESSIONS_REVIEW('1. Physical therapy 2 times a week for 4 weeks for the lumbar spine\n2. Acupuncture 6 sessions for the lumbar spine\n3. Biofeedback 6 sessions', 'He completed 10 physical therapy visits in 2014. Acupuncture was added on 12/1/14. The acupuncturist\'s notes run from 12/1/14 through 1/26/15. They record six treatments, with his pain 7/10 before and 5/10 after each. The psychologist added biofeedback in 04/2015. She has given four sessions of it, the last on 06/17/2015.');
  assert.deepEqual(parseLetter(text)!.items.map((i) => i.completedSessions?.value), [10, 6, 4]);
});

test('left out in round 79: utilization review that "non-certified it for lack of documented functional benefit" gives its finding, not the reviewer\'s', () => {
  expectReadings(improvementIn, [
    ['Utilization review treated gabapentin as a continued medication and non-certified it for lack of documented functional benefit. This is the first request for it.', 'not-addressed'],
    ['Utilization review non-certified it for lack of documented functional benefit. I agree: there is no documented functional benefit.', 'not-documented'],
  ]);
});

test('round 81: gains told as "back at work half days", "none of which she could do before", a dose cut or a day "without it" that cost work; an injury "held at gunpoint"', () => {
  expectReadings(gainsIn, [
    ['With naproxen she runs the register for a full shift; without it she is moved to bagging by midday.', 'documented'],
    ['On three tablets a day he works full shifts; when he cut to two he left the site early four days in two weeks.', 'documented'],
    ['She is back at work half days.', 'documented'],
    ['She drives herself there and shops alone, none of which she could do before.', 'documented'],
    ['She is not back at work half days.', 'not-addressed'],
  ]);
  assert.deepEqual(datesIn('She was held at gunpoint during a robbery at her branch on 03/21/2016.'), ['2016-03-21', null, null]);
});

test('left out in round 80: a condition defined "as 8 CCR 9792.20(f) defines it" and answered "That has not happened here."', () => {
  expectReadings(improvementIn, [
    ['More sessions are supported only where the first ones have produced objective functional improvement, as 8 CCR 9792.20(f) defines it. That has not happened here.', 'not-documented'],
    ['More sessions are supported only where the first ones have produced objective functional improvement. That has not happened here.', 'not-documented'],
  ]);
});

test('left out in round 79: "went back to church" is a daily task taken up again', () => {
  expectReadings(gainsIn, [
    ['Since then she has cooked dinner most nights and went back to church.', 'documented'],
    ['She has not gone back to church.', 'not-addressed'],
  ]);
});

test('round 81: improvement a guideline "looks for ... before further manipulation" is its condition, not a finding', () => {
  expectReadings(improvementIn, [
    ['Feeling better after an adjustment is not functional improvement. The ODG likewise looks for objective improvement before further manipulation.', 'not-documented'],
    ['The ODG looks for objective improvement before further manipulation.', 'not-addressed'],
  ]);
});

test('left out in round 80: a sub-heading in sentence case with a percent sign ("Lidoderm 5% patch") parts a rationale', () => {
  const decisions = parseLetter(
    REVIEW(
      'Massage therapy, 6 sessions, right forearm\nLidoderm 5% patch #30',
      'Massage therapy\nNothing she does is different. Massage therapy is not medically necessary.\nLidoderm 5% patch\nIt lets her type all day. Lidoderm 5% patch #30 is medically necessary.',
    ),
  )!.items.map((i) => [i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(decisions, [
    ['Upheld', 'Massage therapy is not medically necessary.'],
    ['Overturned', 'Lidoderm 5% patch #30 is medically necessary.'],
  ]);
});

test('left out in round 79: rationales opened "The first request ...", "The second request, for ..."; a negation after ", but" is another clause\'s', () => {
  const decisions = parseLetter(
    REVIEW(
      '1. Biofeedback, 4 sessions\n2. Zolpidem 10mg #30',
      'The first request is for 4 biofeedback sessions. She stands 60 minutes instead of 30. Biofeedback, 4 sessions, is medically necessary. The second request, for zolpidem, is not supported. Nothing she does is different. Zolpidem 10mg #30 is not medically necessary.',
    ),
  )!.items.map((i) => [i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(decisions, [
    ['Overturned', 'Biofeedback, 4 sessions, is medically necessary.'],
    ['Upheld', 'Zolpidem 10mg #30 is not medically necessary.'],
  ]);
  expectReadings(improvementIn, [
    ['The gains are real, but more sessions are not shown to be needed.', 'documented'],
    ['Functional improvement is not shown.', 'not-documented'],
  ]);
});

test('round 82: "no one has recorded how many sessions" is no count; "he came to eleven (11) of those visits"; visits "between the physical therapist and the chiropractor" are neither\'s; "with the medication and cannot without it"', () => {
  assert.deepEqual(completedValues('No one has recorded how many sessions she has had.'), []);
  assert.deepEqual(completedValues('Twelve visits were authorized. His discharge note states that he came to eleven (11) of those visits.'), [11]);
  const text = SESSIONS_REVIEW('1. Physical therapy 1 time a week for 4 weeks for the cervical spine\n2. Chiropractic treatment, 8 additional visits, lumbar spine', 'Since 9/2014 she has had sixteen visits between the physical therapist and the chiropractor.');
  assert.deepEqual(parseLetter(text)!.items.map((i) => i.completedSessions?.value ?? null), [null, null]);
  expectReadings(improvementIn, [['That she gets through her shifts with the medication and cannot without it is functional improvement.', 'documented']]);
});

test('round 82: a total parted by therapy: "Of the sixteen visits in the record, six were physical therapy", "the chiropractor\'s notes account for ten of them"', () => {
  assert.deepEqual(completedValues('Of the sixteen visits in the record, six were physical therapy for the neck.'), [6]);
  assert.deepEqual(completedValues('Of the 12 visits, 4 were cancelled.'), []);
  assert.deepEqual(completedValues('She has had sixteen visits in all; the chiropractor\'s notes account for ten of them.'), [16, 10]);
});

test('left out in round 80: "She has been in the pool four times" counts the aquatic therapy, not the land-based', () => {
  const text = SESSIONS_REVIEW('1. Physical therapy, 8 sessions, cervical spine\n2. Aquatic therapy, 6 sessions, lumbar spine', 'She completed 8 physical therapy visits for her neck in 2013. Her low back was treated in a pool program at the community center. She has been in the pool four times, the last time on 04/22/2014.');
  assert.deepEqual(parseLetter(text)!.items.map((i) => i.completedSessions?.value ?? null), [8, 4]);
});

test('left out in round 78: "The daily notes are numbered 1 through 8 and show 8 chiropractic visits" is a count given', () => {
  assert.deepEqual(completedValues("The chiropractor's daily notes are numbered 1 through 8 and show 8 chiropractic visits between 07/15/2013 and 09/06/2013."), [8]);
});

test('round 82: "Supervised therapy would add nothing to what she can do" forecasts the request, and finds nothing of the visits given', () => {
  expectReadings(improvementIn, [
    ['Her Neck Disability Index fell from 38% to 22%. Supervised therapy would add nothing to what she can do with her home program.', 'not-addressed'],
    ['The 12 visits added nothing to what she can do.', 'not-documented'],
  ]);
});

test('round 83: a closing word to the provider ("The psychologist should put a session number on every note") leaves the verdict before it; "back on his own route" and "and now walks the halls" are gains', () => {
  assert.equal(necessityIn('The MTUS Chronic Pain guidelines, page 23, allow more visits when there is progress like this. Six more sessions are reasonable, and I would authorize them. The psychologist should put a session number on every note from here on.'), true);
  expectReadings(gainsIn, [
    ['Since 03/14/2016 he has been back on his own route.', 'documented'],
    ['She came into the program on a cane and now walks the halls without it.', 'documented'],
  ]);
});

test('round 83: "There are eleven of them" after notes, "Fourteen of those were land-based physical therapy", "The other six were aquatic therapy sessions"; visits "land and pool together" are no one therapy\'s', () => {
  const done = (text: string, lead: string | null = null) => [...new Set(findCompletedCounts(text, lead).completed.map((h) => h.value))];
  assert.deepEqual(done('There are eleven of them, one for each session.', "The file includes the psychologist's session notes from 03/11/2013 through 06/24/2013."), [11]);
  assert.deepEqual(done('Her progress notes are in the file, and there are four of them, the last dated 03/10/2014.'), [4]);
  assert.deepEqual(done('There are four of them.', 'Utilization review named the criteria.'), []);
  assert.deepEqual(done('Fourteen of those were land-based physical therapy between 06/2015 and 09/2015.'), [14]);
  assert.deepEqual(done('The other six were aquatic therapy sessions, which began on 11/02/2015.'), [6]);
  assert.deepEqual(done('Ten of them were billed in 2011 and 2012 under her earlier claim for the neck strain.'), []);
  const text = SESSIONS_REVIEW('1. Aquatic therapy 2 times a week for 2 weeks for the right knee\n2. Physical therapy 2 times a week for 2 weeks for the right knee', 'She has had 20 therapy visits for the right knee since 06/2015, land and pool together.');
  assert.deepEqual(parseLetter(text)!.items.map((i) => i.completedSessions?.value ?? null), [null, null]);
});

test('round 83: "She has attended half of them so far" of a trial authorized the sentence before, and "She has had half of the six-treatment trial"', () => {
  const done = (text: string, lead: string | null = null) => [...new Set(findCompletedCounts(text, lead).completed.map((h) => h.value))];
  assert.deepEqual(done('She has attended half of them so far.', 'An initial trial of six acupuncture treatments was authorized on 12/1/14.'), [3]);
  assert.deepEqual(done('She has had half of the six-treatment trial.'), [3]);
});

test('round 83: issues numbered "1a.", "1b.", "2." and rationales taken in another order ("Issue 2:", "Issue 1b:", "Issue 1a:")', () => {
  const read = (text: string) => parseLetter(text)!.items.map((i) => [i.service, i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(
    read(
      REVIEW(
        '1a. Acupuncture, 6 sessions, lumbar spine\n1b. Acupuncture, 6 sessions, cervical spine\n2. Meloxicam 15mg #30',
        'The issues are taken from the simplest.\nIssue 2: It helps. Meloxicam 15mg #30 is medically necessary.\nIssue 1b: Nothing changed. Acupuncture for the cervical spine is not medically necessary.\nIssue 1a: She lifts more. Acupuncture for the lumbar spine is medically necessary.',
      ),
    ),
    [
      ['Acupuncture, 6 sessions, lumbar spine', 'Overturned', 'Acupuncture for the lumbar spine is medically necessary.'],
      ['Acupuncture, 6 sessions, cervical spine', 'Upheld', 'Acupuncture for the cervical spine is not medically necessary.'],
      ['Meloxicam 15mg #30', 'Overturned', 'Meloxicam 15mg #30 is medically necessary.'],
    ],
  );
  assert.deepEqual(
    read(REVIEW('Issue 1: Tramadol ER 150mg #30\nIssue 2: MR arthrogram of the right shoulder', 'Issue 2: Nothing has changed. The MR arthrogram is not medically necessary.\nIssue 1: He works full shifts. Tramadol ER 150mg #30 is medically necessary.')),
    [
      ['Tramadol ER 150mg #30', 'Overturned', 'Tramadol ER 150mg #30 is medically necessary.'],
      ['MR arthrogram of the right shoulder', 'Upheld', 'The MR arthrogram is not medically necessary.'],
    ],
  );
});

test('left out in round 79: issues numbered "1 –" keep their keys in parts taken in reverse order; "Functional improvement is as defined in 8 CCR 9792.20(f)" is no finding', () => {
  const decisions = parseLetter(
    REVIEW('1 – Hydrocodone/APAP 10/325mg #120\n2 – Urine drug screen', 'Issue 2: A screen will help plan the taper. The urine drug screen is medically necessary.\nIssue 1: Nothing she does has changed. Hydrocodone/APAP is not medically necessary.'),
  )!.items.map((i) => [i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(decisions, [
    ['Upheld', 'Hydrocodone/APAP is not medically necessary.'],
    ['Overturned', 'The urine drug screen is medically necessary.'],
  ]);
  expectReadings(improvementIn, [['The guidelines were relied upon for all three requests. Functional improvement is as defined in 8 CCR 9792.20(f).', 'not-addressed']]);
});

test('round 83: issues listed inside one sentence, by semicolons, by "(1)" marks or by commas and a last "and"', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'None of the requests is medically necessary.'))!.items.map((i) => i.service);
  assert.deepEqual(services('The requests in dispute are: Functional restoration program, 10 additional days; Tramadol 50mg #120;\nLidoderm 5% patch #30; and Cervical pillow.'), [
    'Functional restoration program, 10 additional days',
    'Tramadol 50mg #120',
    'Lidoderm 5% patch #30',
    'Cervical pillow',
  ]);
  assert.deepEqual(services('The requests in dispute are (1) Acupuncture, 6 sessions, right wrist;\n(2) Norco 10/325mg #90; (3) TENS unit, 30-day home trial.'), [
    'Acupuncture, 6 sessions, right wrist',
    'Norco 10/325mg #90',
    'TENS unit, 30-day home trial',
  ]);
  assert.deepEqual(services('The disputed requests are for aquatic therapy 2 times a week for 3 weeks for the lumbar\nspine, a left L5-S1 transforaminal epidural steroid injection, and Norco 10/325mg #90.'), [
    'aquatic therapy 2 times a week for 3 weeks for the lumbar spine',
    'left L5-S1 transforaminal epidural steroid injection',
    'Norco 10/325mg #90',
  ]);
  assert.equal(services('The requests in dispute are: physical therapy 2 times a week for 4 weeks, cervical spine.').length, 1);
});

test('round 83: one sub-heading for two items ("Follow-up visit and pillow") gives both its part, and "X is medically necessary, and the cervical pillow is not" decides each', () => {
  const decisions = parseLetter(
    REVIEW(
      '1. Lidoderm 5% patch #30\n2. Pain management follow-up visit\n3. Cervical pillow',
      'Lidoderm\nIt would be new. Lidoderm 5% patch #30 is not medically necessary.\nFollow-up visit and pillow\nThe two remaining requests were considered together. The pain management follow-up visit is medically necessary, and the cervical pillow is not.',
    ),
  )!.items.map((i) => [i.service, i.decision]);
  assert.deepEqual(decisions, [
    ['Lidoderm 5% patch #30', 'Upheld'],
    ['Pain management follow-up visit', 'Overturned'],
    ['Cervical pillow', 'Upheld'],
  ]);
});

test('round 83: a rationale that takes up "The first request" and "The second request" of three leaves the third none', () => {
  const rationales = parseLetter(
    REVIEW(
      '1. Cognitive behavioral therapy, 8 sessions\n2. Zolpidem 10mg #30\n3. Psychiatric follow-up visit',
      'The first request is for 8 sessions. She drives again. The sessions are medically necessary. The second request is for zolpidem. Zolpidem 10mg #30 is not medically necessary.',
    ),
  )!.items.map((i) => lastRationaleSentence(i) ?? null);
  assert.deepEqual(rationales, ['The sessions are medically necessary.', 'Zolpidem 10mg #30 is not medically necessary.', null]);
});

test('round 84: "On naproxen he works ten-hour shifts; the week he was off it he could not" is what the drug does', () => {
  expectReadings(gainsIn, [
    ['On naproxen he works ten-hour shifts; the week he was off it he could not, and the heartburn has settled.', 'documented'],
    ['He was off it for a week and could not sleep well but worked.', 'not-addressed'],
  ]);
});

test('round 84: a rationale part opened "A and B." serves both lettered issues, and "C." the third', () => {
  const decisions = parseLetter(
    REVIEW(
      'A. Chiropractic manipulation 1 time a week for 6 weeks, lumbar spine\nB. Lumbar support (LSO brace)\nC. Ibuprofen 800mg #90',
      'A and B. Both requests concern his work. Chiropractic manipulation is medically necessary. The lumbar support (LSO brace) is not medically necessary.\nC. Ibuprofen lets him frame full days. Ibuprofen 800mg #90 is medically necessary.',
    ),
  )!.items.map((i) => [i.decision, lastRationaleSentence(i)]);
  assert.deepEqual(decisions, [
    ['Overturned', 'The lumbar support (LSO brace) is not medically necessary.'],
    ['Upheld', 'The lumbar support (LSO brace) is not medically necessary.'],
    ['Overturned', 'Ibuprofen 800mg #90 is medically necessary.'],
  ]);
});

test('left out in rounds 83 and 84: a total told share by share gives each share to what it names, and the total to no item', () => {
  const neckAndBack = '1. Physical therapy 2 times a week for 3 weeks, cervical spine\n2. Physical therapy 2 times a week for 3 weeks, lumbar spine';
  assert.deepEqual(completedIn(neckAndBack, 'Of the twelve physical therapy visits he has had since then, eight were for the neck and four were for the low back.'), [8, 4]);
  assert.deepEqual(completedIn(neckAndBack, 'The ledger lists 16 physical therapy visits in all through 12/06/2013, ten for the neck and the other six for the low back.'), [10, 6]);
  assert.deepEqual(completedIn(neckAndBack, 'Of the 16 physical therapy visits in the ledger, six treated the low back; the rest were for the neck.'), [10, 6]);
  assert.deepEqual(completedIn(neckAndBack, 'He has had 12 physical therapy visits in all, the most recent on 03/02/2015.'), [12, 12]);
});

test('left out in rounds 83 and 84: shares in words, notes counted "one for each session", "at the end of five of them", "at least nine", "notes run to visit 10"', () => {
  assert.deepEqual(completedValues('He has had 16 physical therapy visits for the elbow and the wrist together; half of them were for the wrist.'), [16, 8]);
  assert.deepEqual(findCompletedCounts('By the last note he had used three quarters of them.', 'Twelve acupuncture treatments were authorized on 07/22/2013.').completed.map((h) => h.value), [9]);
  assert.deepEqual(completedValues('Of the twelve treatments authorized in 07/2013 he used three quarters.'), [9]);
  assert.deepEqual(completedValues('She also received massage from the office\u2019s massage therapist at four of the neck visits.'), [4]);
  assert.deepEqual(completedValues('Of the 12 occupational therapy visits certified on 01/13/2014, she has attended at least nine; the note was written at the ninth.'), [9]);
  assert.deepEqual(completedValues('The physical therapy daily notes run from visit 1 on 07/10/2017 to visit 10 on 08/30/2017.'), [10]);
  assert.deepEqual(completedValues('His therapy notes run through visit 10, and his Oswestry moved only from 42% to 40%.'), [10]);
  assert.deepEqual(completedValues('The aquatic therapist\u2019s notes account for six pool sessions in 9/2014 and 10/2014.'), [6]);
  const notes = SESSIONS_REVIEW(
    '1. Individual psychotherapy 1 time a week for 8 weeks\n2. Biofeedback 6 sessions',
    "The file includes the psychologist's session notes from 03/11/2013 through 06/24/2013. There are eleven of them, one for each psychotherapy session, and biofeedback was given at the end of five of them.",
  );
  assert.deepEqual(parseLetter(notes)!.items.map((i) => i.completedSessions?.value ?? null), [11, 5]);
});

test('left out in round 84: "seen ten times between the pool and the clinic" and "fourteen visits of both kinds" are no one therapy\'s', () => {
  const landAndPool = '1. Physical therapy 2 times a week for 3 weeks\n2. Aquatic therapy 2 times a week for 2 weeks';
  assert.deepEqual(completedIn(landAndPool, 'The report notes that she has been seen ten times between the pool and the clinic, and that her Oswestry went down over the land-based visits.'), [null, null]);
  assert.deepEqual(completedIn(landAndPool, 'The ledger lists fourteen visits of both kinds since 01/2014 for her land-based therapy.'), [null, null]);
});

test('round 85: "no note says what it does for him" and "no one recorded ... what they did for her" leave improvement not documented', () => {
  expectReadings(improvementIn, [
    ['He has taken it nightly for a year and a half, and no note says what it does for him.', 'not-documented'],
    ['She had physical therapy in 2018, and no one recorded how many visits or what they did for her.', 'not-documented'],
    ['He has taken it nightly for a year and a half, and his note says he sleeps.', 'not-addressed'],
  ]);
});

test('round 85: shares after a colon or a bare total ("attended 10 of the 12 visits: 6 for ... and 4 for ...", "used 10, and 6 of those treated the neck", "9 with the chiropractor and 8 in the pool"), and "had biofeedback at four sessions"', () => {
  const neckAndBack = '1. Physical therapy 2 times a week for 3 weeks for the cervical spine\n2. Physical therapy 2 times a week for 3 weeks for the lumbar spine';
  assert.deepEqual(completedIn(neckAndBack, 'According to the discharge summary, he attended 10 of the 12 physical therapy visits: 6 for the cervical spine and 4 for the lumbar spine.'), [6, 4]);
  assert.deepEqual(completedIn(neckAndBack, 'Of the 12 physical therapy visits certified on 10/14/14, the patient used 10, and 6 of those treated the neck.'), [6, 12]);
  const chiroAndPool = '1. Chiropractic treatment 2 times a week for 3 weeks\n2. Aquatic therapy 2 times a week for 3 weeks';
  assert.deepEqual(completedIn(chiroAndPool, 'Her treatment log for 2014 lists 17 visits of chiropractic and aquatic therapy combined: 9 with the chiropractor and 8 in the pool.'), [9, 8]);
  assert.deepEqual(completedValues('He has had biofeedback at four sessions, and he uses the technique at work.'), [4]);
});

test('round 85: "Neither the chiropractic manipulation nor the physical therapy is medically necessary" says no of both', () => {
  expectReadings(necessityIn, [
    ['Neither the chiropractic manipulation nor the physical therapy is medically necessary.', false],
    ['Neither request is medically necessary.', false],
    ['Neither X nor Y was shown, and the request is medically necessary.', true],
  ]);
  const decisions = parseLetter(REVIEW('1. Chiropractic manipulation, 6 visits, cervical spine\n2. Physical therapy, 6 visits, cervical spine', 'There are no gains. Neither the chiropractic manipulation nor the physical therapy is medically necessary.'))!.items.map((i) => i.decision);
  assert.deepEqual(decisions, ['Upheld', 'Upheld']);
});

test('round 85: "Issues 1 and 3:" opens the part of those two issues, not of issues 1 to 3', () => {
  const rationales = parseLetter(
    REVIEW(
      '1. Physical therapy 6 sessions\n2. Cyclobenzaprine 10mg #60\n3. Aquatic therapy 6 sessions',
      'Issues 1 and 3: Both therapies are for the shoulder. The therapy is medically necessary. Issue 2: It is a muscle relaxant. Cyclobenzaprine is not medically necessary.',
    ),
  )!.items.map((i) => lastRationaleSentence(i));
  assert.deepEqual(rationales, ['The therapy is medically necessary.', 'Cyclobenzaprine is not medically necessary.', 'The therapy is medically necessary.']);
});

test('round 85: a header table read across, a line of labels over a line of values, gives the dates', () => {
  const text = REVIEW('1. Physical therapy 6 sessions', 'The request is not medically necessary.').replace(
    'IMR Case Number: CM15-0058826',
    'IMR Case Number: Date of Injury: UR Denial Date:\nCM13-0029947 03/18/2011 08/15/2013\nClaims Number: Priority: Application Received:\n[redacted] Standard 08/09/2013',
  );
  const { injury, urDecision, application } = parseLetter(text)!.dates;
  assert.deepEqual([injury?.iso, urDecision?.iso, application?.iso], ['2011-03-18', '2013-08-15', '2013-08-09']);
});

test('round 85: a decision at the margin of a wrapped service line is the item\'s decision, not a word of its service', () => {
  const item = parseLetter(LETTER_2014('CM16-0140052', 'Massage therapy 6 sessions for the lumbar                 Upheld\nspine:'))!.items[0];
  assert.deepEqual([item.service, item.decision], ['Massage therapy 6 sessions for the lumbar spine', 'Upheld']);
});

test('round 85: "Nothing she does is shown to depend on the Norco" leaves improvement not documented', () => {
  expectReadings(improvementIn, [['Norco brings her pain from 8/10 to 4/10. That is pain relief. Nothing she does is shown to depend on the Norco.', 'not-documented']]);
});

test('left out in round 83: a shared rationale of one paragraph for each issue in turn, each opening with its name, gives each issue its own', () => {
  const text = REVIEW(
    '1. Aquatic therapy 2 times a week for 3 weeks\n2. Left L5-S1 transforaminal epidural steroid injection\n3. Norco 10/325mg #90',
    'The aquatic therapy has worked, as page 22 allows. Aquatic therapy is medically necessary.\n\nThe epidural injection would be her first; page 46 is not met. The injection is not medically necessary.\n\nNorco has been taken for two years, and the record shows what it does for her. Page 78 is met. Norco is medically necessary.',
  );
  const rationales = parseLetter(text)!.items.map((i) => lastRationaleSentence(i));
  assert.deepEqual(rationales, ['Aquatic therapy is medically necessary.', 'The injection is not medically necessary.', 'Norco is medically necessary.']);
  // The paragraphs must each name their own issue, in turn.
  const unnamed = parseLetter(text.replace('The epidural injection would be her first', 'It would be her first, and its first condition is not met on this record'))!.items.map((i) => lastRationaleSentence(i));
  assert.deepEqual(unnamed, ['Norco is medically necessary.', 'Norco is medically necessary.', 'Norco is medically necessary.']);
  expectReadings(improvementIn, [['Norco has been taken for two years, and the record shows what it does for her: with it she does her laundry.', 'documented']]);
});

test('round 86: issues numbered "1(a).", lettered "Item A:", parts opened "Issues 1(a) and 1(b):", "Issues A and B:" or "Requests (2) through (4):"', () => {
  const rationales = (issues: string, rationale: string) =>
    parseLetter(REVIEW(issues, rationale))!.items.map((i) => [i.service, lastRationaleSentence(i) ?? null]);
  assert.deepEqual(
    rationales('1(a). Physical therapy, cervical spine\n1(b). Physical therapy, lumbar spine\n2. Naproxen 550mg #60', 'Issues 1(a) and 1(b):\nBoth are for therapy. Neither is medically necessary.\nIssue 2:\nIt helps. Naproxen is medically necessary.'),
    [
      ['Physical therapy, cervical spine', 'Neither is medically necessary.'],
      ['Physical therapy, lumbar spine', 'Neither is medically necessary.'],
      ['Naproxen 550mg #60', 'Naproxen is medically necessary.'],
    ],
  );
  assert.deepEqual(
    rationales('Item A: Oxycodone 10mg #90\nItem B: Physical therapy 3 times a week for 4 weeks', 'Item B:\nThe therapy helps. It is medically necessary.\nItem A:\nNo gains. Oxycodone is not medically necessary.'),
    [
      ['Oxycodone 10mg #90', 'Oxycodone is not medically necessary.'],
      ['Physical therapy 3 times a week for 4 weeks', 'It is medically necessary.'],
    ],
  );
  assert.deepEqual(
    rationales('A) Chiropractic manipulation 6 visits\nB) Massage therapy 4 visits\nC) Cyclobenzaprine 7.5mg #60', 'Issues A and B: The manual therapies have not helped. They are not medically necessary. Issue C: It is a short course. Cyclobenzaprine is medically necessary.').map(([, r]) => r),
    ['They are not medically necessary.', 'They are not medically necessary.', 'Cyclobenzaprine is medically necessary.'],
  );
  assert.deepEqual(
    rationales('(1) Norco 10/325mg #120\n(2) Flurbiprofen 20% cream\n(3) Lidocaine 5% cream\n(4) TENS unit', 'Request (1): He works on it. Norco is medically necessary. Requests (2) through (3): Lidocaine is supported only in the form of the patch. None of the creams is medically necessary.').map(([, r]) => r),
    ['Norco is medically necessary.', 'None of the creams is medically necessary.', 'None of the creams is medically necessary.', null],
  );
  expectReadings(necessityIn, [
    ['None of the three creams is medically necessary.', false],
    ['Lidocaine is supported only in the form of the patch.', undefined],
  ]);
});

test('round 86: "Whether 6 sessions of X and 4 sessions of Y are medically necessary" is two issues, each with its own count, and "Neither the 6 sessions of X nor the 4 sessions of Y" says no of both', () => {
  const letter = parseLetter(
    REVIEW(
      'Whether 6 sessions of cognitive behavioral therapy and 4 sessions of biofeedback are medically necessary and appropriate.',
      'Neither treatment has produced objective functional improvement. Neither the 6 sessions of cognitive behavioral therapy nor the 4 sessions of biofeedback is medically necessary.',
    ),
  )!;
  assert.deepEqual(
    letter.items.map((i) => [i.service, i.requestedSessions?.value, i.decision, i.functionalImprovement.status]),
    [
      ['6 sessions of cognitive behavioral therapy', 6, 'Upheld', 'not-documented'],
      ['4 sessions of biofeedback', 4, 'Upheld', 'not-documented'],
    ],
  );
  assert.equal(parseLetter(REVIEW('Whether the TENS unit and supplies are medically necessary.', 'They are not medically necessary.'))!.items.length, 1);
});

test('round 86: counts split by part under "attended all ten ...;", each part the item\'s of that part when the items are one therapy; gains "she lifts 25 pounds, up from 10", "her lifting rose from 10 to 25 pounds", "missed a program day" when the drug ran out', () => {
  const done = completedIn(
    '1. Physical therapy 2 times a week for 2 weeks for the cervical spine\n2. Physical therapy 2 times a week for 3 weeks for the lumbar spine',
    'Utilization review certified ten physical therapy visits on 01/09/2017. She attended all ten between 01/16/2017 and 03/03/2017; six were for the neck and four were for the low back.',
  );
  assert.deepEqual(done, [6, 4]);
  expectReadings(gainsIn, [
    ['Her four low back visits did help: she lifts 25 pounds, up from 10, and sits through her commute.', 'documented'],
    ['At the low back visits her lifting rose from 10 to 25 pounds.', 'documented'],
    ['When he ran out for two days in 09/2013 he missed a program day.', 'documented'],
    ['She lifts 10 pounds, up from 25 before the fall.', 'not-addressed'],
  ]);
});

test('round 86: a rationale numbered "1." alone, of two issues, is the first issue\'s; the second has none', () => {
  const parts = parseLetter(REVIEW('1. Physical therapy, 6 visits, cervical spine\n2. Cervical pillow', '1. He returned to full duty. The request for physical therapy is medically necessary.'))!.items.map(
    (i) => i.parts.some((p) => p.kind === 'rationale'),
  );
  assert.deepEqual(parts, [true, false]);
});

test('round 85: a header table read across whose values are more words than its labels gives its dates to the date labels in order', () => {
  const text = REVIEW('1. Physical therapy 6 sessions', 'The request is not medically necessary.').replace(
    'IMR Case Number: CM15-0058826',
    'Date of Injury: UR Denial Date:\nCT 03/18/2011 08/15/2013',
  );
  const { injury, urDecision } = parseLetter(text)!.dates;
  assert.deepEqual([injury?.iso, urDecision?.iso], ['2011-03-18', '2013-08-15']);
});

test('round 86: a header read down its columns, labels one a line then values one a line, gives the dates in order even with a value line lost', () => {
  const text = REVIEW('1. Physical therapy 6 sessions', 'The request is not medically necessary.').replace(
    'IMR Case Number: CM15-0058826',
    'IMR Case Number:\nDate of Injury:\nUR Denial Date:\nPriority:\nApplication Received:\n04/22/2011\n10/18/2013\nStandard\n11/01/2013',
  );
  const { injury, urDecision, application } = parseLetter(text)!.dates;
  assert.deepEqual([injury?.iso, urDecision?.iso, application?.iso], ['2011-04-22', '2013-10-18', '2013-11-01']);
});

test('round 86: "with it he could kneel and lay flooring through a full day" is a gain, and a drug that "has helped this patient" is one being taken', () => {
  expectReadings(gainsIn, [
    ['The progress reports of 2017 note that with it he could kneel and lay flooring through a full day.', 'documented'],
    ['On it she works full shifts.', 'documented'],
    ['Without it she could not work a full day.', 'not-addressed'],
  ]);
  assert.equal(isContinuedTreatment('Meloxicam 15mg #30', 'medications', [paragraph('Meloxicam has helped this patient. It is not medically necessary.')]), true);
  assert.equal(isContinuedTreatment('Meloxicam 15mg #30', 'medications', [paragraph('Meloxicam would help this patient. It is medically necessary.')]), false);
});

test('round 86: "twelve visits ... with her two providers" and "seen twelve times ... between the acupuncturist and the psychologist" are no one therapy\'s; "notes account for the other six visits"; shares of visits authorized are not visits given', () => {
  const two = '1. Acupuncture 6 sessions for the lumbar spine\n2. Cognitive behavioral therapy 4 sessions';
  assert.deepEqual(completedIn(two, 'She has been seen twelve times since 01/2014 between the acupuncturist and the psychologist.'), [null, null]);
  assert.deepEqual(completedIn(two, 'Of the twelve visits she has had with her two providers since January, most were on Mondays.'), [null, null]);
  assert.deepEqual(completedIn(two, "The psychologist's progress notes account for the other six visits, individual sessions of cognitive behavioral therapy."), [null, 6]);
  const neckAndBack = '1. Acupuncture 6 sessions for the cervical spine\n2. Physical therapy 2 times a week for 2 weeks for the lumbar spine';
  assert.deepEqual(completedIn(neckAndBack, 'Of the eighteen visits authorized in the spring, nine were physical therapy for the low back, and she attended six of them.'), [null, 6]);
});

test('round 87: parts under sub-headings in another order than the issues, lettered "(c)", "A and C:", "For 1a and 1b:", and issues listed "for X and for Y"', () => {
  const rationales = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!.items.map((i) => lastRationaleSentence(i) ?? null);
  assert.deepEqual(
    rationales('• Massage therapy 1 time a week for 6 weeks\n• Lidoderm 5% patch #30\n• Psychological evaluation', 'PSYCHOLOGICAL EVALUATION:\nIt is due. The evaluation is medically necessary.\nMASSAGE THERAPY:\nNo gains. Massage is not medically necessary.\nLIDODERM:\nIt is new. Lidoderm is not medically necessary.'),
    ['Massage is not medically necessary.', 'Lidoderm is not medically necessary.', 'The evaluation is medically necessary.'],
  );
  assert.deepEqual(
    rationales('(a) Cognitive behavioral therapy, 6 sessions\n(b) Tizanidine 4mg #60', '(b) No gains. Tizanidine is not medically necessary.\n(a) He coaches again. The therapy is medically necessary.'),
    ['The therapy is medically necessary.', 'Tizanidine is not medically necessary.'],
  );
  assert.deepEqual(
    rationales('A. Physical therapy, right shoulder\nB. Tramadol ER 100mg #30\nC. Aquatic therapy, 6 sessions', 'A and C: Both therapies help. They are medically necessary.\nB: No gains. Tramadol is not medically necessary.'),
    ['They are medically necessary.', 'Tramadol is not medically necessary.', 'They are medically necessary.'],
  );
  assert.deepEqual(
    rationales('1a. Individual psychotherapy, 6 sessions\n1b. Biofeedback, 4 sessions\n2. Zolpidem 10mg #30', 'For 1a and 1b: Both help. They are medically necessary.\nFor 2: It has been taken too long. Zolpidem is not medically necessary.'),
    ['They are medically necessary.', 'They are medically necessary.', 'Zolpidem is not medically necessary.'],
  );
  const services = parseLetter(REVIEW('The disputed requests are for additional acupuncture for the low back and for naproxen sodium 550mg #60.', 'Neither is medically necessary.'))!.items.map((i) => i.service);
  assert.deepEqual(services, ['additional acupuncture for the low back', 'naproxen sodium 550mg #60']);
});

test('round 87: "drives his full route on it" is a gain, and so is what "she cannot do without tramadol and does with it"; "The claimant is 44 and works as a roofer" gives the age; "Ten visits done." is a count given', () => {
  expectReadings(gainsIn, [['He drives his full route on it and left the route early twice when a refill came late.', 'documented']]);
  expectReadings(improvementIn, [['What she cannot do without tramadol and does with it is functional improvement.', 'documented']]);
  assert.deepEqual(patientIn('The claimant is 44 and works as a roofer.'), [44, null]);
  assert.deepEqual(completedValues('Ten visits done. Oswestry 48% to 30%.'), [10]);
});

test('round 87: "She has had massage twice" is two visits given, not "twice a week"; "without it ... he could not walk his daughter to school, and on it he does" is a gain', () => {
  assert.deepEqual(completedValues('She has had massage twice, after the third and the ninth lumbar visits.'), [2]);
  assert.deepEqual(completedValues('She has had massage twice a week since March.'), []);
  expectReadings(gainsIn, [['It does something for him: without it in 12/2017 he could not walk his daughter to school, and on it he does.', 'documented']]);
});

test('round 88: notes headed "CBT Session 1" through "CBT Session 6" count six given, over a ledger\'s charges and utilization review\'s "finding that 14 completed sessions"', () => {
  assert.deepEqual(completedValues('The progress notes are headed "CBT Session 1" on 09/02/2015 through "CBT Session 6" on 11/18/2015.'), [6]);
  assert.deepEqual(completedValues('The progress notes run from "Session 1" on 03/19/2018 to "Session 12" on 12/17/2018.'), [12]);
  const text = 'Utilization review non-certified the psychotherapy on 02/11/2019, finding that 14 completed sessions and 8 more would exceed the guideline.';
  assert.ok(reportedSecondHand(text) > 0 && reportedSecondHand(text) < text.indexOf('14 completed'));
});

test('round 88: issues labelled "Issue A -" or "Disputed Service 1:", with parts keyed the same way', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'None is medically necessary.'))!.items.map((i) => i.service);
  assert.deepEqual(services('Issue A \u2013 Cognitive behavioral therapy, 6 sessions\nIssue B \u2013 Sertraline 100mg #30'), ['Cognitive behavioral therapy, 6 sessions', 'Sertraline 100mg #30']);
  assert.deepEqual(services('Disputed Service 1: Functional restoration program, 10 additional days\nDisputed Service 2: Duloxetine 60mg #30'), [
    'Functional restoration program, 10 additional days',
    'Duloxetine 60mg #30',
  ]);
});

test('left out in round 88: "The neck has therefore had 22 chiropractic treatments, the low back 10" gives 22 to the neck\'s item, and "; the low back has had 10" gives 10 to the low back\'s', () => {
  const neckAndBack = '1. Chiropractic treatment 2x4 for the cervical spine\n2. Chiropractic treatment 1x4 for the lumbar spine';
  assert.deepEqual(completedIn(neckAndBack, 'The neck has therefore had 22 chiropractic treatments, and the low back ten.'), [22, null]);
  assert.deepEqual(completedIn(neckAndBack, 'The count of 32 added the regions together; the low back has had 10 chiropractic treatments. The neck has already had 22 chiropractic treatments.'), [22, 10]);
});

test('round 89: "the notes describe gains in function, but they credit those gains to the chiropractic care, not to the medication" are the chiropractic care\'s gains, not the drug\'s', () => {
  const shared = [paragraph('The chiropractic notes describe gains in function, but they credit those gains to the chiropractic care, not to the medication.')];
  assert.equal(findFunctionalImprovement(shared, namedBy((to) => to.includes('chiropractic'))).status, 'documented');
  assert.equal(findFunctionalImprovement(shared, namedBy((to) => to.includes('medication'))).status, 'not-documented');
});

test('round 89: "Six of those 14 visits were acupuncture treatments and eight were physical therapy visits", "The other eight visits were physical therapy": counts given of one therapy', () => {
  assert.deepEqual(completedValues('Six of those 14 visits were acupuncture treatments and eight were physical therapy visits.').sort((a, b) => a - b), [6, 8]);
  assert.deepEqual(completedValues('The other eight visits were physical therapy.'), [8]);
  assert.deepEqual(completedValues('Six of the 14 visits were acupuncture treatments.'), [6]);
});

test('round 89: what the request for authorization states was completed yields to the reviewer\'s own count; "written after the eleventh session" counts eleven given', () => {
  const text = 'The request for authorization states that 8 sessions have been completed.';
  assert.ok(reportedSecondHand(text) > 0 && reportedSecondHand(text) < text.indexOf('8 sessions'));
  assert.deepEqual(
    completedIn('1. Individual psychotherapy 4 sessions', 'The request for authorization states that 8 sessions have been completed. The notes are headed Session 1 through Session 6, and this reviewer counts 6 completed sessions.'),
    [6],
  );
  assert.deepEqual(completedValues('The progress report was written after the eleventh session.'), [11]);
  assert.deepEqual(completedValues('Reassess after the sixth session.'), []);
});

test('round 89: issues listed one a line with a dose such as "7.5 mg"; parts labelled "Issue 1:", "Issues 2 and 3:", "Issue 5:" with issue 4 never taken up; a shared part\'s sentence opened "For the massage," is the massage\'s', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'None is medically necessary.'))!.items.map((i) => i.service);
  assert.deepEqual(services('Functional restoration program, 10 additional days\nIndividual psychotherapy, 6 sessions\nCyclobenzaprine 7.5 mg #60'), [
    'Functional restoration program, 10 additional days',
    'Individual psychotherapy, 6 sessions',
    'Cyclobenzaprine 7.5 mg #60',
  ]);
  const issues = '1. Cognitive behavioral therapy 6 sessions\n2. Chiropractic treatment 6 visits for the neck\n3. Massage therapy 4 sessions for the neck\n4. MRI of the lumbar spine\n5. Tramadol 50 mg #120';
  const rationale = [
    'Issue 1:\nThe psychologist documents objective functional improvement. Cognitive behavioral therapy is medically necessary.',
    'Issues 2 and 3:\nBoth requests are for his neck. For the chiropractic treatment, the notes document functional improvement from the 8 visits he has completed. For the massage, there is no documentation of functional improvement from it, and massage is limited to a few visits. Chiropractic treatment is medically necessary. Massage therapy is not medically necessary.',
    'Issue 5:\nThere is no documentation of functional improvement from the tramadol. Tramadol is not medically necessary.',
  ].join('\n');
  const letter = parseLetter(REVIEW(issues, rationale))!;
  assert.deepEqual(letter.items.map((i) => lastRationaleSentence(i) ?? null), [
    'Cognitive behavioral therapy is medically necessary.',
    'Massage therapy is not medically necessary.',
    'Massage therapy is not medically necessary.',
    null,
    'Tramadol is not medically necessary.',
  ]);
  assert.deepEqual(letter.items.map((i) => i.functionalImprovement.status).slice(1, 3), ['documented', 'not-documented']);
});

test('round 89: "Behavioral interventions p.23; Psychological treatment pp.101-102" is one citation, and so is "Guidelinespage 49, ..., pages 30-34"; "losing work without it, is functional improvement" is a gain', () => {
  const pages = (text: string) => findCitations(paragraph(text)).map((c) => c.pages);
  assert.deepEqual(pages('Decision based on MTUS Chronic Pain Treatment Guidelines Behavioral interventions p.23; Psychological treatment pp.101-102.'), [[23, 101, 102]]);
  assert.deepEqual(pages('He relied on the Chronic Pain Medical Treatment Guidelinespage 49, Functional restoration programs (FRPs), and Chronic pain programs, pages 30-34.'), [[49, 30, 34]]);
  expectReadings(improvementIn, [['Working full days on the medication, and losing work without it, is functional improvement attributable to naproxen.', 'documented']]);
});

test('left out in round 88: a ledger\'s "14 therapy visits", split in the next sentence ("6 of the 14 visits were aquatic therapy sessions and the other 8 were land-based"), is no one therapy\'s', () => {
  const issues = '1. Aquatic therapy 2 times a week for 4 weeks for the lumbar spine\n2. Biofeedback 6 sessions';
  const ledger = 'The ledger shows 14 therapy visits without saying which were in the pool.';
  assert.deepEqual(completedIn(issues, `${ledger} The notes do: 6 of the 14 visits were aquatic therapy sessions and the other 8 were land-based physical therapy.`), [6, null]);
  assert.deepEqual(completedIn(issues, `${ledger} She walked farther by the first of the 14 visits.`)[0], 14);
});

test('round 90: of one therapy for two parts of the body, a count that names the item\'s part ("The wrist was treated only at the first six", "treated at four of the ten visits") comes before a total that names no part', () => {
  const shoulderAndWrist = '1. Physical therapy 8 sessions for the left shoulder\n2. Physical therapy 4 sessions for the left wrist';
  assert.deepEqual(completedIn(shoulderAndWrist, 'She has attended 16 physical therapy visits since 02/16/2015. The shoulder was treated at every one of them. The wrist was treated only at the first six.'), [16, 6]);
  assert.deepEqual(completedIn(shoulderAndWrist, 'She has attended 16 physical therapy visits. The wrist was treated at four of the ten visits in 2015.'), [16, 4]);
  assert.deepEqual(completedValues('The ledger shows that only the first eight were chiropractic visits.'), [8]);
  assert.deepEqual(completedValues('Her care passed to the physical therapist, who saw her at each of the remaining twelve.'), [12]);
});

test('round 90: a guideline part two issues share, their rationales their own, gives a sentence opened "As to the massage therapy," to that issue alone', () => {
  const letter = parseLetter(`MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
1. Chiropractic manipulation 2 times a week for 3 weeks
2. Massage therapy 6 sessions
CASE SUMMARY:
The injured worker is a 44-year-old male.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
Issues 1 and 2:
For the chiropractic manipulation, the MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60, allow 18 visits. As to the massage therapy, the MTUS Chronic Pain Medical Treatment Guidelines, page 60, limit massage to 6 visits.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
Issue 1:
Chiropractic manipulation is medically necessary.
Issue 2:
Massage therapy is not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
The reviewer holds board certification in Family Medicine and an active California medical license.
`)!;
  assert.deepEqual(letter.items.map((i) => i.citations.map((c) => c.pages)), [[[58, 60]], [[60]]]);
  assert.equal(letter.reviewer.specialty, 'Family Medicine');
  expectReadings(improvementIn, [
    ['What she can do on tramadol and cannot do off it is the functional improvement the guidelines look for.', 'documented'],
    ['A return to work after two years off, and a task she could not do and now does, are functional improvement.', 'documented'],
  ]);
});

test('round 91: "Although functional improvement is documented, without the number of sessions ... it cannot be determined" is a gain; "further therapy needs objective gains first" is a condition', () => {
  expectReadings(improvementIn, [
    ['Although functional improvement is documented, without the number of sessions already completed it cannot be determined whether 8 more would exceed the guideline.', 'documented'],
    ['There is no documentation of functional improvement from the knee visits, and further therapy needs objective gains first.', 'not-documented'],
    ['What she no longer needs, the help, the equipment and the opioid, is the functional improvement the regulation describes.', 'documented'],
  ]);
});

test('round 91: "went home early three times" counts no visits', () => {
  assert.deepEqual(completedValues('During the lapse he went home early three times.'), []);
  assert.deepEqual(completedValues('She went to physical therapy three times.'), [3]);
});

test('round 92: a claim number told in a sentence, "lists his claim number in full, as 05714-WC-883102", on one line or two', () => {
  const kinds = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  assert.deepEqual(kinds('The request for authorization lists his claim number in full, as 05714-WC-883102.'), ['claim-number']);
  assert.deepEqual(kinds('The request for authorization lists his claim number in full,\n\nas 05714-WC-883102. He reports pain.'), ['claim-number']);
  assert.deepEqual(kinds('His claim number is 2016-WC-40817.'), ['claim-number']);
  assert.deepEqual(kinds('The claim was accepted as 2 separate injuries.'), []);
});

test('round 92: pages of a guideline named before, "page 23, of those guidelines" and "TENS, chronic pain, pages 114-116, allows", are its citations', () => {
  const cited = (text: string) => findCitations(paragraph(text)).map((c) => `${c.family}:${c.pages.join(',')}`);
  expectReadings(cited, [
    ['The MTUS Chronic Pain Medical Treatment Guidelines (2009) address psychological care. Behavioral interventions, page 23, of those guidelines allow a trial of 3-4 visits.', ['MTUS Chronic Pain:', 'MTUS Chronic Pain:23']],
    ['The MTUS Chronic Pain Medical Treatment Guidelines were relied upon for both. As to the TENS unit, TENS, chronic pain, pages 114-116, allows purchase after a trial.', ['MTUS Chronic Pain:', 'MTUS Chronic Pain:114,116']],
    // A regulation has no pages; the guideline named before it has.
    ['The ODG Pain Chapter applies, and 8 CCR 9792.20(f) defines improvement. Psychotherapy, pages 12-13, allows 20 visits.', ['ODG:', '8 CCR / Labor Code:', 'ODG:12,13']],
    // No guideline named before, and pages of something else: no citation.
    ['Behavioral interventions, page 23, of those guidelines allow a trial.', []],
    ['The MTUS applies. Page 4 of the progress report allows no conclusion.', ['MTUS Chronic Pain:']],
  ]);
});

test('round 92: "functional improvement has the meaning that 8 CCR 9792.20(f) gives it" is how the reviewer weighs it, no finding', () => {
  expectReadings(improvementIn, [
    ['For both, functional improvement has the meaning that 8 CCR 9792.20(f) gives it.', 'not-addressed'],
    ['The chiropractic care has produced functional improvement.', 'documented'],
  ]);
});

test('round 92: a guideline part shared by issues gives sentences opened with another issue\'s name to that issue alone, whether or not its own open so; the sentences before them are every issue\'s', () => {
  const letter = parseLetter(`MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
(1) Occupational therapy 6 visits for the right hand
(2) TENS unit purchase
(3) Biofeedback 4 sessions
CASE SUMMARY:
The injured worker is a 33-year-old female.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
Requests (1) and (2): The MTUS Chronic Pain Medical Treatment Guidelines were relied upon for both requests. As to the TENS unit, TENS, chronic pain, pages 114-116, allows purchase only after a one-month trial.
Request (3): The MTUS Chronic Pain Medical Treatment Guidelines, Biofeedback, pages 24-25, were relied upon.
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
Request (1): Occupational therapy 6 visits for the right hand is medically necessary.
Request (2): The TENS unit purchase is not medically necessary.
Request (3): Biofeedback 4 sessions is not medically necessary.
MEDICAL REVIEWER QUALIFICATIONS:
The reviewer is board certified in Plastic Surgery and is licensed in California.
`)!;
  assert.deepEqual(
    letter.items.map((i) => i.citations.map((c) => `${c.family}:${c.pages.join(',')}`)),
    [['MTUS Chronic Pain:'], ['MTUS Chronic Pain:', 'MTUS Chronic Pain:114,116'], ['MTUS Chronic Pain:24,25']],
  );
});

test('round 101: identifiers told in sentences: a claim label cut after "claim", a phone number parted by spaces after "call-back number,", where the patient "lives ... at"', () => {
  const kinds = (text: string) => findIdentifiers(linesOf(text).lines).map((i) => i.kind);
  assert.deepEqual(kinds('The adjuster wrote that the request "was reviewed under claim\nnumber LW-0417-22936 and the carrier takes no position."'), ['claim-number']);
  assert.deepEqual(kinds('He filed a claim\nnumber of times before.'), []);
  assert.deepEqual(kinds("The note gives the patient's own call-back number, 209 555 0148, for scheduling only."), ['phone']);
  assert.deepEqual(kinds('She attended pages 209 555 0148 of notes.'), []);
  assert.deepEqual(kinds('The intake form states that she lives alone in a second-floor unit at 2318 W. Alder Street, Apt. 6.'), ['street-address']);
  assert.deepEqual(kinds('She lives with her sister and works at 400 Oak Avenue.'), []);
});

test('round 101: an IMR case "assigned 6/16/14" is not dated by the application', () => {
  const dates = findLetterDates([], [paragraph('On 5/28/14, Utilization Review non-certified the request. On 6/11/14, the injured worker submitted an application for IMR (IMR case CM14-0098817, assigned 6/16/14) to request review.')]);
  assert.equal(dates.application?.iso, '2014-06-11');
  assert.equal(dates.urDecision?.iso, '2014-05-28');
});

test('round 100: "pages 298-299 of the American College of Occupational and Environmental Medicine (ACOEM)" are ACOEM\'s, not the guideline named before; "At pages 68-69, the same guidelines"', () => {
  const cited = (text: string) => findCitations(paragraph(text)).map((c) => `${c.family}:${c.pages.join(',')}`);
  expectReadings(cited, [
    [
      'The decision was based on the Chronic Pain Medical Treatment Guidelines (2009), Physical Medicine, pages 98-99, which is part of the MTUS, and on pages 298-299 of the American College of Occupational and Environmental Medicine (ACOEM) Practice Guidelines.',
      ['MTUS Chronic Pain:98,99', 'ACOEM:298,299'],
    ],
    ['The MTUS Chronic Pain Medical Treatment Guidelines apply. At pages 68-69, the same guidelines advise the lowest dose.', ['MTUS Chronic Pain:', 'MTUS Chronic Pain:68,69']],
  ]);
});

test('round 98: "functional improvement was read as defined in 8 CCR" and "judged against the definition of functional improvement" are no findings; "went back to work ... after ten months off" is a gain', () => {
  expectReadings(improvementIn, [
    ['In each case, functional improvement was read as defined in 8 CCR 9792.20(e).', 'not-addressed'],
    ['Both requests were judged against the definition of functional improvement in 8 CCR 9792.20(f).', 'not-addressed'],
    ['These gains meet the definition of functional improvement.', 'documented'],
  ]);
  expectReadings(gainsIn, [
    ['She went back to work in 09/2018 after ten months off.', 'documented'],
    ['She has not gone back to work after two months off.', 'not-addressed'],
  ]);
});

test('round 100: a topic and its pages parted by a semicolon, "Behavioral interventions; Page(s): 23; Psychological treatment; Page(s): 101-102", are one citation', () => {
  const cited = (text: string) => findCitations(paragraph(text)).map((c) => `${c.family}:${c.pages.join(',')}`);
  expectReadings(cited, [
    ['MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines, Behavioral interventions; Page(s): 23; Psychological treatment; Page(s): 101-102.', ['MTUS Chronic Pain:23,101,102']],
    ['Decision based on MTUS Chronic Pain Treatment Guidelines, NSAIDs, specific drug list & adverse effects; Page(s): 70; NSAIDs, GI symptoms & cardiovascular risk; Page(s): 68-69.', ['MTUS Chronic Pain:70,68,69']],
    // A semicolon before the next sentence's words ends the citation.
    ['Decision based on the MTUS, page 23; the records show no gains.', ['MTUS Chronic Pain:23']],
  ]);
});

test('round 102: "16 physical therapy visits have already been completed" counts 16; "her lifting limit was lifted" is a gain', () => {
  assert.deepEqual(completedValues('For the cervical spine, 16 physical therapy visits have already been completed; the 6 elbow visits are separate.'), [16]);
  assert.deepEqual(completedValues('Sixteen visits were already completed.'), [16]);
  expectReadings(gainsIn, [
    ['Her rotation improved from 60 to 80 degrees and her lifting limit was lifted.', 'documented'],
    ['Her lifting limit was not lifted.', 'not-addressed'],
  ]);
});

test('round 98: in a shared guideline part, "For both programs," is every issue\'s, a sentence after a quotation may open with an issue\'s name, and so may "On the X-rays,"', () => {
  const part = paragraph(
    'Issues 1 and 2: The MTUS Chronic Pain Medical Treatment Guidelines were relied upon for both requests, presented as "one plan of care." For the psychotherapy, the MTUS Chronic Pain Medical Treatment Guidelines, page 23, allow 10 visits. For the functional restoration program, the MTUS Chronic Pain Medical Treatment Guidelines, pages 30-34, allow 20 days. For both programs, the reviewer also relied on the Chronic Pain Medical Treatment Guidelines, page 214.',
  );
  const pages = (service: string, other: string) => ownOf(part, service, other)?.map((c) => c.pages);
  assert.deepEqual(pages('Functional restoration program 10 days', 'Psychotherapy 8 sessions'), [[], [30, 34], [214]]);
  assert.deepEqual(pages('Psychotherapy 8 sessions', 'Functional restoration program 10 days'), [[], [23], [214]]);
  const onThe = paragraph('The Chronic Pain Medical Treatment Guidelines were relied upon. On the X-rays, the ACOEM Practice Guidelines, Chapter 11, pages 268-269, support radiographs.');
  assert.deepEqual(ownOf(onThe, 'Lidoderm 5% patch #30', 'X-rays of the right wrist')?.map((c) => c.pages), [[]]);
});

test('round 104: in a part several issues share, a sentence opened by an issue\'s place or number ("For the first request,", "As to issue 3,", "For Issue Two,") is that issue\'s alone', () => {
  const part = paragraph(
    'The MTUS Chronic Pain Medical Treatment Guidelines were relied upon for both requests. For the first request, the MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60, allow 18 visits. For the second request, the MTUS Acupuncture Medical Treatment Guidelines allow 3-6 treatments. For both requests, the ODG Low Back Chapter was consulted.',
  );
  const chiro = { service: 'Chiropractic manipulation 6 visits', number: 1, place: 1 };
  const acupuncture = { service: 'Acupuncture 6 sessions', number: 2, place: 2 };
  const cited = (own: typeof chiro, other: typeof chiro) => ownCitations(part, own, [other])?.map((c) => `${c.family}:${c.pages.join(',')}`);
  assert.deepEqual(cited(chiro, acupuncture), ['MTUS Chronic Pain:', 'MTUS Chronic Pain:58,60', 'ODG:']);
  assert.deepEqual(cited(acupuncture, chiro), ['MTUS Chronic Pain:', 'MTUS Acupuncture:', 'ODG:']);
  // By number, the issue's number in the letter, not its place among those sharing the part.
  const numbered = paragraph('As to issue 2, the MTUS Chronic Pain Medical Treatment Guidelines, page 78, apply. As to issue 3, the MTUS Chronic Pain Medical Treatment Guidelines, page 43, apply.');
  const norco = { service: 'Norco 10/325 mg #90', number: 2, place: 1 };
  const screen = { service: 'Urine drug screen', number: 3, place: 2 };
  assert.deepEqual(ownCitations(numbered, norco, [screen])?.map((c) => c.pages), [[78]]);
  assert.deepEqual(ownCitations(numbered, screen, [norco])?.map((c) => c.pages), [[43]]);
  const words = paragraph('For Issue One, the MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60, apply. For Issue Two, the MTUS Chronic Pain Medical Treatment Guidelines, page 60, applies.');
  assert.deepEqual(ownCitations(words, { ...chiro, service: 'Chiropractic' }, [{ ...acupuncture, service: 'Massage' }])?.map((c) => c.pages), [[58, 60]]);
});

test('rounds 113 to 115: a decision "not in dispute" dates nothing; "Board Certification(s):"; "a man, now 33"; "further visits need objective gains first"; a count listed after a date range', () => {
  const dates = findLetterDates(
    [],
    [paragraph('Utilization review non-certified both requests on February 26, 2019. The application for Independent Medical Review was received on March 4, 2019. A separate request for a lumbar MRI was certified by utilization review on March 12, 2019; that decision is not in dispute.')],
  );
  assert.equal(dates.urDecision?.iso, '2019-02-26');
  assert.equal(specialtyIn('Board Certification(s): Physical Medicine and Rehabilitation\nActive License(s): California; Texas'), 'Physical Medicine and Rehabilitation');
  assert.equal(patientIn('The claimant is a man, now 33, who caught his right hand in a conveyor roller.')[0], 33);
  expectReadings(improvementIn, [
    ['Objective functional improvement from the chiropractic treatment is not documented. Six more visits would not take her past 18 visits, but further visits need objective gains first.', 'not-documented'],
  ]);
  assert.deepEqual(completedValues('She completed 12 aquatic therapy sessions from 11/02/2015 to 02/19/2016 and 6 acupuncture sessions from 02/29/2016 to 04/01/2016.'), [12, 6]);
});

test('round 110: issues listed "Issue 1(a):", "Issue 1(b):", "Issue 2:"; parts under sub-headings "Request One", "Chiropractic Manipulation, Lumbar Spine"; "Issues I and III:" and "For issue I,"', () => {
  const review = (issues: string, guidelines: string, rationale: string) =>
    parseLetter(`MEDICAL PROFESSIONAL REVIEW
ISSUE AT DISPUTE:
${issues}
CASE SUMMARY:
The injured worker is a 44-year-old male.
MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:
${guidelines}
RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:
${rationale}
MEDICAL REVIEWER QUALIFICATIONS:
The reviewer is board certified in Family Medicine and licensed in California.
`)!;
  const subKeys = review(
    'Issue 1(a): Chiropractic manipulation 6 visits for the lumbar spine\nIssue 1(b): Chiropractic manipulation 6 visits for the cervical spine\nIssue 2: Cyclobenzaprine 7.5 mg #60',
    'The MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60, apply to all three.',
    'None of the three is medically necessary.',
  );
  assert.deepEqual(subKeys.items.map((i) => i.service), ['Chiropractic manipulation 6 visits for the lumbar spine', 'Chiropractic manipulation 6 visits for the cervical spine', 'Cyclobenzaprine 7.5 mg #60']);
  const pagesOf = (letter: ParsedLetter) => letter.items.map((i) => i.citations.flatMap((c) => c.pages));
  const headed = review(
    'Request One: Aquatic therapy 6 sessions for the lumbar spine\nRequest Two: Gabapentin 600 mg #90',
    'Request One\nThe MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, apply.\nRequest Two\nThe MTUS Chronic Pain Medical Treatment Guidelines, Antiepilepsy drugs, pages 16-18, apply.',
    'Request One\nAquatic therapy 6 sessions for the lumbar spine is medically necessary.\nRequest Two\nGabapentin 600 mg #90 is not medically necessary.',
  );
  assert.deepEqual(pagesOf(headed), [[98, 99], [16, 18]]);
  const titled = review(
    'Chiropractic manipulation 6 visits for the lumbar spine\nNaproxen sodium 550 mg #60',
    'Chiropractic Manipulation, Lumbar Spine\nThe MTUS Chronic Pain Medical Treatment Guidelines, pages 58-59, apply.\nNaproxen Sodium\nThe MTUS Chronic Pain Medical Treatment Guidelines, NSAIDs, pages 67-73, apply.',
    'Chiropractic Manipulation, Lumbar Spine\nChiropractic manipulation 6 visits for the lumbar spine is medically necessary.\nNaproxen Sodium\nNaproxen sodium 550 mg #60 is medically necessary.',
  );
  assert.deepEqual(pagesOf(titled), [[58, 59], [67, 73]]);
  const roman = review(
    'I. Functional restoration program 10 days\nII. Lidoderm 5% patch #30\nIII. Biofeedback 6 sessions',
    'Issues I and III: The MTUS Chronic Pain Medical Treatment Guidelines were used for both. For issue I, the MTUS Chronic Pain Medical Treatment Guidelines, pages 30-34, apply. For issue III, the MTUS Chronic Pain Medical Treatment Guidelines, pages 24-25, apply.\nIssue II: The MTUS Chronic Pain Medical Treatment Guidelines, page 112, apply.',
    'I. The program is medically necessary.\nII. The patch is not medically necessary.\nIII. Biofeedback is not medically necessary.',
  );
  assert.deepEqual(pagesOf(roman), [[30, 34], [112], [24, 25]]);
});

test('rounds 116 to 121: "Six of the 8 authorized sessions were attended"; "had its own 6 visits"; "not treated at the first eight"; "had only the last four of the 12 visits"; "Her function on the NSAID is documented"; "a bucket truck ... jolted"', () => {
  assert.deepEqual(completedValues('Six of the 8 authorized sessions were attended, with no change in walking tolerance.'), [6]);
  assert.deepEqual(completedValues('The shoulder had its own 6 visits in early 2019.'), [6]);
  assert.deepEqual(completedValues('The shoulder was not treated at the first eight, and was treated at each of the last four.'), [4]);
  assert.deepEqual(completedValues('The shoulder has had only the last four of the 12 visits.'), [4]);
  expectReadings(improvementIn, [
    ['Her function on the NSAID is documented: she stocks the top shelf with it and cannot raise the arm to that shelf without it.', 'documented'],
    ['Her function on the NSAID is not documented.', 'not-documented'],
  ]);
  const dates = findLetterDates([], [paragraph('He is a 44-year-old lineman who was jolted in a bucket truck on 02/07/2018, straining his neck.')]);
  assert.equal(dates.injury?.iso, '2018-02-07');
});

test('rounds 117 to 120: a rationale heading "... SERVICE IS MEDICALLY NECESSARY" overturns; a total "in all" of two therapies or two parts is no one item\'s; a letter of one item tells its gains in the summary', () => {
  const review = (summary: string, heading: string, issues: string, rationale: string) =>
    parseLetter(
      [
        'MEDICAL PROFESSIONAL REVIEW',
        'ISSUE AT DISPUTE:',
        issues,
        'CASE SUMMARY:',
        summary,
        'DOCUMENTS REVIEWED FOR DETERMINATION:',
        'Utilization review determination.',
        'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
        'The MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99, were relied upon.',
        ...(heading ? [heading, rationale] : []),
        'MEDICAL REVIEWER QUALIFICATIONS:',
        'The reviewer is board certified in Family Medicine and licensed in California.',
      ].join('\n'),
    )!;
  const overturned = review(
    'The injured worker is a 49-year-old female who completed 4 aquatic therapy sessions.',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS MEDICALLY NECESSARY:',
    'Aquatic therapy 6 sessions',
    'Aquatic therapy 6 sessions is not medically necessary.',
  );
  assert.equal(overturned.sections.length, 6);
  assert.equal(overturned.items[0].decision, 'Overturned');
  const summed = review(
    'The injured worker is a 36-year-old female. Between 01/2015 and 04/2015 she had 6 occupational therapy visits and 9 acupuncture treatments for the wrist, 15 visits in all.',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    '1. Occupational therapy 8 visits for the right wrist\n2. Acupuncture 6 sessions for the right wrist',
    '1. Occupational therapy 8 visits is not medically necessary.\n2. Acupuncture 6 sessions is medically necessary.',
  );
  assert.deepEqual(summed.items.map((i) => i.completedSessions?.value), [6, 9]);
  // Its rationale lost, a letter of one item still shows the gains its summary reports.
  const lost = review(
    'The injured worker is a 49-year-old female who completed 2 aquatic therapy sessions in 01/2016. After them she walked 20 minutes at a time instead of 5, and on 02/01/2016 she returned to modified duty 4 hours a day.',
    '',
    'Aquatic therapy 8 sessions',
    '',
  );
  assert.equal(lost.items[0].functionalImprovement.status, 'documented');
});

test('rounds 122 to 127: "6 sessions of acupuncture were completed"; "page 60, and 4 more sessions" ends at 60; "page 168, ...; that edition ends at page 127"; what the request form "lists" is second hand; "... is such improvement" answers a condition', () => {
  assert.deepEqual(completedValues('The records indicate that 6 sessions of acupuncture were completed between 11/2013 and 01/2014.'), [6]);
  const cited = (text: string) => findCitations(paragraph(text)).map((c) => `${c.family}:${c.pages.join(',')}`);
  expectReadings(cited, [
    ['Massage is limited to 4-6 visits under the MTUS Chronic Pain Medical Treatment Guidelines, page 60, and 4 more sessions would bring her to 8.', ['MTUS Chronic Pain:60']],
    ['Utilization review cited the Chronic Pain Medical Treatment Guidelines (2009), page 168, for the same point; that edition ends at page 127.', ['MTUS Chronic Pain:168']],
  ]);
  assert.ok(reportedSecondHand('The request for authorization of 05/11/2015 lists "8 acupuncture visits completed."') > 0);
  assert.ok(reportedSecondHand("The request form's figure of 8 completed acupuncture visits is wrong.") > 0);
  assert.equal(reportedSecondHand('She lists 8 visits in her diary.'), -1);
  expectReadings(improvementIn, [
    ['The guidelines allow up to 18 visits when a trial shows objective functional improvement, and the gain in rotation with her return to driving is such improvement.', 'documented'],
    ['The guidelines allow further visits when there is functional improvement, but the small change in pain is not such improvement.', 'not-documented'],
  ]);
});

test('round 123: openers such as "With respect to the Norco,"; a rationale cut by its issues takes a conclusion gathered at its end; rationale paragraphs that close with their issue\'s conclusion are its parts', () => {
  const respect = paragraph(
    'Each request was reviewed against its guideline. With respect to the Norco, the MTUS Chronic Pain Medical Treatment Guidelines, pages 76-80, apply. With respect to the MRI, the ACOEM Practice Guidelines, Chapter 12, pages 303-304, apply.',
  );
  const norco = { service: 'Norco 10/325 mg #90', number: 1, place: 1 };
  const mri = { service: 'MRI of the lumbar spine', number: 2, place: 2 };
  assert.deepEqual(ownCitations(respect, norco, [mri])?.map((c) => c.pages), [[76, 80]]);
  const review = (issues: string, rationale: string) =>
    parseLetter(
      [
        'MEDICAL PROFESSIONAL REVIEW',
        'ISSUE AT DISPUTE:',
        issues,
        'CASE SUMMARY:',
        'The injured worker is a 39-year-old female.',
        'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
        'The MTUS Chronic Pain Medical Treatment Guidelines were relied upon.',
        'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
        rationale,
        'MEDICAL REVIEWER QUALIFICATIONS:',
        'The reviewer is board certified in Family Medicine and licensed in California.',
      ].join('\n'),
    )!;
  const gathered = review(
    '1. Chiropractic manipulation 2x3 for the cervical spine\n2. Chiropractic manipulation 2x3 for the lumbar spine',
    'For the cervical spine, the gain in rotation is objective functional improvement. For the lumbar spine, there is no documented functional improvement. Chiropractic manipulation 2x3 for the cervical spine is medically necessary. Chiropractic manipulation 2x3 for the lumbar spine is not medically necessary.',
  );
  assert.deepEqual(gathered.items.map((i) => i.decision), ['Overturned', 'Upheld']);
  const closing = review(
    'Physical therapy 2 times a week for 4 weeks, cervical spine\nCyclobenzaprine 7.5 mg #60',
    'The guidelines allow 8-10 visits. He has had six visits and there is no objective functional\nimprovement. Physical therapy 2 times a week for 4 weeks, cervical spine, is not medically necessary.\n\nMuscle relaxants are for short-term use. He has taken it for six months.\nCyclobenzaprine 7.5 mg #60 is not medically necessary.',
  );
  assert.deepEqual(closing.items.map((i) => i.functionalImprovement.status), ['not-documented', 'not-addressed']);
});

test('rounds 128 to 133: improvement under double negatives, on a drug named in the sentence, "which he could not do before it was started", "what they achieved are not documented"; "Board Certified in Psychiatry" before a board that names two', () => {
  expectReadings(improvementIn, [
    ['It cannot be said that the records fail to show functional improvement with naproxen.', 'documented'],
    ['It is not the case that the six-visit trial produced no objective gain.', 'documented'],
    ['The reviewer does not agree that functional improvement is absent.', 'documented'],
    ['The reviewer does not agree that functional improvement is present.', 'not-documented'],
    ['He has had physical therapy before, but the number of visits and what they achieved are not documented.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['The report documents that on tramadol ER the patient works his 4-hour shifts and walks his dog daily, which he could not do before it was started.', 'documented'],
    ['The report documents that with naproxen the patient can sit through a full 8-hour shift.', 'documented'],
    ['The report documents that he could not do his shifts before it was started.', 'not-addressed'],
  ]);
  assert.equal(specialtyIn('The reviewer is a Diplomate, American Board of Psychiatry and Neurology; Board Certified in Psychiatry.'), 'Psychiatry');
});

test('rounds 134 to 139: "stand for 2 hours at a time at work, compared with 30 minutes without it"; a count listed after ", of 6 authorized, from 02/2015 to 04/2015,"; "lists her claim number, 4B77-20931-WC"', () => {
  expectReadings(gainsIn, [
    ['The report documents that with naproxen the patient can stand for 2 hours at a time at work, compared with 30 minutes without it.', 'documented'],
    ['She can stand for 1 hour, compared with 90 minutes before.', 'not-addressed'],
  ]);
  assert.deepEqual(completedValues('The injured worker attended 4 individual psychotherapy sessions, of 6 authorized, from 02/2015 to 04/2015, and 3 biofeedback sessions in 04/2015.'), [4, 3]);
  assert.deepEqual(findIdentifiers(linesOf('Her psychologist has seen her weekly; the request form lists her claim number, 4B77-20931-WC. She is off work.').lines).map((i) => i.kind), ['claim-number']);
});

test('rounds 140 to 147: "Page(s): 16-22; 49."; "is not the same as improving with it"; sub-headings that end "(Issues 2 and 3)"; "five of the eight had been used"; "for 30 days in all" after a request; a program day of 6 hours', () => {
  assert.deepEqual(
    findCitations(paragraph('MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 16-22; 49.')).map((c) => c.pages),
    [[16, 22, 49]],
  );
  assert.deepEqual(findCitations(paragraph('The MTUS Chronic Pain guidelines, page 23; 9792.20(f) defines it.')).map((c) => c.pages)[0], [23]);
  expectReadings(improvementIn, [
    ['The notes say only that she is tolerating treatment well. Tolerating therapy is not the same as improving with it.', 'not-documented'],
  ]);
  const review = parseLetter(
    [
      'MEDICAL PROFESSIONAL REVIEW',
      'ISSUE AT DISPUTE:',
      '1. Functional restoration program, 10 additional days',
      '2. Hydrocodone/APAP 10/325mg #90',
      '3. Urine drug screen',
      'CASE SUMMARY:',
      'The injured worker is a 52-year-old male.',
      'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
      'Hydrocodone/APAP and urine drug screen (Issues 2 and 3)',
      'MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pages 76-80, and Drug testing, page 43.',
      'Functional restoration program (Issue 1)',
      'MTUS Chronic Pain Medical Treatment Guidelines, Chronic pain programs, pages 30-34.',
      'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
      'Hydrocodone/APAP and urine drug screen (Issues 2 and 3)',
      'For the hydrocodone, the MTUS Chronic Pain Medical Treatment Guidelines, pages 76-80, advise continuing it when function has improved. Hydrocodone/APAP 10/325mg #90 is not medically necessary. For the urine drug screen, the MTUS Chronic Pain Medical Treatment Guidelines, page 43, recommend testing. A urine drug screen is medically necessary.',
      'Functional restoration program (Issue 1)',
      'The MTUS Chronic Pain Medical Treatment Guidelines, pages 30-34, allow 20 days. The functional restoration program, 10 additional days, is medically necessary.',
      'MEDICAL REVIEWER QUALIFICATIONS:',
      'The reviewer is board certified in Anesthesiology and licensed in California.',
    ].join('\n'),
  )!;
  assert.deepEqual(
    review.items.map((i) => i.citations.map((c) => c.pages.join('-'))),
    [['30-34', '30-34'], ['76-80-43', '76-80'], ['76-80-43', '43']],
  );
  assert.deepEqual(completedValues('Utilization review authorized eight chiropractic visits. By the report of 07/30/2014, five of the eight had been used.'), [5]);
  assert.deepEqual(completedValues('Of the 8 visits authorized in 05/2014, 5 had been used by 07/30/2014.'), [5]);
  assert.deepEqual(completedValues('The 160 hours he has completed are 20 full days, and the 80 hours requested are 10 more, for 30 days in all.'), [20]);
  const program = (summary: string) =>
    parseLetter(
      [
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        'The reviewer is Board Certified in Physical Medicine and Rehabilitation and is licensed in California.',
        'CLINICAL CASE SUMMARY',
        'The patient is a 40-year-old female. She completed 10 program days.',
        'IMR ISSUES, DECISIONS AND RATIONALES',
        'Functional restoration program 120 hours:  Upheld',
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Chronic pain programs, Page(s): 30-34.',
        `Decision rationale: ${summary} Functional restoration program 120 hours is not medically necessary.`,
      ].join('\n'),
    )!.items[0].requestedSessions?.value;
  assert.equal(program('Her program day is 6 hours, so the 120 hours requested are more program days.'), 20);
  assert.equal(program('The program runs for her on a 6-hour day, five days a week.'), 20);
  assert.equal(program('She has returned to modified work 6 hours a day.'), 15);
});

test('rounds 148 to 155: utilization review "stating that" a course needs improvement; "without any documented functional improvement, and the 8 requested would"; what is said of the drug the item replaced', () => {
  expectReadings(improvementIn, [
    [
      'Utilization review denied it, stating that twelve sessions had already been given and that further acupuncture was not medically necessary without documented functional improvement.',
      'not-addressed',
    ],
    ['She has completed 6 aquatic sessions without any documented functional improvement, and the 8 sessions requested would bring the total to 14.', 'not-documented'],
    ['Without documented functional improvement, further acupuncture would not be medically necessary.', 'not-addressed'],
    ['Meloxicam was started in place of naproxen, which was tried for about three months without functional improvement.', 'not-addressed'],
    ['Meloxicam was started, and naproxen was tried for about three months without functional improvement.', 'not-documented'],
  ]);
});

test('rounds 156 to 163: "Medications have included tramadol ER since"; "has not yet been documented"; six-hour program days; "six 1-hour sessions"; an interdisciplinary pain program; issues under group labels; run-in labels ending with a full stop; "2) and 3)"; "page 182, Table 8-8, of the ACOEM"', () => {
  assert.equal(isContinuedTreatment('Tramadol ER 150mg #30', 'medications', [paragraph('Medications have included tramadol ER since 3/2018.')]), true);
  expectReadings(improvementIn, [
    ['Functional improvement has not yet been documented, which is expected after only two sessions.', 'not-documented'],
    ['The household activities she can do only with the medication are documented.', 'documented'],
    ['The ODG Pain (Chronic) chapter likewise ties continued NSAID use to improved function.', 'not-addressed'],
  ]);
  assert.equal(findRequestedCount('Individual psychotherapy six 1-hour sessions')?.value, 6);
  assert.deepEqual(classifyService('Continued part-time interdisciplinary pain program'), { category: 'other', sessionBased: true });
  assert.deepEqual(findCitations(paragraph('The reviewer relied on page 182, Table 8-8, of the ACOEM Practice Guidelines.')).map((c) => [c.family, c.pages]), [['ACOEM', [182]]]);
  const review = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!;
  const grouped = review(
    'Physical medicine:\nPhysical therapy for the cervical spine, 2 x 4\nMassage therapy x 4\nMedication:\nTramadol ER 150mg #30',
    'Cervical physical therapy. The Chronic Pain Medical Treatment Guidelines, pp. 98-99, allow 10 visits. Physical therapy for the cervical spine, 2 x 4, is not medically necessary.\nMassage. The Chronic Pain Medical Treatment Guidelines, p. 60, allow 6 visits. Massage therapy x 4 is not medically necessary.\nTramadol ER. The Chronic Pain Medical Treatment Guidelines, pp. 78-80, apply. Tramadol ER 150mg #30 is medically necessary.',
  );
  assert.deepEqual(grouped.items.map((i) => [i.service, i.decision, i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-'))]), [
    ['Physical therapy for the cervical spine, 2 x 4', 'Upheld', ['98-99']],
    ['Massage therapy x 4', 'Upheld', ['60']],
    ['Tramadol ER 150mg #30', 'Overturned', ['78-80']],
  ]);
  const joint = review(
    '1) Epidural steroid injection\n2) Physical therapy, lumbar spine, 6 visits\n3) Chiropractic care, lumbar spine, 6 visits\n4) Urine drug screen',
    '1) Epidural steroid injection\nThe Chronic Pain Medical Treatment Guidelines, page 46, apply. Epidural steroid injection is not medically necessary.\n2) and 3) Physical therapy and chiropractic care\nFor the physical therapy, the Chronic Pain Medical Treatment Guidelines, pages 98-99, apply. As to the chiropractic care, the Chronic Pain Medical Treatment Guidelines, pages 58-60, apply. Both are medically necessary.\n4) Urine drug screen\nThe Chronic Pain Medical Treatment Guidelines, page 43, apply. Urine drug screen is medically necessary.',
  );
  assert.deepEqual(joint.items.map((i) => i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-'))), [['46'], ['98-99'], ['58-60'], ['43']]);
});

test('rounds 164 to 171: "Employee Address: 2716 West Shields Avenue"; a drug taken "three times a day since 2014"; "On 05/02/2014 ..., and on 05/16/2014 ..."; "fell on her outstretched right arm", "was crushed under a pallet"; issues taken up "As to the second," and "the latter"; a discussion of all the issues before each is taken up', () => {
  assert.deepEqual(findIdentifiers(linesOf('Employee Name: [redacted]\nEmployee Address: 2716 West Shields Avenue, Apt 4, Fresno, CA 93705').lines).map((i) => i.kind), ['street-address']);
  assert.equal(isContinuedTreatment('Hydrocodone/APAP 10/325mg #90', 'medications', [paragraph('Treatment has included a knee brace and hydrocodone/APAP 10/325mg three times a day since 2014.')]), true);
  assert.deepEqual(datesIn('On 05/02/2014 Utilization Review non-certified the request, and on 05/16/2014 the injured worker applied for Independent Medical Review.'), [null, '2014-05-02', '2014-05-16']);
  assert.deepEqual(datesIn('On 12/10/2015 the request was submitted, and utilization review non-certified it on 12/17/2015.'), [null, '2015-12-17', null]);
  assert.deepEqual(datesIn('She fell on her outstretched right arm in a parking lot on 08/24/2015.'), ['2015-08-24', null, null]);
  assert.deepEqual(datesIn("The patient is a forklift operator whose left foot was crushed under a pallet on 04/19/2011."), ['2011-04-19', null, null]);
  const review = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!;
  const together = review(
    '1. Chiropractic manipulation x6, lumbar spine\n2. Massage therapy x4\n3. Naproxen sodium 550mg #60',
    'The chiropractic care, the massage and the naproxen are discussed together here. The gains are real: his Oswestry index fell from 52% to 30%. The chiropractic notes tie those gains to the manipulation. The massage notes record relaxation, and naproxen is said to lower his pain; neither record describes any change in what he can do. As to the first issue, the Chronic Pain Medical Treatment Guidelines, pages 58-60, allow 18 visits. It is medically necessary. As to the second, the Chronic Pain Medical Treatment Guidelines, page 60, limit massage to 6 visits. It is not medically necessary. As to the third, the Chronic Pain Medical Treatment Guidelines, pages 67-73, apply. It is not medically necessary.',
  );
  assert.deepEqual(together.items.map((i) => [i.decision, i.functionalImprovement.status]), [
    ['Overturned', 'documented'],
    ['Upheld', 'not-documented'],
    // Naproxen is not told to be taken already: the discussion's words on it are not read for a new drug.
    ['Upheld', 'not-addressed'],
  ]);
  const latter = review(
    '1. Acupuncture, additional sessions\n2. Chiropractic manipulation 1x6',
    'As for the former, the Acupuncture Medical Treatment Guidelines apply. It is medically necessary. As for the latter, the Chronic Pain Medical Treatment Guidelines, pages 58-59, apply. It is not medically necessary.',
  );
  assert.deepEqual(latter.items.map((i) => [i.decision, i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-'))]), [
    ['Overturned', []],
    ['Upheld', ['58-59']],
  ]);
});

test('rounds 172 to 179: openers that go back to an item taken up before keep a section shared; "all ten were attended: six for the shoulder and four for the low back"; a date that opens its clause takes that clause\'s event; "was caught between two rollers on"; "With documented improvement the MTUS guidelines support"; "loses without it is documented improvement"', () => {
  const review = parseLetter(
    REVIEW(
      '1. Cognitive behavioral therapy, 6 sessions\n2. Biofeedback training, 6 sessions',
      'For the cognitive behavioral therapy, the 4 completed sessions have a clear result. For the biofeedback, the logs describe the 6 sessions only as relaxing. Regarding the cognitive behavioral therapy, 6 further sessions would bring the total to 10, the upper end of the range on page 23 of the MTUS Chronic Pain Medical Treatment Guidelines. As to the biofeedback, the MTUS Chronic Pain Medical Treatment Guidelines, pages 24-25, support it only as part of a program. Cognitive behavioral therapy, 6 sessions, is medically necessary. Biofeedback training, 6 sessions, is not medically necessary.',
    ),
  )!;
  assert.deepEqual(review.items.map((i) => i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-'))), [['23'], ['24-25']]);
  assert.deepEqual(completedValues('Ten physical therapy visits were authorized, to be shared between the two regions, and all ten were attended: six for the shoulder and four for the low back.'), [6, 4]);
  assert.deepEqual(datesIn('On 10/24/14 the injured worker submitted an application for IMR, which repeats the 10/6/14 non-certification date.'), [null, null, '2014-10-24']);
  assert.deepEqual(datesIn('The patient is a press operator whose left hand was caught between two rollers on 07/07/2015.'), ['2015-07-07', null, null]);
  expectReadings(improvementIn, [
    ['Functional improvement from the lumbar therapy is not documented. With documented improvement the MTUS guidelines support a total of up to 10 visits.', 'not-documented'],
    ['Function that she keeps with the medication and loses without it is documented improvement.', 'documented'],
  ]);
});

test('rounds 180 to 187: issues asked as questions after a label ("Question presented:", "Question 1:") and with a comma before "medically necessary"', () => {
  const services = (issues: string) => parseLetter(REVIEW(issues, 'The request is not medically necessary.'))!.items.map((i) => i.service);
  assert.deepEqual(services('Question presented: Is chiropractic manipulation 2 times per week for 4 weeks for the\nlumbar spine medically necessary?'), [
    'chiropractic manipulation 2 times per week for 4 weeks for the lumbar spine',
  ]);
  assert.deepEqual(services('Question 1: Is acupuncture x6 for the cervical spine medically necessary?\nQuestion 2: Is Tramadol ER 150mg #30 medically necessary?'), [
    'acupuncture x6 for the cervical spine',
    'Tramadol ER 150mg #30',
  ]);
  assert.deepEqual(services('Is a functional restoration program, 10 additional days (80 hours), medically\nnecessary?'), ['a functional restoration program, 10 additional days (80 hours)']);
});

test('rounds 188 to 195: "a 12-point fall in the Beck score" and "six hours of sleep instead of three" are gains; "ISSUE #1 FUNCTIONAL RESTORATION PROGRAM" heads its issue\'s part', () => {
  expectReadings(gainsIn, [
    ['Four sessions produced a 12-point fall in the Beck score.', 'documented'],
    ['The records document six hours of sleep instead of three with this medication.', 'documented'],
    ['The guideline asks for a 10-point fall in the Beck score.', 'not-addressed'],
  ]);
  const review = parseLetter(
    REVIEW(
      'Issue 1: Functional restoration program x 10 days\nIssue 2: Psychological evaluation',
      'ISSUE #1 FUNCTIONAL RESTORATION PROGRAM\nThe MTUS Chronic Pain Medical Treatment Guidelines, pages 30-34, allow 20 days. The functional restoration program x 10 days is medically necessary.\nISSUE #2 PSYCHOLOGICAL EVALUATION\nThe MTUS Chronic Pain Medical Treatment Guidelines, pages 100-101, recommend an evaluation before a program. The psychological evaluation is not medically necessary.',
    ),
  )!;
  assert.deepEqual(review.items.map((i) => [i.decision, i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-'))]), [
    ['Overturned', ['30-34']],
    ['Upheld', ['100-101']],
  ]);
});

test('rounds 196 to 203: "the 127-page 2009 edition" is no page; "Certification: Chiropractic." labels a specialty; "The gains described above are objective"', () => {
  assert.deepEqual(
    findCitations(paragraph('The 2016 Chronic Pain Medical Treatment Guidelines, which replaced the 127-page 2009 edition, recommend drug testing.')).map((c) => c.pages),
    [[]],
  );
  assert.equal(specialtyIn('Doctor of Chiropractic. Licensed in California and Oregon.\nCertification: Chiropractic.'), 'Chiropractic');
  expectReadings(improvementIn, [
    ['The gains described above are objective, and they are credited to the therapy she completed.', 'documented'],
  ]);
});

test('rounds 204 to 211: counts "of those 18", "sessions of massage therapy were authorized", "(12 visits total)", a list joined by "and, over the same weeks,", and no count of courses; a specialty across a page break; gains and conditions answered; "Issue #1  Biofeedback"; sentences about one of several items', () => {
  const items = (issues: string, rationale: string) =>
    parseLetter(REVIEW(issues, rationale))!.items.map((i) => [i.requestedSessions?.value ?? null, i.completedSessions?.value ?? null, i.functionalImprovement.status]);
  assert.deepEqual(
    items('1. Physical therapy 2x6', 'Utilization review has authorized 18 physical therapy visits since 11/2014. The injured worker has attended 14 of those 18 visits to date. Not medically necessary.'),
    [[12, 14, 'not-addressed']],
  );
  assert.deepEqual(items('1. Massage therapy 1 x 6 for the cervical spine', 'Four sessions of massage therapy were authorized on 3/12/15. Not medically necessary.'), [[6, 4, 'not-addressed']]);
  assert.deepEqual(items('1. Occupational therapy 6 visits right wrist and 6 visits left wrist (12 visits total)', 'Not medically necessary.'), [[12, null, 'not-addressed']]);
  assert.deepEqual(completedValues('She attended four (4) sessions of cognitive behavioral therapy in early 2015 and, over the same weeks, four biofeedback sessions.'), [4]);
  assert.equal(findCompletedCounts('She attended four (4) sessions of cognitive behavioral therapy in early 2015 and, over the same weeks, four biofeedback sessions.').completed.length, 2);
  assert.deepEqual(completedValues('This worker has had three courses of physical treatment and long-term opioid therapy.'), []);
  assert.deepEqual(completedValues("The chiropractor's reports of 01/2015 through 04/2015 list 14 chiropractic visits in all."), [14]);
  const brokenSpecialty = REVIEW('1. Naproxen 550mg', 'Not medically necessary.').replace(
    'The reviewer is board certified in Family Medicine and is licensed to practice in California.',
    'The reviewer is board certified in Internal\n\n\nPage 1 of 2\n\n\nMedicine, and is licensed to practice in California.',
  );
  assert.equal(parseLetter(brokenSpecialty)!.reviewer.specialty, 'Internal Medicine');
  expectReadings(gainsIn, [
    ['The records show otherwise: a 4-point reduction in pain, the ability to work full shifts and to walk at home without a cane.', 'documented'],
    ['She lacks the ability to work full shifts.', 'not-addressed'],
  ]);
  expectReadings(improvementIn, [
    ['Opioids may be continued when the patient has returned to work and pain and function have improved. Both are documented here.', 'documented'],
    ['Opioids may be continued if there is functional improvement. That is not documented here.', 'not-documented'],
    ['The flow sheets record readings but no functional change that can be attributed to it.', 'not-documented'],
  ]);
  assert.deepEqual(
    parseLetter(REVIEW('Issue #1  Cognitive behavioral therapy, 6 additional sessions\nIssue #2  Biofeedback, 6 sessions', 'Not medically necessary.'))!.items.map((i) => i.service),
    ['Cognitive behavioral therapy, 6 additional sessions', 'Biofeedback, 6 sessions'],
  );
  // A sentence that opens with one item ("The psychotherapy, by contrast,") speaks of it alone, though it names the other.
  expectImprovements('Functional restoration program, 10 additional days\nIndividual psychotherapy, 6 sessions', 'The functional restoration program has been a success: the discharge summary documents objective functional improvement. The psychotherapy, by contrast, has not produced functional improvement, and the gains came from the program. Both are not medically necessary.', ['documented', 'not-documented']);
  // "The pool program" is the aquatic therapy's; "visits" names no one treatment.
  expectImprovements('1. Chiropractic treatment, six (6) visits\n2. Massage therapy x4\n3. Aquatic therapy 1 time a week for 6 weeks', 'Only the chiropractic care has produced objective functional improvement: the patient returned to modified work. The massage sessions have produced no functional improvement, and massage is limited to 4-6 visits. Nor is any functional gain documented from the pool program. None is medically necessary.', ['documented', 'not-documented', 'not-documented']);
  // Gains credited to one therapy "but not with" the item are not the item's.
  expectImprovements('1. Physical therapy 12 sessions\n2. Chiropractic treatment 2 times a week for 3 weeks', 'The records show objective functional improvement with the chiropractic care she received in 2014, but not with physical therapy. Neither is medically necessary.', ['not-documented', 'documented']);
  // Page 49 refers a program's duration to pages 30-34: 20 days.
  const program = parseLetter(
    REVIEW('1. Functional restoration program, 10 additional days', 'The MTUS Chronic Pain Medical Treatment Guidelines, Functional restoration programs, page 49, apply. She has completed 20 days. Not medically necessary.'),
  )!;
  assert.ok(analyzeLetter(program).some((f) => f.code === 'exceeds-guideline-limit'));
});

test('rounds 212 to 219: improvement credited to one of several issues ("documented for the aquatic therapy, and it is not documented for ..."), conditions answered ("as it is", "and here it is"), a question answered issue by issue, "After a trial of six ... visits she was able", and other authors\' documents that quote a letter', () => {
  expectImprovements('1. Physical therapy 2 x 4 for the lumbar spine\n2. Aquatic therapy, 4 additional sessions\n3. Norco 10/325 mg #90', 'Those gains came with the pool sessions. Functional improvement is therefore documented for the aquatic therapy, and it is not documented for the land-based therapy or for Norco. Physical therapy is not medically necessary.', ['not-documented', 'documented', 'not-documented']);
  expectImprovements('1. Functional restoration program, 10 additional days\n2. Individual psychotherapy, 6 sessions\n3. Tramadol ER 150 mg #30', 'Functional improvement is thus documented for the program and is not documented for the psychotherapy or the tramadol. The program is medically necessary.', ['documented', 'not-documented', 'not-documented']);
  // A question each issue answers later is no finding; each issue's own answer is.
  expectImprovements('1. Acupuncture 6 additional sessions\n2. Chiropractic manipulation 2 times a week for 3 weeks', 'The question for each is the same: has it produced functional improvement as defined in 8 CCR 9792.20(f)? The record gives a different answer for each. Under the MTUS Acupuncture Medical Treatment Guidelines, treatment may be extended when functional improvement is documented, and here it is documented for acupuncture. Further manipulation requires objective functional improvement from the visits already given, and after 8 chiropractic visits none has been shown. Acupuncture is medically necessary.', ['documented', 'not-documented']);
  expectReadings(improvementIn, [
    ['The guidelines allow treatment to be extended when functional improvement is documented, as it is after these six treatments.', 'documented'],
    ['The guideline supports continuing an NSAID that produces objective functional improvement as defined in 8 CCR 9792.20(e), and that is documented for celecoxib.', 'documented'],
  ]);
  // A rationale with no sentence about the third issue alone still keeps another issue's sentences from it.
  assert.deepEqual(
    improvementsOf(
      '1. Cognitive behavioral therapy, six (6) sessions\n2. Biofeedback therapy, six (6) sessions\n3. Home relaxation audio program',
      'These three requests are answered together. For the biofeedback, functional improvement has not been documented. A recorded relaxation program adds nothing that the therapy does not already teach. None is medically necessary.',
    )[2],
    'not-addressed',
  );
  assert.deepEqual(completedValues('After a trial of six chiropractic visits in 05/2015 and 06/2015 she was able to lift her grandson again.'), [6]);
  assert.deepEqual(completedValues('After an initial trial of 6 visits, up to 18 visits may be given.'), []);
  for (const title of ['QUALIFIED MEDICAL EVALUATOR\nSUPPLEMENTAL REPORT - RECORD REVIEW', 'Attorneys for Applicant', 'MEDICAL PROFESSIONAL REVIEW\nProspective Utilization Review - Physician Reviewer Report']) {
    assert.equal(parseLetter(`${title}\n${REVIEW('1. Physical therapy x6', 'Not medically necessary.')}`), null, title);
  }
});

test('rounds 220 to 227: parts opened in different ways ("Issue 1 - ..." then a question, a name label then "Issue #2:", "First issue: ... Second issue: ..."); dated histories and breakdowns by kind; topics between pages; gains and their absence in plain words; a drug used in a paragraph that calls another new', () => {
  const parts = (issues: string, guideline: string, rationale: string) =>
    parseLetter(REVIEW(issues, rationale).replace('RATIONALE FOR', `MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:\n${guideline}\nRATIONALE FOR`))!.items.map((i) => [
      i.decision,
      i.citations.filter((c) => c.pages.length).map((c) => c.pages.join('-')),
    ]);
  assert.deepEqual(
    parts(
      '1. Physical therapy 2 times a week for 4 weeks\n2. Chiropractic manipulation x6',
      'MTUS Chronic Pain Medical Treatment Guidelines.',
      'Issue 1 - Physical therapy 2 times a week for 4 weeks. The MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99, allow 10 visits. Physical therapy is not medically necessary.\n\n\nIs chiropractic manipulation x6 medically necessary? The MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60, allow 18 visits. Chiropractic manipulation x6 is medically necessary.',
    ),
    [['Upheld', ['98-99']], ['Overturned', ['58-60']]],
  );
  const guidelineCases: [issues: string, guideline: string, pages: string[][]][] = [
    [
      'Chiropractic treatment 1x6\nInterferential unit, 30-day rental',
      'Chiropractic treatment: MTUS Chronic Pain Medical Treatment Guidelines, pages 58-60.\nIssue #2: MTUS Chronic Pain Medical Treatment Guidelines, pages 118-120.',
      [['58-60'], ['118-120']],
    ],
    [
      '1. Occupational therapy for the right hand\n2. MRI of the right wrist',
      'First issue: MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99. Second issue: ACOEM Practice Guidelines, Chapter 11, pages 268-269.',
      [['98-99'], ['268-269']],
    ],
  ];
  for (const [issues, guideline, pages] of guidelineCases) {
    assert.deepEqual(parts(issues, guideline, 'Neither is medically necessary.').map((i) => i[1]), pages, guideline);
  }
  assert.deepEqual(datesIn('The injured worker is a 38-year-old assembler who caught the right hand in a press on 08/14/2014.'), ['2014-08-14', null, null]);
  expectReadings(improvementIn, [
    ['In contrast to item 1 above, where the therapy has not helped, the 4 psychotherapy visits produced objective functional improvement.', 'documented'],
    ['Her husband still helps her dress, so the records show nothing she has gained from it.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['Since January she has gone from no work to six hours a day of modified duty.', 'documented'],
    ['Her lifting limit has risen from 10 to 25 pounds.', 'documented'],
  ]);
  assert.deepEqual(completedValues('Acupuncture: 8 sessions in 2/2015 and 3/2015; the acupuncturist recorded pain of 6/10.'), [8]);
  assert.deepEqual(
    findCitations(paragraph('MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 78, On-Going Management; 93-94, Tramadol (Ultram).')).map((c) => c.pages),
    [[78, 93, 94]],
  );
  // A total whose breakdown names two therapies is neither's; the CBT's own count is.
  const cbt = REVIEW(
    '1. Cognitive behavioral therapy, 4 sessions',
    'The billing summary lists 14 visits there: 6 sessions of cognitive behavioral therapy and 8 sessions of EMG biofeedback. Not medically necessary.',
  );
  assert.equal(parseLetter(cbt)!.items[0].completedSessions?.value, 6);
  // Continued drugs told in a summary that calls another drug new, and in a history's "Drug: taken since" entry.
  const summary = (text: string) =>
    parseLetter(
      REVIEW('1. Celecoxib 200mg #30\n2. Diclofenac sodium 1.5% topical solution 150ml\n3. Tramadol ER 100mg #30\n4. Trazodone 50mg #30', 'None is medically necessary.').replace(
        'The injured worker is a 39-year-old female.',
        `The injured worker is a 39-year-old female. ${text}`,
      ),
    )!;
  const codesOf = (letter: ParsedLetter) => analyzeLetter(letter).filter((f) => f.code === 'missing-functional-improvement').length;
  assert.equal(codesOf(summary('He has taken celecoxib since 03/2017 and has applied diclofenac 1.5% solution to the low back since 06/2017. Tramadol ER: taken since 6/2014. Trazodone was prescribed on 04/02/2018; he has not taken it before.')), 3);
});

test('rounds 228 to 243: quoted reasons of utilization review rebutted; gains from what she could not do; supplies for a unit in use; counts summed over parts, modes and kinds; guideline sentences labelled with an item name', () => {
  expectReadings(improvementIn, [
    ['The utilization review denied this medication because "no functional improvement was documented." That is not what the records show.', 'not-addressed'],
    ['The utilization reviewer non-certified the rental, writing that "there is no evidence of functional improvement." Neither point is borne out.', 'not-addressed'],
    ['Ongoing use of TENS supplies requires evidence that the unit itself is improving function, and that is missing here.', 'not-documented'],
    ['Saying a device helps is not the same as showing what it lets him do.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['She has gone from being unable to walk her dog to walking two blocks.', 'documented'],
    ['He has returned to overhead work on the lifts, which he could not do in June.', 'documented'],
    ['He completed eight sessions, with lumbar flexion improving from 40 to 70 degrees and a return to full duty.', 'documented'],
    ['He hopes for a return to full duty.', 'not-addressed'],
  ]);
  expectReadings((service: string) => classifyService(service), [
    ['Replacement TENS electrodes x 12 months', { category: 'DME', sessionBased: false }],
    ['Right total knee replacement', { category: 'surgery', sessionBased: false }],
    ['One follow-up office visit with a physical medicine and rehabilitation specialist', { category: 'other', sessionBased: false }],
  ]);
  expectReadings((service: string) => isContinuedTreatment(service, classifyService(service).category, []), [
    ['TENS unit supplies (electrodes and batteries) x 3 months', true],
    ['Replacement TENS electrodes x 12 months', true],
    ['TENS unit: 30-day home trial (rental) with electrodes and batteries', false],
  ]);
  assert.deepEqual(datesIn('On 3/8/16 Utilization Review certified neither request.'), [null, '2016-03-08', null]);
  assert.deepEqual(completedValues('He has completed 4 sessions, and the 6 sessions now requested would bring the total to 10.'), [4]);
  // A total over group and individual sessions is neither's; the rationale's shares are.
  assert.deepEqual(
    completedInReview(
      '1. Individual psychotherapy 1 time a week for 6 weeks\n2. Group psychotherapy 6 sessions',
      'Treatment has included eight individual sessions and twelve sessions of a pain-coping group. In all he has attended 20 psychological visits.',
      'Of the 20 visits in the record, only 8 were individual psychotherapy; the other 12 were group sessions. Neither is medically necessary.',
    ),
    [8, 12],
  );
  // A total over two parts of the body is the count of an item for both.
  assert.deepEqual(
    completedInReview(
      '1. Massage therapy 1 time a week for 6 weeks for the cervical and lumbar spine\n2. Tramadol 50mg #90',
      'She has already had eight massage sessions, four for the neck and four for the low back.',
      'Neither is medically necessary.',
    ),
    [8, null],
  );
  assert.deepEqual(
    guidelinePagesIn(
      '1. Occupational therapy 2 times a week for 3 weeks\n2. Lidoderm 5% patches #30',
      'Occupational therapy - MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99. Lidoderm patches - MTUS Chronic Pain Medical Treatment Guidelines, Lidoderm (lidocaine patch), pages 56-57.',
    ),
    [['98-99'], ['56-57']],
  );
  assert.deepEqual(
    guidelinePagesIn(
      '1. Aquatic therapy x8, lumbar spine\n2. Gym membership for 6 months',
      'Aquatic therapy: MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, page 22, and Physical Medicine, pages 98-99. Gym membership: Official Disability Guidelines (ODG), Low Back Chapter, Gym memberships.',
    ),
    [['22-98-99'], ['']],
  );
});

test('rounds 244 to 251: totals broken down by part of the body, by group and individual sessions or by kind, or split in the next sentence; counts given by providers and summed; a shared rationale about a functional restoration program; gains and their counterfeits', () => {
  const cases: [issues: string, summary: string, rationale: string, completed: (number | null)[]][] = [
    [
      '1. Physical therapy 2 times a week for 4 weeks for the cervical spine\n2. Physical therapy 2 times a week for 3 weeks for the lumbar spine',
      'The therapy records list fourteen (14) visits in total: ten (10) were for the cervical spine, and four (4) were for the lumbar spine.',
      'Neither is medically necessary.',
      [10, 4],
    ],
    [
      '1. Group psychotherapy x12\n2. Individual psychotherapy x6',
      "She has had eighteen (18) psychological treatment sessions at the same practice: fourteen (14) were sessions of the clinic's weekly pain-management group, and four (4) were individual psychotherapy sessions.",
      'Neither is medically necessary.',
      [14, 4],
    ],
    [
      '1. Occupational therapy 1-2 times a week for 3-4 weeks, right hand',
      'Between two clinics she has had twenty-one (21) therapy visits: twelve (12) occupational therapy visits for the right hand and wrist at a hand therapy clinic, and nine (9) physical therapy visits for the right shoulder.',
      'It is not medically necessary.',
      [12],
    ],
    [
      '1. Massage therapy, four (4) sessions, lumbar spine',
      'He has had seven massage therapy sessions in all at one clinic: five for the left shoulder, in 2013, and two for the lumbar spine, in 04/2014.',
      'It is not medically necessary.',
      [2],
    ],
    [
      '1. Chiropractic treatment 2 times a week for 4 weeks for the lumbar spine\n2. Ibuprofen 800mg #90',
      'The chiropractic billing summary lists 18 visits from 02/2012 through 07/2013. Ten (10) of them, in 2012, were for the lumbar spine; the other eight (8), in 2013, treated the cervical spine.',
      'Neither is medically necessary.',
      [10, null],
    ],
    [
      '1. Chiropractic manipulation x6, lumbar spine',
      'The first chiropractor provided 8 manipulation visits to the lumbar spine. After she moved, a second chiropractor provided 6 further lumbar visits.',
      'Together they come to 14 lumbar manipulation visits. It is not medically necessary.',
      [14],
    ],
  ];
  for (const [issues, summary, rationale, completed] of cases) assert.deepEqual(completedInReview(issues, summary, rationale), completed, summary);
  // "Functional" names no treatment: the sentence about the patches' improvement is the patches' alone.
  assert.deepEqual(
    improvementsOf(
      '1. Functional restoration program, 10 additional days\n2. Lidoderm patches 5% #60',
      'Functional restoration program: Her lifting, walking tolerance and independence from the cane are objective functional improvement. The program is medically necessary. Lidoderm patches - Continued use requires evidence of benefit. There is no documentation of functional improvement from the patches she has used since 2014. They are not medically necessary.',
    ),
    ['documented', 'not-documented'],
  );
  expectReadings(improvementIn, [
    ['The lack of a prior TENS trial, not any lack of functional improvement, is the reason for this decision.', 'documented'],
    ['She is more comfortable after each session. That is comfort, not function.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['The report gives objective measures: his lifting more than doubled, his sitting tolerance tripled.', 'documented'],
    ['His pain more than doubled.', 'not-addressed'],
  ]);
});

test('improvement "documented for" no named treatment ("this medication", a number at a line break) is read as documented, not a failed parse', () => {
  for (const rationale of [
    'Functional improvement is therefore documented for this medication. Neither is medically necessary.',
    'Functional improvement is therefore documented for\n3. Norco. Neither is medically necessary.',
  ]) {
    assert.deepEqual(improvementsOf('1. Aquatic therapy x4\n2. Norco 10/325mg #90', rationale), ['documented', 'documented'], rationale);
  }
});

test('rounds 252 to 259: shared parts opened "The first and second issues:", "Issues #1-#3:" or "A –"; a conclusion in a sentence opened with another issue; group sessions beside an individual therapy; counts and gains in plain words', () => {
  assert.deepEqual(
    completedInReview(
      '1. Individual cognitive behavioral therapy x4\n2. Zolpidem 10mg #30',
      'Since 03/2013 he has attended sixteen (16) sessions at a pain psychology program. Ten of them were group education classes on pacing. The other six (6) were individual cognitive behavioral therapy sessions.',
    ),
    [6, null],
  );
  assert.deepEqual(
    completedInReview(
      '1. Aquatic therapy 2x3 for the lumbar spine\n2. Land-based physical therapy x2 for the lumbar spine',
      'Ten (10) were aquatic therapy sessions at a community pool. The remaining 8 were land-based physical therapy at the clinic, begun in 07/2014.',
    ),
    [null, 8],
  );
  assert.deepEqual(
    completedInReview(
      '1. Cognitive behavioral therapy x6\n2. Group psychotherapy, 6 sessions',
      'She attended 8 group psychotherapy sessions in 2014. She completed 4 sessions of cognitive behavioral therapy in 2015.',
    ),
    [4, 8],
  );
  assert.deepEqual(
    findCitations(paragraph('Per the MTUS Chronic Pain Guidelines, pages 98-99, 9-10 visits are supported.')).map((c) => c.pages),
    [[98, 99]],
  );
  assert.deepEqual(
    guidelinePagesIn(
      '1. Physical therapy 2x3\n2. Tramadol ER 150 mg #30\n3. Urine drug screen',
      'The first and second issues: The MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, and Opioids, pages 74-96.\nThe third issue: The MTUS Chronic Pain Medical Treatment Guidelines, Drug testing, page 43.',
    ),
    [['98-99-74-96'], ['98-99-74-96'], ['43']],
  );
  assert.deepEqual(
    guidelinePagesIn(
      '#1 Norco 10/325mg #90\n#2 Naproxen 550mg #60\n#3 Aquatic therapy x8\n#4 MRI of the lumbar spine',
      'Issues #1-#3: The MTUS Chronic Pain Medical Treatment Guidelines, pages 74-96, 67-73 and 98-99.\nIssue #4: ACOEM Practice Guidelines, Chapter 12, pages 303-304.',
    ),
    [['74-96-67-73-98-99'], ['74-96-67-73-98-99'], ['74-96-67-73-98-99'], ['303-304']],
  );
  assert.deepEqual(
    parseLetter(REVIEW('A \u2013 Cognitive behavioral therapy x6\nB \u2013 Sertraline 100 mg #30', 'Neither is medically necessary.'))!.items.map((i) => i.service),
    ['Cognitive behavioral therapy x6', 'Sertraline 100 mg #30'],
  );
  assert.deepEqual(
    parseLetter(
      REVIEW(
        'Issue 1: Functional restoration program, 10 additional days\nIssue 2: Psychological evaluation',
        'Issues 1 and 2: As to the program, his lifting rose from 10 to 30 pounds. The functional restoration program, 10 additional days, is medically necessary. As to the evaluation, the guidelines support a psychological evaluation before a program, and he had a full one on admission, so a second is not needed. The psychological evaluation is not medically necessary.',
      ),
    )!.items.map((i) => i.decision),
    ['Overturned', 'Upheld'],
  );
  expectReadings(improvementIn, [
    ['The guidelines allow further visits only with evidence of objective functional improvement, none is documented, and twelve more would exceed the limit.', 'not-documented'],
    ['They support it only with documented functional improvement, and the 4 sessions he has completed produced none.', 'not-documented'],
    ['None of his improvement can be laid to the OxyContin.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['Tramadol ER lowers his pain from 8/10 to 4/10, allowed him to stop Norco and lets him work full shifts.', 'documented'],
    ['It has not allowed him to stop Norco.', 'not-addressed'],
    ['On the days he takes it he finishes the floor buffing on his shift, which he cannot do without it.', 'documented'],
    ['He says it helps, but nothing shows what he cannot do without it.', 'not-addressed'],
    ['The two weeks without it show that: he needed a cane and stopped gardening.', 'documented'],
    ['With the medication she does her own grocery shopping, which she could not do when the refill was held for two weeks.', 'documented'],
  ]);
  assert.equal(tellsUseOf(paragraph('He has taken nortriptyline 25mg at night since 10/2013 and Norco 5/325mg, up to two a day, since 2012.'), ['norco']), true);
});

test('rounds 260 to 267: an issue\'s "#1" is no count; a request for two parts of the body, summed; a share of a total for a part; gains and an injury in plain words', () => {
  assert.equal(findRequestedCount('#1  Additional chiropractic treatment for the lumbar spine'), null);
  assert.equal(findRequestedCount('Physical therapy #8')?.value, 8);
  assert.equal(findRequestedCount('Massage therapy, 6 visits for the cervical spine and 6 visits for the lumbar spine')?.value, 12);
  assert.deepEqual(
    parseLetter(
      REVIEW(
        '1. Physical therapy 2 times a week for 2 weeks, left knee',
        'Of the 18 therapy visits in the history, only the 6 physical therapy visits were for the knee; the chiropractic and acupuncture visits treated the low back. It is medically necessary.',
      ),
    )!.items.map((i) => i.completedSessions?.value ?? null),
    [6],
  );
  expectReadings(improvementIn, [['Function improved with the trial. The purchase is medically necessary.', 'documented']]);
  expectReadings(gainsIn, [
    ['A 4-point reduction in pain, tripled walking tolerance and a return to work are documented.', 'documented'],
    ['The goal of the program is a return to work.', 'not-addressed'],
  ]);
  assert.deepEqual(
    datesIn('This 50-year-old data-entry clerk reports neck and upper trapezius pain that began on 02/14/2012 after prolonged keyboard work.'),
    ['2012-02-14', null, null],
  );
});

test('rounds 268 to 275: totals split by kind, mode or part in the next sentence; counts of two therapies together; keys in brackets; quoted utilization review; plain denials', () => {
  assert.deepEqual(
    completedInReview(
      '1. Physical therapy 2x3 for the lumbar spine',
      'She has attended fourteen physical therapy visits since the injury. Eight of them, in 2013, were for the neck, and the other six, in 2014, were for the low back.',
      'It is not medically necessary.',
    ),
    [6],
  );
  // Split by what the total did not name (individual and group sessions); not by the provider of the one therapy it named.
  assert.deepEqual(
    completedInReview(
      '1. Cognitive behavioral therapy, four (4) additional sessions',
      'He has attended ten psychological sessions in all since 11/2013. Four (4) were individual cognitive behavioral therapy sessions with his treating psychologist; the other six were group relaxation-training sessions at a separate pain clinic.',
      'It is medically necessary.',
    ),
    [null],
  );
  assert.deepEqual(
    completedInReview(
      '1. Chiropractic treatment 2 times a week for 4 weeks for the lumbar spine',
      'She has received 18 chiropractic treatments for the low back since the injury. Twelve (12) of them were given by her first chiropractor in 2012, and six (6) by the current treating chiropractor in 2013.',
      'It is not medically necessary.',
    ),
    [18],
  );
  for (const together of ['she had 12 visits of combined acupuncture and chiropractic care at one clinic', 'she had 24 visits of physical therapy and chiropractic care'])
    assert.deepEqual(completedInReview('1. Acupuncture, six (6) sessions\n2. Chiropractic manipulation, six (6) visits', `Between 01/2015 and 05/2015 ${together}.`), [null, null], together);
  assert.deepEqual(
    guidelinePagesIn(
      '(A) Individual psychotherapy, 8 sessions\n(B) Biofeedback, 4 sessions\n(C) Psychiatric follow-up visit\n(D) Sertraline 50 mg #30\n(E) Gym membership',
      '(A) through (C): The MTUS Chronic Pain Medical Treatment Guidelines, page 23, and pages 101-102.\n(D) and (E): Official Disability Guidelines (ODG), Mental Illness & Stress Chapter.',
    ),
    [['23-101-102'], ['23-101-102'], ['23-101-102'], [''], ['']],
  );
  assert.deepEqual(
    guidelinePagesIn(
      'Cognitive behavioral therapy x6\nNorco 10/325 mg #60\nMassage therapy 1x6',
      'First issue - MTUS Chronic Pain Medical Treatment Guidelines, page 23.\nSecond issue - MTUS Chronic Pain Medical Treatment Guidelines, pages 74-96.\nThird issue - MTUS Chronic Pain Medical Treatment Guidelines, page 60.',
    ),
    [['23'], ['74-96'], ['60']],
  );
  // Lettered parts for the first three of five issues: the last two are taken up nowhere.
  assert.deepEqual(
    rationalesIn(
      '(A) Individual psychotherapy, 8 sessions\n(B) Biofeedback, 4 sessions\n(C) Psychiatric follow-up visit\n(D) Sertraline 50 mg #30\n(E) Gym membership',
      '(A) Psychotherapy is not medically necessary.\n(B) Biofeedback is not medically necessary.\n(C) The follow-up visit is medically necessary.',
    ),
    [true, true, true, false, false],
  );
  expectReadings(improvementIn, [
    ['The number of biofeedback sessions already given is not recorded, and no benefit from them is documented.', 'not-documented'],
    ['No response to biofeedback has been documented.', 'not-documented'],
    ['This injured worker cannot tolerate land-based therapy and has shown objective functional improvement after two sessions.', 'documented'],
    ['Issue No. 1 - Tramadol lowers his pain from 8/10 to 4/10 and lets him work full shifts.', 'documented'],
    ['The massage notes describe him as "looser" after each session but record no objective change.', 'not-documented'],
    [
      'The utilization review physician wrote: "There is no documented improvement from the aquatic trial." This reviewer disagrees: her walking tolerance tripled.',
      'not-addressed',
    ],
  ]);
  assert.equal(isContinuedTreatment('H-wave unit, extended rental x 30 days', 'DME', []), true);
  assert.equal(isContinuedTreatment('Tramadol ER (extended-release) 100 mg #30', 'medications', []), false);
  assert.equal(specialtyIn('The reviewer is a board certified specialist in Psychiatry, licensed in California.'), 'Psychiatry');
});

test('rounds 276 to 283: issues opened "Regarding the X:", "Second, the X.", "First:", "#1", "Item Nos. 1 and 2"; the last never taken up; gains and their counterfeits in plain words', () => {
  const rationaleOf = (issues: string, rationale: string) => parseLetter(REVIEW(issues, rationale))!.items.map((i) => lastRationaleSentence(i) ?? null);
  assert.deepEqual(
    rationaleOf(
      '1. Chiropractic manipulation, 6 visits, low back\n2. Acupuncture for the low back\n3. Lumbar epidural steroid injection at L4-L5',
      'Regarding the chiropractic manipulation: six more visits bring him to 18. Chiropractic manipulation is medically necessary. As to the acupuncture, the request states no number of treatments. Acupuncture for the low back is not medically necessary.',
    ),
    ['Chiropractic manipulation is medically necessary.', 'Acupuncture for the low back is not medically necessary.', null],
  );
  // The last issue named in the text is taken up, however its sentence opens.
  assert.deepEqual(
    rationaleOf(
      '1. Cognitive behavioral therapy x6\n2. Sertraline 50 mg #30\n3. Polysomnography',
      'Regarding the cognitive behavioral therapy, six more sessions are within the guideline. Turning to the sertraline, it has restored function. Turning, finally, to the polysomnography, she has had no trial of hypnotics. The therapy and the sertraline are medically necessary. The polysomnography is not medically necessary.',
    ).map((last) => last !== null),
    [true, true, true],
  );
  assert.deepEqual(
    guidelinePagesIn(
      'Cognitive behavioral therapy, six (6) sessions\nBiofeedback, 4 sessions\nPsychiatric consultation',
      'First: MTUS Chronic Pain Medical Treatment Guidelines, page 23.\nSecond: MTUS Chronic Pain Medical Treatment Guidelines, pages 24-25.\nThird: ACOEM Practice Guidelines, Chapter 7, page 127.',
    ),
    [['23'], ['24-25'], ['127']],
  );
  assert.deepEqual(
    rationaleOf(
      'Cognitive behavioral therapy, six (6) sessions\nBiofeedback, 4 sessions\nPsychiatric consultation',
      'First, the cognitive behavioral therapy. Six more sessions bring the total to ten. It is medically necessary. Second, the biofeedback. It shares in the improvement. Biofeedback is medically necessary.',
    ),
    ['It is medically necessary.', 'Biofeedback is medically necessary.', null],
  );
  assert.deepEqual(
    guidelinePagesIn(
      '#1 Physical therapy 3x4 for the cervical spine\n#2 Occupational therapy 2x3 for the right wrist\n#3 Tramadol 50 mg #90',
      '#1 and #2: MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99.\n#3: MTUS Chronic Pain Medical Treatment Guidelines, Tramadol, pages 93-94.',
    ),
    [['98-99'], ['98-99'], ['93-94']],
  );
  assert.deepEqual(
    guidelinePagesIn(
      'Item No. 1: Acupuncture, 6 sessions\nItem No. 2: Cervical pillow\nItem No. 3: Massage therapy 1x6',
      'Item Nos. 1 and 2: The MTUS Acupuncture Medical Treatment Guidelines were applied.\nItem No. 3: MTUS Chronic Pain Medical Treatment Guidelines, Massage therapy, page 60.',
    ),
    [[''], [''], ['60']],
  );
  assert.deepEqual(findCompletedCounts('Two occupational therapy visits for the wrist were authorized in 06/2015.').authorized.map((h) => h.value), [2]);
  expectReadings(improvementIn, [
    ['Those are goals, not results. The dose has not changed in three years.', 'not-documented'],
    ['A pain score by itself does not show that he can do more on the medication than off it.', 'not-documented'],
    ['Nothing in the record says she keys longer, grips harder, or needs less care because of the massage.', 'not-documented'],
    [
      'The guidelines state that a program should not go past 2 weeks without demonstrated efficacy, shown by subjective and objective gains. That is what the program is meant to produce.',
      'documented',
    ],
    ['Pain falls with tramadol, which meets page 78 of the MTUS Chronic Pain Medical Treatment Guidelines and documents functional improvement.', 'documented'],
  ]);
  expectReadings(gainsIn, [['The physician notes that without it he cannot sleep more than two hours or walk his dog.', 'documented']]);
  assert.equal(specialtyIn('The reviewer is a board-certified Physical Medicine and Rehabilitation physician licensed in Arizona.'), 'Physical Medicine and Rehabilitation');
  const naproxen = parseLetter(
    REVIEW('1. Chiropractic treatment, 6 visits\n2. Naproxen sodium 550mg #60', 'Issue #2 - Her physician documents the ability to work full shifts on naproxen. It is medically necessary.').replace(
      'The injured worker is a 39-year-old female.',
      'The injured worker is a 39-year-old female. Naproxen has been used since 2014.',
    ),
  )!.items[1];
  assert.deepEqual([naproxen.continued, naproxen.functionalImprovement.status], [true, 'documented']);
});

test('rounds 284 to 291: issues keyed in words, shared "(1) and (2):" parts with the last never taken up, issues joined by "and an"; conditions answered in the next sentence; "of which" counts', () => {
  assert.deepEqual(
    guidelinePagesIn(
      'Item one: Cognitive behavioral therapy, twelve (12) sessions\nItem two: Functional capacity evaluation\nItem three: Gym membership, six months',
      'Item one: MTUS Chronic Pain Medical Treatment Guidelines, Behavioral interventions, page 23.\nItems two and three: ACOEM Practice Guidelines, Chapter 7, pages 137-138.',
    ),
    [['23'], ['137-138'], ['137-138']],
  );
  assert.deepEqual(
    rationalesIn(
      '(1) Physical therapy for the lumbar spine, 2x3\n(2) Physical therapy for the cervical spine, 2x3\n(3) Ketoprofen 20% cream\n(4) Urine drug screen',
      '(1) and (2): Neither course of therapy has produced objective functional improvement. Both are not medically necessary.\n(3): Ketoprofen is not medically necessary.',
    ),
    [true, true, true, false],
  );
  assert.deepEqual(
    parseLetter(
      REVIEW('The requests in dispute are additional chiropractic treatment for the cervical spine and an MRI of the cervical spine without contrast.', 'Neither is medically necessary.'),
    )!.items.map((i) => i.service),
    ['additional chiropractic treatment for the cervical spine', 'MRI of the cervical spine without contrast'],
  );
  expectReadings(improvementIn, [
    ['The guidelines call for discontinuing opioids when there is no overall improvement in function. None is documented.', 'not-documented'],
    ['The guidelines support continued antiepilepsy drugs when pain relief and function improve. Better sleep and a return to cooking and driving document that.', 'documented'],
    ['The guidelines support continued antiepilepsy drugs when pain relief and function improve. The notes do not document that.', 'not-documented'],
    ['The guidelines support purchase of a TENS unit after a one-month trial that shows how often the unit was used and what it accomplished. Her log does both.', 'documented'],
    ['Utilization review held that there was no documentation of functional improvement with tramadol. That is not correct.', 'not-addressed'],
    ['Nothing in the record shows what the naproxen itself lets her do.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [['On naproxen his pain falls from 7/10 to 3/10 and he works full shifts without restriction.', 'documented']]);
  assert.deepEqual(
    completedInReview(
      '1. Individual psychotherapy, 4 additional sessions\n2. Pain coping skills group, 6 additional sessions',
      'Since 2014 he has been treated with individual cognitive behavioral psychotherapy, of which he has attended six sessions, and a weekly pain coping skills group, of which he has attended twelve sessions.',
    ),
    [6, 12],
  );
});

test('rounds 292 to 299: counts "documented" or given as "a trial of 6"; labelled and run-keyed parts with an issue never taken up; conditions named unmet; gains credited, denied and told in plain words', () => {
  const done = (text: string) => findCompletedCounts(text).completed.map((h) => h.value);
  assert.deepEqual(done('Eighteen (18) chiropractic visits for the low back are documented.'), [18]);
  assert.deepEqual(done('6 sessions were documented as cancelled.'), []);
  assert.deepEqual(done('A trial of 6 chiropractic visits was completed in 11/2015 and 12/2015.'), [6]);
  assert.deepEqual(done('Utilization review previously authorized 8 aquatic therapy sessions, of which she attended 6 in 08/2015 and 09/2015.'), [6]);
  // Labelled parts for the first two of three issues, the third named nowhere in the section: it is never taken up.
  assert.deepEqual(
    rationalesIn(
      '1. Acupuncture 2x3, lumbar spine\n2. Chiropractic treatment 2 times a week for 6 weeks\n3. Lumbar support brace',
      'Acupuncture: After 6 treatments he stopped tramadol. Acupuncture is medically necessary.\nChiropractic treatment: He has had 8 visits. It is not medically necessary.',
    ),
    [true, true, false],
  );
  // "(a) through (c):" and "(d):" key every issue, in order; a run shares its part.
  assert.deepEqual(
    guidelinePagesIn(
      '(a) Cognitive behavioral therapy x6\n(b) Biofeedback, six (6) sessions\n(c) Group psychotherapy, 8 sessions\n(d) Zolpidem 10 mg #30',
      '(a) through (c): The MTUS Chronic Pain Medical Treatment Guidelines, Behavioral interventions, page 23.\n(d): Official Disability Guidelines (ODG), Mental Illness & Stress Chapter.',
    ),
    [['23'], ['23'], ['23'], ['']],
  );
  expectReadings(improvementIn, [
    [
      'The guidelines allow up to 18 visits with evidence of objective functional improvement. Care beyond the trial is therefore conditioned on the trial having worked. That condition is not satisfied here.',
      'not-documented',
    ],
    ['Her gains in sitting, lifting and walking without a cane are objective functional improvement.', 'documented'],
    ['The definition of functional improvement in 8 CCR 9792.20(f) was applied to every request.', 'not-addressed'],
    ['Nothing he now does is attributed to tizanidine.', 'not-documented'],
    ['The return to work came before the cream was started. No gain has been reported.', 'not-documented'],
    ['The gains she has made are owed to the duloxetine, and nothing in the record shows anything the patches have let her do.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['With Norco she works full shifts on modified duty and walks her dog for 30 minutes.', 'documented'],
    ['Since it was resumed she went back to work as a bookkeeper four hours a day.', 'documented'],
    ['His floor-to-waist lift went from 10 to 30 pounds.', 'documented'],
  ]);
  assert.equal(isContinuedTreatment('Ketoprofen 20% cream 120gm', 'medications', [paragraph('He has rubbed the cream on his low back twice a day for a year.')]), true);
});

test('rounds 300 to 307: labels glossed "Issue 3 (sertraline):" or leaving issues out; issues listed on the heading\'s line; counts "with two providers", "has had four of them", "Four of those sessions were", "those sixteen visits"; gains credited, denied and told in plain words', () => {
  assert.deepEqual(
    rationalesIn(
      '1. Individual psychotherapy, 6 sessions\n2. Biofeedback, 6 sessions\n3. Sertraline 50 mg #30\n4. Psychological testing\n5. Polysomnography',
      'Issues 1 and 2 (psychotherapy and biofeedback): Neither is medically necessary.\nIssue 3 (sertraline): She works again. Sertraline 50 mg #30 is medically necessary.',
    ),
    [true, true, true, false, false],
  );
  assert.deepEqual(
    rationalesIn(
      'Request #1: Cognitive behavioral therapy, 10 sessions\nRequest #2: Duloxetine 60 mg #30\nRequest #3: Acupuncture x6\nRequest #4: Psychiatric consultation',
      'Request #1: She has attended 6 sessions. It is not medically necessary.\nRequest #3: After six sessions she walks again. Acupuncture x6 is medically necessary.',
    ),
    [true, false, true, false],
  );
  const listedOnHeadingLine = REVIEW('', 'Both are medically necessary.').replace('ISSUE AT DISPUTE:\n\n', 'ISSUE AT DISPUTE: 1) Aquatic therapy, eight (8) visits; 2) Gym membership, 6 months\n');
  assert.deepEqual(
    parseLetter(listedOnHeadingLine)!.items.map((i) => i.service),
    ['Aquatic therapy, eight (8) visits', 'Gym membership, 6 months'],
  );
  assert.deepEqual(completedInReview('1. Physical therapy 3 x 4, lumbar spine\n2. Lumbar brace', 'He has attended 18 visits with two providers.'), [18, null]);
  assert.deepEqual(completedInReview('1. Physical therapy 3 x 4, lumbar spine\n2. Acupuncture x6', 'She has had 12 visits with her two providers.'), [null, null]);
  assert.deepEqual(
    completedInReview(
      '1. Group psychotherapy, 12 sessions\n2. Individual psychotherapy 1 time per week for 6 weeks',
      'He has attended twelve sessions of a weekly pain-coping group since 04/2013. Separately, he began individual sessions with a psychologist in 08/2013 and has had four of them.',
    ),
    [12, 4],
  );
  assert.deepEqual(
    completedInReview(
      '1. Cognitive behavioral therapy, 4 additional sessions\n2. Biofeedback, 6 sessions',
      'Since 01/2015 he has seen a pain psychologist for ten sessions in all. Four of those sessions were biofeedback training, and the other six were cognitive behavioral therapy.',
    ),
    [6, 4],
  );
  assert.deepEqual(
    completedInReview(
      '1. Aquatic therapy 2 times a week for 4 weeks\n2. Lumbar support',
      'She had physical therapy at two clinics.',
      'The sixteen physical therapy visits are not broken down by type, and the records do not say how many were aquatic sessions. After those sixteen visits her walking is unchanged. Neither is medically necessary.',
    ),
    [null, null],
  );
  assert.equal(specialtyIn('The reviewer is a Doctor of Chiropractic, licensed in California, with a specialty in Chiropractic and more than 15 years of clinical practice.'), 'Chiropractic');
  assert.deepEqual(citationPages('TENS, pages 114-116 of the same MTUS Chronic Pain Medical Treatment Guidelines, calls for a one-month home trial.'), ['MTUS Chronic Pain:114,116']);
  expectImprovements(
    '1. Chiropractic manipulation 2x3, lumbar spine\n2. Physical therapy, 6 visits, lumbar spine',
    'He has completed 14 chiropractic visits and 14 physical therapy visits. His Oswestry score is unchanged, and there is no documentation of functional improvement from either therapy. Neither is medically necessary.',
    ['not-documented', 'not-documented'],
  );
  // In a part two issues of three share, a sentence of "Neither course" after the second's opener is both issues'.
  const shared = improvementsOf(
    '1. Individual psychotherapy, 6 sessions\n2. Biofeedback, 6 sessions\n3. Sertraline 50 mg #30',
    'Issues 1 and 2: As to the psychotherapy, page 23 allows up to 10 visits. As to the biofeedback, pages 24-25 support it only with therapy. Neither course has produced documented functional improvement. Neither is medically necessary.\nIssue 3: Sertraline 50 mg #30 is medically necessary.',
  );
  assert.deepEqual(shared.slice(0, 2), ['not-documented', 'not-documented']);
  expectReadings(improvementIn, [
    ['It has not improved her sleep or anything she does by day.', 'not-documented'],
    ['That he likes them is all that is said, and none are tied to the patch.', 'not-documented'],
    ['The records give no function that tramadol itself restored.', 'not-documented'],
    ['Nothing in the records shows what amitriptyline adds.', 'not-documented'],
    ['The six sessions are recorded only as relaxation ratings, and no gain in her activities from them is recorded.', 'not-documented'],
    ['Those describe how he took part, not what he gained.', 'not-documented'],
    ['The goals for the next two weeks are targets, not results.', 'not-documented'],
  ]);
  expectReadings(gainsIn, [
    ['On celecoxib he walks his whole route; the two weeks without it cut him to half a route and took him off walking duty.', 'documented'],
    ['With the medication she does her own laundry; a week without it in April left her in bed.', 'documented'],
    ['She has attended 4 sessions with clear gains: her depression scores fell and she has resumed driving and shopping for her family.', 'documented'],
  ]);
  assert.equal(isContinuedTreatment('Tramadol ER 150 mg #30', 'medications', [paragraph('Since the switch from Norco he works full ten-hour shifts.')]), true);
});

test('rounds 308 to 315: issues listed "First issue:" or asked "Whether the following are medically necessary:"; parts "Issues #3-#5:"; a last issue named only by a word such as "home"; gains credited "by her psychologist to"; function unchanged in plain words', () => {
  assert.deepEqual(
    parseLetter(REVIEW('First issue: Acupuncture, 6 additional sessions\nSecond issue: Chiropractic manipulation 2 times a week for 3 weeks\nThird issue: Lumbosacral orthosis', 'None is medically necessary.'))!.items.map((i) => i.service),
    ['Acupuncture, 6 additional sessions', 'Chiropractic manipulation 2 times a week for 3 weeks', 'Lumbosacral orthosis'],
  );
  assert.deepEqual(
    parseLetter(REVIEW('Whether the following are medically necessary: biofeedback, 6 sessions; hydrocodone/APAP 10/325mg #90; and lumbar epidural steroid injection at L4-L5.', 'None is medically necessary.'))!.items.map((i) => i.service),
    ['biofeedback, 6 sessions', 'hydrocodone/APAP 10/325mg #90', 'lumbar epidural steroid injection at L4-L5'],
  );
  assert.deepEqual(
    guidelinePagesIn(
      'Issue #1: Norco 10/325mg #90\nIssue #2: Urine drug screen\nIssue #3: Toradol 60mg injection\nIssue #4: Aquatic therapy x8\nIssue #5: Follow-up visit',
      'Issues #1 and #2: MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pages 76-80.\nIssues #3-#5: MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, page 22.',
    ),
    [['76-80'], ['76-80'], ['22'], ['22'], ['22']],
  );
  // "home exercise" does not take up the "30-day home trial": the TENS unit is never discussed.
  assert.deepEqual(
    rationalesIn(
      '#1  Occupational therapy, 8 visits, left hand\n#2  Cyclobenzaprine 10mg #30\n#3  TENS unit, 30-day home trial',
      'For the occupational therapy, 8 more visits are not supported; he should go on with a home exercise program. It is not medically necessary.\n\nFor the cyclobenzaprine, it is second-line. Cyclobenzaprine 10mg #30 is not medically necessary.',
    ),
    [true, true, false],
  );
  expectImprovements(
    '1. Individual psychotherapy x6\n2. Gabapentin 600 mg #90',
    'For the psychotherapy, after three visits she drives again and has gone back to choir. Psychotherapy is medically necessary.\n\nFor the gabapentin, the pain notes say nothing about anything she does differently on it; the gains in driving, choir and work are credited by her psychologist to psychotherapy. Gabapentin is not medically necessary.',
    ['documented', 'not-documented'],
  );
  expectReadings(improvementIn, [
    ['Her lifting limit and her four-hour shifts are unchanged since before the first adjustment.', 'not-documented'],
    ['Her lift test and sitting tolerance did not move, she is still off work.', 'not-documented'],
    ['She is still off work, so the record shows no progress toward any of the goals.', 'not-documented'],
    ['Grip has not been retested, and no daily task is described as easier.', 'not-documented'],
    ['A plan to achieve functional improvement is not evidence that any has been achieved.', 'not-documented'],
    ['A goal is what the therapist hopes for and a plan is what she intends to do; neither is a result.', 'not-documented'],
    ['The gain the guideline asks for before further visits is therefore not shown.', 'not-documented'],
    ['Nothing in the records shows that she functions better because of duloxetine.', 'not-documented'],
    ['He says they feel soothing, and no note says he can do anything with them that he could not do before.', 'not-documented'],
    ['After several years his pain remains 8/10 and his function is poor.', 'not-documented'],
    ['Treatments may be extended if functional improvement is documented. The records show that acupuncture has been given in the past.', 'not-addressed'],
  ]);
});

test('rounds 316 to 323: a statement quoted whole is no conclusion; a conclusion a page break parts from its sentences; requests parted by semicolons; a drug "started" months before; goals are no gains; "not the same as doing better"; "He has improved, but"', () => {
  assert.equal(
    findConclusion(paragraph('Biofeedback six sessions is not medically necessary. The appeal letter closes with the statement that "continued biofeedback is medically necessary to consolidate her gains"; this reviewer cannot agree.'))?.necessary,
    false,
  );
  assert.equal(findConclusion(paragraph('The request for tramadol ER 100mg #30 is "medically necessary."'))?.necessary, true);
  // The conclusion on a page of its own: sentences opened with each item's name still cut the section.
  expectImprovements(
    '1. Duloxetine 60mg #30\n2. Lidocaine 5% patch #30',
    'For the duloxetine, page 15 supports it. Since starting it he sleeps more and coaches again, and they came with the duloxetine. Duloxetine 60mg #30 is medically necessary.\nFor the lidocaine patch, pages 56-57 support it only for neuropathic pain. The gains are credited above to the duloxetine, and none are tied to the patch.\n\nLidocaine 5% patch #30 is not medically necessary.',
    ['documented', 'not-documented'],
  );
  assert.deepEqual(
    parseLetter(REVIEW('Psychotherapy x 8 sessions; Biofeedback x 6 sessions', 'Neither is medically necessary.'))!.items.map((i) => i.service),
    ['Psychotherapy x 8 sessions', 'Biofeedback x 6 sessions'],
  );
  assert.equal(isContinuedTreatment('Lidoderm 5% patches #30', 'medications', [paragraph('The return to regular duty came five months after the patches were started.')]), true);
  expectReadings(gainsIn, [['The treatment goals listed are a return to part-time work, driving again and fewer crying spells.', 'not-addressed']]);
  expectReadings(improvementIn, [
    ['Tolerating therapy and setting goals is not the same as doing better in daily life.', 'not-documented'],
    ['She is still off work, and no such change has been documented.', 'not-documented'],
    ['He has improved, but he has already had 12 visits, and up to 8 more would make 20.', 'documented'],
    ['Nothing has changed since the 04/12/2017 MRI except that she has improved, and no surgery is planned.', 'not-addressed'],
  ]);
});

test('rounds 324 to 331: issues taken up by place or label with others passed over; a discussion before the first issue is every issue\'s; no improvement "from" another issue; shares told by provider; "all completed"; a member ID "as"; "has not improved"', () => {
  // "The first issue ... The second issue ..." of four, the third and fourth named nowhere: never taken up.
  const placed = REVIEW(
    '1. Physical therapy, 6 visits\n2. Synvisc injection\n3. Massage therapy, 6 sessions\n4. Hinged knee brace',
    'The Chronic Pain Medical Treatment Guidelines, pages 98-99, call for fading of treatment frequency. The first issue is physical therapy. It is not medically necessary. The second issue is the Synvisc injection. For the Synvisc injection, the ODG recommends it. The Synvisc injection is medically necessary.',
  );
  const letter = parseLetter(placed)!;
  assert.deepEqual(letter.items.map((i) => i.parts.some((p) => p.kind === 'rationale')), [true, true, false, false]);
  assert.deepEqual(letter.items.map((i) => i.decision), ['Upheld', 'Overturned', 'Upheld', 'Upheld']);
  // The discussion before the first issue's part gives its citation to each issue taken up.
  const discussed = parseLetter(
    REVIEW(
      '1. Physical therapy, 6 visits\n2. Synvisc injection',
      'The Chronic Pain Medical Treatment Guidelines, pages 98-99, call for fading of treatment frequency. The first issue is physical therapy. It is not medically necessary. The second issue is the Synvisc injection. For the Synvisc injection, the ODG recommends it. The Synvisc injection is medically necessary.',
    ),
  )!;
  assert.deepEqual(discussed.items.map((i) => i.citations.map((c) => c.pages.join('-'))), [['98-99'], ['98-99', '']]);
  // Labels of the first and third issues, the second named nowhere: never taken up.
  assert.deepEqual(
    rationalesIn('1. Functional restoration program, 10 additional days\n2. Psychotherapy, 6 sessions\n3. Omeprazole 20 mg #60', 'Under 8 CCR 9792.20(e), functional improvement is defined.\nFunctional restoration program: the program is not medically necessary.\nOmeprazole: he is at low risk. Omeprazole is not medically necessary.'),
    [true, false, true],
  );
  // A finding of no improvement "from" one issue, in a part issues share, is not another's.
  expectImprovements(
    '1. Acupuncture, 6 sessions\n2. Occupational therapy 2x6\n3. Right wrist brace',
    'For the acupuncture, after his 3 acupuncture sessions his grip strength rose from 18 kg to 30 kg and he returned to full duty, which is objective functional improvement. Acupuncture is medically necessary. The Chronic Pain Medical Treatment Guidelines, pages 98-99, support 8-10 visits. There is no documentation of functional improvement from the 8 occupational therapy visits; the grip gains were recorded only after the acupuncture. Occupational therapy is not medically necessary. As to the wrist brace, the ACOEM guidelines support it. The brace is medically necessary.',
    ['documented', 'not-documented', 'not-addressed'],
  );
  // Shares of the one therapy a total names, told by who gave them: the total is the therapy's.
  assert.deepEqual(
    completedInReview('1. Chiropractic treatment 1-2 times a week for 4-6 weeks\n2. EMG of the upper extremities', 'He has had eighteen chiropractic visits since the injury: twelve with his first chiropractor in 2012, and six with a second chiropractor.'),
    [18, null],
  );
  assert.deepEqual(completedValues('Treatment to date has included Norco 10/325mg, taken since 02/2014, and an initial trial of 6 chiropractic visits, all completed in 05/2014 and 06/2014.'), [6]);
  assert.deepEqual(findIdentifiers(linesOf('The file lists his health plan member ID as BSC-88204417-01 for coordination of benefits.').lines).map((f) => f.kind), ['member-id']);
  expectReadings(improvementIn, [['His pain is rated 8/10 at every visit. His function has not improved on this medication.', 'not-documented']]);
});

test('rounds 332 to 339: "First, for the physical therapy:" opens its issue\'s part; an issue named only after another\'s name is not taken up; a count\'s words end at the next count; dated visits "for a total of"; visits that "produced"; a sum with the request is no completed count; "walks 30 minutes daily, up from 10"; "His Norco was tapered"', () => {
  // Ordinal openers with the item's name divide a guideline section and a rationale, the third issue never discussed.
  const ordinal = REVIEW(
    '1. Physical therapy, 2 times a week for 4 weeks\n2. Aquatic therapy, 6 sessions\n3. Corticosteroid injection, right knee',
    'Her weight limits what she can tolerate. First, as to the physical therapy, she attended 2 visits. Physical therapy is not medically necessary. Second, as to the aquatic therapy, she walks farther. Aquatic therapy is medically necessary.',
  );
  assert.deepEqual(parseLetter(ordinal)!.items.map((i) => i.decision), ['Upheld', 'Overturned', 'Upheld']);
  assert.deepEqual(
    guidelinePagesIn(
      '1. Acupuncture, 6 sessions\n2. Tramadol ER 150 mg #30',
      'Functional improvement is defined in 8 CCR 9792.20(f). First, for the acupuncture: MTUS Acupuncture Medical Treatment Guidelines. Second, for the tramadol: MTUS Chronic Pain Medical Treatment Guidelines (2009), Page(s): 78, 93-94.',
    ).map((pages) => pages.filter((p) => p !== '')),
    [[], ['78-93-94']],
  );
  // A label for each issue but the fifth, named only inside the chiropractic care's sentence: never taken up.
  assert.deepEqual(
    rationalesIn(
      '1. Norco 10/325 mg #90\n2. Urine drug screen\n3. Chiropractic treatment, 6 visits\n4. Massage therapy\n5. Acupuncture, 8 sessions',
      'The guidelines were applied to each request.\nNorco 10/325 mg #90:\nNorco is not medically necessary.\nUrine drug screen:\nThe urine drug screen is medically necessary.\nChiropractic treatment:\nChiropractic treatment, unlike the acupuncture that was also requested, is capped at 18 visits. It is not medically necessary.\nMassage therapy:\nMassage therapy is not medically necessary.',
    ),
    [true, true, true, true, false],
  );
  // The low back's 12 visits are not the neck's, though the neck's 4 follow them in the same clause.
  assert.deepEqual(
    completedInReview(
      '1. Chiropractic manipulation, 8 visits for the lumbar spine\n2. Chiropractic manipulation 1 time a week for 4 weeks for the cervical spine',
      "The chiropractor's ledger shows 12 chiropractic visits for the low back and 4 visits for the neck between 06/2014 and 01/2015.",
    ),
    [12, null],
  );
  assert.deepEqual(completedValues('The visit log lists treatment on the following dates: 03/03/2014 03/06/2014 03/10/2014 03/13/2014 03/17/2014 03/20/2014 for a total of six visits.'), [6]);
  assert.deepEqual(completedValues('The six visits in March 2014 produced objective functional improvement.'), [6]);
  assert.deepEqual(completedValues('He has completed 11 visits at two clinics, and the request, taken at its upper bound, is for 12 more, 23 in all.'), [11]);
  expectReadings(gainsIn, [
    ['Since starting the patch he walks 30 minutes daily, up from 10.', 'documented'],
    ['His Norco was tapered from 3 tablets to 1 tablet a day.', 'documented'],
  ]);
});

test('rounds 340 to 347: requests named in passing are not taken up; "Issue 1 - X:" labels; a drug in use "since Butrans replaced Norco", after "the change from", or listed "and naproxen since 2012"; "has not helped him do more"; a rejected premise of no gains; the application form; a record number with a letter; an address cut by a line break', () => {
  assert.deepEqual(
    rationalesIn(
      'Cognitive behavioral therapy, 6 sessions\nBiofeedback, 6 sessions\nPsychological testing\nSertraline 100 mg #30',
      "Issue 1 - Cognitive behavioral therapy:\nHer psychologist's report, which also asks for the psychological testing and the sertraline refill listed above, records that she returned to work. Cognitive behavioral therapy, 6 sessions, is medically necessary.\nIssue 2 - Biofeedback:\nNo goals are stated. Biofeedback, 6 sessions, is not medically necessary.",
    ),
    [true, true, false, false],
  );
  assert.equal(isContinuedTreatment('Butrans 10 mcg/hr patch #4', 'medications', [paragraph('Since Butrans replaced Norco in 06/2015, his Oswestry score has fallen from 52% to 30%.')]), true);
  assert.equal(isContinuedTreatment('Tramadol ER 150 mg #30', 'medications', [paragraph('Since the change from Norco to tramadol ER in 12/2014 she works full shifts.')]), true);
  assert.equal(tellsUseOf(paragraph('Treatment to date has included chiropractic care in 2012, naproxen since 2012 and omeprazole.'), ['naproxen']), true);
  assert.equal(tellsUseOf(paragraph('She has attended 8 acupuncture sessions for the neck since 10/2014.'), ['neck']), false);
  expectReadings(improvementIn, [
    ['He has taken it since 2014, but the reports say plainly that it has not helped him do more.', 'not-documented'],
    ['When he ran out of it for 2 months there was no change in his walking, his work hours or his other medication.', 'not-documented'],
    ["Utilization review's premise that there were no objective gains is not supported: the Oswestry score improved from 44% to 20%.", 'documented'],
  ]);
  assert.equal(parseLetter('APPLICATION FOR INDEPENDENT MEDICAL REVIEW\nDWC Form IMR\nDate of Injury: 02/17/2012\nPART D. DISPUTED MEDICAL TREATMENT\n1. Physical therapy 2 times a week for 4 weeks\nFOR DWC/IMR USE ONLY\nApplication Received: 11/18/2013\nIMR Case Number: CM13-0061948\n'), null);
  assert.deepEqual(findIdentifiers(linesOf('- Pain psychology biofeedback notes, Medical Record No. 0047-2291-B, 04/2015 to 06/2015').lines).map((f) => f.kind), ['medical-record-number']);
  const cut = 'A nurse case manager visited her home at 4410 East Kings Canyon\nRoad, Apt. 12, Fresno, CA 93702 on 09/10/2013.';
  const { lines } = linesOf(cut);
  const address = findIdentifiers(lines).filter((f) => f.kind === 'street-address');
  assert.equal(address.length, 1);
  assert.equal(cut.slice(address[0].span.start, address[0].span.end), '4410 East Kings Canyon\nRoad');
});

test('rounds 348 to 351: a treatment history that "has included Lidoderm patches since 01/2015" tells the drug in use', () => {
  const history = paragraph('Treatment to date has included Lidoderm patches since 01/2015 and 2 aquatic therapy sessions in 04/2015.');
  assert.equal(tellsOngoingUse(history), true);
  assert.equal(tellsUseOf(history, ['lidoderm']), true);
  assert.equal(tellsUseOf(history, ['aquatic']), false);
});

test('rounds 352 to 356: a sentence that lists the issues "(1) ...; and (2) ..." or after "The following items were reviewed:"', () => {
  const listed = (text: string) => {
    const block = paragraph(text);
    return issuesInSentence(block)?.map(([from, to]) => block.text.slice(from, to)) ?? null;
  };
  assert.deepEqual(listed('The two requests in dispute are: (1) Functional restoration program, 10 additional days; and (2) Gabapentin 600 mg #90.'), [
    'Functional restoration program, 10 additional days',
    'Gabapentin 600 mg #90',
  ]);
  assert.deepEqual(listed('The following items were reviewed: Post-operative physical therapy, 12 sessions, left knee; and Hinged knee brace, purchase.'), [
    'Post-operative physical therapy, 12 sessions, left knee',
    'Hinged knee brace, purchase',
  ]);
});

test('rounds 352 to 356: improvement waived for a drug not yet taken is no finding', () => {
  assert.equal(improvementIn('Because this is an initial trial, prior functional improvement from the drug is not a prerequisite.'), 'not-addressed');
});

test('rounds 352 to 356: a drug listed "including Ultram ER since 3/2015", or a cream "dispensed monthly since 10/2014", is in use', () => {
  const history = paragraph('Treatment to date has included 12 sessions of physical therapy, a home exercise program begun in 8/2015, and medications, including Ultram ER since 3/2015.');
  assert.equal(tellsOngoingUse(history), true);
  assert.equal(tellsUseOf(history, ['ultram']), true);
  assert.equal(tellsOngoingUse(paragraph('The cream has been dispensed monthly since 10/2014.')), true);
  assert.equal(tellsOngoingUse(paragraph('There is no record that it has been dispensed; this is its first request.')), false);
});

test('rounds 357 to 361: issues in a table of numbered rows are the service cells, not the header or the other columns', () => {
  const { lines } = linesOf(
    [
      'Item   Requested Treatment                          UR Action',
      '----   ------------------------------------------   -------------',
      '1      Acupuncture 2x3 for the cervical spine       Non-certified',
      '2      Naproxen sodium 550 mg #60                   Non-certified',
      'No.\tService Requested\t\t\t\tBody Part',
    ].join('\n'),
  );
  const rows = issueTable(lines, 0, 4);
  assert.deepEqual(
    rows?.map((r) => lines[r.line].text.slice(r.start - lines[r.line].start, r.end - lines[r.line].start)),
    ['Acupuncture 2x3 for the cervical spine', 'Naproxen sodium 550 mg #60'],
  );
  // Numbered lines under no header row are no table.
  assert.equal(issueTable(lines, 2, 4), null);
});

test('rounds 357 to 361: "At issue are X and Y", or two requests with numbers joined by their only "and", are two issues', () => {
  const listed = (text: string) => {
    const block = paragraph(text);
    return issuesInSentence(block)?.map(([from, to]) => block.text.slice(from, to)) ?? null;
  };
  assert.deepEqual(listed('At issue are cognitive behavioral therapy 1x10 and Lunesta 3 mg #30.'), ['cognitive behavioral therapy 1x10', 'Lunesta 3 mg #30']);
  assert.deepEqual(listed('The treatments in dispute are twelve (12) sessions of aquatic therapy for the lumbar spine and gym membership x 6 months.'), [
    'twelve (12) sessions of aquatic therapy for the lumbar spine',
    'gym membership x 6 months',
  ]);
  assert.equal(listed('The treatments in dispute are a TENS unit and supplies.'), null);
});

test('rounds 357 to 361: improvement denied as "nothing shows that those visits changed her function", or "no such documentation"', () => {
  assert.equal(improvementIn('She attended four of the six visits authorized, and nothing shows that those four visits changed her motion or her function.'), 'not-documented');
  assert.equal(improvementIn('There is no evidence that the prior visits made him any more functional.'), 'not-documented');
  assert.equal(
    improvementIn('The guidelines allow continued use only with documented functional improvement. The notes provide no such documentation, no urine drug screen and no opioid agreement.'),
    'not-documented',
  );
});

test('rounds 357 to 361: counts "treated with" are given, counts "authorized for" are not', () => {
  assert.deepEqual(completedValues('He has been treated with physical therapy, naproxen, tramadol, and six acupuncture visits in November and December 2018.'), [6]);
  assert.deepEqual(completedValues('He was authorized for 6 sessions of cognitive behavioral therapy and has attended 4 sessions to date.'), [4]);
});

test('rounds 357 to 361: "Second, for the aquatic therapy, ..." in a shared guideline section is that issue\'s citation alone', () => {
  const part = paragraph(
    'Both requests were reviewed under the MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99. First, for the physical therapy, the reviewer also considered the ODG Knee & Leg chapter. Second, for the aquatic therapy, the reviewer also relied on the MTUS Chronic Pain Medical Treatment Guidelines, Aquatic therapy, page 22.',
  );
  const pages = (own: string, other: string) => ownOf(part, own, other)?.map((c) => c.pages.join(','));
  assert.deepEqual(pages('Physical therapy, twice weekly for three weeks, right knee', 'Aquatic therapy, six (6) sessions, right knee'), ['98,99', '']);
  assert.deepEqual(pages('Aquatic therapy, six (6) sessions, right knee', 'Physical therapy, twice weekly for three weeks, right knee'), ['98,99', '22']);
});

test('rounds 357 to 361: a label may shorten an issue of three or four words to its initials', () => {
  assert.deepEqual(initialsOf('Cognitive behavioral therapy, ten (10) sessions'), ['cbt']);
  assert.deepEqual(initialsOf('Functional restoration program'), ['frp']);
  assert.deepEqual(initialsOf('Norco 10/325 mg #90'), []);
});

test('rounds 362 to 366: "one to two times a week for four to six weeks" asks for 12', () => {
  assert.equal(findRequestedCount('Physical therapy one to two times a week for four to six weeks for the cervical spine')?.value, 12);
});

test('rounds 362 to 366: a limit a program would go past is no count given', () => {
  assert.deepEqual(completedValues('However, ten further days would bring the total to 22, and no rationale for extending the program beyond 20 days has been provided.'), []);
});

test('rounds 362 to 366: "Lyrica 75 mg twice daily since 2014" tells the drug in use', () => {
  assert.equal(tellsUseOf(paragraph('Medications have included Cymbalta 60 mg daily since 2014 and Lyrica 75 mg twice daily since 2014.'), ['lyrica']), true);
});

test('rounds 362 to 366: a gain\'s own "without a rest" does not deny the gain after it', () => {
  assert.equal(gainsIn('She now manages her stairs without a rest and no longer needs a walker in the home.'), 'documented');
});

test('rounds 372 to 376: "after the forklift struck a loading dock on" dates the injury', () => {
  assert.equal(
    datesIn('The injured worker is a 58-year-old forklift operator who reported low back pain after the forklift struck a loading dock on 04/17/2013.')[0],
    '2013-04-17',
  );
});

test('rounds 372 to 376: "no documentation that her ability to do ... changed" denies improvement', () => {
  assert.equal(
    improvementIn('There is no documentation that her ability to do household chores, sit at the computer, or tolerate her modified duty changed after either injection.'),
    'not-documented',
  );
});

test('rounds 372 to 376: a medication "newly prescribed" is new, whatever the rationale says of long-term use', () => {
  assert.equal(callsNew(paragraph('Temazepam was newly prescribed on 4/2/2014 with refills, and the request does not describe a short course.')), true);
  assert.equal(
    isContinuedTreatment('Temazepam 15mg #30', 'medications', [
      paragraph('The guidelines do not recommend benzodiazepines for long-term use. Temazepam was newly prescribed on 4/2/2014 with refills.'),
    ]),
    false,
  );
});

test('rounds 377 to 381: a rationale that calls the issues "the PT", "the NCV/EMG" decides each by its short name', () => {
  const rationale = paragraph(
    'With respect to the TENS, a one-month trial is supported. The TENS rental for 30 days is medically necessary. With respect to the PT, he has already attended 8 visits without gains. The PT is not medically necessary. The NCV/EMG is medically necessary.',
  );
  const services = ['Transcutaneous electrical nerve stimulation unit, 30-day trial rental', 'Physical therapy, twelve (12) visits, cervical spine', 'Electromyography and nerve conduction studies of the upper extremities'];
  const necessary = (k: number) => conclusionNaming(rationale, services[k], services.filter((_, j) => j !== k))?.necessary;
  assert.deepEqual([0, 1, 2].map(necessary), [true, false, true]);
});

test('rounds 377 to 381: a short name is a whole word, and in a text that spells its treatment out names it only in an opener', () => {
  assert.equal(mentions('the pt is not medically necessary', 'pt'), true);
  assert.equal(mentions('the request was accepted', 'pt'), false);
  const words = namingWordsApart('Biofeedback, 6 sessions', ['Cognitive behavioral therapy, 6 additional sessions'])!;
  const about = (text: string) => sentencesAbout(paragraph(text), words).own.length > 0;
  // The CBT named in passing, where the text says "cognitive behavioral therapy": the sentence is the biofeedback's.
  assert.equal(about('The cognitive behavioral therapy has helped. The biofeedback, given alongside the CBT, shows no functional change.'), true);
  // A text that never spells it out: "the CBT" names the other issue, so the sentence is not the biofeedback's alone.
  assert.equal(about('The CBT has helped. The biofeedback, given alongside the CBT, shows no functional change.'), false);
});

test('rounds 377 to 381: "For the OT," in a shared guideline section keeps its citation to the occupational therapy', () => {
  const part = paragraph('For the OT, the MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99. For the EMG/NCV, ACOEM Practice Guidelines, 2nd Edition (2004), Chapter 12, page 303.');
  const pages = (own: string, other: string) => ownOf(part, own, other)?.map((c) => c.pages.join(','));
  assert.deepEqual(pages('Additional occupational therapy, right shoulder', 'EMG/NCV of the bilateral lower extremities'), ['98,99']);
  assert.deepEqual(pages('EMG/NCV of the bilateral lower extremities', 'Additional occupational therapy, right shoulder'), ['303']);
});

test('rounds 377 to 381: "Since tramadol ER was started", and a list "all of which he has taken since 2011", tell drugs in use', () => {
  assert.equal(tellsOngoingUse(paragraph('Since tramadol ER was started the patient has returned to full duty as a warehouse lead.')), true);
  assert.equal(tellsUseOf(paragraph('Treatment has included medications including tramadol ER, gabapentin and naproxen, all of which he has taken since 2011.'), ['gabapentin']), true);
});

test('rounds 377 to 381: what a service goes beside is not its kind', () => {
  const service = 'Massage therapy x6 for the thoracic and lumbar paraspinal muscles as an adjunct to the requested chiropractic care';
  assert.notEqual(classifyService(service).category, 'chiropractic');
  assert.deepEqual(nearCount(ownRequest(service)).kinds, nearCount('Massage therapy x6').kinds);
});

test('rounds 377 to 381: a cumulative trauma told "from 01-01-2008 through 05-31-2014" is dated by its end', () => {
  assert.equal(datesIn('She sustained a cumulative trauma injury to her neck and upper back from 01-01-2008 through 05-31-2014.')[0], '2014-05-31');
});

test('rounds 377 to 381: "Over these six visits" after a flow sheet is six given', () => {
  assert.deepEqual(completedValues('Over these six visits the Neck Disability Index improved from 44% to 24%.'), [6]);
});

test('rounds 382 to 386: a rationale that calls drugs by their class decides each, names joined sharing their clause', () => {
  const rationale = paragraph('Accordingly, the opioid and the muscle relaxant are not medically necessary, while the anti-inflammatory is medically necessary.');
  const services = ['Norco 10/325 mg #90', 'Cyclobenzaprine 7.5 mg #60', 'Naproxen 550 mg #60'];
  const necessary = (k: number) => conclusionNaming(rationale, services[k], services.filter((_, j) => j !== k))?.necessary;
  assert.deepEqual([0, 1, 2].map(necessary), [false, false, true]);
});

test('rounds 382 to 386: a cream is not called by the classes of its ingredients', () => {
  assert.deepEqual(shortNamesApart('Gabapentin 10%/Amitriptyline 5% cream 120gm', ['Norco 10/325 mg #90']).own, []);
  assert.deepEqual(shortNamesApart('Zolpidem 10 mg #30', ['Norco 10/325 mg #90']).own, ['sleep aid', 'sleep medication', 'hypnotic']);
});

test('rounds 382 to 386: gains credited to a drug tell it is in use', () => {
  assert.equal(tellsOngoingUse(paragraph("The treating physician's 06/18/2014 note credits naproxen with allowing her to drive full eight-hour shifts.")), true);
  assert.equal(tellsOngoingUse(paragraph('The employee reports that with tramadol she has returned to modified work four hours a day.')), true);
  assert.equal(tellsOngoingUse(paragraph('With the Lidoderm patches applied to the forearm she can type for two hours at a time.')), true);
});

test('rounds 387 to 391: "For the CMT," and "For the UDS," keep a shared guideline sentence to their issue', () => {
  const part = paragraph(
    'For the CMT, the reviewer relied on the MTUS Chronic Pain Medical Treatment Guidelines, Manual therapy & manipulation, pages 58-60. For the muscle relaxant, the reviewer relied on the MTUS Chronic Pain Medical Treatment Guidelines, Muscle relaxants (for pain), pages 63-66.',
  );
  const pages = (own: string, other: string) => ownOf(part, own, other)?.map((c) => c.pages.join(','));
  assert.deepEqual(pages('Cyclobenzaprine (Flexeril) 7.5 mg #60', 'Chiropractic manipulation 1-2 times a week for 4-6 weeks, lumbar spine'), ['63,66']);
  assert.deepEqual(shortNamesApart('Urine drug screen', ['Tramadol ER 150 mg #60']).own, ['uds']);
});

test('rounds 387 to 391: a ledger that shows a drug dispensed on date after date tells it in use', () => {
  const ledger = paragraph(
    'A pharmacy ledger submitted by the claims administrator shows tramadol ER 150 mg #30 dispensed on 10/02/2013, 11/04/2013, 12/03/2013 and 01/06/2014, and omeprazole 20 mg #60 dispensed on the same dates.',
  );
  assert.equal(tellsOngoingUse(ledger), true);
  assert.equal(tellsUseOf(ledger, ['tramadol']), true);
  assert.equal(tellsUseOf(ledger, ['omeprazole']), true);
  assert.equal(tellsUseOf(paragraph('Naproxen was dispensed on 10/02/2013.'), ['naproxen']), false);
});
