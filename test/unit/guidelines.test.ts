import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { GuidelineFamily } from '../../server/src/service/model';
import { guidelineDocuments } from '../../server/src/service/guidelines/documents';
import { guidelineEntries, type EntryQuery, type GuidelineEntry } from '../../server/src/service/guidelines/entries';
import { lookupDecision, lookupTerm } from '../../server/src/service/guidelines/glossary';
import { findDocument, findRankedEntries, pageInDocument, sessionLimitFor } from '../../server/src/service/guidelines/lookup';

const FAMILIES: readonly GuidelineFamily[] = [
  'MTUS Chronic Pain',
  'MTUS Acupuncture',
  'MTUS Post-Surgical',
  'ACOEM',
  'ODG',
  '8 CCR / Labor Code',
  'other',
];

function query(family: GuidelineFamily, fields: Partial<EntryQuery> = {}): EntryQuery {
  return { family, chapter: null, topic: null, pages: [], ...fields };
}

/** The id of the best match, with the whole ranking in the message when it is wrong. */
function assertBest(q: EntryQuery, expectedId: string): GuidelineEntry {
  const found = findRankedEntries(q).entries;
  assert.equal(found[0]?.id, expectedId, `best match for ${JSON.stringify(q)}; ranking: ${found.map((e) => e.id).join(', ')}`);
  return found[0]!;
}

function entry(id: string): GuidelineEntry {
  const found = guidelineEntries.find((e) => e.id === id);
  assert.ok(found, `no entry ${id}`);
  return found;
}

test('every entry has a known family and confidence, a summary and a unique id', () => {
  const ids = new Set<string>();
  for (const e of guidelineEntries) {
    assert.ok(FAMILIES.includes(e.family), `${e.id}: family ${e.family}`);
    assert.ok(['verified', 'likely', 'unverified'].includes(e.confidence), `${e.id}: confidence ${e.confidence}`);
    assert.ok(e.summary.trim().length > 0, `${e.id}: empty summary`);
    assert.ok(e.topicKeywords.length > 0, `${e.id}: no topic keywords`);
    assert.ok(e.topicKeywords.every((k) => k === k.toLowerCase()), `${e.id}: keywords must be lower-case`);
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
  }
});

test('page ranges are ordered and lie inside their document', () => {
  for (const e of guidelineEntries) {
    if (!e.pages) continue;
    assert.ok(e.pages.first <= e.pages.last, `${e.id}: range reversed`);
    const doc = findDocument(e.family, e.chapter);
    assert.ok(doc, `${e.id}: no document`);
    if (e.family === 'MTUS Chronic Pain') assert.equal(doc.id, 'cpmtg-2009', `${e.id}: paged entries belong to the 2009 CPMTG`);
    assert.notEqual(pageInDocument(doc, e.pages.first), false, `${e.id}: p. ${e.pages.first} outside ${doc.id}`);
    assert.notEqual(pageInDocument(doc, e.pages.last), false, `${e.id}: p. ${e.pages.last} outside ${doc.id}`);
  }
});

test('session limits are positive and name the categories they apply to', () => {
  for (const e of guidelineEntries) {
    if (!e.sessionLimit) continue;
    assert.ok(e.sessionLimit.max > 0, `${e.id}: max`);
    assert.ok(e.sessionLimit.appliesTo.length > 0, `${e.id}: appliesTo`);
  }
});

test('MTUS Chronic Pain p. 23 resolves to behavioral interventions, max 10, verified', () => {
  const e = assertBest(query('MTUS Chronic Pain', { pages: [23] }), 'cpmtg-behavioral-interventions');
  assert.equal(e.sessionLimit?.max, 10);
  assert.equal(e.confidence, 'verified');
  assert.equal(e.edition, 'MTUS 2009 (effective 18 July 2009)');
  const limit = sessionLimitFor({ citations: [query('MTUS Chronic Pain', { pages: [23] })], category: 'psychotherapy/CBT' });
  assert.equal(limit?.max, 10);
  assert.equal(limit?.entry.id, 'cpmtg-behavioral-interventions');
});

test('p. 78 resolves to the narrowest entry, before the opioid criteria and the whole section', () => {
  const ids = findRankedEntries(query('MTUS Chronic Pain', { pages: [78] })).entries.map((e) => e.id);
  assert.deepEqual(ids, ['cpmtg-opioids-ongoing-management', 'cpmtg-opioids-criteria', 'cpmtg-opioids']);
});

test('a cited range prefers the entry with that range', () => {
  assertBest(query('MTUS Chronic Pain', { pages: rangeOf(74, 96) }), 'cpmtg-opioids');
  assertBest(query('MTUS Chronic Pain', { pages: [58, 59] }), 'cpmtg-manual-therapy');
  assertBest(query('MTUS Chronic Pain', { pages: [98, 99] }), 'cpmtg-physical-medicine');
  assertBest(query('MTUS Chronic Pain', { pages: [60] }), 'cpmtg-massage');
});

