/**
 * Resolves a letter's citation to guideline entries and documents. Called on
 * every hover, so the family/page index is built once, on first use rather than
 * at import, and each query only touches the cited pages and one family.
 */
import type { GuidelineFamily, TreatmentCategory } from '../model';
import { guidelineDocuments } from './documents';
import { guidelineEntries } from './entries';
import type { EntryQuery, GuidelineDocument, GuidelineEntry, SessionLimitFact } from './types';
import { containsPhrase, tokenize } from './words';

interface FamilyIndex {
  byPage: Map<number, GuidelineEntry[]>;
  byChapter: Map<number, GuidelineEntry[]>;
  keywords: { entry: GuidelineEntry; phrases: string[][] }[];
}

interface Index {
  families: Map<GuidelineFamily, FamilyIndex>;
  position: Map<GuidelineEntry, number>;
}

let index: Index | undefined;

function getIndex(): Index {
  return (index ??= buildIndex());
}

function buildIndex(): Index {
  const families = new Map<GuidelineFamily, FamilyIndex>();
  const position = new Map<GuidelineEntry, number>();
  guidelineEntries.forEach((entry, i) => {
    position.set(entry, i);
    let family = families.get(entry.family);
    if (!family) families.set(entry.family, (family = { byPage: new Map(), byChapter: new Map(), keywords: [] }));
    if (entry.pages) {
      for (let page = entry.pages.first; page <= entry.pages.last; page++) push(family.byPage, page, entry);
    }
    if (entry.chapter !== null) push(family.byChapter, entry.chapter, entry);
    // Keywords that reduce to the same tokens (singular/plural) must count once.
    const unique = new Map(entry.topicKeywords.map((k) => [tokenize(k).join(' '), tokenize(k)]));
    family.keywords.push({ entry, phrases: [...unique.values()] });
  });
  return { families, position };
}

