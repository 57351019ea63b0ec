/**
 * Recognises a letter, and which of the three formats it is, from its markers.
 * Cheap enough for the client to run on the first lines of every plain-text file.
 */
import type { LetterFormat } from '../model';
import { plainText } from '../text/plainText';

// Line markers, tested only on lines that start with the right letter (see detectFormat).
const PROFESSIONAL = /^(?:MEDICAL PROFESSIONAL REVIEW|ISSUE(?:S|\(S\))? AT DISPUTE:?)[ \t\r]*$/i;
// Case-sensitive: 2014 letters say "MAXIMUS Federal Services" in their prose.
const MAXIMUS_2013 = /^MAXIMUS FEDERAL SERVICES/;
const DECISIONS_2013 = /^IMR DECISION(?:\(S\)|S)? AND RATIONALE/i;
// The decisions heading may be cut by a page break or wrapped after "DECISIONS" or "AND", the rest on the next line.
// 2013 letters share the other two headings; the decisions heading is 2014's alone.
const MARKER_2014 = /^(?:HOW THE IMR FINAL DETERMINATION WAS MADE|(IMR ISSUES?,? (?:DECISIONS?|DETERMINATIONS?),?(?: AND(?: RATIONALES?)?)?)|CLINICAL CASE SUMMARY):?[ \t\r]*$/i;
// The 2013 header ("MAXIMUS FEDERAL SERVICES", "UR Denial Date:") also heads MAXIMUS's other
// notices, so it marks a letter only with its decision paragraph or a section heading. The
// decision paragraph starts a line: an appeal that quotes it ('"Final Determination: UPHOLD.')
// is not a letter.
const FINAL_DETERMINATION = /^Final Determination:\s*(?:UPHOLD|OVERTURN)/;
// MAXIMUS's other programs share the letters' header, headings and decision paragraph: its
// Independent Bill Review decisions decide fees, and its reviews for the Department of Managed
// Health Care decide a health plan's denials, not a workers' compensation claim's.
const OTHER_PROGRAM = /^(?:IBR Case (?:Number|No\.?)|Independent Bill Review[ \t\r]*$|DMHC Reference Number|Independent Medical Review for the Department of Managed Health Care)/;
// A utilization review's own notice, or its internal appeal's, copies the letters' headings but names itself: "NOTICE OF
// UTILIZATION REVIEW DECISION", "HOW THE UTILIZATION REVIEW DECISION WAS MADE", "HOW THE APPEAL DETERMINATION WAS MADE".
// Capitals and the whole line, as a documents list may name such a notice in a line of its own words.
const UR_NOTICE =
  /^(?:NOTICE OF (?:INTERNAL )?UTILIZATION REVIEW (?:APPEAL )?(?:DECISION|DETERMINATION)(?:\s?[-:]\s?[A-Z -]{1,40})?|HOW THE (?:UTILIZATION REVIEW (?:APPEAL )?DECISION|(?:INTERNAL )?APPEAL (?:DECISION|DETERMINATION)) WAS MADE|UTILIZATION REVIEW DECISIONS? AND RATIONALES?):?[ \t\r]*$/;
