/**
 * Parts one item takes from another: a rationale or guideline line that only refers to another
 * item's ("See the rationale for item 1 above", "Decision based on the same guidelines as above"),
 * and a rationale several items share, which may conclude on each in a sentence of its own.
 */
import type { Block } from '../text/block';
import type { RawItem, RawPart } from './labelledItems';
import { conclusionNaming, concludesOnAnother, findConclusion, type Conclusion } from './conclusion';
import { namingWordsApart, sentencesAbout } from './sentencesAbout';

/** A guideline part that is only a reference: "Decision based on the same guidelines as above", "... as for item 1 above". */
const SAME_GUIDELINES = /\bsame guidelines?\s(?:as\s(?:(?:for|in)\s)?(?:(?:item|issue)\s#?(\d{1,2})\b|(?:those\s)?above\b)|(?:cited\s)?(?:for|in)\s(?:item|issue)\s#?(\d{1,2})\b)/i;
/** A rationale that is only a reference: "See the rationale for item 1 above.", "Please see rationale above." */
const SEE_RATIONALE = /^(?:please\s)?see\s(?:the\s)?(?:rationale|decision rationale|discussion)\s(?:(?:for|of|in|under)\s(?:item|issue)\s#?(\d{1,2})(?:\sabove)?|above)\.?$/i;
/**
 * A rationale that starts with a reference and goes on only to conclude: "For the same reasons given
 * above for Norco, the continued use of tramadol ER cannot be supported." The item is named by its
 * number or by a word of its service.
 */
const SAME_REASONS = /^for the same reasons?\s(?:(?:given|stated|discussed|explained|set out|noted)\s)?(?:(?:above|earlier|previously)\s)?(?:for|in|under|with)\s(?:(?:item|issue)\s#?(\d{1,2})\b|(?:the\s)?([A-Za-z][A-Za-z/-]{2,30}))/i;
/** The most a reference part says besides its reference; one that goes on to conclude, a sentence or two more. */
const REFERENCE_LENGTH = 160;
const CONCLUDING_REFERENCE_LENGTH = 320;
/**
 * The most items a rationale is read item by item for: real letters share one among a few. Each
 * item's reading reads the whole rationale, so with no bound a letter of many issues sharing one
 * would cost the square of its length.
 */
export const MOST_SHARING = 8;

/** What a part refers to: an item's number, a word of its service, or the item above (neither); and whether the part goes on to conclude. */
interface Reference {
  number: number | null;
  name: string | null;
  concludes: boolean;
}

/** The item a part refers to by its words, as its number, "item 1", "above" or a word of its service; null if it refers to none. */
function reference(part: RawPart): Reference | null {
  const text = part.body.text;
  if (text.length > CONCLUDING_REFERENCE_LENGTH) return null;
  // The references hold a plain word to look for first: most parts hold none.
  const same = part.kind === 'rationale' && text.includes('same reason') ? SAME_REASONS.exec(text.trim()) : null;
  if (same) return { number: Number(same[1]) || null, name: same[2]?.toLowerCase() ?? null, concludes: true };
  if (text.length > REFERENCE_LENGTH) return null;
  if (part.kind !== 'rationale') {
    const m = text.includes('same') ? SAME_GUIDELINES.exec(text) : null;
    return m && { number: Number(m[1] ?? m[2]) || null, name: null, concludes: false };
  }
  const see = text.includes('ee ') ? SEE_RATIONALE.exec(text.trim()) : null;
  return see && { number: Number(see[1]) || null, name: null, concludes: false };
}

/** The item `ref` names, other than the k-th (the one referring); the one above when it names none. */
function referredItem(items: readonly RawItem[], k: number, ref: Reference, byNumber: () => Map<number, RawItem>): RawItem | undefined {
  if (ref.number) return byNumber().get(ref.number);
  if (ref.name) return items.find((other, j) => j !== k && other.header.service.toLowerCase().includes(ref.name!));
  return items[k - 1];
}

/**
 * Gives each part that refers to another item's the referred part: a guideline part after it, a
 * rationale before it (the item's first rationale is the one read), unless the rationale goes on to
 * conclude on the item: then after it, so that its own conclusion is the one read. What is
 * referred to is the other item's own parts, not its references, so a run of items that each refer
 * to the one above all get the first one's part.
 */
export function resolveReferences(items: readonly RawItem[]): void {
  let numbered: Map<number, RawItem> | undefined;
  const byNumber = () => (numbered ??= new Map(items.map((other, j) => [other.header.number ?? j + 1, other])));
  items.forEach((item, k) => {
    if (!item.parts.some((p) => reference(p))) return;
    for (const part of [...item.parts]) {
      const ref = reference(part);
      if (!ref) continue;
      const target = referredItem(items, k, ref, byNumber);
      const referred = target && target !== item ? target.parts.filter((p) => p.kind === part.kind && !reference(p)) : [];
      if (!referred.length || item.parts.includes(referred[0])) continue;
      const at = item.parts.indexOf(part);
      item.parts.splice(part.kind === 'rationale' && !ref.concludes ? at : at + 1, 0, ...referred);
    }
  });
}

/** Gives each item whose first rationale other items share the items that share it, itself among them; else, those that share one of its other parts. */
export function markSharedRationales(items: RawItem[]): void {
  if (items.length < 2) return;
  const byRationale = new Map<unknown, RawItem[]>();
  for (const item of items) {
    const body = firstRationale(item)?.body;
    if (!body) continue;
    const sharing = byRationale.get(body);
    if (sharing) sharing.push(item);
    else byRationale.set(body, [item]);
  }
  for (const sharing of byRationale.values()) if (sharing.length > 1) for (const item of sharing) item.sharing = sharing;
  // A guideline part shared by items whose rationales are their own: "Chiropractic manipulation and massage therapy:".
  const byPart = new Map<unknown, RawItem[]>();
  for (const item of items) {
    if (item.sharing) continue;
    for (const part of item.parts) {
      if (part.kind === 'rationale') continue;
      const sharing = byPart.get(part.body);
      // An item's parts are read together, so an item already listed is the last one.
      if (!sharing) byPart.set(part.body, [item]);
      else if (sharing[sharing.length - 1] !== item) sharing.push(item);
    }
  }
  for (const sharing of byPart.values()) if (sharing.length > 1) for (const item of sharing) item.sharingParts ??= sharing;
}

function firstRationale(item: RawItem): RawPart | undefined {
  return item.parts.find((p) => p.kind === 'rationale');
}

/**
 * What the item's rationale concludes of it: in a rationale a few items share, the last sentence that names it alone of
 * them. In its own rationale, the conclusion, unless a sentence about another of the letter's items gives it and one
 * that names the item concludes too: "The requested Cyclobenzaprine 7.5mg #60 is therefore not medically necessary. The
 * tramadol ER remains medically necessary for the reasons given above". `services`: every item's, the item's at `index`.
 */
export function itemConclusion(item: RawItem, services: readonly string[], index: number): Conclusion | null {
  // A professional review's issue is decided by its conclusion and then built with it: read once for both.
  let found = conclusions.get(item);
  if (found === undefined) conclusions.set(item, (found = conclusionOf(item, services, index)));
  return found;
}

/** Each item's conclusion, once read; an item belongs to one parse of one letter, so its services and index are fixed. */
const conclusions = new WeakMap<RawItem, Conclusion | null>();

function conclusionOf(item: RawItem, services: readonly string[], index: number): Conclusion | null {
  const rationale = firstRationale(item);
  if (!rationale) return null;
  const others = item.sharing && item.sharing.length <= MOST_SHARING ? item.sharing.filter((other) => other !== item).map((other) => other.header.service) : null;
  // Only a few items are told apart: each check reads every other item's service, and with no bound a letter of many
  // issues would cost the square of their number.
  const letterOthers = services.length >= 2 && services.length <= MOST_SHARING ? services.filter((_, k) => k !== index) : null;
  const found =
    (others && conclusionNaming(rationale.body, item.header.service, others)) ||
    findConclusion(rationale.body) ||
    (rationale.cutFrom && letterOthers ? conclusionNaming(rationale.cutFrom, item.header.service, letterOthers) : null);
  if (item.sharing || !found || !letterOthers) return found;
  if (!concludesOnAnother(rationale.body, found, item.header.service, letterOthers)) return found;
  return conclusionNaming(rationale.body, item.header.service, letterOthers) ?? found;
}

/** What an item reads of a rationale it shares: the sentences about it, and those with what all the items share. */
export interface SharedReading {
  /** The rationale as the item reads it: its own sentences and those about no item in particular. */
  read: Block[];
  /** The sentences about the item alone. */
  own: Block[];
}

/**
 * The item's reading of a rationale a few items share, or null when the rationale does not tell
 * them apart (see sentencesAbout): "For the lumbar spine he has had 20 visits ... No objective
 * functional improvement from the lumbar therapy is documented. The cervical course is a different
 * matter. ... That is objective functional improvement."
 */
export function sharedReading(item: RawItem): SharedReading | null {
  const rationale = firstRationale(item);
  if (!rationale || !item.sharing || item.sharing.length > MOST_SHARING) return null;
  const words = namingWordsApart(
    item.header.service,
    item.sharing.filter((other) => other !== item).map((other) => other.header.service),
  );
  if (!words) return null;
  const body = rationale.body;
  const { own, read } = sentencesAbout(body, words);
  // With no sentence about the item alone it is still read without the sentences about the others ("For the biofeedback,
  // functional improvement has not been documented" is not the audio program's); one all about the others is read whole,
  // as the item's words may be missing from it.
  if (!read.length) return null;
  const slices = (ranges: [number, number][]) => ranges.map(([start, end]) => body.slice(start, end));
  return { read: slices(read), own: slices(own) };
}
