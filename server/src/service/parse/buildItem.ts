/** Turns a located item (header and parts) into the model's DisputedItem. */
import type { Citation, DisputedItem, SessionCount } from '../model';
import type { Block } from '../text/block';
import { perBlock } from '../text/perBlock';
import { callsNew, DAY_PROGRAM, isContinuedTreatment, isRepeatInjection, tellsOngoingUse, tellsUseOf, type ServiceClass } from './category';
import { countOwner, nearCount, ofPartOnly, type CountOwner, type NearCount } from './countOwner';
import { findCitations } from './citations';
import { findFunctionalImprovement, NOT_ADDRESSED, type FunctionalImprovementFinding, type NamesItem } from './functionalImprovement';
import { findObjectiveGains } from './objectiveGains';
import type { RawItem, RawPart } from './labelledItems';
import { isShare, sharesFollow } from './shares';
import { findCompletedCounts, findRequestedCount, findStatedRequests, HAS_UNIT, programDayHours, reportedSecondHand, sentencesWithCounts, type CountHit } from './sessions';
import { blockSentences } from './sentences';
import { quoteMarks, quoted } from '../text/quotes';
import { itemConclusion, MOST_SHARING, sharedReading } from './sharedParts';
import { ownCitations, type SharingItem } from './sharedCitations';
import { namingWordsApart, PROVIDER_GOES_ON, sentencesAbout, summarySentences, type NamingWords } from './sentencesAbout';
import { namingWords, wordsNotShared } from './namingWords';
import { digitsOrWordValue, NUMBER_WORD } from './numberWords';

export interface ItemContext {
  /** The service's category, and whether it is counted in sessions. */
  service: ServiceClass;
  /** Paragraphs of the case summary: completed sessions and improvement are often told there. */
  summary: readonly Block[];
  /** How many session-based items the letter has; with one, every count in the summary is its own. */
  sessionItems: number;
  /** Whether the letter's session-based items are all of one kind of therapy, each for its own part of the body (see countOwner). */
  oneTherapyKind: boolean;
  /**
   * Every item's service, and which is this item's. With no other item, what the summary says of
   * improvement is the item's; with a few, what its sentences about the item say.
   */
  services: readonly string[];
  index: number;
  /** Start and end of the item's lines, in the original text. */
  span: { start: number; end: number };
}

/** The count of a hit at `offset` + its index in the block. */
function count(block: Block, hit: CountHit | null, offset = 0): SessionCount | null {
  return hit ? { value: hit.value, span: block.span(offset + hit.index, offset + hit.index + hit.length) } : null;
}

/**
 * The largest count stated as completed, else the largest that utilization review says or someone
 * quoted says was completed, else the largest stated as authorized: in the item's own parts, and in the summary
 * where the words by the count name the same therapy ("11 completed acupuncture sessions,
 * twenty-four (24) sessions of psychotherapy").
 */
function completed(own: readonly Block[], summary: readonly Block[], owner: CountOwner): SessionCount | null {
  // The summary's part depends only on which counts the item owns, so it is found once per letter and owner,
  // not once per item: a long letter with many items stays linear.
  let memo = summaryCounts.get(summary);
  if (!memo) summaryCounts.set(summary, (memo = { blocks: new Set(summary), byOwner: new Map() }));
  if (own.some((b) => memo.blocks.has(b))) return firstTier(largestCounts([...own, ...summary], own, owner));
  let fromSummary = memo.byOwner.get(owner.key);
  if (!fromSummary) memo.byOwner.set(owner.key, (fromSummary = largestCounts(summary, own, owner)));
  const fromOwn = largestCounts(own, own, owner);
  // The first of equal counts wins, and the item's own parts come before the summary.
  const larger = (a: SessionCount | null, b: SessionCount | null) => (a && (!b || a.value >= b.value) ? a : b);
  return firstTier(fromOwn.map((c, tier) => larger(c, fromSummary[tier])));
}

/** Where a clause starts: after ";" or ":", or at ", while", ", whereas", ", but". */
const CLAUSE_START = /[;:]\s?|,\s(?=(?:while|whereas|but)\b)/g;

/** The clause of `sentence` that ends at `end`. */
function clauseUpTo(sentence: string, end: number): string {
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(sentence); m && m.index < end; m = CLAUSE_START.exec(sentence)) start = m.index + m[0].length;
  return sentence.slice(start, end);
}

/** A count after "x": "physical therapy x 12". */
const LISTED_AT = /^x/i;

/** A listed count and the words before it, back to the list's previous comma, "(" or "and": "a home exercise program and chiropractic care x 8". */
function listedBefore(sentence: string, h: CountHit): string {
  const before = sentence.slice(Math.max(0, h.index - 60), h.index);
  const and = before.lastIndexOf(' and ');
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('('), and < 0 ? -1 : and + 4);
  return before.slice(cut + 1) + sentence.slice(h.index, h.index + h.length);
}

/** Where the next count starts after "and": " and 4 visits", " and four sessions". */
const NEXT_COUNT = new RegExp(`\\s(?:and|plus)\\s(?=(?:\\d{1,3}|${NUMBER_WORD})\\s)`, 'i');

