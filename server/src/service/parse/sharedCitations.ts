/**
 * Which citations of a part a few items share are the item's. All of them, unless the part gives sentences over to
 * other items by opening each with its item's name: "Issues 5 and 6: For the cervical MRI, ACOEM ..., pages 177-178 ...
 * For the lumbar MRI, ACOEM ..., pages 303-304", "... page 23 ... As to the biofeedback, ..., pages 24-25", "... pages
 * 98-99. Gym membership: Official Disability Guidelines ...". A part that names the items in other ways ("The two
 * topical requests are addressed together") is undivided, and its citations are all theirs.
 */
import type { Citation } from '../model';
import type { Block } from '../text/block';
import { findCitations } from './citations';
import { blockSentences } from './sentences';
import { namingWordsApart } from './sentencesAbout';
import { mentions } from './namingWords';
import { issueNumber, ORDINAL_CAPITALS, placeNamed, PLACE_WORDS } from './issueNumbers';

/**
 * The words that open a sentence about one item: "For the cervical MRI,", "As to the biofeedback,", "On the X-rays,",
 * "Regarding issue 2:", "With respect to the Norco,", "In regard to the Lyrica,", "Turning to the sertraline,".
 */
export const ITEM_OPENERS =
  'For|As to|As for|On the question of|On|Regarding|With regard to|With respect to|In regard to|With reference to|In the case of|Concerning|Turning to|Beginning with';
/** The words after an item's place that open a sentence about it: "Second, for the tramadol:", "First, as to the X,". */
export const OPENERS_AFTER_PLACE = 'for|as to|as for|regarding';
/** An opener, or an item's place and an opener after it: what FOR_ITEM reads and ANY_OPENER looks for. */
const OPENER = `(?:${ITEM_OPENERS})|(?:${ORDINAL_CAPITALS}), (?:${OPENERS_AFTER_PLACE})`;
/**
 * "For the cervical MRI,", "For the lumbar MRI:", "Second, for the tramadol:": a sentence that opens with what it is
 * about, after a label too ("Issues 5 and 6: ") or a sentence that ends with a quotation. Or with its name alone, as a
 * label: "Gym membership: Official Disability Guidelines ...", "Lidoderm patches - MTUS ...".
 */
const FOR_ITEM = new RegExp(
  `(?:^|[.;:]["'\\u201d\\u2019]?\\s{1,4})(?:(?:${OPENER}) (?:the )?([^,.;:]{3,60})[,:]|([A-Z][A-Za-z0-9 /()%#-]{2,50}?)(?=:\\s| [-\\u2013\\u2014]\\s))`,
  'g',
);
/** "For both programs,", "For all three,", "As to each request,": a sentence about every item, none alone. */
const ALL_ITEMS = /^(?:both|all|each|either|every|the two|the three|these|those)\b/;
/** Whether a part has an opener at all: most have none, and are not searched further. */
const ANY_OPENER = new RegExp(`\\b(?:${OPENER}) |\\w(?::| [-\\u2013\\u2014]) `);

/** An item that shares a part, as the part's sentences may name it: by its words, its number or its place among them. */
export interface SharingItem {
  service: string;
  /** Its number in the letter's list of issues, or its place in that list. */
  number: number;
  /** Its place among the items that share the part, from 1. */
  place: number;
}

/** "issue 2", "request #3", "Issue No. 1", "Issue One", "issue III": an item by its number. */
const BY_NUMBER = /^(?:issue|request|item|service)\s(?:#\s?|no\.\s?)?(\d{1,2}|one|two|three|four|five|six|i{1,3}|iv|vi?)$/;
/** "first", "the second request", "third one", "latter": an item by its place. */
const BY_PLACE = new RegExp(`^(${PLACE_WORDS})(?:\\s(?:request|issue|item|one))?$`);

/** The item a sentence opened "For <about>," names by its number or place, or undefined. */
function namedByKey(about: string, items: readonly SharingItem[]): SharingItem | undefined {
  const n = BY_NUMBER.exec(about);
  if (n) return items.find((i) => i.number === issueNumber(n[1]));
  const p = BY_PLACE.exec(about);
  return p ? items.find((i) => i.place === placeNamed(p[1], items.length)) : undefined;
}

/**
 * The citations of `body` less those in its sentences given over to one of `others`; null when the part is undivided,
 * and all its citations are the item's.
 */
export function ownCitations(body: Block, own: SharingItem, others: readonly SharingItem[]): readonly Citation[] | null {
  if (!ANY_OPENER.test(body.text)) return null;
  const words = namingWordsApart(own.service, others.map((o) => o.service));
  const items = [own, ...others];
  const theirs: [number, number][] = [];
  FOR_ITEM.lastIndex = 0;
  for (let m = FOR_ITEM.exec(body.text); m; m = FOR_ITEM.exec(body.text)) {
    const about = (m[1] ?? m[2]).toLowerCase().replace(/^the\s/, '');
    if (ALL_ITEMS.test(about)) continue;
    const keyed = namedByKey(about, items);
    const another = keyed ? keyed !== own : !!words && !words.own.some((w) => mentions(about, w)) && words.theirs.some((w) => mentions(about, w));
    if (another) {
      const span = body.span(m.index, sentenceEnd(body, m.index + m[0].length));
      theirs.push([span.start, span.end]);
    }
  }
  // A sentence opened with another item's name is that item's alone, whether or not the item's own sentences open so.
  if (!theirs.length) return null;
  return findCitations(body).filter((c) => !theirs.some(([start, end]) => c.span.start >= start && c.span.start < end));
}

/** Where the sentence or clause that holds `at` ends: at its semicolon, else its sentence's end ("p. 23" and "9792.20" end neither). */
function sentenceEnd(body: Block, at: number): number {
  const sentence = blockSentences(body).find((s) => s.end > at);
  const end = sentence?.end ?? body.text.length;
  const semicolon = body.text.indexOf(';', at);
  return semicolon >= 0 && semicolon < end ? semicolon : end;
}
