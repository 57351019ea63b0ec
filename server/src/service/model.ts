/**
 * The letter model: what the parser extracts from one IMR final determination letter.
 * Every located thing carries a Span of character offsets into the original text, so
 * the server, the CLI and the tests can each turn it into their own kind of position.
 * This module and everything under service/ import nothing from LSP or VS Code.
 */

/** Half-open range of UTF-16 offsets into the original document text. */
export interface Span {
  start: number;
  end: number;
}

export type LetterFormat = 'determination-2014' | 'determination-2013' | 'professional-review';

export type Decision = 'Upheld' | 'Overturned';

export type FunctionalImprovement = 'documented' | 'not-documented' | 'not-addressed';

export type GuidelineFamily =
  | 'MTUS Chronic Pain'
  | 'MTUS Acupuncture'
  | 'MTUS Post-Surgical'
  | 'ACOEM'
  | 'ODG'
  | '8 CCR / Labor Code'
  | 'other';

export type TreatmentCategory =
  | 'psychotherapy/CBT'
  | 'physical therapy'
  | 'chiropractic'
  | 'acupuncture'
  | 'medications'
  | 'imaging'
  | 'injections'
  | 'surgery'
  | 'DME'
  | 'other';

export interface Section {
  /** The heading as written, whitespace collapsed (a wrapped heading is joined into one). */
  heading: string;
  headingSpan: Span;
  /** From the end of the heading to the start of the next heading (or the end of the text). */
  bodySpan: Span;
}

export interface Citation {
  family: GuidelineFamily;
  /** Chapter number (ACOEM) or chapter / topic words (ODG, MTUS topic), when the letter gives them. */
  chapter: number | null;
  topic: string | null;
  /** The year printed with the guideline name, e.g. 2009 for "(2009)", when there is one. */
  year: number | null;
  /** The first and last page of each page reference, in order: "74-96, 78" gives [74, 96, 78]. */
  pages: number[];
  /**
   * Page references as written, each with its own span, for hover; with the chapter named
   * last before it ("Chapter 8, pages 177-178, and Chapter 12, pages 303-304"), else the citation's.
   */
  pageRefs: { text: string; first: number; last: number; chapter: number | null; span: Span }[];
  /** The whole citation: guideline name through its last page reference. */
  span: Span;
  /** The guideline name's span (e.g. "MTUS Chronic Pain Treatment Guidelines"). */
  nameSpan: Span;
}

export interface SessionCount {
  value: number;
  span: Span;
}

export interface ItemPart {
  kind: 'claims-guideline' | 'reviewer-guideline' | 'rationale';
  /** Label as written, e.g. "MAXIMUS guideline" or "Rationale Used in Decision Making". */
  label: string;
  span: Span;
  /** The part's text with line breaks, hyphenation and PDF artifacts removed. */
  text: string;
}

export interface DisputedItem {
  /** The service as requested, as written, whitespace collapsed. */
  service: string;
  serviceSpan: Span;
  decision: Decision | null;
  /** The decision word(s) as located in the letter: "Upheld", or "is not medically necessary". */
  decisionSpan: Span | null;
  /** The whole item block. */
  span: Span;
  parts: ItemPart[];
  category: TreatmentCategory;
  /** A session-based therapy (psychotherapy, PT, chiropractic, acupuncture, FRP days, ...). */
  sessionBased: boolean;
  /** Continued, additional or refilled treatment: its earlier course should have shown improvement. */
  continued: boolean;
  requestedSessions: SessionCount | null;
  /** Sessions already completed or authorized, found anywhere in the letter for this item. */
  completedSessions: SessionCount | null;
  functionalImprovement: { status: FunctionalImprovement; span: Span | null };
  /** Citations in the item's guideline parts and rationale. */
  citations: readonly Citation[];
  /** What the rationale concludes, if it concludes: "necessary" / "not-necessary", with its span. */
  conclusion: { necessary: boolean; span: Span } | null;
}

export interface DateField {
  /** ISO yyyy-mm-dd. */
  iso: string;
  span: Span;
}

export interface Letter {
  format: LetterFormat;
  sections: Section[];
  patient: { age: number | null; sex: 'female' | 'male' | null; span: Span | null };
  dates: { injury: DateField | null; application: DateField | null; urDecision: DateField | null };
  reviewer: { specialty: string | null; licensure: string[]; span: Span | null };
  items: DisputedItem[];
  /** Spans of identifiers that look unredacted (SSN, phone, e-mail, claim number, medical record number, health-plan member ID, street address, driver's license or license plate number). */
  identifiers: { kind: 'ssn' | 'phone' | 'email' | 'claim-number' | 'medical-record-number' | 'member-id' | 'street-address' | 'license-number'; span: Span }[];
}
