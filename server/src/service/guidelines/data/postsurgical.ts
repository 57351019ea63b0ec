/**
 * Table 3: MTUS Postsurgical Treatment Guidelines (8 CCR 9792.24.3). The general
 * course of therapy is the session limit. Page numbers that letters add are not
 * mapped, so no entry has pages. Where one row names two procedures, the limit
 * is the larger course so a request is never flagged against the wrong one; the
 * range text names both.
 */
import { defineEntries } from '../define';

const PT = ['physical therapy'] as const;

export const postsurgicalEntries = defineEntries(
  {
    family: 'MTUS Post-Surgical',
    document: 'Postsurgical Treatment Guidelines (8 CCR 9792.24.3)',
    edition: 'MTUS 2009 (effective 18 July 2009)',
  },
  [
    {
      id: 'postsurgical-overview',
      topic: 'Scope: the exception to the 24-visit cap',
      topicKeywords: ['4604.5', '24-visit cap', 'unlisted surgery', 'surgeon'],
      summary:
        'Adapted from ODG with DWC additions. These guidelines are the exception to the Labor Code 4604.5 cap of 24 chiropractic, 24 PT and 24 OT visits per injury. Only the surgeon (or a physician, NP or PA the surgeon designates) prescribes postsurgical therapy.',
      limits: ['Surgery not listed in subdivision (d): presumptive postsurgical period of 6 months'],
      confidence: 'verified',
      sources: ['S23', 'S24', 'S25'],
    },
    {
      id: 'postsurgical-definitions',
      topic: 'General course, initial course and treatment period (subdivision (a))',
      topicKeywords: ['general course', 'initial course', 'treatment period'],
      summary:
        'The general course is the number of visits in which most patients reach maximum improvement; the initial course is half of it. With documented functional improvement, visits may continue up to the general course, and to the end of the treatment period if more improvement is achievable.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-meniscectomy',
      topic: 'Knee: derangement of meniscus, postsurgical (meniscectomy)',
      topicKeywords: ['meniscectomy', 'derangement of meniscus', 'meniscus'],
      summary: 'Postsurgical physical medicine after meniscectomy.',
      limits: ['General course: 12 visits over 12 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 12, range: '12 visits over 12 weeks', appliesTo: PT },
      confidence: 'verified',
      sources: ['S24'],
    },
    {
      id: 'postsurgical-carpal-tunnel',
      topic: 'Carpal tunnel release (endoscopic or open)',
      topicKeywords: ['carpal tunnel release', 'carpal tunnel'],
      summary: 'Postsurgical physical medicine after carpal tunnel release.',
      limits: ['General course: 3–8 visits over 3–5 weeks', 'Treatment period: 3 months'],
      sessionLimit: { max: 8, range: '3–8 visits over 3–5 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-rotator-cuff-repair',
      topic: 'Rotator cuff syndrome / impingement: repair or decompression',
      topicKeywords: ['rotator cuff', 'impingement', 'decompression'],
      summary: 'Postsurgical physical medicine after rotator cuff repair or decompression.',
      limits: [
        'Arthroscopic: 24 visits over 14 weeks',
        'Open: 30 visits over 18 weeks',
        'Treatment period: 6 months',
      ],
      sessionLimit: { max: 30, range: '24 visits over 14 weeks arthroscopic; 30 over 18 weeks open', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-rotator-cuff-rupture',
      topic: 'Complete rupture of rotator cuff, postsurgical',
      topicKeywords: ['complete rupture', 'rotator cuff rupture', 'rupture of rotator cuff'],
      summary: 'Postsurgical physical medicine after repair of a complete rotator cuff rupture.',
      limits: ['General course: 40 visits over 16 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 40, range: '40 visits over 16 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-acl',
      topic: 'ACL repair (cruciate ligament)',
      topicKeywords: ['acl', 'cruciate ligament', 'anterior cruciate'],
      summary: 'Postsurgical physical medicine after cruciate ligament repair.',
      limits: ['General course: 24 visits over 16 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 24, range: '24 visits over 16 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-total-knee',
      topic: 'Total knee arthroplasty',
      topicKeywords: ['total knee arthroplasty', 'knee arthroplasty', 'knee replacement', 'tka'],
      summary: 'Postsurgical physical medicine after total knee arthroplasty.',
      limits: ['General course: 24 visits over 10 weeks', 'Treatment period: 4 months'],
      sessionLimit: { max: 24, range: '24 visits over 10 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-lumbar-discectomy',
      topic: 'Lumbar discectomy / laminectomy',
      topicKeywords: ['lumbar discectomy', 'laminectomy', 'discectomy'],
      summary: 'Postsurgical physical medicine after lumbar discectomy or laminectomy.',
      limits: ['General course: 16 visits over 8 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 16, range: '16 visits over 8 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-lumbar-fusion',
      topic: 'Lumbar fusion (after graft maturity)',
      topicKeywords: ['lumbar fusion', 'fusion'],
      summary: 'Postsurgical physical medicine after lumbar fusion, once the graft has matured.',
      limits: ['General course: 34 visits over 16 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 34, range: '34 visits over 16 weeks', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-cervical',
      topic: 'Cervical discectomy; cervical fusion',
      topicKeywords: ['cervical discectomy', 'cervical fusion', 'cervical'],
      summary: 'Postsurgical physical medicine after cervical discectomy or fusion.',
      limits: ['Discectomy: 16 visits over 8 weeks', 'Fusion: 24 visits over 16 weeks', 'Treatment period: 6 months each'],
      sessionLimit: { max: 24, range: '16 visits over 8 weeks discectomy; 24 over 16 weeks fusion', appliesTo: PT },
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'postsurgical-trigger-finger',
      topic: 'Trigger finger release',
      topicKeywords: ['trigger finger'],
      summary: 'Postsurgical physical medicine after trigger finger release.',
      limits: ['General course: 9 visits over 8 weeks', 'Treatment period: 4 months'],
      sessionLimit: { max: 9, range: '9 visits over 8 weeks', appliesTo: PT },
      confidence: 'unverified',
      sources: [],
    },
    {
      id: 'postsurgical-lateral-epicondylitis',
      topic: 'Lateral epicondylitis release',
      topicKeywords: ['lateral epicondylitis', 'epicondylitis'],
      summary: 'Postsurgical physical medicine after lateral epicondylitis release.',
      limits: ['General course: 12 visits over 12 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 12, range: '12 visits over 12 weeks', appliesTo: PT },
      confidence: 'unverified',
      sources: [],
    },
    {
      id: 'postsurgical-ankle-orif',
      topic: 'Ankle fracture, open reduction internal fixation (ORIF)',
      topicKeywords: ['ankle fracture', 'orif'],
      summary: 'Postsurgical physical medicine after ankle fracture ORIF.',
      limits: ['General course: 21 visits over 16 weeks', 'Treatment period: 6 months'],
      sessionLimit: { max: 21, range: '21 visits over 16 weeks', appliesTo: PT },
      confidence: 'unverified',
      sources: [],
    },
  ],
);
