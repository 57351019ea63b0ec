/**
 * Table 7: how later letters cite the MTUS after 2009 (the 2016 updates, the
 * ACOEM-based MTUS from Dec 2017, the drug formulary, the evidence search
 * sequence). None has page numbers that map to the 2009 tables, which is why
 * each entry names its edition.
 */
import { defineEntries } from '../define';

export const mtusUpdateEntries = [
  ...defineEntries(
    { family: 'MTUS Chronic Pain', document: 'Medical Treatment Utilization Schedule (MTUS)', edition: 'MTUS 2009 (effective 18 July 2009)' },
    [
      {
        id: 'mtus-2009-package',
        topic: 'The 2009 MTUS package',
        topicKeywords: ['effective july 18 2009', '2009'],
        summary: 'Regulations 9792.20–9792.26 with the Chronic Pain and Postsurgical treatment guidelines.',
        confidence: 'verified',
        sources: ['S6'],
      },
      {
        id: 'mtus-2016-cpmtg',
        document: 'Chronic Pain Medical Treatment Guidelines (2016)',
        edition: 'MTUS 2016 (effective 28 July 2016)',
        topic: '2016 Chronic Pain Medical Treatment Guidelines update (8 CCR 9792.24.2)',
        topicKeywords: ['2016', '9792.24.2'],
        summary:
          'An edited, reformatted ODG Pain (Chronic) chapter; its pagination differs from the 2009 text. The proposal used the April 2015 ODG (about 1,062 pages); the 2014 forum draft used the April 2014 ODG.',
        limits: ['Applies to treatment requests made on or after 29 July 2016'],
        confidence: 'verified',
        confidenceNote: 'The effective date is verified; the final ODG source version is unverified.',
        sources: ['S10', 'S11', 'S12'],
      },
      {
        id: 'mtus-2016-opioids',
        document: 'Opioids Treatment Guidelines (2016)',
        edition: 'MTUS 2016 (effective 28 July 2016)',
        topic: 'Opioids Treatment Guidelines (8 CCR 9792.24.4)',
        topicKeywords: ['opioids treatment guidelines', 'opioid treatment', '9792.24.4'],
        summary: 'A new opioid guideline adopted together with the 2016 chronic pain update.',
        confidence: 'verified',
        sources: ['S10'],
      },
    ],
  ),
  ...defineEntries(
    {
      family: 'ACOEM',
      document: 'ACOEM Practice Guidelines, as incorporated in the MTUS',
      edition: 'ACOEM-based MTUS (services on or after 1 Dec 2017)',
    },
    [
      {
        id: 'acoem-mtus-2017',
        topic: 'ACOEM-based MTUS (3rd edition and later guidelines)',
        topicKeywords: [
          '3rd edition',
          'mtus 2017',
          'low back disorders',
          'cervical and thoracic spine',
          'knee disorders',
          'hand wrist and forearm',
          'hip and groin',
          'workplace mental health',
        ],
        summary:
          'From 1 Dec 2017 the MTUS incorporates ACOEM online guidelines by reference; they have no fixed page numbers. The 2017 list includes Initial Approaches to Treatment (30 Jun 2017), Opioids (20 Apr 2017), Chronic Pain (15 May 2017), Low Back Disorders (24 Feb 2016), Cervical & Thoracic Spine (27 May 2016), Shoulder (1 Aug 2016), Knee (28 Oct 2015), Hand, Wrist & Forearm (30 Jun 2016), Ankle & Foot (Sep 2015), Elbow (2013), Eye (1 Apr 2017) and Hip & Groin (1 May 2011).',
        limits: ['Later DWC orders updated guidelines, e.g. Low Back 2019/2020, Knee 3 Dec 2019, Workplace Mental Health 2019–2021'],
        confidence: 'verified',
        confidenceNote: 'The 2017 list is verified [S13]; the later orders are likely (seen only in Maximus code [S32]).',
        sources: ['S13', 'S32'],
      },
      {
        id: 'acoem-low-back-acupuncture',
        document: 'ACOEM Low Back Disorders guideline, as adopted in the MTUS',
        topic: 'Acupuncture for low back pain (ACOEM-era MTUS)',
        topicKeywords: ['low back disorders', 'acupuncture'],
        summary:
          'A 2019 IMR relied on the ACOEM Low Back Disorders guideline, which supports acupuncture for moderate to severe low back pain when objective functional improvement is shown.',
        limits: ['Up to 12 sessions, with objective functional improvement'],
        sessionLimit: { max: 12, range: 'up to 12 sessions', appliesTo: ['acupuncture'] },
        confidence: 'verified',
        sources: ['S33'],
      },
    ],
  ),
  ...defineEntries(
    { family: '8 CCR / Labor Code', document: 'MTUS Drug Formulary (8 CCR 9792.27.x)', edition: 'Effective 1 Jan 2018' },
    [
      {
        id: 'ccr-drug-formulary',
        topic: 'MTUS Drug Formulary and Drug List',
        topicKeywords: ['drug formulary', 'formulary', 'drug list', '9792.27'],
        summary:
          'Mandated by AB 1124 (2015) and built on ACOEM drug recommendations. Drugs are exempt or non-exempt from prospective UR, with special-fill and perioperative-fill rules.',
        limits: ['Effective 1 Jan 2018', 'Drug List updated over time, e.g. v.7 effective 1 Nov 2020'],
        confidence: 'verified',
        sources: ['S14', 'S15'],
      },
    ],
  ),
  ...defineEntries(
    { family: '8 CCR / Labor Code', document: '8 CCR 9792.21.1 Medical Evidence Search Sequence', edition: 'Current text' },
    [
      {
        id: 'ccr-search-sequence',
        topic: 'Medical Evidence Search Sequence',
        topicKeywords: ['9792.21.1', 'medical evidence search sequence', 'search sequence'],
        summary:
          'Reviewers search in order: (1) the MTUS; (2) if the MTUS does not address the issue or its presumption is challenged, the most current ACOEM or ODG; (3) other nationally recognized evidence-based guidelines; (4) peer-reviewed studies.',
        limits: ['Later letters cite (d)(1), (d)(2), (d)(3)'],
        confidence: 'verified',
        sources: ['S17', 'S33'],
      },
    ],
  ),
];
