/**
 * A run of lines joined into one flat string (line breaks become spaces, words hyphenated
 * across lines are rejoined), with a map back to offsets in the original text.
 */
import type { Span } from '../model';
import { isLower, type Line } from './lines';

export class Block {
  /**
   * What has been worked out from this block, in the slot of the function that worked it out
   * (see perBlock). Kept on the block in a small array rather than in weak maps or a map, which
   * cost more to allocate, to look up and to collect.
   */
  private memos: unknown[] | undefined;

  /**
   * @param flatStarts flat offsets where each joined line starts
   * @param origStarts the original offset each of those maps to
   */
  constructor(
    readonly text: string,
    private readonly flatStarts: number[],
    private readonly origStarts: number[],
  ) {}

  /** `compute(this)`, computed once and kept in `slot`. It never returns undefined, which marks a slot not yet filled. */
  memo<T extends {} | null>(slot: number, compute: (block: Block) => T): T {
    const memos = (this.memos ??= []);
    let value = memos[slot] as T | undefined;
    if (value === undefined) memos[slot] = value = compute(this);
    return value;
  }

  /** Index of the joined line holding a flat offset. */
  private lineOf(flat: number): number {
    const starts = this.flatStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= flat) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Original offset of a flat offset. */
  toOriginal(flat: number): number {
    const line = this.lineOf(flat);
    return this.origStarts[line] + (flat - this.flatStarts[line]);
  }

  /** The flat offset where the joined line holding `flat` ends: before the space that joined it to the next. */
  lineEnd(flat: number): number {
    const next = this.flatStarts[this.lineOf(flat) + 1];
    if (next === undefined) return this.text.length;
    return this.text.charCodeAt(next - 1) === 32 ? next - 1 : next;
  }

  span(flatStart: number, flatEnd: number): Span {
    const start = this.toOriginal(flatStart);
    const end = flatEnd > flatStart ? this.toOriginal(flatEnd - 1) + 1 : start;
    return { start, end };
  }

  /** The sub-block [from, to) of this block's flat text, still mapped to the original. */
  slice(from: number, to = this.text.length): Block {
    const flatStarts = [0];
    const origStarts = [this.toOriginal(from)];
    for (let i = 0; i < this.flatStarts.length; i++) {
      const f = this.flatStarts[i];
      if (f > from && f < to) {
        flatStarts.push(f - from);
        origStarts.push(this.origStarts[i]);
      }
    }
    return new Block(this.text.slice(from, to), flatStarts, origStarts);
  }

  /** This block without leading and trailing spaces. */
  trimmed(): Block {
    const text = this.text;
    let from = 0;
    let to = text.length;
    while (from < to && text.charCodeAt(from) === 32) from++;
    while (to > from && text.charCodeAt(to - 1) === 32) to--;
    return from === 0 && to === text.length ? this : this.slice(from, to);
  }

  get fullSpan(): Span {
    return this.span(0, this.text.length);
  }
}

/** "psycho-" at the end of a line: a word hyphenated across lines (tested by character, as it runs on every line). */
function endsHyphenated(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(text.length - 1) === 45 && isLower(text.charCodeAt(text.length - 2));
}

/** Joins lines[from, to) into one block. */
export function joinLines(lines: readonly Line[], from: number, to: number): Block {
  const flatStarts: number[] = [];
  const origStarts: number[] = [];
  // Each line is appended when the next one shows whether its hyphen stays, so the text built so
  // far is never cut (cutting would copy it: quadratic for a paragraph of hyphenated lines).
  let flat = '';
  let length = 0;
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    if (i > from) {
      const prev = lines[i - 1].text;
      if (endsHyphenated(prev) && isLower(text.charCodeAt(0))) {
        // "psycho-" + "therapy": drop the hyphen and the line break.
        flat += prev.slice(0, -1);
        length -= 1;
      } else {
        flat += prev + ' ';
        length += 1;
      }
    }
    flatStarts.push(length);
    origStarts.push(lines[i].start);
    length += text.length;
  }
  if (to > from) flat += lines[to - 1].text;
  return new Block(flat, flatStarts, origStarts);
}

/** A block over a single line's sub-range. */
export function lineBlock(line: Line, from = 0, to = line.text.length): Block {
  return new Block(line.text.slice(from, to), [0], [line.start + from]);
}

/** The blocks of `first`, then those of `rest()`: called only if the reader reads that far. */
export function* thenLazily(first: readonly Block[], rest: () => readonly Block[]): Iterable<Block> {
  yield* first;
  yield* rest();
}

/** Splits lines[from, to) into paragraphs: a gap wider than the usual line gap ends one. */
export function paragraphs(lines: readonly Line[], from: number, to: number, lineGap: number): Block[] {
  const out: Block[] = [];
  let start = from;
  for (let i = from + 1; i <= to; i++) {
    if (i === to || lines[i].gapBefore > lineGap) {
      if (i > start) out.push(joinLines(lines, start, i));
      start = i;
    }
  }
  return out;
}
