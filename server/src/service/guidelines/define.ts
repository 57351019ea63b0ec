/**
 * Builds entries from compact table rows. Every row of one table shares its
 * document and edition, and most rows have no session limit, so the data files
 * state only what varies and this fills in the rest.
 */
import type { GuidelineEntry, PageRange } from './types';

type Shared = 'family' | 'document' | 'edition';
type Defaulted = 'chapter' | 'limits' | 'sessionLimit' | 'pages';

/** Fields common to a table. */
export type EntryBase = Pick<GuidelineEntry, Shared> & { readonly chapter?: number | null };

/** One row: required fields, plus optional overrides of the defaults or of the base. */
export type EntryRow = Omit<GuidelineEntry, Shared | Defaulted> &
  Partial<Pick<GuidelineEntry, Shared | Defaulted>>;

export function defineEntries(base: EntryBase, rows: readonly EntryRow[]): GuidelineEntry[] {
  return rows.map((row) => ({ chapter: null, limits: [], sessionLimit: null, pages: null, ...base, ...row }));
}

/** Page range shorthand: pp(23) or pp(58, 60). */
export function pp(first: number, last: number = first): PageRange {
  return { first, last };
}
