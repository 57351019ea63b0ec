/**
 * Splits the decisions section of a 2013 or 2014 letter into disputed items: a header,
 * then labelled parts (guidelines, rationale) up to the next header.
 */
import type { ItemPart, LetterFormat } from '../model';
import type { Line } from '../text/lines';
import { joinLines, type Block } from '../text/block';
import { header2013, header2014, headerWithoutDecision, type ItemHeader } from './itemHeaders';
import { matchLabel } from './labels';
import { treatmentWords } from './namingWords';
import { markSharedRationales, resolveReferences } from './sharedParts';

export interface RawPart {
  kind: ItemPart['kind'];
  label: string;
  /** The whole part, label included. */
  block: Block;
  /** The part's text after its label. */
  body: Block;
  /** The items its label names as sharing it, if it names any. */
  forItems?: number[];
  /**
   * The section a part was cut from where its sentences take up each issue in turn: an issue's conclusion may stand in
   * another's part ("For the cervical spine, ... For the lumbar spine, ... Chiropractic manipulation for the cervical spine
   * is medically necessary. Chiropractic manipulation for the lumbar spine is not ...").
   */
  cutFrom?: Block;
  /**
   * Where the section discusses its issues together before taking each up in turn ("These three treatments were started
   * as one plan ... For the cognitive behavioral therapy, ..."): that discussion, and the item's own text after it.
   */
  preamble?: { discussion: Block; own: Block };
}

export interface RawItem {
  header: ItemHeader;
  parts: RawPart[];
  /** The items that share its rationale, itself among them; the rationale may conclude on each in a sentence of its own. */
  sharing?: readonly RawItem[];
  /** The items that share one of its other parts (a guideline part), itself among them, when its rationale is its own. */
  sharingParts?: readonly RawItem[];
  /** Lines [firstLine, endLine) of the whole item. */
  endLine: number;
}

interface OpenPart {
  kind: ItemPart['kind'];
  label: string;
  labelLength: number;
  firstLine: number;
  forItems: number[];
}

interface OpenItem {
  header: ItemHeader;
  parts: RawPart[];
}

export function findLabelledItems(lines: readonly Line[], from: number, to: number, lineGap: number, format: LetterFormat): RawItem[] {
  const items: RawItem[] = [];
  const state: { item: OpenItem | null; part: OpenPart | null } = { item: null, part: null };

  const closePart = (end: number) => {
    const { item, part } = state;
    if (item && part && end > part.firstLine) {
      const block = joinLines(lines, part.firstLine, end);
      item.parts.push({ kind: part.kind, label: part.label, block, body: block.slice(block.toFlat(lines[part.firstLine].start + part.labelLength)).trimmed(), forItems: part.forItems });
    }
    state.part = null;
  };
  const closeItem = (endLine: number) => {
    if (state.item) items.push({ header: state.item.header, parts: state.item.parts, endLine });
  };
  const open = (header: ItemHeader) => {
    if (repeats(state.item, state.part, header)) return;
    closePart(header.firstLine);
    closeItem(header.firstLine);
    state.item = { header, parts: [] };
  };
  /** Lines above this one belong to the open part or header, and cannot begin a new item. */
  const lowest = () => (state.part ? state.part.firstLine + 1 : state.item ? state.item.header.endLine : from);

  for (let i = from; i < to; i++) {
    const label = matchLabel(lines[i]);
    if (label) {
      const item = state.item;
      const startsNewItem = !item || (label.kind !== 'rationale' && item.parts.some((p) => p.kind === 'rationale' || p.kind === label.kind));
      if (startsNewItem) {
        const header = headerWithoutDecision(lines, i, lowest(), lineGap);
        if (header) open(header);
      }
      closePart(i);
      if (state.item) state.part = { kind: label.kind, label: label.label, labelLength: label.length, firstLine: i, forItems: label.forItems };
      continue;
    }
    const header = format === 'determination-2013' ? header2013(lines, i, to, lineGap) : header2014(lines, i, lowest(), lineGap);
    if (header) {
      open(header);
      i = header.endLine - 1;
    }
  }
  closePart(to);
  closeItem(to);
  shareLabelledParts(items);
  shareNamedParts(items);
  resolveReferences(items);
  markSharedRationales(items);
  return items;
}

/**
 * "2. ... Guidelines Used in Decision Making (items 2 to 4):": a part whose label names other items
 * is theirs too, where they have no part of that kind; a guideline part goes before their rationale.
 */
function shareLabelledParts(items: readonly RawItem[]): void {
  if (!items.some((item) => item.parts.some((p) => p.forItems?.length))) return;
  const byNumber = new Map(items.map((item) => [item.header.number, item]));
  for (const item of items) {
    for (const part of item.parts) {
      for (const n of part.forItems ?? []) {
        const other = byNumber.get(n);
        if (!other || other === item || other.parts.some((p) => p.kind === part.kind)) continue;
        const rationaleAt = other.parts.findIndex((p) => p.kind === 'rationale');
        other.parts.splice(part.kind === 'rationale' || rationaleAt < 0 ? other.parts.length : rationaleAt, 0, part);
      }
    }
  }
}

/**
 * An item line repeated at a page break, the last line of one page and the first of the next,
 * with nothing between: one item, not two.
 */
function repeats(item: OpenItem | null, part: OpenPart | null, header: ItemHeader): boolean {
  return !!item && !part && !item.parts.length && item.header.service === header.service && item.header.decision === header.decision;
}

/**
 * "3) MRI of the cervical spine ... 4) MRI of the lumbar spine ... Rationale Used in Decision
 * Making (items 3 and 4):": an item with no rationale of its own takes the parts of the item after
 * it whose labels name it, or whose rationale names its treatment ("The two retrospective
 * requests are addressed together ... Ketoprofen ..."): all of them if it has none, else the
 * rationale. From the last item back, so a run of such items all share.
 */
function shareNamedParts(items: RawItem[]): void {
  for (let k = items.length - 2; k >= 0; k--) {
    const item = items[k];
    if (item.parts.some((p) => p.kind === 'rationale')) continue;
    const number = item.header.number;
    const next = items[k + 1].parts;
    const named = number !== undefined && next.some((p) => p.forItems?.includes(number));
    if (!named && !rationaleNames(next, item.header.service)) continue;
    item.parts = item.parts.length ? [...item.parts, ...next.filter((p) => p.kind === 'rationale')] : next;
  }
}

/** A label that item lines share before their treatments: "Associated surgical service: ". */
const SHARED_LABEL = /^[A-Z][a-z]+(?: [a-z]+){0,3}: /;

/**
 * Whether the rationale among `parts` names the treatment of `service` by its first naming word, after a label that
 * item lines share ("Associated surgical service: Cold therapy unit" is named by "therapy").
 */
function rationaleNames(parts: readonly RawPart[], service: string): boolean {
  const rationale = parts.find((p) => p.kind === 'rationale');
  // "functional" names no treatment: every rationale may speak of functional improvement ("Functional capacity evaluation").
  const word = treatmentWords(service.replace(SHARED_LABEL, '')).find((w) => w !== 'functional');
  return !!rationale && !!word && rationale.body.text.toLowerCase().includes(word);
}