/**
 * The count and the words after it, up to 60 characters, to the next comma or semicolon: "18
 * sessions of physical therapy". A count in parentheses speaks of the words before it, back to
 * the previous comma or semicolon, and up to its closing parenthesis: "a course of chiropractic care in
 * 2013 (8 visits)". A count without its unit speaks of what its clause granted before it: "twelve knee
 * therapy visits were authorized and he attended ten of them". A count after "x" speaks of the words
 * before it (listedBefore).
 */
function wordsByCount(sentence: string, h: CountHit): string {
  if (LISTED_AT.test(sentence.slice(h.index, h.index + 2))) return listedBefore(sentence, h);
  if (!HAS_UNIT.test(sentence.slice(h.index, h.index + h.length))) return clauseUpTo(sentence, h.index + h.length);
  // The words run to the next comma or semicolon, or to the next count: "12 chiropractic visits for the low back and 4
  // visits for the neck".
  const next = NEXT_COUNT.exec(sentence.slice(h.index + h.length, h.index + h.length + 60));
  const limit = Math.min(sentence.length, h.index + h.length + (next ? next.index : 60));
  let end = h.index + h.length;
  while (end < limit && sentence.charCodeAt(end) !== 44 && sentence.charCodeAt(end) !== 59) end++; // "," ";"
  if (sentence.charCodeAt(h.index - 1) !== 40) return sentence.slice(h.index, end); // "("
  let start = h.index - 1;
  while (start > 0 && start > h.index - 60 && sentence.charCodeAt(start - 1) !== 44 && sentence.charCodeAt(start - 1) !== 59) start--;
  // Its words end with its parenthesis: "land-based physical therapy (18 visits in 2013) and aquatic therapy" names no aquatic.
  const close = sentence.indexOf(')', h.index + h.length);
  return sentence.slice(start, close >= 0 && close < end ? close + 1 : end);
}

/**
 * The largest count of each tier, the most believed first: completed as the letter states it,
 * completed as utilization review is reported to have said it or as a quotation says it ("has
 * completed 12 sessions", which the reviewer then corrects to 6), authorized.
 */
type Tiers = (SessionCount | null)[];

const firstTier = (tiers: Tiers): SessionCount | null => tiers.find((c) => c !== null) ?? null;

/** No summary: for counts read in an item's own sentences alone. */
const NO_SUMMARY: readonly Block[] = [];

/** Per summary (one array per parsed letter), the largest counts found in it for each owner of counts. */
const summaryCounts = new WeakMap<readonly Block[], { blocks: ReadonlySet<Block>; byOwner: Map<string, Tiers> }>();

interface SentenceCounts {
  sentence: string;
  /**
   * The two sentences before, when this one opens by pointing back ("She has treated the patient 14 times" after
   * "Chiropractic care for the neck has been given by Dr. Liu") or counts "of them": the therapy they name, if one
   * only, is the count's.
   */
  lead: string | null;
  /** Offset of the sentence in its block. */
  start: number;
  /** The sentence's counts in each tier. */
  tiers: CountHit[][];
}

/** Per block, the sentences that state counts: found once, then read for every item and therapy. */
const countsIn = perBlock((block): SentenceCounts[] => {
  const found: SentenceCounts[] = [];
  let quotes: number[] | undefined;
  const all = blockSentences(block);
  for (const s of sentencesWithCounts(block.text, all)) {
    const sentence = block.text.slice(s.start, s.end);
    // The two sentences before, as the one pointed back to may itself go on from the one before it ("Physical therapy
    // for the neck has been provided by Ms. Okonkwo. Twelve visits were prescribed. Her discharge note ..."); "of them"
    // points to the one just before.
    const back =
      POINTS_BACK.test(sentence) || ((sentence.includes('those ') || sentence.includes('these ')) && THOSE_COUNT.test(sentence))
      ? 2
      : (sentence.includes('f th') && OF_THEM.test(sentence)) || (sentence.includes(' it') && TREATED_IT.test(sentence)) || SUMS_BEFORE.test(sentence)
        ? 1
        : 0;
    const k = back ? all.indexOf(s) : -1;
    const lead = k > 0 ? block.text.slice(all[Math.max(0, k - back)].start, all[k - 1].end) : null;
    const { completed: done, authorized } = findCompletedCounts(sentence, lead);
    if (!done.length && !authorized.length) continue;
    const marks = (quotes ??= quoteMarks(block.text));
    const reported = reportedSecondHand(sentence);
    const told = (h: CountHit) => (reported < 0 || h.index < reported) && !quoted(marks, s.start + h.index);
    const tiers = reported < 0 && !marks.length ? [done, [], authorized] : [done.filter(told), done.filter((h) => !told(h)), authorized];
    if (splitNext(block.text.slice(s.end, s.end + NEAR), sentence)) {
      const namesPart = (h: CountHit) => nearCount(sentence.slice(h.index, h.index + h.length)).parts.length > 0;
      for (let t = 0; t < tiers.length; t++) tiers[t] = tiers[t].filter(namesPart);
    }
    found.push({ sentence, lead, start: s.start, tiers });
  }
  dropSplitTotals(found);
  return found;
});

/**
 * "The chiropractic billing summary lists 18 visits from 02/2012 through 07/2013. Ten (10) of them, in 2012, were for the
 * lumbar spine; the other eight (8), in 2013, treated the cervical spine", "sixteen (16) sessions at a pain psychology
 * program. Ten of them were group education classes": a total the next sentence splits by part of the body, kind of
 * therapy or group and individual sessions, no one item's unless its own words name a part.
 */
