/** Quotations in a block's text. */
import { lastAtOrBefore } from './sorted';

/** Where the text's double quotation marks stand (typographic ones are written plainly). */
export function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at + 1)) marks.push(at);
  return marks;
}

/** The mark that opens the quotation an offset is inside, or -1 when it is outside any: it is after an odd number of marks. */
export function quotationOpening(marks: readonly number[], at: number): number {
  const k = lastAtOrBefore(marks, at);
  return k % 2 === 0 ? marks[k] : -1;
}

/** Whether an offset is inside a quotation. */
export const quoted = (marks: readonly number[], at: number): boolean => quotationOpening(marks, at) >= 0;
