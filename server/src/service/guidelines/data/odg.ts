/**
 * Table 6: ODG (Official Disability Guidelines, Work Loss Data Institute), cited
 * in letters as the non-MTUS guideline. ODG has no page numbers in letters, so
 * entries are found by chapter and topic words. Topic entries repeat their
 * chapter words so that "Pain chapter, Psychotherapy Guidelines" prefers the
 * Pain entry over the Mental Illness one. Chapter entries come first so a bare
 * chapter name resolves to the chapter itself.
 */
import { defineEntries } from '../define';

const DOCUMENT = "Official Disability Guidelines (ODG), Treatment in Workers' Comp";
const PSYCH = ['psychotherapy/CBT'] as const;
const PAIN = ['pain', 'pain chapter', 'pain chronic'];
/** "Pain chapter, Psychotherapy Guidelines": the heading of both wordings below; the letter's year tells them apart. */
const PAIN_PSYCHOTHERAPY_HEADING = [...PAIN, 'psychotherapy guidelines', 'psychotherapy', 'cognitive behavioral', 'cbt'];

export const odgEntries = defineEntries(
  { family: 'ODG', document: DOCUMENT, edition: 'ODG; the edition depends on the letter date' },
  [
    {
      id: 'odg-pain-chapter',
      topic: 'Chapter: Pain (Chronic)',
      topicKeywords: PAIN,
      summary: 'The ODG chapter on chronic pain; the 2009 MTUS chronic pain guidelines were adapted from its Oct 2008 version.',
      confidence: 'verified',
      sources: ['S27', 'S29'],
    },
    {
      id: 'odg-knee-leg-chapter',
      topic: 'Chapter: Knee & Leg (Acute & Chronic)',
      topicKeywords: ['knee & leg', 'knee'],
      summary: 'The ODG chapter on knee and leg conditions.',
      confidence: 'verified',
      sources: ['S30'],
    },
    {
      id: 'odg-other-chapters',
      topic: 'Other ODG chapters',
      topicKeywords: [
        'low back',
        'lumbar & thoracic',
        'neck and upper back',
        'shoulder',
        'mental illness & stress',
        'forearm wrist & hand',
        'elbow',
        'ankle & foot',
        'hip & pelvis',
        'head',
        'carpal tunnel syndrome',
      ],
      summary:
        'Low Back – Lumbar & Thoracic; Neck and Upper Back; Shoulder; Mental Illness & Stress; Forearm, Wrist & Hand; Elbow; Ankle & Foot; Hip & Pelvis; Head; Carpal Tunnel Syndrome.',
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'odg-pain-psychotherapy-2008',
      edition: 'ODG Pain chapter, 2008 to about 2014 wording',
      wordingYears: { to: 2014 },
      topic: 'Psychotherapy / CBT guidelines for chronic pain (older wording)',
      topicKeywords: PAIN_PSYCHOTHERAPY_HEADING,
      summary: 'The source of the MTUS p. 23 numbers: a short trial, then more visits only with objective functional improvement.',
      limits: [
        'Initial trial: 3–4 psychotherapy visits over 2 weeks',
        'With objective functional improvement: 6–10 visits over 5–6 weeks in total',
      ],
      sessionLimit: { max: 10, range: '6–10 visits over 5–6 weeks', appliesTo: PSYCH },
      confidence: 'likely',
      confidenceNote: 'Verified as the MTUS p. 23 text (sample letters); likely as ODG text.',
      sources: ['sample letters', 'S9'],
    },
    {
      // Later editions kept the "Psychotherapy Guidelines" heading over the newer numbers, so a
      // letter of 2015 on that cites the heading quotes them; where the letter's year is unknown,
      // the older entry above, first in table order, is taken.
      id: 'odg-pain-psychotherapy-2015',
      edition: 'ODG Pain chapter, about 2015-2017 wording',
      wordingYears: { from: 2015 },
      topic: 'Psychotherapy / CBT guidelines for chronic pain (newer wording)',
      topicKeywords: PAIN_PSYCHOTHERAPY_HEADING,
      summary: 'CBT or psychotherapy for chronic pain may continue while progress is documented.',
      limits: ['Up to 13–20 sessions over 7–20 weeks if progress is documented'],
      sessionLimit: { max: 20, range: '13–20 sessions over 7–20 weeks', appliesTo: PSYCH },
      confidence: 'likely',
      confidenceNote:
        'The numbers are verified for the ODG Pain chapter of about 2015-2017 (S27); that a letter of 2015 on citing "Psychotherapy Guidelines" quotes them is likely, from the letter year.',
      sources: ['S27'],
    },
    {
      id: 'odg-pain-psychological-treatment',
      edition: 'ODG Pain chapter, about 2015-2017 wording',
      topic: 'Psychological treatment / psychotherapy for chronic pain (newer wording)',
      topicKeywords: [...PAIN, 'psychological treatment', 'psychotherapy'],
      summary: 'CBT or psychotherapy for chronic pain may continue while progress is documented.',
      limits: ['Up to 13–20 sessions over 7–20 weeks if progress is documented'],
      sessionLimit: { max: 20, range: '13–20 sessions over 7–20 weeks', appliesTo: PSYCH },
      confidence: 'verified',
      sources: ['S27'],
    },
    {
      id: 'odg-mental-illness-psychotherapy',
      topic: 'Mental Illness & Stress: psychotherapy guidelines (depression, anxiety, PTSD)',
      topicKeywords: ['mental illness & stress', 'psychotherapy guidelines', 'psychotherapy', 'depression', 'anxiety', 'ptsd'],
      summary: 'Psychotherapy for depression, anxiety and PTSD, extended only while progress is shown.',
      limits: [
        'Older wording: initial trial of 6 visits over 6 weeks; with objective functional improvement up to 13–20 visits over 13–20 weeks',
        'Newer wording: up to 13–20 visits over 7–20 weeks if progress is made',
        'Severe major depression or PTSD: up to 50 sessions with progress',
      ],
      sessionLimit: {
        max: 20,
        range: '13–20 visits (severe major depression or PTSD: up to 50)',
        appliesTo: PSYCH,
        forConditions: { max: 50, topicWords: ['PTSD', 'posttraumatic', 'post-traumatic', 'severe major depression'] },
      },
      confidence: 'likely',
      confidenceNote: 'Only partly supported by S27.',
      sources: ['S27'],
    },
    {
      id: 'odg-low-back-chiropractic',
      edition: 'ODG 2008',
      topic: 'Low Back: chiropractic guidelines (manipulation)',
      topicKeywords: ['low back', 'lumbar & thoracic', 'chiropractic guidelines', 'chiropractic', 'manipulation'],
      summary:
        'Manipulation for the low back, aiming to avoid chronicity. Elective or maintenance care is not medically necessary.',
      limits: [
        'Mild: up to 6 visits over 2 weeks',
        'Severe: trial of 6 visits over 2 weeks, then up to 18 visits over 6–8 weeks with objective functional improvement',
      ],
      sessionLimit: { max: 18, range: '6-visit trial, then up to 18 visits over 6–8 weeks', appliesTo: ['chiropractic'] },
      confidence: 'verified',
      confidenceNote: 'Verified for the 2008 edition.',
      sources: ['S26'],
    },
    {
      id: 'odg-physical-therapy-general',
      topic: 'Physical therapy guidelines (general principles)',
      topicKeywords: ['physical therapy guidelines', 'physical therapy', 'physical medicine'],
      summary:
        'Fade visit frequency and move toward an active, self-directed home program; passive modalities should not be used alone.',
      confidence: 'verified',
      sources: ['S28'],
    },
    // The per-region PT rows give several courses by diagnosis, so no single maximum.
    {
      id: 'odg-low-back-physical-therapy',
      topic: 'Low Back: physical therapy',
      topicKeywords: ['low back', 'lumbar', 'physical therapy'],
      summary: 'Physical therapy courses for low back diagnoses.',
      limits: [
        'Lumbar sprains/strains: 10 visits over 8 weeks',
        'Disc disorders without myelopathy (medical): 10 visits over 8 weeks',
        'Sciatica/radiculitis: 10–12 visits over 8 weeks',
        'Post-discectomy: 16 visits over 8 weeks',
        'Post-fusion: 34 visits over 16 weeks',
      ],
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'odg-neck-physical-therapy',
      topic: 'Neck and Upper Back: physical therapy',
      topicKeywords: ['neck and upper back', 'neck', 'cervicalgia', 'physical therapy'],
      summary: 'Physical therapy courses for neck diagnoses.',
      limits: ['Sprains/strains: 10 visits over 8 weeks', 'Cervicalgia: 9 visits over 8 weeks'],
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'odg-shoulder-physical-therapy',
      topic: 'Shoulder: physical therapy',
      topicKeywords: ['shoulder', 'adhesive capsulitis', 'physical therapy'],
      summary: 'Physical therapy courses for shoulder diagnoses.',
      limits: [
        'Impingement (medical): 10 visits over 8 weeks',
        'Post-arthroscopic repair: 24 visits over 14 weeks',
        'Adhesive capsulitis: 16 visits over 8 weeks',
      ],
      confidence: 'likely',
      sources: [],
    },
    {
      id: 'odg-knee-physical-therapy',
      topic: 'Knee & Leg: physical therapy',
      topicKeywords: ['knee & leg', 'knee', 'meniscectomy', 'physical therapy'],
      summary: 'Physical therapy courses for knee diagnoses.',
      limits: [
        'Sprain: 12 visits over 8 weeks',
        'Meniscus (medical): 9 visits over 8 weeks',
        'Post-meniscectomy: 12 visits over 12 weeks',
      ],
      confidence: 'likely',
      confidenceNote: 'The post-meniscectomy course is verified as the MTUS postsurgical figure [S24].',
      sources: ['S24'],
    },
    {
      id: 'odg-pain-functional-restoration',
      topic: 'Pain: chronic pain programs (functional restoration programs)',
      topicKeywords: [...PAIN, 'chronic pain programs', 'functional restoration', 'frp'],
      summary: 'Functional restoration programs continue only with evidence of efficacy.',
      limits: ['No longer than 2 weeks without evidence of efficacy', 'Total generally up to 20 full-day sessions (about 160 hours)'],
      sessionLimit: { max: 20, range: '20 full-day sessions (about 160 hours)', appliesTo: ['other'] },
      confidence: 'likely',
      sources: [],
    },
  ],
);
