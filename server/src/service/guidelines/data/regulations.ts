/**
 * Tables 4 and 8: the regulation and statute sections letters cite by number,
 * 8 CCR 9792.20 (definitions) and Labor Code 4610.5 (the IMR standard of medical
 * necessity). Keywords carry the section numbers so "CCR 9792.20(f)" resolves.
 */
import { defineEntries } from '../define';

const CCR_9792_20 = '8 CCR 9792.20 (MTUS definitions)';
const LC_4610_5 = 'California Labor Code section 4610.5';

export const regulationEntries = [
  ...defineEntries(
    { family: '8 CCR / Labor Code', document: CCR_9792_20, edition: '2009 text (subsection f) and current text (subsection e)' },
    [
      {
        id: 'ccr-functional-improvement',
        topic: 'Functional improvement, as defined in the MTUS',
        topicKeywords: ['functional improvement', '9792.20(f)', '9792.20(e)', '9792.20'],
        summary:
          'Either a clinically significant improvement in activities of daily living or a reduction in work restrictions, as measured in the documented history and exam, and in both cases less dependence on continued medical treatment.',
        limits: [
          'Subsection (f) in the 2009 text; (e) in the current text after renumbering',
          '2009 text: (a) ACOEM society, (b) ACOEM Practice Guidelines 2nd ed., (c) chronic pain, (d) claims administrator, (e) evidence-based medicine',
        ],
        confidence: 'verified',
        confidenceNote: 'Both subsection letters are verified; the date of the switch from (f) to (e) is unverified (about 2016).',
        sources: ['S1', 'S2'],
      },
      {
        id: 'ccr-chronic-pain-definition',
        topic: 'Chronic pain, as defined in the MTUS',
        topicKeywords: ['chronic pain definition', '9792.20(c)', '9792.20(b)', '9792.20'],
        summary: 'Pain that lasts past the expected healing time (2009 text, (c)); now pain lasting 3 months or more from onset ((b)).',
        confidence: 'verified',
        sources: ['S1', 'S2', 'S36'],
      },
    ],
  ),
  ...defineEntries(
    { family: '8 CCR / Labor Code', document: LC_4610_5, edition: 'Current text' },
    [
      {
        id: 'lc-4610-5-c2',
        topic: 'Standards for IMR medical necessity, in order',
        topicKeywords: ['4610.5(c)(2)', '4610.5', 'medically necessary', 'medical necessity'],
        summary:
          'Medically necessary means reasonably required to cure or relieve the effects of the injury, judged by these standards in order: (A) the MTUS, including the drug formulary; (B) peer-reviewed evidence on the disputed service; (C) nationally recognized professional standards; (D) expert opinion; (E) generally accepted standards of practice; (F) treatments likely to help where others are not clinically efficacious.',
        limits: ['The current text applies the standards as set out in the MTUS'],
        confidence: 'verified',
        confidenceNote: 'The A–F order is verified for the current text only.',
        sources: ['S16'],
      },
      {
        id: 'lc-4610-5-c2-original',
        edition: 'Original SB 863 wording (2013 to about 2016)',
        topic: 'Standards for IMR medical necessity (original wording)',
        topicKeywords: ['4610.5(c)(2)', 'sb 863'],
        summary:
          'Reportedly required the standards to be applied in the listed order, a lower standard only when every higher one was inapplicable. The drug-formulary wording came later (AB 1124 / SB 1160 era).',
        confidence: 'unverified',
        sources: [],
      },
      {
        id: 'lc-4610-5-a3',
        topic: 'IMR of formulary medication disputes',
        topicKeywords: ['4610.5(a)(3)', 'formulary dispute'],
        summary: 'IMR also covers disputes over formulary medications arising on or after 1 Jan 2018.',
        confidence: 'verified',
        sources: ['S16'],
      },
    ],
  ),
];
