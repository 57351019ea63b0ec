/**
 * A file may hold two letters one after the other (two determinations saved as one PDF). The
 * second starts with a header line naming another case; only the first letter is read, so that
 * the second's dates, items and reviewer are not taken for the first's.
 */
import type { Line } from '../text/lines';

/** A header line that names the case: "Case Number: CM15-0101862   Date Assigned: 06/02/2015", "IMR Case Number: CM13-0031906". */
const CASE_LINE = /^(?:IMR )?Case (?:Number|No\.?|#):?\s{0,4}(CM\d{2}-\d{4,})/i;

/** The lines of the first letter: up to the header line of a case other than the first one named. */
export function firstLetter(lines: readonly Line[]): readonly Line[] {
  let first: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    // Most lines do not start with "Case" or "IMR": they are not tried.
    const initial = text.charCodeAt(0) | 0x20;
    if (initial !== 99 && initial !== 105) continue; // "c" "i"
    const m = CASE_LINE.exec(text);
    if (!m) continue;
    first ??= m[1];
    if (m[1] !== first) return lines.slice(0, i);
  }
  return lines;
}
