/** The labels that open the parts of a disputed item, in 2013 and 2014 letters. */
import type { ItemPart } from '../model';

export interface LabelMatch {
  kind: ItemPart['kind'];
  label: string;
  /** Length of the label and its colon, from the start of the line. */
  length: number;
}

const LABELS: [ItemPart['kind'], RegExp][] = [
  ['claims-guideline', /^(Claims Administrator(?:'s)? (?:guidelines?|citations?))\s?:/i],
  ['reviewer-guideline', /^(MAXIMUS (?:guidelines?|citations?)|Expert Reviewer(?:'s)? (?:guidelines?|citations?)|Guidelines? Used in Decision Making)\s?:/i],
  ['rationale', /^((?:Decision )?rationale(?: Used in Decision Making)?)\s?:/i],
];

export function matchLabel(text: string): LabelMatch | null {
  const c = text.charCodeAt(0);
  if (c !== 67 && c !== 77 && c !== 69 && c !== 71 && c !== 68 && c !== 82 && c !== 99 && c !== 109 && c !== 101 && c !== 103 && c !== 100 && c !== 114) return null;
  for (const [kind, pattern] of LABELS) {
    const m = pattern.exec(text);
    if (m) return { kind, label: m[1], length: m[0].length };
  }
  return null;
}
