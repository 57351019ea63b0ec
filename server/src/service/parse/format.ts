/**
 * Recognises a letter, and which of the three formats it is, from its markers.
 * Cheap enough for the client to run on the first lines of every plain-text file.
 */
import type { LetterFormat } from '../model';

const PROFESSIONAL = /^[ \t\u00a0]*(?:MEDICAL PROFESSIONAL REVIEW|ISSUES? AT DISPUTE:?)[ \t\u00a0\r]*$/im;
// Case-sensitive: 2014 letters say "MAXIMUS Federal Services" in their prose.
const HEADER_2013 = /^[ \t\u00a0]*MAXIMUS FEDERAL SERVICES|Final Determination:\s*(?:UPHOLD|OVERTURN)|UR Denial Date:/m;
const DECISIONS_2013 = /^[ \t\u00a0]*IMR DECISION(?:\(S\)|S)? AND RATIONALE/im;
const MARKER_2014 = /^[ \t\u00a0]*(?:HOW THE IMR FINAL DETERMINATION WAS MADE|IMR ISSUES?,? DECISIONS?,? AND RATIONALES?|CLINICAL CASE SUMMARY)[ \t\u00a0\r]*$/im;
const CASE_NUMBER = /\bCase (?:Number|No\.?|#):?\s*CM\d{2}-\d{4,}/i;
const NUL = /\u0000/;

/** How much of a document the format markers are looked for in. */
export const DETECTION_WINDOW = 6000;

/**
 * The letter's format, or null if the text is not a determination letter.
 * Looks at the first lines first; a letter whose start was cut off is recognised from its
 * headings further on.
 */
export function detectFormat(text: string, window = DETECTION_WINDOW): LetterFormat | null {
  const head = text.length > window ? text.slice(0, window) : text;
  if (NUL.test(head)) return null;
  if (PROFESSIONAL.test(head)) return 'professional-review';
  if (HEADER_2013.test(head) || DECISIONS_2013.test(head)) return 'determination-2013';
  if (MARKER_2014.test(head)) return 'determination-2014';
  if (CASE_NUMBER.test(head) && /Treatment\(s\) in Dispute|Date of UR Decision|Application Received/i.test(head)) {
    return 'determination-2014';
  }
  return null;
}