test('p. 214 of the CPMTG is outside its 127 pages', () => {
  const doc = findDocument('MTUS Chronic Pain', null);
  assert.equal(doc?.pageCount, 127);
  assert.equal(doc?.confidence, 'verified');
  assert.equal(pageInDocument(doc!, 214), false);
  assert.equal(pageInDocument(doc!, 127), true);
  assert.deepEqual(findRankedEntries(query('MTUS Chronic Pain', { pages: [214] })).entries, []);
});

test('ACOEM Chapter 12 p. 303 resolves and p. 50 is outside the chapter', () => {
  const atPage = findRankedEntries(query('ACOEM', { chapter: 12, pages: [303] })).entries;
  assert.ok(atPage.length > 0);
  assert.ok(atPage.every((e) => e.chapter === 12));
  assertBest(query('ACOEM', { chapter: 12, pages: [303, 304, 305] }), 'acoem-12-imaging');

  const chapter = findDocument('ACOEM', 12);
  assert.deepEqual(chapter?.pageRange, { first: 286, last: 326, confidence: 'verified' });
  assert.equal(pageInDocument(chapter!, 303), true);
  assert.equal(pageInDocument(chapter!, 50), false);
  // Nothing on p. 50, so the chapter overview is offered instead.
  assertBest(query('ACOEM', { chapter: 12, pages: [50] }), 'acoem-12');
});

test('an ACOEM chapter whose end is unknown cannot rule out a later page', () => {
  const doc = findDocument('ACOEM', 14);
  assert.equal(pageInDocument(doc!, 300), false);
  assert.equal(pageInDocument(doc!, 380), null);
});

test('ODG psychotherapy in the Pain chapter resolves to the Pain entry, not Mental Illness', () => {
  const e = assertBest(query('ODG', { topic: 'Pain chapter, Psychotherapy Guidelines' }), 'odg-pain-psychotherapy-2008');
  assert.equal(e.sessionLimit?.max, 10);
  assertBest(query('ODG', { topic: 'Pain (Chronic), Psychological treatment' }), 'odg-pain-psychological-treatment');
  assertBest(query('ODG', { topic: 'Mental Illness & Stress, Psychotherapy Guidelines' }), 'odg-mental-illness-psychotherapy');
  assertBest(query('ODG', { topic: 'Pain' }), 'odg-pain-chapter');
});

test('regulation sections resolve by number', () => {
  assertBest(query('8 CCR / Labor Code', { topic: '8 CCR 9792.20(f)' }), 'ccr-functional-improvement');
  assertBest(query('8 CCR / Labor Code', { topic: 'Labor Code 4610.5(c)(2)' }), 'lc-4610-5-c2');
  assertBest(query('8 CCR / Labor Code', { topic: '9792.27.1' }), 'ccr-drug-formulary');
  assertBest(query('MTUS Acupuncture', { topic: '9792.24.1(c)' }), 'acupuncture-frequency');
});

test('session limits follow the item category and prefer the MTUS', () => {
  const pain23 = query('MTUS Chronic Pain', { pages: [23] });
  const odgNewer = query('ODG', { topic: 'Pain, Psychological treatment' });
  assert.equal(sessionLimitFor({ citations: [odgNewer, pain23], category: 'psychotherapy/CBT' })?.max, 10);
  assert.equal(sessionLimitFor({ citations: [odgNewer], category: 'psychotherapy/CBT' })?.max, 20);
  assert.equal(sessionLimitFor({ citations: [pain23], category: 'physical therapy' }), null);
  assert.equal(sessionLimitFor({ citations: [query('MTUS Chronic Pain', { pages: [60] })], category: 'chiropractic' })?.max, 18);
  assert.equal(sessionLimitFor({ citations: [query('ODG', { topic: 'Low Back, Chiropractic Guidelines' })], category: 'chiropractic' })?.max, 18);
  // The chapter's full name does not outweigh the topic after it.
  assert.equal(sessionLimitFor({ citations: [query('ODG', { topic: 'Low Back - Lumbar & Thoracic Chapter, Manipulation' })], category: 'chiropractic' })?.max, 18);
  // A bare chapter name must not borrow a topic's cap.
  assert.equal(sessionLimitFor({ citations: [query('ODG', { topic: 'Pain chapter' })], category: 'psychotherapy/CBT' }), null);
  assert.equal(sessionLimitFor({ citations: [query('ODG', { topic: 'Low Back - Lumbar & Thoracic (Acute & Chronic)' })], category: 'chiropractic' }), null);
  // The acupuncture guidelines set no fixed maximum.
  assert.equal(sessionLimitFor({ citations: [query('MTUS Acupuncture', { topic: 'acupuncture' })], category: 'acupuncture' }), null);
});