const SPLIT_NEXT = new RegExp(`^\\s{0,3}(?:\\d{1,3}|${NUMBER_WORD})(?:\\s\\(\\d{1,3}\\))?\\s(?:of\\s(?:them|those|these)\\b[^.;]{0,40}?\\b)?(?:were|was)\\s(?:for\\s|on\\s)?`, 'i');
/**
 * Whether `next` splits the total of `sentence` by what the total's words do not already name: "Four (4) were individual
 * cognitive behavioral therapy sessions" after "ten psychological sessions". Not "Twelve (12) of them were given by her
 * first chiropractor" after "18 chiropractic treatments for the low back": the same therapy's, split by provider.
 */
function splitNext(next: string, sentence: string): boolean {
  const m = SPLIT_NEXT.exec(next);
  if (!m) return false;
  const named = nearCount(next.slice(m[0].length, m[0].length + 40));
  const total = nearCount(sentence);
  const adds = (split: readonly string[], whole: readonly string[]) => split.length > 0 && (whole.length !== 1 || split.some((name) => name !== whole[0]));
  return adds(named.parts, total.parts) || adds(named.kinds, total.kinds) || adds(named.modes, total.modes);
}

/** "6 of the 14 visits were aquatic therapy sessions": a share of a total, with the total's number; not "the first of the 6 visits". */
const SHARE_OF_TOTAL = new RegExp(`^(?:\\d{1,3}|${NUMBER_WORD})\\sof\\s(?:the|those|these)\\s(\\d{1,3}|${NUMBER_WORD})\\s(?:[a-z-]{1,20}\\s){0,2}?(?:visits|sessions|treatments)\\b`, 'i');

/**
 * A total that a later sentence splits into shares ("The ledger shows 14 therapy visits ... 6 of the 14 visits were
 * aquatic therapy sessions and the other 8 were land-based physical therapy") is no one therapy's when its own words
 * name none: its count is dropped, and the shares are read.
 */
function dropSplitTotals(found: SentenceCounts[]): void {
  const split = new Set<number>();
  for (let k = found.length - 1; k >= 0; k--) {
    const { sentence, tiers } = found[k];
    const own = (h: CountHit) => sentence.slice(h.index, h.index + h.length);
    if (split.size) for (let t = 0; t < tiers.length; t++) tiers[t] = tiers[t].filter((h) => !split.has(h.value) || nearCount(own(h)).kinds.length > 0);
    for (const h of tiers[0]) {
      const words = own(h);
      const m = words.includes('of th') ? SHARE_OF_TOTAL.exec(words) : null;
      if (m) split.add(digitsOrWordValue(m[1]));
    }
  }
}

/** The largest count of each tier in one block, among those `relevant` keeps; the first of equals wins. */
function largestIn(block: Block, relevant: (sentence: string, h: CountHit, lead: string | null) => boolean): Tiers {
  const best: Tiers = [null, null, null];
  for (const { sentence, lead, start, tiers } of countsIn(block)) {
    tiers.forEach((hits, tier) => {
      for (const h of hits) if ((!best[tier] || h.value > best[tier].value) && relevant(sentence, h, lead)) best[tier] = count(block, h, start);
    });
  }
  return best;
}

/**
 * A count in an item's own parts is its own, unless its words name another part of the body
 * ("The 16 chiropractic visits he received in 2012 treated his neck") or only other kinds of
 * therapy (a rationale shared by several issues), or it is in hours and the item is not a day
 * program. Found once per part and owner, so a part shared by many items is read once. Only a
 * day program is counted in hours, so a count in hours in the summary is a day program's
 * whatever the words by it.
 */
const ownCountsByOwner = perBlock((): Map<string, Tiers> => new Map());

function largestInOwn(block: Block, owner: CountOwner): Tiers {
  const byOwner = ownCountsByOwner(block);
  let found = byOwner.get(owner.key);
  if (!found) {
    const relevant = (sentence: string, h: CountHit, lead: string | null) => (owner.dayProgram || !h.dayProgramOnly) && owner.ownsInOwnParts(near(sentence, h, lead));
    byOwner.set(owner.key, (found = largestIn(block, relevant)));
  }
  return found;
}

/**
 * "Between the two therapies she has been seen 10 times", "sixteen visits between the physical therapist and the
 * chiropractor", "seen ten times between the pool and the clinic", "20 therapy visits ..., land and pool together", "fourteen
 * visits of both kinds", "12 visits of combined acupuncture and chiropractic care", "24 visits of physical therapy and
 * chiropractic care": a count of several therapies together, no one item's.
 */
const COMBINED =
  /\bland and (?:pool|water)\b|\b(?:pool|water) and land\b|\b(?:between|across|for|of|with) (?:the |her |his |their )?(?:two|both|three) (?:therapies|treatments|courses)\b|\b(?:therapies|treatments) (?:combined|together)\b|\b(?:(?:visits|sessions|treatments) of|combined) (?:combined )?(?:physical|occupational|aquatic|chiropractic|acupuncture|massage|psycho)[a-z]*(?: therapy| care| treatment| manipulation)? and (?:physical|occupational|aquatic|chiropractic|acupuncture|massage|psycho)|\bbetween (?:the |her |his |their )?(?:[a-z-]{3,20} )?(?:therapist|chiropractor|acupuncturist|psychologist|clinic|office|pool)s? and (?:the |her |his |their )?(?:[a-z-]{3,20} )?(?:therapist|chiropractor|acupuncturist|psychologist|clinic|office|pool)s?\b|\bof both (?:kinds|types)\b/i;
