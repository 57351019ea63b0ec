/** The labels that open the parts of a disputed item, in 2013 and 2014 letters. */
import type { ItemPart } from '../model';
import type { Line } from '../text/lines';

export interface LabelMatch {
  kind: ItemPart['kind'];
  label: string;
  /** Length of the label and its colon, from the start of the line. */
  length: number;
  /** The items a label names as sharing the part: "Rationale Used in Decision Making (items 3 and 4):". */
  forItems: number[];
}

/** "(items 3 and 4)", "(Items 2-3)", "(issues 1, 2)", "(items 2 to 4)" between a label and its colon. */
const FOR_ITEMS = '(?:\\s?\\((?:items?|issues?)\\s((?:\\d{1,2}|\\s|,|&|and|-|to|through){1,12})\\))?';

const CLAIMS = `Claims Administrator(?:'s)? (?:guidelines?|citations?)`;
const REVIEWER = `MAXIMUS (?:guidelines?|citations?)|Expert Reviewer(?:'s)? (?:guidelines?|citations?)|Guideline(?:s|\\(s\\))? Used in Decision[- ]Making`;
const RATIONALE = `(?:Decision )?rationale(?: Used in Decision[- ]Making)?`;

/** A label's pattern, whose spaces are `space`. */
const labelSource = (words: string, space: string) => `^(${words.replaceAll(' ', space)})${FOR_ITEMS}\\s?:`;

const LABELS: [ItemPart['kind'], RegExp][] = [
  ['claims-guideline', new RegExp(labelSource(CLAIMS, ' '), 'i')],
  ['reviewer-guideline', new RegExp(labelSource(REVIEWER, ' '), 'i')],
  ['rationale', new RegExp(labelSource(RATIONALE, ' '), 'i')],
];
/** For a line that spaces words apart (Line.spaced), as a justified or layout-keeping extraction writes it. */
const SPACED_LABELS: [ItemPart['kind'], RegExp][] = [
  ['claims-guideline', new RegExp(labelSource(CLAIMS, '\\s+'), 'i')],
  ['reviewer-guideline', new RegExp(labelSource(REVIEWER, '\\s+'), 'i')],
  ['rationale', new RegExp(labelSource(RATIONALE, '\\s+'), 'i')],
];

/** The item numbers of "3 and 4", "2-3", "2 to 4" or "1, 2 & 5". */
function itemNumbers(list: string | undefined): number[] {
  if (!list) return [];
  const range = /^(\d{1,2})\s?(?:-|to|through)\s?(\d{1,2})$/.exec(list.trim());
  if (range) return Array.from({ length: Math.max(0, Math.min(20, Number(range[2]) - Number(range[1]) + 1)) }, (_, k) => Number(range[1]) + k);
  return (list.match(/\d{1,2}/g) ?? []).map(Number);
}

export function matchLabel(line: Line): LabelMatch | null {
  const text = line.text;
  const c = text.charCodeAt(0);
  if (c !== 67 && c !== 77 && c !== 69 && c !== 71 && c !== 68 && c !== 82 && c !== 99 && c !== 109 && c !== 101 && c !== 103 && c !== 100 && c !== 114) return null;
  for (const [kind, pattern] of line.spaced ? SPACED_LABELS : LABELS) {
    const m = pattern.exec(text);
    if (m) return { kind, label: line.spaced ? m[1].replace(/\s+/g, ' ') : m[1], length: m[0].length, forItems: itemNumbers(m[2]) };
  }
  return null;
}
