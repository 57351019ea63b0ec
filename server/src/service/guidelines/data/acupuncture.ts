/**
 * Table 2: MTUS Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1,
 * originally 9792.21(a)(2)). There is deliberately no session limit: the final
 * rule dropped the proposed 14-treatment cap.
 */
import { defineEntries } from '../define';

export const acupunctureEntries = defineEntries(
  {
    family: 'MTUS Acupuncture',
    document: 'Acupuncture Medical Treatment Guidelines (8 CCR 9792.24.1)',
    edition: 'MTUS 2007 (effective 15 June 2007)',
  },
  [
    {
      id: 'acupuncture-definition',
      topic: 'Acupuncture: definition and when it is an option',
      topicKeywords: ['acupuncture medical treatment guidelines', 'acupuncture', '9792.24.1', 'electro-acupuncture'],
      summary:
        'An option when pain medication is reduced or not tolerated, or as an adjunct to physical rehabilitation or surgery to speed functional recovery. Electro-acupuncture is defined separately; chronic pain takes the 9792.20 definition.',
      confidence: 'verified',
      sources: ['S3', 'S5'],
    },
    {
      id: 'acupuncture-frequency',
      topic: 'Frequency and duration (9792.24.1(c))',
      topicKeywords: ['9792.24.1(c)', 'frequency', 'duration'],
      summary: 'Sets the time to produce functional improvement, the weekly frequency and the optimum duration.',
      limits: [
        'Functional improvement expected within 3–6 treatments',
        'Frequency 1–3 times a week',
        'Optimum duration 1–2 months',
      ],
      confidence: 'verified',
      sources: ['S4'],
    },
    {
      id: 'acupuncture-extension',
      topic: 'Extension of treatment (9792.24.1(d))',
      topicKeywords: ['9792.24.1(d)', 'extension', 'extended'],
      summary: 'Treatment may be extended when functional improvement is documented as defined in 9792.20.',
      limits: ['No fixed maximum number of treatments', 'A proposed 14-treatment cap was dropped from the final rule'],
      confidence: 'verified',
      sources: ['S4'],
    },
    {
      id: 'acupuncture-shoulder-2007',
      topic: 'Shoulder exclusion (2007 text)',
      topicKeywords: ['shoulder'],
      summary: 'The original 2007 guidelines did not cover shoulder complaints; ACOEM 2nd ed. p. 204 governed shoulder acupuncture.',
      confidence: 'verified',
      confidenceNote: 'Verified for the 2007 version only.',
      sources: ['S5'],
    },
    {
      id: 'acupuncture-functional-improvement',
      topic: 'Which subsection defines functional improvement: 9792.20(f) or (e)',
      topicKeywords: ['functional improvement', '9792.20(f)', '9792.20(e)'],
      summary: 'Functional improvement is defined in 9792.20: subsection (f) in the 2009 text, (e) in the current text.',
      confidence: 'verified',
      sources: ['S1', 'S2'],
    },
  ],
);