/**
 * "twelve visits she has had with her two providers": a count of several providers together, of several therapies where
 * the letter disputes several (see countOwner), of the one therapy where it disputes one ("attended 18 visits with two
 * providers").
 */
const SEVERAL_PROVIDERS = /\b(?:between|across|for|of|with) (?:the |her |his |their )?(?:two|both|three) providers\b/;
/**
 * "14 therapy visits since 04/2014: the first 8 were aquatic therapy", "seen 16 times at the chiropractic office: 10 of
 * those visits were chiropractic", "24 visits since 2013, but 14 of them treated the lumbar spine", "20 visits since
 * 04/2013; 12 of them are ... medication management visits", "eighteen visits in all between the two.": a total of
 * several therapies or parts, told so by the words after it whatever the words by it name. Not "24 physical therapy
 * visits since 2012, the last 6 of them in 10/2015", the same course's.
 */
/** How far before or after a count the words about it are read (TREATED_IT, TOTAL_AFTER). */
const NEAR = 120;
const TOTAL_AFTER = /^(?:[^.;:]{0,60}:\s{1,3}(?:the (?:first|last) (?:\d{1,2}|[a-z]{3,6})\b|\d{1,2} of (?:those|these|them)\b)|[^.;:]{0,60}(?:;|,\sbut)\s{1,3}\d{1,2} of (?:those|these|them)\b|[^.;:]{0,30}\bbetween the (?:two|three)(?=[.,;]|$))/i;
/**
 * "lists 14 visits there: 6 sessions of cognitive behavioral therapy ... and 8 sessions of EMG biofeedback", "attended 12
 * of them: 7 in the pool ... and 5 land-based", "list fourteen (14) visits in total: ten (10) were for the cervical
 * spine, and four (4) were for the lumbar spine": a total whose breakdown after a colon names several kinds of therapy,
 * parts of the body, or group and individual sessions. The breakdown's words, or null.
 */
function breakdownBySeveral(sentence: string, from: number): NearCount | null {
  // Looked for near the count only: a search to the sentence's end, once per count, would cost the square of its length.
  const near = sentence.slice(from, from + BREAKDOWN_COLON).indexOf(':');
  if (near < 0) return null;
  const breakdown = nearCount(sentence.slice(from + near, from + near + BREAKDOWN_LENGTH));
  return breakdown.kinds.length > 1 || breakdown.parts.length > 1 || breakdown.modes.length > 1 ? breakdown : null;
}
/** How far after a count the colon of its breakdown may be: "14 visits there:", "12 of them:", "18 ... sessions at the same practice:". */
const BREAKDOWN_COLON = 40;
/** How much of a breakdown is read: "twelve (12) occupational therapy visits for the right hand and wrist at a hand therapy clinic, and nine (9) physical therapy visits". */
const BREAKDOWN_LENGTH = 200;

/** A count read as a total: "..., 15 visits in all". */
const SUM_AT_END = /\b(?:in all|in total|altogether)$/;

/** What the words by each count name, read once per count however many items ask. */
const nearCounts = new WeakMap<CountHit, NearCount>();

