/**
 * Shapes of the guideline knowledge base. Kept apart from the data so that the
 * lookup code and its consumers (hover, diagnostics) can import types without
 * pulling every table in.
 */
import type { GuidelineFamily, TreatmentCategory } from '../model';

/**
 * How sure we are of a fact, as labelled in the guideline facts table.
 * A "likely" fact must never be shown as "verified": the hover prints this label.
 */
export type Confidence = 'verified' | 'likely' | 'unverified';

/** Inclusive page range, in the pagination of the entry's edition. */
export interface PageRange {
  readonly first: number;
  readonly last: number;
}

/** The most visits/sessions/days a request may total under one guideline page. */
export interface SessionLimitFact {
  readonly max: number;
  /** The guideline's own wording of the number, e.g. "6–10 visits over 5–6 weeks". */
  readonly range: string;
  /** Item categories the limit is meant for; a massage limit says nothing about CBT. */
  readonly appliesTo: readonly TreatmentCategory[];
  /**
   * A higher maximum for the conditions the guideline names, taken when the letter cites the
   * topic by one of `topicWords` (any case): "Cognitive therapy for PTSD" allows up to 50.
   */
  readonly forConditions?: { readonly max: number; readonly topicWords: readonly string[] };
}

/** One row of the facts table: what a cited page or topic says, and how sure we are. */
export interface GuidelineEntry {
  readonly id: string;
  readonly family: GuidelineFamily;
  /** e.g. "Chronic Pain Medical Treatment Guidelines (CPMTG)". */
  readonly document: string;
  /** e.g. "MTUS 2009 (effective 18 July 2009)": page numbers only mean something per edition. */
  readonly edition: string;
  /** ACOEM chapter number; null elsewhere. */
  readonly chapter: number | null;
  /** Lower-case words or phrases that identify the entry when a letter names a topic. */
  readonly topicKeywords: readonly string[];
  readonly pages: PageRange | null;
  readonly topic: string;
  /** Paraphrase of what the page recommends. */
  readonly summary: string;
  /** Key quantitative limits as short phrases. */
  readonly limits: readonly string[];
  /** Only where the facts give a maximum; null means none is given (or none exists). */
  readonly sessionLimit: SessionLimitFact | null;
  /**
   * Where a row mixes labels, the label of the fact the entry rests on (for a page
   * entry, the page mapping, never upgraded); confidenceNote keeps the other labels.
   */
  readonly confidence: Confidence;
  readonly confidenceNote?: string;
  /** Source ids of the facts table ("S7") or "sample letters". */
  readonly sources: readonly string[];
  /**
   * The years of the letters that quote this wording, where a topic's wording changed between
   * editions; a letter of another year, when its year is known, is not matched to the entry.
   */
  readonly wordingYears?: { readonly from?: number; readonly to?: number };
}

/** A whole guideline (or ACOEM chapter), so a citation's page can be checked against its extent. */
export interface GuidelineDocument {
  readonly id: string;
  readonly family: GuidelineFamily;
  readonly name: string;
  readonly edition: string;
  /** ACOEM chapter number; null for whole documents. */
  readonly chapter: number | null;
  /** Total pages where known (127 for the 2009 CPMTG). */
  readonly pageCount: number | null;
  /** Book pages an ACOEM chapter spans; last is null where only the start is reported. */
  readonly pageRange?: { readonly first: number; readonly last: number | null; readonly confidence: Confidence };
  /** Confidence of the document facts (name, edition, page count). */
  readonly confidence: Confidence;
  readonly note?: string;
  readonly sources: readonly string[];
}

/** What a citation says about itself; a parsed Citation satisfies this shape. */
export interface EntryQuery {
  readonly family: GuidelineFamily;
  readonly chapter: number | null;
  readonly topic: string | null;
  readonly pages: readonly number[];
  /** The year of the letter that cites it, when known: which wording of a topic it quotes. */
  readonly year?: number | null;
}
