/**
 * The section headings of the three letter formats, and which formats require them.
 * A heading stands alone on its line (or wraps onto a second line); matching is on the
 * whole line, case-insensitive, with spacing and a trailing colon tolerated.
 */
import type { LetterFormat } from '../model';

export type SectionKind =
  | 'how-made'
  | 'documents'
  | 'clinical-summary'
  | 'decisions'
  | 'issue'
  | 'case-summary'
  | 'documents-for-determination'
  | 'guidelines-relied-upon'
  | 'rationale'
  | 'qualifications';

export interface HeadingDef {
  kind: SectionKind;
  /** The heading's canonical text, used in messages. */
  canonical: string;
  pattern: RegExp;
}

export const HEADINGS: readonly HeadingDef[] = [
  { kind: 'how-made', canonical: 'HOW THE IMR FINAL DETERMINATION WAS MADE', pattern: /^HOW THE IMR FINAL DETERMINATION WAS MADE:?$/i },
  { kind: 'documents', canonical: 'DOCUMENTS REVIEWED', pattern: /^DOCUMENTS REVIEWED:?$/i },
  { kind: 'clinical-summary', canonical: 'CLINICAL CASE SUMMARY', pattern: /^CLINICAL CASE SUMMARY:?$/i },
  {
    kind: 'decisions',
    canonical: 'IMR ISSUES, DECISIONS AND RATIONALES',
    // "IMR ISSUES, DETERMINATIONS AND RATIONALES" in some templates.
    pattern: /^IMR ISSUES?,? (?:DECISIONS?|DETERMINATIONS?),? AND RATIONALES?:?$/i,
  },
  {
    kind: 'decisions',
    canonical: 'IMR DECISION(S) AND RATIONALE(S)',
    pattern: /^IMR DECISION(?:\(S\)|S)? AND RATIONALE(?:\(S\)|S)?:?$/i,
  },
  { kind: 'issue', canonical: 'ISSUE AT DISPUTE:', pattern: /^ISSUE(?:S|\(S\))? (?:AT|IN) DISPUTE:?$/i },
  { kind: 'case-summary', canonical: 'CASE SUMMARY:', pattern: /^CASE SUMMARY:?$/i },
  {
    kind: 'documents-for-determination',
    canonical: 'DOCUMENTS REVIEWED FOR DETERMINATION:',
    pattern: /^DOCUMENTS REVIEWED FOR DETERMINATION:?$/i,
  },
  {
    kind: 'guidelines-relied-upon',
    canonical: 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
    pattern: /^MEDICAL TREATMENT GUIDELINE(?:\(S\)|S)? RELIED UPON BY (?:THE )?PROFESSIONAL REVIEWER AND WHY:?$/i,
  },
  {
    kind: 'rationale',
    canonical: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    // "IS/WAS", or "IS" or "WAS" alone: "... SERVICE IS MEDICALLY NECESSARY:".
    pattern: /^RATIONALE FOR WHY THE REQUESTED TREATMENT\/SERVICE (?:IS\/WAS|IS|WAS) (?:NOT )?MEDICALLY NECESSARY:?$/i,
  },
  { kind: 'qualifications', canonical: 'MEDICAL REVIEWER QUALIFICATIONS:', pattern: /^MEDICAL REVIEWER QUALIFICATIONS:?$/i },
];

/** Sections each format must have, in order. */
export const REQUIRED_SECTIONS: Record<LetterFormat, readonly SectionKind[]> = {
  'determination-2014': ['how-made', 'clinical-summary', 'decisions'],
  'determination-2013': ['how-made', 'documents', 'clinical-summary', 'decisions'],
  'professional-review': ['issue', 'case-summary', 'documents-for-determination', 'guidelines-relied-upon', 'rationale', 'qualifications'],
};

/** Canonical heading of a kind for a format (the decisions heading differs by format). */
export function canonicalHeading(kind: SectionKind, format: LetterFormat): string {
  if (kind === 'decisions' && format === 'determination-2013') return 'IMR DECISION(S) AND RATIONALE(S)';
  return HEADINGS.find((h) => h.kind === kind)!.canonical;
}

// Whitespace runs other than a single space: the same result as replacing every run (/\s+/g), but
// a line with only single spaces has no match and is returned as it is, not copied space by space.
const SPACES = /\s{2,}|[^\S ]/g;

export function collapseSpaces(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/** Every heading starts with one of these words; anchored, so a prose line fails at once. */
const FIRST_WORD = /^(?:HOW|DOCUMENTS|CLINICAL|IMR|ISSUE(?:S|\(S\))?|CASE|MEDICAL|RATIONALE)(?:\s|$)/i;

/**
 * Headings are short and start with a known word; this cheap test skips ordinary prose lines. A
 * wrapped heading's first line may be that word alone ("CLINICAL" / "CASE SUMMARY").
 */
export function couldBeHeading(text: string): boolean {
  return text.length <= 110 && text.length >= 3 && startsLikeHeading(text);
}

/** Whether a line starts with a heading's first word. */
export function startsLikeHeading(text: string): boolean {
  return BY_INITIAL.has(text.charCodeAt(0) | 0x20) && FIRST_WORD.test(text);
}

/**
 * The headings by the lower-cased first letter of their canonical text. Every pattern is
 * anchored at that letter, so only the headings sharing a line's first letter are tried.
 */
const BY_INITIAL = new Map<number, HeadingDef[]>();
for (const h of HEADINGS) {
  const initial = h.canonical.toLowerCase().charCodeAt(0);
  BY_INITIAL.set(initial, [...(BY_INITIAL.get(initial) ?? []), h]);
}

/** The headings' words in lower case, with the rationale heading that drops "NOT" too. */
const HEADING_WORDS = [...HEADINGS.map((h) => h.canonical.toLowerCase()), 'rationale for why the requested treatment/service is/was medically necessary:'];

/**
 * Whether `text` (a line, or lines joined) is how a heading starts, in any case: "Medical treatment guideline(s) relied
 * upon by professional", whose next line may end it in sentence case ("reviewer and why:").
 */
export function startsAHeading(text: string): boolean {
  const words = collapseSpaces(text).toLowerCase();
  return words.length >= 12 && HEADING_WORDS.some((h) => h.startsWith(words));
}

export function matchHeading(text: string): HeadingDef | null {
  const collapsed = collapseSpaces(text);
  for (const h of BY_INITIAL.get(collapsed.charCodeAt(0) | 0x20) ?? []) if (h.pattern.test(collapsed)) return h;
  return null;
}