function near(sentence: string, h: CountHit, pointedTo: string | null): NearCount {
  let found = nearCounts.get(h);
  if (!found) {
    const words = wordsByCount(sentence, h);
    const own = sentence.slice(h.index, h.index + h.length);
    found = nearCount(words, sentence, own);
    const entry = found.kinds.length ? null : listEntryBefore(sentence, h.index);
    if (entry) found = nearCount(`${entry} ${words}`, sentence, own);
    const subject = ofWhichSubject(sentence, h.index);
    if (subject) found = nearCount(`${subject} ${words}`, sentence, own);
    // The therapy of the sentence pointed back to, when it names one only.
    // Not the sentence an "In all" sums: "he has completed four sessions of it (biofeedback) ... In all he has been to that
    // office ten times".
    // "After those sixteen visits": the therapy of the count the sentences before gave.
    const those = found.kinds.length ? null : THOSE_COUNT.exec(own);
    const named = those && pointedTo ? countNamedBefore(pointedTo, those[1]) : undefined;
    const carried = found.kinds.length || !pointedTo || SUMS_BEFORE.test(sentence) ? null : nearCount(named ?? pointedTo).kinds;
    if (carried?.length === 1) found = { ...found, kinds: carried };
    const lead = found.parts.length ? null : PART_LEAD.exec(sentence.slice(0, h.index)) ?? PART_SUBJECT.exec(clauseBefore(sentence, h.index));
    if (lead) found = { ...found, parts: nearCount(lead[0]).parts };
    // "Her low back was treated first. Between 04/2016 and 08/2016 the chiropractor treated it twelve times."
    // Only the words near the count are read for what follows, so a sentence of many counts costs no more than its counts.
    const upTo = sentence.slice(Math.max(0, h.index - NEAR), h.index + h.length);
    const after = sentence.slice(h.index + h.length, h.index + h.length + NEAR);
    const partBefore = found.parts.length || !pointedTo || !TREATED_IT.test(upTo) ? null : nearCount(pointedTo).parts;
    if (partBefore?.length === 1) found = { ...found, parts: partBefore };
    const breakdown = breakdownBySeveral(sentence, h.index + h.length);
    // "she had 6 occupational therapy visits and 9 acupuncture treatments for the wrist, 15 visits in all": the sum of the
    // counts of several therapies before it.
    if ((found.kinds.length > 1 || found.parts.length > 1) && SUM_AT_END.test(own)) found = { ...found, combined: true };
    else if (pointedTo && SUMS_BEFORE.test(sentence) && sumsSeveral(nearCount(pointedTo))) found = { ...found, combined: true };
    // A count that names one therapy is of several only when the words right after it say so: "seen ten times between the
    // pool and the clinic".
    else if ((sentence.includes(' t') || sentence.includes(' and ') || sentence.includes(' both ')) && COMBINED.test(found.kinds.length !== 1 ? sentence : after)) found = { ...found, combined: true };
    // Only the words near the count: a search of the whole sentence for each count would cost the square of its length.
    else if ((upTo.includes(' providers') || after.includes(' providers')) && SEVERAL_PROVIDERS.test(`${upTo}${after}`)) found = { ...found, combined: 'providers' };
    else if ((after.includes(':') || after.includes(' of th') || after.includes(' between the ')) && TOTAL_AFTER.test(after)) found = { ...found, combined: true };
    else if (breakdown) found = { ...found, combined: true, parts: found.parts.length ? found.parts : breakdown.parts };
    // A share goes on to the next ("six treated the low back; the rest ..."), and is no total.
    // Its parts are the shares' ("eight massage sessions, four for the neck and four for the low back"): an item for all of
    // them owns it (see countOwner).
    else if ((after.includes(', ') || after.includes('; ') || after.includes(': ')) && !isShare(own) && sharesFollow(after)) {
      const shares = nearCount(after);
      if (!byItsProvidersOnly(found, shares)) found = { ...found, combined: true, parts: found.parts.length ? found.parts : shares.parts };
    }
    nearCounts.set(h, found);
  }
  return found;
}

/**
 * "eighteen chiropractic visits since the injury: twelve with his first chiropractor in 2012, and six with a second
 * chiropractor": shares of the one therapy the total names, told by who gave them. The total stays the therapy's.
 */
const byItsProvidersOnly = (total: NearCount, shares: NearCount) =>
  total.kinds.length === 1 && !shares.parts.length && shares.kinds.every((kind) => kind === total.kinds[0]);

/** Whether a sentence's words name several kinds of therapy, or group and individual sessions. */
const sumsSeveral = (before: NearCount) => before.kinds.length > 1 || before.modes.length > 1;

/** A sentence that opens by pointing back to the provider (PROVIDER_GOES_ON) or the treatment of the one before: "Her notes record ...". */
const POINTS_BACK = new RegExp(
  `^(?:${PROVIDER_GOES_ON}|It|This|These|Those|They|There (?:are|were)|(?:Her|His|Their|The|That|This) (?:[a-z'-]+ ){0,2}?(?:notes?|reports?|records?|therapist|chiropractor|acupuncturist|psychologist|course|sessions?|visits?|treatments?))\\b`,
);

/**
 * "In all he has attended 20 psychological visits": the sum of what the sentence before counted, which is no one item's
 * when that sentence counts several kinds of therapy, or group and individual sessions.
 */
const SUMS_BEFORE = /^(?:In all|In total|Altogether|All told)\b/;

/**
 * "After those sixteen visits": a count the sentences before gave with its therapy ("The sixteen physical therapy visits
 * are not broken down by type"), whichever other therapies they name.
 */
const THOSE_COUNT = new RegExp(`\\b(?:those|these)\\s(\\d{1,3}|${NUMBER_WORD})\\s(?:visits|sessions|treatments)\\b`, 'i');

