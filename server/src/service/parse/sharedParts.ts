/**
 * Parts one item takes from another: a rationale or guideline line that only refers to another
 * item's ("See the rationale for item 1 above", "Decision based on the same guidelines as above"),
 * and a rationale several items share, which may conclude on each in a sentence of its own.
 */
import type { RawItem, RawPart } from './labelledItems';
import { conclusionNaming, findConclusion, type Conclusion } from './conclusion';

/** A guideline part that is only a reference: "Decision based on the same guidelines as above", "... as for item 1 above". */
const SAME_GUIDELINES = /\bsame guidelines?\s(?:as\s(?:(?:for|in)\s)?(?:(?:item|issue)\s#?(\d{1,2})\b|(?:those\s)?above\b)|(?:cited\s)?(?:for|in)\s(?:item|issue)\s#?(\d{1,2})\b)/i;
/** A rationale that is only a reference: "See the rationale for item 1 above.", "Please see rationale above." */
const SEE_RATIONALE = /^(?:please\s)?see\s(?:the\s)?(?:rationale|decision rationale|discussion)\s(?:(?:for|of|in|under)\s(?:item|issue)\s#?(\d{1,2})(?:\sabove)?|above)\.?$/i;
/** The most a reference part says besides its reference. */
const REFERENCE_LENGTH = 160;
/**
 * The most items a rationale is read item by item for: real letters share one among a few. Each
 * item's reading reads the whole rationale, so with no bound a letter of many issues sharing one
 * would cost the square of its length.
 */
const MOST_SHARING = 8;

/** The item a part refers to by its words, as its number or as "item 1"; null if it refers to none. */
function reference(part: RawPart): RegExpExecArray | null {
  const text = part.body.text;
  if (text.length > REFERENCE_LENGTH) return null;
  // Both references hold a plain word to look for first: most parts hold neither.
  if (part.kind === 'rationale') return text.includes('ee ') ? SEE_RATIONALE.exec(text.trim()) : null;
  return text.includes('same') ? SAME_GUIDELINES.exec(text) : null;
}

/**
 * Gives each part that only refers to another item's the referred part: a guideline part after
 * it, a rationale before it (the item's first rationale is the one read). "Above" is the item
 * before. What is referred to is the other item's own parts, not its references, so a run of
 * items that each refer to the one above all get the first one's part.
 */
export function resolveReferences(items: readonly RawItem[]): void {
  let byNumber: Map<number, RawItem> | undefined;
  items.forEach((item, k) => {
    if (!item.parts.some((p) => reference(p))) return;
    for (const part of [...item.parts]) {
      const ref = reference(part);
      if (!ref) continue;
      const number = Number(ref[1] ?? ref[2]);
      byNumber ??= new Map(items.map((other, j) => [other.header.number ?? j + 1, other]));
      const target = number ? byNumber.get(number) : items[k - 1];
      const referred = target && target !== item ? target.parts.filter((p) => p.kind === part.kind && !reference(p)) : [];
      if (!referred.length || item.parts.includes(referred[0])) continue;
      const at = item.parts.indexOf(part);
      item.parts.splice(part.kind === 'rationale' ? at : at + 1, 0, ...referred);
    }
  });
}

/** Gives each item whose first rationale other items share the items that share it, itself among them. */
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
}

function firstRationale(item: RawItem): RawPart | undefined {
  return item.parts.find((p) => p.kind === 'rationale');
}

/** What the item's rationale concludes of it: in a rationale a few items share, the last sentence that names it alone of them. */
export function itemConclusion(item: RawItem): Conclusion | null {
  const rationale = firstRationale(item);
  if (!rationale) return null;
  const others = item.sharing && item.sharing.length <= MOST_SHARING ? item.sharing.filter((other) => other !== item).map((other) => other.header.service) : null;
  return (others && conclusionNaming(rationale.body, item.header.service, others)) || findConclusion(rationale.body);
}