function push<K>(map: Map<K, GuidelineEntry[]>, key: K, entry: GuidelineEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export type Tier = 'page' | 'topic' | 'chapter' | 'none';

export type Ranked = { tier: Tier; entries: readonly GuidelineEntry[] };

/**
 * Recent rankings by query. Letters cite the same few pages and topics over and over, and a
 * ranking depends on nothing else; the bound keeps a long batch run from growing it.
 */
const recentRanks = new Map<string, Ranked>();
const RECENT_RANKS_MAX = 1000;

/** Best matches first, with the tier they came from (sessionLimitFor trusts tiers differently). */
function rank(query: EntryQuery): Ranked {
  const key = `${query.family}|${query.chapter}|${query.topic}|${query.pages.join(',')}|${query.year ?? ''}`;
  let ranked = recentRanks.get(key);
  if (!ranked) {
    if (recentRanks.size >= RECENT_RANKS_MAX) recentRanks.clear();
    recentRanks.set(key, (ranked = rankUncached(query)));
  }
  return ranked;
}

function rankUncached(query: EntryQuery): Ranked {
  const { families, position } = getIndex();
  const family = families.get(query.family);
  if (!family) return { tier: 'none', entries: [] };
  const fits = (e: GuidelineEntry) => (query.chapter === null || e.chapter === null || e.chapter === query.chapter) && inWordingYears(e, query.year);
  const topicScore = scoreTopic(family, query.topic);
  const order = (e: GuidelineEntry) => position.get(e)!;

  // Tier 1: entries containing a cited page. Overlap over union (Jaccard) prefers the
  // entry whose range best matches the cited range: p. 78 -> "On-Going Management"
  // (78) before "Opioids" (74-96), but "74-96" -> the whole section.
  const wanted = new Set(query.pages.filter((p) => Number.isInteger(p) && p > 0));
  const overlap = new Map<GuidelineEntry, number>();
  for (const page of wanted) {
    for (const e of family.byPage.get(page) ?? []) if (fits(e)) overlap.set(e, (overlap.get(e) ?? 0) + 1);
  }
  if (overlap.size > 0) {
    const span = (e: GuidelineEntry) => e.pages!.last - e.pages!.first + 1;
    const scored = [...overlap].map(([e, n]) => ({ e, fit: n / (wanted.size + span(e) - n) }));
    scored.sort(
      (a, b) =>
        b.fit - a.fit ||
        (topicScore.get(b.e) ?? 0) - (topicScore.get(a.e) ?? 0) ||
        span(a.e) - span(b.e) ||
        order(a.e) - order(b.e),
    );
    return { tier: 'page', entries: scored.map((s) => s.e) };
  }

  // Tier 2: topic words; ties keep table order, where general rows come first.
  const byTopic = [...topicScore].filter(([e]) => fits(e));
  if (byTopic.length > 0) {
    byTopic.sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
    return { tier: 'topic', entries: byTopic.map(([e]) => e) };
  }

  // Tier 3: the cited chapter, overview first.
  const inChapter = query.chapter === null ? undefined : family.byChapter.get(query.chapter);
  return inChapter ? { tier: 'chapter', entries: [...inChapter] } : { tier: 'none', entries: [] };
}

/** Whether a letter of `year` may quote the entry's wording; with the year unknown, any may. */
function inWordingYears(entry: GuidelineEntry, year: number | null | undefined): boolean {
  const years = entry.wordingYears;
  return !years || !year || ((years.from ?? year) <= year && year <= (years.to ?? year));
}

/** Sum of matched keyword lengths in words, so specific phrases outweigh single words. */
function scoreTopic(family: FamilyIndex, topic: string | null): Map<GuidelineEntry, number> {
  const scores = new Map<GuidelineEntry, number>();
  const words = topic ? tokenize(topic) : [];
  if (words.length === 0) return scores;
  for (const { entry, phrases } of family.keywords) {
    let score = 0;
    for (const phrase of phrases) if (containsPhrase(words, phrase)) score += phrase.length;
    if (score > 0) scores.set(entry, score);
  }
  return scores;
}

/**
 * Entries for a citation, best first: page containment, else topic words, else chapter; with
 * the tier they came from, so a reader can tell a page's own entry from its topic's or chapter's.
 */
export function findRankedEntries(query: EntryQuery): Ranked {
  return rank(query);
}

/**
 * The document a citation refers to: the ACOEM chapter when known, else the
 * family's default document (chapter null), else null.
 */
export function findDocument(family: GuidelineFamily, chapter: number | null): GuidelineDocument | null {
  const docs = guidelineDocuments.filter((d) => d.family === family);
  const byChapter = chapter === null ? undefined : docs.find((d) => d.chapter === chapter);
  return byChapter ?? docs.find((d) => d.chapter === null) ?? null;
}

/** Whether a page can exist in the document; null when its extent is unknown. */
export function pageInDocument(doc: GuidelineDocument, page: number): boolean | null {
  if (doc.pageCount !== null) return page >= 1 && page <= doc.pageCount;
  if (!doc.pageRange) return null;
  if (page < doc.pageRange.first) return false;
  return doc.pageRange.last === null ? null : page <= doc.pageRange.last;
}

export interface SessionLimitQuery {
  readonly citations: readonly EntryQuery[];
  /** The letter's year, when known. */
  readonly year?: number | null;
  /** The item's category; null accepts a limit meant for any category. */
  readonly category: TreatmentCategory | null;
  /** The item's service: of the cited pages' entries, one whose topic it names is preferred ("Massage therapy ..."). */
  readonly service?: string;
}

export interface ApplicableSessionLimit {
  max: number;
  range: string;
  entry: GuidelineEntry;
}

/** The higher maximum of a limit for the conditions its cited topic names ("Cognitive therapy for PTSD"), or undefined. */
function forCondition(limit: SessionLimitFact, topic: string | null): number | undefined {
  const conditions = limit.forConditions;
  const lower = topic?.toLowerCase();
  return conditions && lower && conditions.topicWords.some((w) => lower.includes(w.toLowerCase())) ? conditions.max : undefined;
}

/** MTUS first, as in the 9792.21.1 search sequence and the 4610.5(c)(2) order. */
function familyPriority(family: GuidelineFamily): number {
  if (family.startsWith('MTUS')) return 0;
  return family === 'ACOEM' ? 1 : family === 'ODG' ? 2 : 3;
}

/**
 * The session limit that governs an item's citations, or null. Every entry that
 * contains a cited page may supply it (a cited page is a real link), but from a
 * topic or chapter match only the best entry may: a bare "ODG Pain chapter" must
 * not borrow a psychotherapy cap.
 */
export function sessionLimitFor(query: SessionLimitQuery): ApplicableSessionLimit | null {
  const citations = query.citations
    .map((citation, i) => ({ citation, i }))
    .sort((a, b) => familyPriority(a.citation.family) - familyPriority(b.citation.family) || a.i - b.i);
  const applicable: ApplicableSessionLimit[] = [];
  for (const { citation } of citations) {
    // Once a limit is found, only its guideline's other entries can be preferred to it: the others are not ranked.
    if (applicable.length && citation.family !== applicable[0].entry.family) continue;
    const { tier, entries } = rank({ ...citation, year: query.year });
    for (const entry of tier === 'page' ? entries : entries.slice(0, 1)) {
      const limit = entry.sessionLimit;
      if (limit && (query.category === null || limit.appliesTo.includes(query.category))) {
        applicable.push({ max: forCondition(limit, citation.topic) ?? limit.max, range: limit.range, entry });
      }
    }
  }
  // Items that share their guideline lines each take the limit of their own topic among the first guideline's: the
  // massage item of "Manual therapy & manipulation, pages 58-60; Massage therapy, page 60" is held to massage's limit.
  const service = query.service?.toLowerCase();
  const named = service ? applicable.find((l) => l.entry.topicKeywords.some((k) => service.includes(k))) : undefined;
  return named ?? applicable[0] ?? null;
}