/** A count with the words before its unit: "sixteen physical therapy visits", "16 (sixteen) land therapy sessions". */
const COUNT_WITH_WORDS = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD})\\s(?:\\(\\d{1,3}\\)\\s)?(?:[a-z-]{1,20}\\s){1,3}(?:visits|sessions|treatments)\\b`, 'gi');

/** The words of the first count in `before` of the number `number` (in digits or words): "sixteen physical therapy visits". */
function countNamedBefore(before: string, number: string): string | undefined {
  const value = digitsOrWordValue(number);
  for (const m of before.matchAll(COUNT_WITH_WORDS)) if (digitsOrWordValue(m[1]) === value) return m[0];
  return undefined;
}

/** "He attended 4 of them", "She went to 7 of those", "Of these, 11 were given": a count of what the sentence before granted or named. */
const OF_THEM = /\b[Oo]f (?:them|these|those)\b/;

/**
 * "the chiropractor treated it twelve times", "He saw her for it 12 times", "She has given four sessions of it": a count
 * of the treatment of what the sentence before names.
 */
const TREATED_IT = /\b(?:(?:treated|needled|adjusted|manipulated) it|saw (?:her|him|them) for it|(?:sessions|visits|treatments) of it)\b/;

/** "For the low back she attended 12 physical therapy visits": the part of the body the sentence opens with. */
const PART_LEAD = /^(?:For|As for|As to|Regarding|With respect to) (?:the |his |her |their )?[a-z -]{3,40}?(?=,|\s(?:he|she|they|the patient|the injured worker)\b)/i;

/** "The neck has therefore had 22 chiropractic treatments", "...; the low back has had 10": the part the count's clause is about. */
const PART_SUBJECT = /^\s{0,3}(?:(?:and|but|while|whereas)\s)?(?:the|her|his|their)\s(?:[a-z-]{1,20}\s){1,2}?(?=(?:has|have|had|was|were)(?:\s[a-z]{1,12}){0,3}\s$)/i;

/** The clause a count ends, from the sentence's start or its last semicolon or colon, at most NEAR characters back. */
function clauseBefore(sentence: string, at: number): string {
  // Searched in the window only: a sentence of many counts and no semicolon would otherwise be searched to its start once per count.
  const from = Math.max(0, at - NEAR);
  const window = sentence.slice(from, at);
  const start = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
  return start >= 0 ? window.slice(start + 1) : from === 0 ? window : '';
}

/**
 * What a list entry names before its count: "Physical therapy" in "Treatment to date: • Physical
 * therapy, 18 land-based visits, 10/2013-03/2014 • Aquatic therapy, 4 sessions". The entry runs
 * from a bullet, a colon or a semicolon to the comma just before the count.
 */
function listEntryBefore(sentence: string, at: number): string | null {
  const comma = sentence.lastIndexOf(',', at);
  if (comma < 0 || sentence.slice(comma + 1, at).trim()) return null;
  let start = comma;
  while (start > 0 && comma - start < 60 && !ENTRY_START.includes(sentence[start - 1])) start--;
  if (start === 0 || comma - start >= 60) return null;
  const entry = sentence.slice(start, comma);
  return entry.includes(',') ? null : entry;
}

/**
 * "a weekly pain coping skills group, of which he has attended twelve sessions": what a count "of which" is of, named
 * before it. Read in a window before the count only, as listEntryBefore is.
 */
function ofWhichSubject(sentence: string, at: number): string | null {
  const before = sentence.slice(Math.max(0, at - NEAR), at);
  return before.includes(' of which ') ? (OF_WHICH_BEFORE.exec(before)?.[1] ?? null) : null;
}
const OF_WHICH_BEFORE = /(?:^|[,;:]\s|\band\s)([^,;:]{3,80}),\sof\swhich\s[^,;:]{0,40}$/;

/** A bullet (as the parsed text writes it), a colon or a semicolon: where a list entry starts. */
const ENTRY_START = '\x95:;';

function largestCounts(blocks: readonly Block[], own: readonly Block[], owner: CountOwner): Tiers {
  const best: Tiers = [null, null, null];
  for (const block of blocks) {
    const found = own.includes(block)
      ? largestInOwn(block, owner)
      : largestIn(block, (sentence, h, lead) => (h.dayProgramOnly ? owner.dayProgram : owner.owns(near(sentence, h, lead))));
    found.forEach((c, tier) => {
      if (c && (!best[tier] || c.value > best[tier].value)) best[tier] = c;
    });
  }
  return best;
}

/** The first request an item's own parts state whose words make it the item's (see largestInOwn). */
function statedRequest(own: readonly Block[], owner: CountOwner, hoursADay?: number): SessionCount | null {
  for (const block of own) {
    for (const { hit, after } of findStatedRequests(block.text, owner.dayProgram, hoursADay)) {
      if (owner.ownsInOwnParts(nearCount(after))) return count(block, hit);
    }
  }
  return null;
}

interface PartsNode {
  citations?: readonly Citation[];
  next: WeakMap<Block, PartsNode>;
}

/** Keyed by the parts' blocks in order, one level per part. */
const citationsByParts: PartsNode = { next: new WeakMap() };

/**
 * An item's citations, in the order of its parts. Items whose parts are the same blocks (every
 * issue of a professional review sharing one rationale) get the same array, so what is worked
 * out from an item's citations can be worked out once for all of them.
 */
function citationsOfParts(bodies: readonly Block[]): readonly Citation[] {
  let node = citationsByParts;
  for (const body of bodies) {
    let child = node.next.get(body);
    if (!child) node.next.set(body, (child = { next: new WeakMap() }));
    node = child;
  }
  return (node.citations ??= bodies.flatMap((b) => findCitations(b)));
}

/**
 * The item's citations; of a part it shares with the items that share its rationale (or, its rationale its own, one of its
 * other parts), those ownCitations leaves it.
 * Only a few items are read apart: each reading reads the whole part, and with no bound a letter of many issues
 * sharing one part would cost the square of its length.
 */
function citationsOf(raw: RawItem, bodies: readonly Block[], context: ItemContext): readonly Citation[] {
  const sharing = raw.sharing ?? raw.sharingParts;
  if (!sharing || sharing.length > MOST_SHARING) return citationsOfParts(bodies);
  // An item's number is its place in the letter's list where the list does not number it ("Issue 2:" in a part, "As to issue 2,").
  const numberOf = (item: RawItem) => item.header.number ?? (item === raw ? context.index : context.services.indexOf(item.header.service)) + 1;
  const items = sharing.map((item, k): SharingItem => ({ service: item.header.service, number: numberOf(item), place: k + 1 }));
  const own = items[sharing.indexOf(raw)];
  const others = items.filter((item) => item !== own);
  const sharedBodies = new Set(sharing.flatMap((other) => (other === raw ? [] : other.parts.map((p) => p.body))));
  const divided = bodies.map((b) => (sharedBodies.has(b) ? ownCitations(b, own, others) : null));
  // Undivided parts give the items that share them the same citations, worked out once.
  if (divided.every((d) => d === null)) return citationsOfParts(bodies);
  return bodies.flatMap((b, k) => divided[k] ?? findCitations(b));
}

/**
 * Who owns the counts for the item. A rationale shared with other items speaks of them all, so a
 * count in it is the item's only as one in the case summary would be: its words name the item's
 * kind of therapy, or its sentence names that kind alone.
 */
function ownerOf(raw: RawItem, category: ServiceClass['category'], onlySessionItem: boolean, oneKind: boolean): CountOwner {
  const owner = countOwner(raw.header.service, category, onlySessionItem, oneKind);
  if (!raw.sharing) return owner;
  const shared = { ...owner, ownsInOwnParts: owner.owns, key: `${owner.key}|shared` };
  return owner.ofPart ? { ...shared, ofPart: ofPartOnly(shared) } : shared;
}

/**
 * A part cut from a section that discusses its issues together first, as the item reads it: the discussion's sentences
 * about it or about them all, then its own text.
 */
function ownReading(preamble: NonNullable<RawPart['preamble']>, words: NamingWords | null): Block[] {
  const { discussion, own } = preamble;
  const about = words ? sentencesAbout(discussion, words).read.map(([start, end]) => discussion.slice(start, end)) : [discussion];
  return [...about, own];
}

/** The most items a summary is read item by item for: each reading reads the whole summary. */
const MOST_ITEMS_APART = 8;

/**
 * What the summary tells of the item: all of it for a letter of one item; for a letter of a few,
 * its sentences about the item (see sentencesAbout); else nothing.
 */
function summaryAbout(context: ItemContext, namingWords: () => NamingWords | null): readonly Block[] {
  if (context.services.length === 1) return context.summary;
  const words = namingWords();
  return words ? summarySentences(context.summary, words) : [];
}

/** The words that tell the item from the others of a letter of a few items, or null. */
function namingWordsOf(service: string, context: ItemContext): NamingWords | null {
  const { services, index } = context;
  return services.length <= MOST_ITEMS_APART ? namingWordsApart(service, services.filter((_, k) => k !== index)) : null;
}

/**
 * Where improvement matters and no sentence of the item's parts names it (nor the summary, for a
 * letter of one item): the gains its parts report; else, for a letter of one item, the gains its
 * summary reports (its rationale may be lost with its page), and for a letter of several items,
 * what the summary's sentences about the item say, in words or in gains.
 */
function improvementElsewhere(read: readonly Block[], context: ItemContext, inSummary: () => readonly Block[], namesItem: NamesItem): FunctionalImprovementFinding {
  const gains = findObjectiveGains(read);
  if (gains.status !== 'not-addressed') return gains;
  if (context.services.length === 1) return findObjectiveGains(context.summary);
  const about = inSummary();
  const stated = findFunctionalImprovement(about, namesItem);
  return stated.status !== 'not-addressed' ? stated : findObjectiveGains(about);
}

/** What the item's parts say of improvement; else, for a letter of one item, the summary; else, where it matters, what improvementElsewhere finds. */
function improvementOf(read: readonly Block[], matters: boolean, context: ItemContext, inSummary: () => readonly Block[], namesItem: NamesItem): FunctionalImprovementFinding {
  const inRationale = findFunctionalImprovement(read, namesItem);
  const stated = inRationale.status !== 'not-addressed' || context.services.length > 1 ? inRationale : findFunctionalImprovement(context.summary, namesItem);
  return stated.status === 'not-addressed' && matters ? improvementElsewhere(read, context, inSummary, namesItem) : stated;
}

/**
 * Whether the words gains are credited to name the item: they hold one of its treatment words that the letter's other
 * items lack ("followed the start of gabapentin"). The words are found only when a letter credits gains by name.
 */
function itemNamer(service: string, context: ItemContext, shared: boolean): NamesItem {
  let apart: { own: string[]; theirs: string[] } | undefined;
  const wordsApart = () => (apart ??= wordsNotShared(service, context.services.filter((_, k) => k !== context.index)));
  const item = (creditedTo: string) => {
    // A treatment named by its kind alone ("they came with the therapy") is the item when the item is of that kind; "the
    // program" is a day program's.
    if (PROGRAM_KIND.test(creditedTo)) return IS_DAY_PROGRAM.test(service);
    if (COURSE_KIND.test(creditedTo)) return context.service.sessionBased;
    if (DRUG_KIND.test(creditedTo)) return context.service.category === 'medications';
    const words = creditedTo.toLowerCase();
    return wordsApart().own.some((w) => words.includes(w));
  };
  // "from the 8 occupational therapy visits", in a rationale the acupuncture shares with them; not "from either therapy",
  // nor "from the psychotherapy" of a letter whose other item is physical therapy. A rationale of the item's own speaks of it.
  const other = (named: string) => {
    if (!shared || EITHER.test(named) || item(named)) return false;
    const theirs = wordsApart().theirs;
    return namingWords(named).some((w) => w !== 'therapy' && theirs.includes(w));
  };
  return { item, other };
}

/** `sentence` tells the use of the drug of `words`, and does not call it new. */
const usedNotNew = (sentence: Block, words: readonly string[]) => tellsUseOf(sentence, words) && !callsNew(sentence);

/** Words that point to every item: "either therapy", "both courses". */
const EITHER = /^(?:the\s)?(?:either|both|each|any|all|those|these)\b/i;

/** A course of treatment, or a drug, named by its kind alone. */
const COURSE_KIND = /^(?:therapy|sessions|visits|treatments?|course)\s*$/i;
const PROGRAM_KIND = /^program\s*$/i;
const IS_DAY_PROGRAM = new RegExp(DAY_PROGRAM, 'i');
const DRUG_KIND = /^(?:drugs?|medications?|medicines?|pills|tablets)\s*$/i;

export function buildItem(raw: RawItem, serviceBlock: Block, context: ItemContext): DisputedItem {
  const { header, parts } = raw;
  const { category, sessionBased } = context.service;
  const bodies = parts.map((p) => p.body);
  const rationale = parts.find((p) => p.kind === 'rationale')?.body ?? null;
  // A discussion of all the issues before each is taken up is every issue's: its citations too (see sentenceParts).
  const cited = parts.some((p) => p.preamble) ? parts.flatMap((p) => (p.preamble ? [p.preamble.discussion, p.preamble.own] : [p.body])) : bodies;
  const citations = citationsOf(raw, cited, context);
  const owner = sessionBased ? ownerOf(raw, category, context.sessionItems <= 1, context.oneTherapyKind) : null;
  // A program asked for in hours is counted in its own program days, where the letter says how long they are.
  const hoursADay = owner?.dayProgram ? programDayHours([...bodies, ...context.summary].map((b) => b.text)) : undefined;
  // The words that tell the item from the others, worked out once for the summary's sentences and its drugs.
  let naming: NamingWords | null | undefined;
  const namingWords = () => (naming === undefined ? (naming = namingWordsOf(header.service, context)) : naming);
  let about: readonly Block[] | undefined;
  const inSummary = () => (about ??= summaryAbout(context, namingWords));
  // A rationale shared with other items is read as the item's sentences and the shared ones, without the others'.
  const shared = sharedReading(raw);
  const ownRationale = shared ? shared.read : rationale ? [rationale] : [];
  // A medication may be told to be taken in the summary only: "He has taken naproxen ... since 2013", in a sentence
  // about it or, by its name right after the verb, in one about others too; a sentence there that calls it new does not.
  const takenInSummary = () => {
    if (inSummary().some((b) => tellsOngoingUse(b) && !callsNew(b))) return true;
    const words = context.services.length > 1 ? namingWords() : null;
    // The sentence that tells the use must not call it new: "trazodone was prescribed on 04/02/2018; he has not taken it
    // before" in the same paragraph speaks of another drug.
    return !!words && context.summary.some((b) => tellsUseOf(b, words.own) && blockSentences(b).some(({ start, end }) => usedNotNew(b.slice(start, end), words.own)));
  };
  const continued =
    isContinuedTreatment(header.service, category, ownRationale) ||
    (category === 'medications' && !ownRationale.some(callsNew) && context.summary.some(tellsOngoingUse) && takenInSummary());
  const matters = sessionBased || continued || isRepeatInjection(header.service, category);
  // A discussion of all the issues before each is taken up speaks of those whose improvement matters, not of a new drug or device.
  const read = shared
    ? bodies.flatMap((b) => (b === rationale ? shared.read : [b]))
    : parts.flatMap((p) => (!p.preamble ? [p.body] : matters ? ownReading(p.preamble, namingWords()) : [p.preamble.own]));
  const found = improvementOf(read, matters, context, inSummary, itemNamer(header.service, context, !!raw.sharing));
  // A test improves nothing the patient does: "her function has improved since the MRI" is said of her, not of it.
  const functionalImprovement = category === 'imaging' && found.status === 'documented' ? NOT_ADDRESSED : found;
  return {
    service: header.service,
    serviceSpan: header.serviceSpan,
    decision: header.decision,
    decisionSpan: header.decisionSpan,
    span: context.span,
    parts: parts.map((p) => ({ kind: p.kind, label: p.label, span: p.block.fullSpan, text: p.body.text })),
    category,
    sessionBased,
    continued,
    // The count is the request's own, as the item states it: "6 sessions of CBT"; else as its own parts state it.
    requestedSessions:
      owner && (count(serviceBlock, findRequestedCount(serviceBlock.text, owner.dayProgram, hoursADay)) ?? statedRequest(bodies, owner, hoursADay)),
    // What the rationale says of the item alone comes first: its counts are the item's whatever words stand by them.
    completedSessions:
      owner &&
      ((shared && completed(shared.own, NO_SUMMARY, countOwner(header.service, category, true))) ||
        (owner.ofPart && completed(read, context.summary, owner.ofPart)) ||
        completed(read, context.summary, owner)),
    functionalImprovement,
    citations,
    conclusion: itemConclusion(raw, context.services, context.index),
  };
}
