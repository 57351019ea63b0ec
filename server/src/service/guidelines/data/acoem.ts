/**
 * Table 5: ACOEM Practice Guidelines, 2nd Edition (2004), the chapters the MTUS
 * incorporated (8 CCR 9792.22-9792.23.x) until 30 Nov 2017. Pages are book pages,
 * so they are unique across chapters. Each chapter lists its overview first: when
 * a letter names only the chapter, the overview wins the tie. Sub-page entries
 * repeat the chapter words so "Low Back Complaints, MRI" beats the overview.
 */
import { defineEntries, pp, type EntryRow } from '../define';
import type { GuidelineEntry } from '../types';

const EDITION = 'ACOEM Practice Guidelines, 2nd Edition (2004); in the MTUS until 30 Nov 2017';

function chapter(number: number, name: string, chapterWords: readonly string[], rows: readonly EntryRow[]): GuidelineEntry[] {
  const withWords = rows.map((row, i) =>
    i === 0 ? row : { ...row, topicKeywords: [...chapterWords, ...row.topicKeywords] },
  );
  return defineEntries(
    { family: 'ACOEM', document: `ACOEM Practice Guidelines, 2nd Edition, Chapter ${number}: ${name}`, edition: EDITION, chapter: number },
    withWords,
  );
}

const SUB_PAGES_LIKELY = 'Chapter page range verified [S18]; the sub-page mapping is likely.';