/** A claims administrator's internal appeal of its utilization review, titled in its own words. */
const INTERNAL_APPEAL = /^Notice of Internal (?:Utilization Review )?Appeal (?:Decision|Determination)[ \t\r]*$/;
// A party's submission to the reviewer while the review is pending ("To the Expert Reviewer:") may
// copy a professional review's headings, but it decides nothing.
const TO_REVIEWER = /^(?:To the|Dear) (?:Expert |IMR |Independent )?(?:Medical )?Reviewer\b/i;
// Another author's document that quotes a letter, named in its own title or signature lines: a utilization reviewer's
// report ("Prospective Utilization Review - Physician Reviewer Report"), a medical-legal evaluator's report, a party's
// petition to the appeals board, the application for review itself (whose box "FOR DWC/IMR USE ONLY" holds a case number
// and the date the application was received, as a letter's header does).
const OTHER_AUTHOR =
  /^(?:(?:Prospective|Retrospective) Utilization Review\b|(?:PANEL )?(?:QUALIFIED|AGREED) MEDICAL EVALUAT(?:OR|ION)\b|Attorneys? for (?:Applicant|Defendants?)\b|APPLICANT'?S PETITION\b|PETITION (?:APPEALING|FOR RECONSIDERATION)\b|APPLICATION FOR INDEPENDENT MEDICAL REVIEW[ \t\r]*$)/;
// Markers that may stand anywhere in a line.
const HEADER_2013 = /UR Denial Date:/;
const CASE_NUMBER = /\bCase (?:Number|No\.?|#):?\s*CM\d{2}-\d{4,}/i;
const FIELDS_2014 = /Treatment\(s\) in Dispute|Date of UR Decision|Application Received/i;

/** How much of a document the format markers are looked for in. */
export const DETECTION_WINDOW = 6000;

/** Lower-cased first letters of the line markers: other lines are not tested at all. */
const [M, I, H, C, F, D, T, N, U, P, Q, A] = ['m', 'i', 'h', 'c', 'f', 'd', 't', 'n', 'u', 'p', 'q', 'a'].map((c) => c.charCodeAt(0));

interface Markers {
  professional: boolean;
  header2013: boolean;
  decisions2013: boolean;
  is2014: boolean;
  /** 2014's decisions heading: a letter of that format even under a letterhead like 2013's. */
  decisions2014: boolean;
  finalDetermination: boolean;
  /** Another MAXIMUS program's decision, a submission to the reviewer or a utilization review's notice: not a letter. */
  notALetter: boolean;
}

/** Space, tab, or an e-mail's quote marker (">") before a line's text. */
function isIndent(code: number): boolean {
  return code === 32 || code === 9 || code === 62;
}

/**
 * The format's line markers in the text: one pass over the line starts, instead of a
 * multi-line regular expression per marker that tries every position.
 */
function lineMarkers(text: string): Markers {
  const found: Markers = { professional: false, header2013: false, decisions2013: false, is2014: false, decisions2014: false, finalDetermination: false, notALetter: false };
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    let s = pos;
    while (s < eol && isIndent(text.charCodeAt(s))) s++;
    // Each marker starts with a known letter: a line is tried only for the markers it could be.
    const initial = text.charCodeAt(s) | 0x20;
    if (initial === M || initial === I) {
      const line = text.slice(s, eol);
      // Not the end of the search: another's document may carry this title (OTHER_AUTHOR).
      if (PROFESSIONAL.test(line)) found.professional = true;
      if (initial === M) found.header2013 ||= MAXIMUS_2013.test(line);
      else if (DECISIONS_2013.test(line)) found.decisions2013 = true;
      else if (!mark2014(line, found)) found.notALetter ||= OTHER_PROGRAM.test(line);
    } else if (initial === H || initial === C) {
      const line = text.slice(s, eol);
      if (!mark2014(line, found) && initial === H) found.notALetter ||= UR_NOTICE.test(line);
    } else if ((initial === N || initial === U) && isCapital(text.charCodeAt(s)) && isCapital(text.charCodeAt(s + 1))) {
      // UR_NOTICE is in capitals: a line that does not start with two is not tried ("Utilization review ...").
      found.notALetter ||= UR_NOTICE.test(text.slice(s, eol));
    } else if (initial === N && text.startsWith('Notice of Internal', s)) {
      found.notALetter ||= INTERNAL_APPEAL.test(text.slice(s, eol));
    } else if (initial === F) {
      found.finalDetermination ||= FINAL_DETERMINATION.test(text.slice(s, eol));
    } else if (initial === D) {
      const line = text.slice(s, eol);
      found.notALetter ||= line.startsWith('DMHC') ? OTHER_PROGRAM.test(line) : TO_REVIEWER.test(line);
    } else if (initial === T) {
      found.notALetter ||= TO_REVIEWER.test(text.slice(s, eol));
    } else if (initial === P || initial === Q || initial === A) {
      found.notALetter ||= OTHER_AUTHOR.test(text.slice(s, eol));
    }
    pos = eol + 1;
  }
  return found;
}

/** "A" to "Z". */
function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Marks a 2014 heading in `found`; false if the line is none. */
function mark2014(line: string, found: Markers): boolean {
  const m = MARKER_2014.exec(line);
  if (!m) return false;
  found.is2014 = true;
  if (m[1]) found.decisions2014 = true;
  return true;
}

/**
 * The letter's format, or null if the text is not a determination letter.
 * Looks at the first lines first; a letter whose start was cut off is recognised from its
 * headings further on.
 */
export function detectFormat(text: string, window = DETECTION_WINDOW): LetterFormat | null {
  return formatOf(plainText(text.length > window ? text.slice(0, window) : text));
}

/** The format of `head`, text as plainText writes it. */
export function formatOf(head: string): LetterFormat | null {
  if (head.includes('\u0000')) return null;
  const markers = lineMarkers(head);
  if (markers.notALetter) return null;
  if (markers.professional) return 'professional-review';
  const header2013 = markers.header2013 || HEADER_2013.test(head);
  // The decision paragraph alone is not enough: a claims administrator's notice that implements a
  // determination repeats it, with the header's fields, under its own letterhead.
  const decisionParagraph = markers.finalDetermination && (markers.header2013 || markers.is2014);
  if (markers.decisions2013 || decisionParagraph || (header2013 && markers.is2014 && !markers.decisions2014)) return 'determination-2013';
  if (markers.is2014) return 'determination-2014';
  // A 2014 header block alone is a letter cut short; under the 2013 header it is one of the notices.
  if (!header2013 && CASE_NUMBER.test(head) && FIELDS_2014.test(head)) return 'determination-2014';
  return null;
}
