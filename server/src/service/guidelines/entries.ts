/**
 * Every row of the guideline facts table (tables 1-8) as one typed, read-only list.
 * Table order is kept because lookup breaks ties by position: within a table the
 * more general row (a chapter, a current text) is listed before its variants.
 */
import { acoemEntries } from './data/acoem';
import { acupunctureEntries } from './data/acupuncture';
import { cpmtgEntries } from './data/cpmtg';
import { mtusUpdateEntries } from './data/mtusUpdates';
import { odgEntries } from './data/odg';
import { postsurgicalEntries } from './data/postsurgical';
import { regulationEntries } from './data/regulations';
import type { GuidelineEntry } from './types';

export type { Confidence, EntryQuery, GuidelineDocument, GuidelineEntry, PageRange, SessionLimitFact } from './types';

export const guidelineEntries: readonly GuidelineEntry[] = [
  ...cpmtgEntries, // table 1
  ...acupunctureEntries, // table 2
  ...postsurgicalEntries, // table 3
  ...acoemEntries, // table 5
  ...odgEntries, // table 6
  ...mtusUpdateEntries, // table 7
  ...regulationEntries, // tables 4 and 8
];