export const acoemEntries: readonly GuidelineEntry[] = [
  ...chapter(12, 'Low Back Complaints', ['low back complaints', 'low back'], [
    {
      id: 'acoem-12',
      pages: pp(286, 326),
      topic: 'Chapter 12: Low Back Complaints (MTUS 8 CCR 9792.23.5)',
      topicKeywords: ['low back complaints', 'low back', 'lumbar'],
      summary:
        'The low back chapter adopted into the MTUS. Imaging pp. 303-304, EMG/H-reflex p. 303, surgical considerations pp. 305-307, physical methods pp. 298-300, lumbar supports p. 301, summary table 12-8 pp. 308-310.',
      limits: ['Chapter spans pp. 286–326'],
      confidence: 'verified',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18', 'S21'],
    },
    {
      id: 'acoem-12-imaging',
      pages: pp(303, 304),
      topic: 'Low back: MRI and imaging',
      topicKeywords: ['mri', 'imaging'],
      summary:
        'Imaging is justified when the neurologic exam shows clear objective signs of a specific nerve compromise, the patient has not responded to treatment, and surgery would be considered.',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
    {
      id: 'acoem-12-emg',
      pages: pp(303),
      topic: 'Low back: EMG and H-reflex',
      topicKeywords: ['emg', 'h-reflex', 'electrodiagnostic'],
      summary: 'Electrodiagnostic testing (EMG, H-reflex) for the low back is addressed on this page.',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
    {
      id: 'acoem-12-surgery',
      pages: pp(305, 307),
      topic: 'Low back: surgical considerations',
      topicKeywords: ['surgical considerations', 'surgery'],
      summary: 'When low back surgery should be considered.',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
    {
      id: 'acoem-12-physical-methods',
      pages: pp(298, 300),
      topic: 'Low back: physical methods',
      topicKeywords: ['physical methods'],
      summary: 'Physical treatment methods for low back complaints.',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
    {
      id: 'acoem-12-lumbar-supports',
      pages: pp(301),
      topic: 'Low back: lumbar supports',
      topicKeywords: ['lumbar supports', 'lumbar support'],
      summary: 'Lumbar supports for low back complaints.',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
    {
      id: 'acoem-12-summary-table',
      pages: pp(308, 310),
      topic: 'Low back: summary table 12-8',
      topicKeywords: ['summary table', 'table 12-8'],
      summary: 'Summary of recommendations for low back complaints (table 12-8).',
      confidence: 'likely',
      confidenceNote: SUB_PAGES_LIKELY,
      sources: ['S18'],
    },
  ]),
  ...chapter(8, 'Neck and Upper Back Complaints', ['neck and upper back', 'neck'], [
    {
      id: 'acoem-8',
      pages: pp(165, 194),
      topic: 'Chapter 8: Neck and Upper Back Complaints (MTUS 8 CCR 9792.23.1)',
      topicKeywords: ['neck and upper back complaints', 'neck and upper back', 'neck', 'cervical'],
      summary: 'The neck and upper back chapter. Imaging pp. 177-178; summary table 8-8 pp. 181-183.',
      limits: ['Chapter spans about pp. 165–194 (listed as 30 pages)'],
      confidence: 'likely',
      sources: ['S19'],
    },
    {
      id: 'acoem-8-imaging',
      pages: pp(177, 178),
      topic: 'Neck: imaging criteria',
      topicKeywords: ['mri', 'imaging'],
      summary:
        'Imaging for a red flag, neurologic dysfunction, failure to progress in a strengthening program, or to clarify anatomy before a procedure.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-8-summary-table',
      pages: pp(181, 183),
      topic: 'Neck: summary table 8-8',
      topicKeywords: ['summary table', 'table 8-8'],
      summary: 'Summary of recommendations for neck and upper back complaints (table 8-8).',
      confidence: 'likely',
      sources: [],
    },
  ]),
  ...chapter(9, 'Shoulder Complaints', ['shoulder complaints', 'shoulder'], [
    {
      id: 'acoem-9',
      pages: pp(195, 224),
      topic: 'Chapter 9: Shoulder Complaints (MTUS 8 CCR 9792.23.2)',
      topicKeywords: ['shoulder complaints', 'shoulder'],
      summary: 'The shoulder chapter. Imaging pp. 207-209; surgical considerations pp. 209-211; acupuncture note p. 204.',
      limits: ['Chapter spans about pp. 195–224'],
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-9-acupuncture',
      pages: pp(204),
      topic: 'Shoulder: acupuncture note',
      topicKeywords: ['acupuncture'],
      summary: 'The shoulder acupuncture note; it governed shoulder acupuncture while the 2007 acupuncture guidelines excluded the shoulder.',
      confidence: 'verified',
      sources: ['S5'],
    },
    {
      id: 'acoem-9-imaging',
      pages: pp(207, 209),
      topic: 'Shoulder: imaging',
      topicKeywords: ['mri', 'imaging'],
      summary: 'When shoulder imaging is indicated.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-9-surgery',
      pages: pp(209, 211),
      topic: 'Shoulder: surgical considerations',
      topicKeywords: ['surgical considerations', 'surgery'],
      summary: 'When shoulder surgery should be considered.',
      confidence: 'likely',
      sources: [],
    },
  ]),
  ...chapter(11, 'Forearm, Wrist, and Hand Complaints', ['forearm wrist and hand', 'wrist', 'hand'], [
    {
      id: 'acoem-11',
      pages: pp(253, 285),
      topic: 'Chapter 11: Forearm, Wrist, and Hand Complaints (MTUS 8 CCR 9792.23.4)',
      topicKeywords: ['forearm wrist and hand complaints', 'forearm wrist and hand', 'forearm', 'wrist', 'hand'],
      summary: 'The forearm, wrist and hand chapter. Imaging pp. 268-269; carpal tunnel surgery p. 270; summary table pp. 272-273.',
      limits: ['Chapter spans about pp. 253–285'],
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-11-imaging',
      pages: pp(268, 269),
      topic: 'Forearm, wrist and hand: imaging',
      topicKeywords: ['mri', 'imaging'],
      summary: 'When imaging of the forearm, wrist or hand is indicated.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-11-carpal-tunnel-surgery',
      pages: pp(270),
      topic: 'Carpal tunnel surgery',
      topicKeywords: ['carpal tunnel', 'surgery'],
      summary: 'Surgical considerations for carpal tunnel syndrome.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-11-summary-table',
      pages: pp(272, 273),
      topic: 'Forearm, wrist and hand: summary table',
      topicKeywords: ['summary table'],
      summary: 'Summary of recommendations for forearm, wrist and hand complaints.',
      confidence: 'likely',
      sources: [],
    },
  ]),
  ...chapter(13, 'Knee Complaints', ['knee complaints', 'knee'], [
    {
      id: 'acoem-13',
      pages: pp(331, 360),
      topic: 'Chapter 13: Knee Complaints (MTUS 8 CCR 9792.23.6)',
      topicKeywords: ['knee complaints', 'knee'],
      summary: 'The knee chapter. MRI pp. 341-343; surgical considerations pp. 344-345; summary table 13-6 pp. 346-347.',
      limits: ['Chapter spans about pp. 331–360 (listed as 31 pages)'],
      confidence: 'likely',
      sources: ['S20'],
    },
    {
      id: 'acoem-13-mri',
      pages: pp(341, 343),
      topic: 'Knee: MRI',
      topicKeywords: ['mri', 'imaging'],
      summary: 'When knee MRI is indicated.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-13-surgery',
      pages: pp(344, 345),
      topic: 'Knee: surgical considerations',
      topicKeywords: ['surgical considerations', 'surgery'],
      summary: 'When knee surgery should be considered.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-13-summary-table',
      pages: pp(346, 347),
      topic: 'Knee: summary table 13-6',
      topicKeywords: ['summary table', 'table 13-6'],
      summary: 'Summary of recommendations for knee complaints (table 13-6).',
      confidence: 'likely',
      sources: [],
    },
  ]),
  // The chapter's last page is unknown ("pp. 361–38x"), so the overview has no page range.
  ...chapter(14, 'Ankle and Foot Complaints', ['ankle and foot', 'ankle', 'foot'], [
    {
      id: 'acoem-14',
      topic: 'Chapter 14: Ankle and Foot Complaints (MTUS 8 CCR 9792.23.7)',
      topicKeywords: ['ankle and foot complaints', 'ankle and foot', 'ankle', 'foot'],
      summary: 'The ankle and foot chapter, starting about p. 361. MRI pp. 372-374; summary table pp. 376-377.',
      limits: ['Chapter starts about p. 361; its last page is not known'],
      confidence: 'unverified',
      sources: [],
    },
    {
      id: 'acoem-14-mri',
      pages: pp(372, 374),
      topic: 'Ankle and foot: MRI',
      topicKeywords: ['mri', 'imaging'],
      summary: 'When ankle or foot MRI is indicated.',
      confidence: 'unverified',
      sources: [],
    },
    {
      id: 'acoem-14-summary-table',
      pages: pp(376, 377),
      topic: 'Ankle and foot: summary table',
      topicKeywords: ['summary table'],
      summary: 'Summary of recommendations for ankle and foot complaints.',
      confidence: 'unverified',
      sources: [],
    },
  ]),
  ...chapter(7, 'Independent Medical Examinations and Consultations', [], [
    {
      id: 'acoem-7-referral',
      pages: pp(127),
      topic: 'Referral or consultation with a specialist',
      topicKeywords: ['independent medical examinations and consultations', 'referral', 'consultation', 'specialist'],
      summary:
        'A specialist referral or consultation is appropriate when the diagnosis is uncertain or complex, or when added expertise would help the plan of care.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'acoem-7-fce',
      pages: pp(137, 138),
      topic: 'Functional capacity evaluation',
      topicKeywords: ['functional capacity evaluation', 'fce'],
      summary: 'Functional capacity evaluation.',
      confidence: 'likely',
      sources: [],
    },
  ]),
  // Which of pp. 398 and 405 carries which topic is not recorded, so no page range.
  ...chapter(15, 'Stress-Related Conditions', [], [
    {
      id: 'acoem-15',
      topic: 'Chapter 15: Stress-Related Conditions (MTUS 8 CCR 9792.23.8)',
      topicKeywords: ['stress-related conditions', 'stress related', 'mental health specialist', 'psychotropic'],
      summary: 'Referral to a mental-health specialist and psychotropic medication (cited at pp. 398 and 405). The chapter starts about p. 387.',
      confidence: 'unverified',
      sources: [],
    },
  ]),
  ...chapter(6, 'Pain, Suffering, and the Restoration of Function', [], [
    {
      id: 'acoem-6',
      topic: 'Chapter 6: Pain, Suffering, and the Restoration of Function',
      topicKeywords: ['pain suffering', 'restoration of function'],
      summary: 'Replaced for chronic pain by the Chronic Pain Medical Treatment Guidelines in July 2009.',
      confidence: 'verified',
      sources: ['S9'],
    },
  ]),
  // One facts row names chapters 2, 3 and 5 with three topics; they are paired in the order listed.
  ...chapter(2, 'Initial Assessment', [], [
    {
      id: 'acoem-2',
      topic: 'General Approaches (9792.22): initial assessment',
      topicKeywords: ['initial assessment', 'general approaches'],
      summary: 'Initial assessment of the injured worker. Page numbers cited vary.',
      confidence: 'likely',
      confidenceNote: 'Chapter-to-topic pairing follows the order in which the facts row lists them.',
      sources: ['S22', 'S32'],
    },
  ]),
  ...chapter(3, 'Initial Approaches to Treatment', [], [
    {
      id: 'acoem-3',
      topic: 'General Approaches (9792.22): initial approaches to treatment',
      topicKeywords: ['initial approaches to treatment', 'general approaches'],
      summary: 'Initial approaches to treatment. Page numbers cited vary.',
      confidence: 'likely',
      confidenceNote: 'Chapter-to-topic pairing follows the order in which the facts row lists them.',
      sources: ['S22', 'S32'],
    },
  ]),
  ...chapter(5, 'Cornerstones of Disability Prevention', [], [
    {
      id: 'acoem-5',
      topic: 'General Approaches (9792.22): cornerstones of disability prevention',
      topicKeywords: ['cornerstones of disability prevention', 'disability prevention', 'general approaches'],
      summary: 'Cornerstones of disability prevention. Page numbers cited vary.',
      confidence: 'likely',
      confidenceNote: 'Chapter-to-topic pairing follows the order in which the facts row lists them.',
      sources: ['S22', 'S32'],
    },
  ]),
];
