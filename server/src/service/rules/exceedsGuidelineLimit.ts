import type { Citation, DisputedItem } from '../model';
import { sessionLimitFor, type ApplicableSessionLimit } from '../guidelines/lookup';
import { letterYear } from '../guidelines/letterYear';
import type { Rule } from './rule';

/**
 * Per citation list (items sharing their parts share it, and a list is one letter's, so of one
 * year) and service: the limit is looked up once.
 */
const limits = new WeakMap<readonly Citation[], Map<string, ApplicableSessionLimit | null>>();

/** The limit that governs the item, in the wording of the letter's year (`year`: letterYear). */
export function limitFor(item: DisputedItem, year: number | null): ApplicableSessionLimit | null {
  let byService = limits.get(item.citations);
  if (!byService) limits.set(item.citations, (byService = new Map()));
  if (!byService.has(item.service)) byService.set(item.service, sessionLimitFor({ citations: item.citations, category: item.category, service: item.service, year }));
  return byService.get(item.service)!;
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
    const year = letterYear(letter);
    return letter.items.flatMap((item) => {
      const requested = item.requestedSessions;
      const limit = item.sessionBased && requested ? limitFor(item, year) : null;
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
