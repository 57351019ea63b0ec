/**
 * Ligatures, as some PDF-to-text tools leave them: one character for two or three letters ("ﬁ"
 * for "fi"). Read as one letter, "Board Certiﬁed" is no word the parser knows, so a letter that
 * has them is read with each written out, and what is found in it is mapped back to the letter.
 */
import { lastAtOrBefore } from './sorted';

const LETTERS: Readonly<Record<string, string>> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

const LIGATURE = /[\ufb00-\ufb06]/g;

export interface Expanded {
  /** The text with each ligature written out as its letters. */
  text: string;
  /** `value` with every span in it ({start, end} in `text`) moved to the same characters of the original. */
  inOriginal<T>(value: T): T;
}

/** `text` with its ligatures written out, or null if it has none. */
export function expandLigatures(text: string): Expanded | null {
  // Where each ligature's letters start in the expanded text, and how many letters were added up to and with it.
  const starts: number[] = [];
  const added: number[] = [];
  let extra = 0;
  const expanded = text.replace(LIGATURE, (ligature: string, at: number) => {
    const letters = LETTERS[ligature];
    starts.push(at + extra);
    extra += letters.length - 1;
    added.push(extra);
    return letters;
  });
  if (!starts.length) return null;

  // A span that starts or ends inside a ligature's letters takes in the whole ligature.
  const startIn = (offset: number): number => {
    // The last ligature whose letters start at or before the offset.
    const i = lastAtOrBefore(starts, offset);
    if (i < 0) return offset;
    return offset <= starts[i] + added[i] - (i ? added[i - 1] : 0) ? starts[i] - (i ? added[i - 1] : 0) : offset - added[i];
  };
  const endIn = (offset: number): number => (offset === 0 ? 0 : startIn(offset - 1) + 1);

  return { text: expanded, inOriginal: (value) => moved(value, startIn, endIn, new Map()) as typeof value };
}

/** A copy of `value` with its spans moved; an object met twice is copied once, so what was shared stays shared. */
function moved(value: unknown, startIn: (offset: number) => number, endIn: (offset: number) => number, copies: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const done = copies.get(value);
  if (done) return done;
  let copy: unknown;
  if (Array.isArray(value)) {
    copy = value.map((v) => moved(v, startIn, endIn, copies));
  } else {
    const fields = value as Record<string, unknown>;
    const isSpan = typeof fields.start === 'number' && typeof fields.end === 'number' && Object.keys(fields).length === 2;
    copy = isSpan
      ? { start: startIn(fields.start as number), end: endIn(fields.end as number) }
      : Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, moved(v, startIn, endIn, copies)]));
  }
  copies.set(value, copy);
  return copy;
}
