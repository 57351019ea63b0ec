/**
 * The guidelines themselves, so an invalid-citation check can tell that a page
 * cannot exist: the 2009 CPMTG has 127 pages, and each ACOEM 2nd edition chapter
 * spans known book pages. The first document of a family (with chapter null) is
 * its default: page numbers in letters mostly refer to those editions.
 */
import type { Confidence, GuidelineDocument } from './types';

const ACOEM_2004 = 'ACOEM Practice Guidelines, 2nd Edition (2004); in the MTUS until 30 Nov 2017';

function acoemChapter(
  chapter: number,
  title: string,
  section: string | null,
  confidence: Confidence,
  sources: readonly string[],
  pageRange?: GuidelineDocument['pageRange'],
): GuidelineDocument {
  return {
    id: `acoem-2004-ch${chapter}`,
    family: 'ACOEM',
    name: `ACOEM Chapter ${chapter}: ${title}${section ? ` (MTUS 8 CCR ${section})` : ''}`,
    edition: ACOEM_2004,
    chapter,
    pageCount: null,
    ...(pageRange ? { pageRange } : {}),
    confidence,
    sources,
  };
}

export const guidelineDocuments: readonly GuidelineDocument[] = [
  {
    id: 'cpmtg-2009',
    family: 'MTUS Chronic Pain',
    name: 'Chronic Pain Medical Treatment Guidelines (CPMTG)',
    edition: 'MTUS 2009 (effective 18 July 2009)',
    chapter: null,
    pageCount: 127,
    confidence: 'verified',
    note: 'Page numbers in letters before the mid-2016 update refer to this 127-page PDF (May 2009).',
    sources: ['S6', 'S7'],
  },
  {
    id: 'cpmtg-2016',
    family: 'MTUS Chronic Pain',
    name: 'Chronic Pain Medical Treatment Guidelines (2016)',
    edition: 'MTUS 2016 (effective 28 July 2016)',
    chapter: null,
    // The proposal was about 1,062 pages; the adopted page count was not checked.
    pageCount: null,
    confidence: 'verified',
    note: 'A reformatted ODG Pain chapter; its pagination differs from the 2009 text.',
    sources: ['S10', 'S11'],
  },
  {
    id: 'opioids-2016',
    family: 'MTUS Chronic Pain',
    name: 'Opioids Treatment Guidelines (8 CCR 9792.24.4)',
    edition: 'MTUS 2016 (effective 28 July 2016)',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    sources: ['S10'],
  },
  {
    id: 'acupuncture-2007',
    family: 'MTUS Acupuncture',
    name: 'Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1)',
    edition: 'MTUS 2007 (effective 15 June 2007; originally 9792.21(a)(2))',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    sources: ['S3', 'S4', 'S5'],
  },
  {
    id: 'postsurgical-2009',
    family: 'MTUS Post-Surgical',
    name: 'Postsurgical Treatment Guidelines (8 CCR 9792.24.3)',
    edition: 'MTUS 2009 (effective 18 July 2009)',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    note: 'Letters sometimes add page numbers; these are not mapped.',
    sources: ['S23', 'S24', 'S25'],
  },
  {
    id: 'acoem-2004',
    family: 'ACOEM',
    name: 'ACOEM Practice Guidelines, 2nd Edition (2004, ed. Glass LS)',
    edition: ACOEM_2004,
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    sources: ['S18', 'S21'],
  },
  acoemChapter(2, 'Initial Assessment', '9792.22', 'likely', ['S22']),
  acoemChapter(3, 'Initial Approaches to Treatment', '9792.22', 'likely', ['S22']),
  acoemChapter(5, 'Cornerstones of Disability Prevention', '9792.22', 'likely', ['S22']),
  acoemChapter(6, 'Pain, Suffering, and the Restoration of Function', null, 'verified', ['S9']),
  acoemChapter(7, 'Independent Medical Examinations and Consultations', null, 'likely', []),
  acoemChapter(8, 'Neck and Upper Back Complaints', '9792.23.1', 'likely', ['S19'], { first: 165, last: 194, confidence: 'likely' }),
  acoemChapter(9, 'Shoulder Complaints', '9792.23.2', 'likely', [], { first: 195, last: 224, confidence: 'likely' }),
  acoemChapter(11, 'Forearm, Wrist, and Hand Complaints', '9792.23.4', 'likely', [], { first: 253, last: 285, confidence: 'likely' }),
  acoemChapter(12, 'Low Back Complaints', '9792.23.5', 'verified', ['S18', 'S21'], { first: 286, last: 326, confidence: 'verified' }),
  acoemChapter(13, 'Knee Complaints', '9792.23.6', 'likely', ['S20'], { first: 331, last: 360, confidence: 'likely' }),
  // Only the first page is reported for chapters 14 ("361-38x") and 15 ("about 387").
  acoemChapter(14, 'Ankle and Foot Complaints', '9792.23.7', 'unverified', [], { first: 361, last: null, confidence: 'unverified' }),
  acoemChapter(15, 'Stress-Related Conditions', '9792.23.8', 'unverified', [], { first: 387, last: null, confidence: 'unverified' }),
  {
    id: 'acoem-mtus-2017',
    family: 'ACOEM',
    name: 'ACOEM Practice Guidelines, as incorporated in the MTUS',
    edition: 'ACOEM-based MTUS (services on or after 1 Dec 2017)',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    note: 'Online guidelines without fixed page numbers.',
    sources: ['S13'],
  },
  {
    id: 'odg',
    family: 'ODG',
    name: "Official Disability Guidelines (ODG), Treatment in Workers' Comp (Work Loss Data Institute)",
    edition: 'The edition depends on the letter date',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    sources: ['S29', 'S30', 'S31'],
  },
  {
    id: 'ccr-lc',
    family: '8 CCR / Labor Code',
    name: 'California Code of Regulations, title 8, and the Labor Code',
    edition: 'The text in force on the date of the decision',
    chapter: null,
    pageCount: null,
    confidence: 'verified',
    sources: ['S1', 'S16'],
  },
];
