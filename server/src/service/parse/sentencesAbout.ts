/**
 * Which sentences of a text several items share speak of one of them: a sentence that names the
 * item by a word the others' services lack, and the sentences after it up to one that names
 * another item ("He has taken Norco since 2013. Her reports record pain of 8/10 without it ...
 * She added tramadol ER ..."). A sentence that names none before any is named, that names
 * several, or that speaks of all ("Neither treatment has ..."), speaks of them all.
 */
import type { Block } from '../text/block';
import { isShortName, mentions, shortNamesApart, spellsOut, wordsNotShared } from './namingWords';
import { blockSentences } from './sentences';
import { perBlock } from '../text/perBlock';

/** The words that name an item and no other, and those that name the others and not it. */
export interface NamingWords {
  own: readonly string[];
  theirs: readonly string[];
}

/** A block's text in lower case, made once however many items read it. */
const lowerCase = perBlock((block) => block.text.toLowerCase());

/**
 * "For the chiropractic treatment,", "As for the massage,", "Regarding the tramadol,", "The psychotherapy, by contrast,":
 * what a sentence opens with.
 */
const OPENER = /^(?:(?:for|as for|as to|regarding) (?:the |his |her |their )?[^,.;]{3,60},|the [^,.;]{3,60}, (?:by contrast|in contrast|however|on the other hand|for (?:its|their) part),)/;

/** What a sentence in lower case opens with (OPENER), if it opens so. */
export const openerOf = (whole: string): string | undefined =>
  whole.startsWith('for ') || whole.startsWith('as ') || whole.startsWith('regarding ') || whole.startsWith('the ') ? OPENER.exec(whole)?.[0] : undefined;

/**
 * "Neither treatment has produced ...", "both requests", "the two therapies", "Neither course": a sentence that speaks of
 * all the items.
 */
const OF_ALL = /\b(?:(?:neither|either|both)\s(?:of\s(?:the\s)?)?|the\s(?:two|three)\s)(?:treatments?|requests?|therapies|therapy|items?|issues?|courses?|services?)\b/;

/** The words that tell the item of `service` from the items of `others`, or null when they do not tell them apart. */
export function namingWordsApart(service: string, others: readonly string[]): NamingWords | null {
  const notShared = wordsNotShared(service, others);
  const own = withGivers(notShared.own);
  const theirs = withGivers(notShared.theirs);
  // Sentences are searched for the words inside other words: "therapy" would find "psychotherapy" too.
  const ownApart = own.filter((w) => !theirs.some((t) => t.includes(w)));
  const theirsApart = theirs.filter((w) => !own.some((o) => o.includes(w)));
  // Short names ("the PT") are searched as whole words.
  const short = shortNamesApart(service, others);
  const withShort = (words: string[], shortNames: string[]) => [...words, ...shortNames.filter((w) => !words.includes(w))];
  return ownApart.length && theirsApart.length ? { own: withShort(ownApart, short.own), theirs: withShort(theirsApart, short.theirs) } : null;
}

/**
 * The words, and the names of those who give each treatment: a sentence about "the acupuncturist"
 * or "the chiropractor" speaks of acupuncture or chiropractic care.
 */
function withGivers(words: readonly string[]): string[] {
  const givers = words.map((w) => (w.endsWith('ure') || w.endsWith('apy') ? `${w.slice(0, -1)}ist` : w.endsWith('ctic') ? `${w.slice(0, -2)}or` : '')).filter((w) => w && !words.includes(w));
  return givers.length ? [...words, ...givers] : [...words];
}

/**
 * The ranges of `block`'s sentences about the item (`own`), and those about it or all the items
 * (`read`), each run joined. `carries`, when given, is what a sentence that names no item must
 * start with to go on speaking of the item named before it.
 */
export function sentencesAbout(block: Block, words: NamingWords, carries?: RegExp): { own: [number, number][]; read: [number, number][] } {
  const own: [number, number][] = [];
  const read: [number, number][] = [];
  let about: 'all' | 'mine' | 'theirs' = 'all';
  const lower = lowerCase(block);
  // A short name ("the PT") names its item in any sentence of a text that never spells it out ("given alongside the CBT",
  // in a text that says "cognitive behavioral therapy", is in passing); else only in a sentence's opener.
  const spelledOut = new Set([...words.own, ...words.theirs].filter((w) => isShortName(w) && spellsOut(lower, w)));
  const namesAnywhere = (w: string) => !spelledOut.has(w);
  for (const { start, end } of blockSentences(block)) {
    const text = block.text.slice(start, end);
    const whole = lower.slice(start, end);
    // "For the massage, the 2 sessions ... limited to a few visits": a sentence opened with an item speaks of that item.
    const opener = openerOf(whole);
    const openerNames = opener !== undefined && words.own.some((w) => mentions(opener, w)) !== words.theirs.some((w) => mentions(opener, w));
    const sentence = openerNames ? opener! : whole;
    const names = (w: string) => (openerNames || namesAnywhere(w)) && mentions(sentence, w);
    const namesMine = words.own.some(names);
    const namesTheirs = words.theirs.some(names);
    // "no documentation of functional improvement from either therapy" speaks of all, though "therapy" names one item.
    const ofAll = (sentence.includes('either') || sentence.includes('both') || sentence.includes(' two ') || sentence.includes(' three ')) && OF_ALL.test(sentence);
    if (ofAll && !openerNames) about = 'all';
    else if (namesMine || namesTheirs) about = namesMine && namesTheirs ? 'all' : namesMine ? 'mine' : 'theirs';
    else if (carries && !carries.test(text)) about = 'all';
    if (about !== 'theirs') addRange(read, block.text, start, end);
    if (about === 'mine') addRange(own, block.text, start, end);
  }
  return { own, read };
}

/**
 * A provider, the subject of a sentence that goes on about the treatment they gave: "She has treated the patient 14
 * times", "He reports that she attended all 6 visits". Not the patient's own doing ("She has had 8 visits since then"),
 * which may be of any treatment.
 */
export const PROVIDER_GOES_ON = '(?:She|He|They) (?:has |have |had )?(?:now )?(?:treated|seen|reports?|reported|writes|wrote|notes|noted|documents|documented|records|recorded|states|stated)';

/**
 * A case summary tells the case in order, and its next sentence may be about anything: one goes on
 * speaking of the treatment named before it only when it opens by pointing back to it ("Her
 * re-examination of 03/23/2015 records ...", "It has not changed ...", "He reports that she attended ..." (PROVIDER_GOES_ON)).
 */
const POINTS_BACK = new RegExp(
  `^(?:${PROVIDER_GOES_ON}|It|This|These|Those|They|(?:Her|His|Their|The|That|This) (?:[a-z'-]+ ){0,2}?(?:notes?|reports?|records?|re-?evaluations?|re-?examinations?|scores?|index|therapist|chiropractor|acupuncturist|psychologist|course|sessions?|visits?|treatments?|medication|drug))\\b`,
);

/** The summary's sentences about the item, each run a slice of its paragraph. */
export function summarySentences(blocks: readonly Block[], words: NamingWords): Block[] {
  return blocks.flatMap((block) => sentencesAbout(block, words, POINTS_BACK).own.map(([start, end]) => block.slice(start, end)));
}

/** Adds [start, end) to `ranges`, joined to the last range when only spaces part them. */
function addRange(ranges: [number, number][], text: string, start: number, end: number): void {
  const last = ranges.at(-1);
  if (last && text.slice(last[1], start).trim() === '') last[1] = end;
  else ranges.push([start, end]);
}
