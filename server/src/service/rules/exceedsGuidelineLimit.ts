import type { Citation, DisputedItem, TreatmentCategory } from '../model';
import { sessionLimitFor, type ApplicableSessionLimit } from '../guidelines/lookup';
import type { Rule } from './rule';

/** Per citation list (items sharing their parts share it) and category: the limit is looked up once. */
const limits = new WeakMap<readonly Citation[], Map<TreatmentCategory, ApplicableSessionLimit | null>>();

export function limitFor(item: DisputedItem): ApplicableSessionLimit | null {
  let byCategory = limits.get(item.citations);
  if (!byCategory) limits.set(item.citations, (byCategory = new Map()));
  if (!byCategory.has(item.category)) byCategory.set(item.category, sessionLimitFor({ citations: item.citations, category: item.category }));
  return byCategory.get(item.category)!;
}

/** "MTUS Chronic Pain p. 23 (Behavioral interventions)". */
export function describeEntry(limit: ApplicableSessionLimit): string {
  const { entry } = limit;
  const pages = entry.pages ? ` p. ${entry.pages.first}${entry.pages.last !== entry.pages.first ? '-' + entry.pages.last : ''}` : '';
  return `${entry.family}${pages} (${entry.topic})`;
}

export const exceedsGuidelineLimit: Rule = {
  code: 'exceeds-guideline-limit',
  defaultSeverity: 'warning',
  description: 'The requested count, or completed plus requested, exceeds the maximum total of the guideline cited for it.',
  check(letter) {
    return letter.items.flatMap((item) => {
      const requested = item.requestedSessions;
      const limit = item.sessionBased && requested ? limitFor(item) : null;
      if (!requested || !limit) return [];
      const completed = item.completedSessions?.value ?? 0;
      const total = requested.value + completed;
      if (total <= limit.max) return [];
      const counted = completed
        ? `${requested.value} sessions requested plus ${completed} already completed or authorized (${total} in all)`
        : `${requested.value} sessions requested`;
      return [{
        message: `${counted} exceeds ${describeEntry(limit)}: ${limit.range}, at most ${limit.max}. [${limit.entry.edition}; mapping ${limit.entry.confidence}]`,
        span: requested.span,
      }];
    });
  },
};
