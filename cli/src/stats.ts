/**
 * Corpus statistics, gathered one letter at a time: a letter contributes a small summary
 * (LetterStats) and the aggregate keeps only counts, so memory does not grow with the
 * corpus. Categories and diagnostic codes are fixed lists; cited pages are counted once
 * per disputed item that cites them.
 */
import { RULE_CODES, type ParsedLetter, type TreatmentCategory } from '../../server/src/service';
import { recordGuideline } from './record';

export const CATEGORIES: readonly TreatmentCategory[] = [
  'psychotherapy/CBT',
  'physical therapy',
  'chiropractic',
  'acupuncture',
  'medications',
  'imaging',
  'injections',
  'surgery',
  'DME',
  'other',
];

export type DecisionKey = 'Upheld' | 'Overturned' | 'none';

export interface LetterStats {
  format: string;
  items: { category: TreatmentCategory; decision: DecisionKey }[];
  /** Distinct "guideline p. N" (or "pp. N-M") keys of each item. */
  pages: string[];
  /** One code per finding. */
  codes: string[];
}

export function pageKey(guideline: string, first: number, last: number): string {
  return first === last ? `${guideline} p. ${first}` : `${guideline} pp. ${first}-${last}`;
}

export function letterStats(letter: ParsedLetter, codes: readonly string[]): LetterStats {
  const pages: string[] = [];
  for (const item of letter.items) {
    const keys = new Set<string>();
    for (const c of item.citations) for (const ref of c.pageRefs) keys.add(pageKey(recordGuideline(c.family), ref.first, ref.last));
    pages.push(...keys);
  }
  return {
    format: letter.format,
    items: letter.items.map((i) => ({ category: i.category, decision: i.decision ?? 'none' })),
    pages,
    codes: [...codes],
  };
}

export interface DecisionCounts {
  Upheld: number;
  Overturned: number;
  none: number;
}

export interface StatsSummary {
  letters: number;
  items: number;
  skipped: number;
  unreadable: number;
  formats: Record<string, number>;
  decisions: DecisionCounts;
  byCategory: { category: TreatmentCategory; counts: DecisionCounts }[];
  /** The most cited pages, most first (ties by name). */
  topPages: { page: string; count: number }[];
  /** Every rule code, with how many times it fired and in how many letters. */
  diagnostics: { code: string; findings: number; letters: number }[];
}

const emptyCounts = (): DecisionCounts => ({ Upheld: 0, Overturned: 0, none: 0 });

export class StatsAggregator {
  private letters = 0;
  private items = 0;
  private skipped = 0;
  private unreadable = 0;
  private readonly formats = new Map<string, number>();
  private readonly byCategory = new Map<TreatmentCategory, DecisionCounts>(CATEGORIES.map((c) => [c, emptyCounts()]));
  private readonly pages = new Map<string, number>();
  private readonly findings = new Map<string, number>(RULE_CODES.map((c) => [c, 0]));
  private readonly lettersWith = new Map<string, number>(RULE_CODES.map((c) => [c, 0]));

  add(s: LetterStats): void {
    this.letters++;
    this.formats.set(s.format, (this.formats.get(s.format) ?? 0) + 1);
    for (const item of s.items) {
      this.items++;
      let counts = this.byCategory.get(item.category);
      if (!counts) this.byCategory.set(item.category, (counts = emptyCounts()));
      counts[item.decision]++;
    }
    for (const p of s.pages) this.pages.set(p, (this.pages.get(p) ?? 0) + 1);
    for (const code of s.codes) this.findings.set(code, (this.findings.get(code) ?? 0) + 1);
    for (const code of new Set(s.codes)) this.lettersWith.set(code, (this.lettersWith.get(code) ?? 0) + 1);
  }

  addSkipped(): void {
    this.skipped++;
  }

  addUnreadable(): void {
    this.unreadable++;
  }

  summary(topPages = 15): StatsSummary {
    const byCategory = [...this.byCategory].map(([category, counts]) => ({ category, counts: { ...counts } }));
    const decisions = emptyCounts();
    for (const { counts } of byCategory) for (const k of ['Upheld', 'Overturned', 'none'] as const) decisions[k] += counts[k];
    return {
      letters: this.letters,
      items: this.items,
      skipped: this.skipped,
      unreadable: this.unreadable,
      formats: Object.fromEntries([...this.formats].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
      decisions,
      byCategory,
      topPages: [...this.pages]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, topPages)
        .map(([page, count]) => ({ page, count })),
      diagnostics: [...this.findings].map(([code, findings]) => ({ code, findings, letters: this.lettersWith.get(code) ?? 0 })),
    };
  }
}