test('"Psychotherapy Guidelines" of the ODG Pain chapter is read in the wording of the letter\'s year', () => {
  const heading = (year: number | null) => query('ODG', { topic: 'Pain Chapter, Psychotherapy Guidelines', year });
  assertBest(heading(2014), 'odg-pain-psychotherapy-2008');
  assertBest(heading(null), 'odg-pain-psychotherapy-2008');
  const newer = assertBest(heading(2016), 'odg-pain-psychotherapy-2015');
  // The numbers are the newer wording's, but which wording a letter quotes is inferred from its year.
  assert.equal(newer.confidence, 'likely');
  assert.equal(sessionLimitFor({ citations: [heading(2013)], category: 'psychotherapy/CBT' })?.max, 10);
  assert.equal(sessionLimitFor({ citations: [query('ODG', { topic: 'Pain Chapter, Psychotherapy Guidelines' })], category: 'psychotherapy/CBT', year: 2015 })?.max, 20);
});

test('rows labelled likely in the facts are not marked verified', () => {
  for (const id of [
    'cpmtg-massage',
    'cpmtg-manual-therapy',
    'cpmtg-aquatic-therapy',
    'cpmtg-opioids-ongoing-management',
    'cpmtg-physical-medicine',
    'odg-pain-psychotherapy-2008',
    'odg-mental-illness-psychotherapy',
    'odg-knee-physical-therapy',
    'acoem-8',
    'acoem-12-imaging',
    'postsurgical-definitions',
  ]) {
    assert.notEqual(entry(id).confidence, 'verified', id);
  }
  // Mixed rows keep the stronger fact in a note.
  assert.match(entry('cpmtg-massage').confidenceNote ?? '', /verified/);
  assert.equal(entry('cpmtg-opioids-long-term').confidence, 'unverified');
  assert.equal(entry('acupuncture-extension').sessionLimit, null);
});

test('documents have ids that are unique', () => {
  const ids = guidelineDocuments.map((d) => d.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(findDocument('other', null), null);
});

test('glossary explains UR and IMR, tolerant of case and plurals', () => {
  assert.equal(lookupTerm('UR')?.expansion, 'Utilization Review');
  assert.equal(lookupTerm('imr')?.expansion, 'Independent Medical Review');
  assert.equal(lookupTerm('ADLs')?.term, 'ADL');
  assert.equal(lookupTerm('PR2')?.term, 'PR-2');
  assert.equal(lookupTerm('TENS')?.term, 'TENS');
  assert.equal(lookupTerm('NSAIDs')?.term, 'NSAID');
  assert.equal(lookupTerm('XYZ'), null);
});

test('decision words say what happens to the treatment', () => {
  const upheld = lookupDecision('UPHELD');
  assert.match(upheld?.forInjuredWorker ?? '', /not authorized/);
  assert.ok(upheld?.options.some((o) => o.includes('4610.6(h)')));
  assert.match(lookupDecision('Overturned')?.forInjuredWorker ?? '', /must authorize/);
  assert.equal(lookupDecision('maybe'), null);
});

function rangeOf(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

test('a psychotherapy limit rises for the conditions its cited topic names: ODG "Cognitive therapy for PTSD" allows 50', () => {
  const ptsd = query('ODG', { topic: 'Mental Illness & Stress Chapter, Cognitive therapy for PTSD and Psychotherapy Guidelines' });
  const plain = query('ODG', { topic: 'Mental Illness & Stress Chapter, Psychotherapy Guidelines' });
  assert.equal(sessionLimitFor({ citations: [ptsd], category: 'psychotherapy/CBT' })?.max, 50);
  assert.equal(sessionLimitFor({ citations: [plain], category: 'psychotherapy/CBT' })?.max, 20);
});

test('items that share guideline lines each take the limit of their own topic among the first guideline\'s entries', () => {
  const shared = [query('MTUS Chronic Pain', { pages: [58, 60] }), query('MTUS Chronic Pain', { pages: [60] }), query('ODG', { topic: 'Neck and Upper Back Chapter' })];
  assert.equal(sessionLimitFor({ citations: shared, category: 'physical therapy', service: 'Massage therapy 1 time a week for 6 weeks' })?.entry.id, 'cpmtg-massage');
  assert.equal(sessionLimitFor({ citations: shared, category: 'chiropractic', service: 'Chiropractic treatment 1 time a week for 6 weeks' })?.entry.id, 'cpmtg-manual-therapy');
  // The MTUS is looked up first: a psychotherapy item citing page 23 is not held to the ODG's psychotherapy topic.
  const psych = [query('ODG', { topic: 'Mental Illness & Stress, Psychotherapy Guidelines' }), query('MTUS Chronic Pain', { pages: [23] })];
  assert.equal(sessionLimitFor({ citations: psych, category: 'psychotherapy/CBT', service: 'Individual psychotherapy x 16', year: 2015 })?.max, 10);
});
