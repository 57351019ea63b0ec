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
 * Gives each part that only refers to another item's the referred part: a guideline part after
 * it, a rationale before it (the item's first rationale is the one read). "Above" is the item before.
 */
export function resolveReferences(items: readonly RawItem[]): void {
  items.forEach((item, k) => {
    for (const part of [...item.parts]) {
      const text = part.body.text;
      if (text.length > REFERENCE_LENGTH) continue;
      const ref = part.kind === 'rationale' ? SEE_RATIONALE.exec(text.trim()) : SAME_GUIDELINES.exec(text);
      if (!ref) continue;
      const number = Number(ref[1] ?? ref[2]);
      const target = number ? items.find((other) => other.header.number === number) ?? items[number - 1] : items[k - 1];
      const referred = target && target !== item ? target.parts.filter((p) => p.kind === part.kind && p !== part) : [];
      if (!referred.length || item.parts.includes(referred[0])) continue;
      const at = item.parts.indexOf(part);
      item.parts.splice(part.kind === 'rationale' ? at : at + 1, 0, ...referred);
    }
  });
}

/** For each item whose first rationale other items share, the services of those others. */
export function markSharedRationales(items: RawItem[]): void {
  if (items.length < 2) return;
  const rationales = items.map((item) => firstRationale(item)?.body);
  items.forEach((item, k) => {
    const body = rationales[k];
    if (!body || (rationales.indexOf(body) === k && rationales.lastIndexOf(body) === k)) return;
    item.sharedWith = items.filter((_, j) => j !== k && rationales[j] === body).map((other) => other.header.service);
  });
}

function firstRationale(item: RawItem): RawPart | undefined {
  return item.parts.find((p) => p.kind === 'rationale');
}

/** What the item's rationale concludes of it: in a shared rationale, the last sentence that names it alone of the items sharing it. */
export function itemConclusion(item: RawItem): Conclusion | null {
  const rationale = firstRationale(item);
  if (!rationale) return null;
  return (item.sharedWith && conclusionNaming(rationale.body, item.header.service, item.sharedWith)) || findConclusion(rationale.body);
}
