/**
 * A run of lines joined into one flat string (line breaks become spaces, words hyphenated
 * across lines are rejoined), with a map back to offsets in the original text.
 */
import type { Span } from '../model';
import { isDigit, isLower, nextSpaceRun, type Line } from './lines';
import { lastAtOrBefore } from './sorted';

export class Block {
  /**
   * What has been worked out from this block, in the slot of the function that worked it out
   * (see perBlock). Kept on the block in a small array rather than in weak maps or a map, which
   * cost more to allocate, to look up and to collect.
   */
  private memos: unknown[] | undefined;

  /**
   * @param flatStarts flat offsets where each piece starts: each joined line, and each stretch of
   *   a line after a run of spaces that was collapsed to one
   * @param origStarts the original offset each of those maps to
   * @param lineStarts flat offsets where each joined line starts, when they are not all of flatStarts
   */
  constructor(
    readonly text: string,
    private readonly flatStarts: number[],
    private readonly origStarts: number[],
    private readonly lineStarts: number[] = flatStarts,
  ) {}

  /** `compute(this)`, computed once and kept in `slot`. It never returns undefined, which marks a slot not yet filled. */
  memo<T extends {} | null>(slot: number, compute: (block: Block) => T): T {
    const memos = (this.memos ??= []);
    let value = memos[slot] as T | undefined;
    if (value === undefined) memos[slot] = value = compute(this);
    return value;
  }

  /** Index of the piece of `starts` holding a flat offset (the first piece holds any offset before it). */
  private static pieceOf(starts: readonly number[], flat: number): number {
    return Math.max(0, lastAtOrBefore(starts, flat));
  }

  /** Original offset of a flat offset. */
  toOriginal(flat: number): number {
    const piece = Block.pieceOf(this.flatStarts, flat);
    return this.origStarts[piece] + (flat - this.flatStarts[piece]);
  }

  /** Flat offset of an original offset inside this block (in a collapsed run of spaces: its one space). */
  toFlat(orig: number): number {
    const piece = Block.pieceOf(this.origStarts, orig);
    const next = this.flatStarts[piece + 1] ?? this.text.length;
    return Math.min(this.flatStarts[piece] + (orig - this.origStarts[piece]), next);
  }

  /** The flat offset where the joined line holding `flat` ends: before the space that joined it to the next. */
  lineEnd(flat: number): number {
    const next = this.lineStarts[Block.pieceOf(this.lineStarts, flat) + 1];
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
    const text = this.text.slice(from, to);
    if (this.lineStarts === this.flatStarts) return new Block(text, flatStarts, origStarts);
    const lineStarts = [0];
    for (const f of this.lineStarts) if (f > from && f < to) lineStarts.push(f - from);
    return new Block(text, flatStarts, origStarts, lineStarts);
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

/**
 * The block of `text`, joined from lines of which one at least is `spaced`: each run of spaces
 * between words is read as one space, and each tab as a space. Lines are trimmed and joined by one
 * space, so a run lies within one line, and its end starts a new piece of it.
 */
function withSingleSpaces(text: string, flatStarts: number[], origStarts: number[]): Block {
  const spaced = text.indexOf('\t') < 0 ? text : text.replace(/\t/g, ' ');
  let run = nextSpaceRun(spaced, 0);
  if (!run) return new Block(spaced, flatStarts, origStarts);
  const flat: number[] = [];
  const orig: number[] = [];
  const lineStarts: number[] = [];
  let out = '';
  let last = 0;
  let removed = 0;
  let k = 0;
  const keepLinesBefore = (end: number) => {
    for (; k < flatStarts.length && flatStarts[k] < end; k++) {
      flat.push(flatStarts[k] - removed);
      orig.push(origStarts[k]);
      lineStarts.push(flatStarts[k] - removed);
    }
  };
  for (; run; run = nextSpaceRun(spaced, run[1])) {
    const [at, end] = run;
    keepLinesBefore(end);
    const line = k - 1;
    out += spaced.slice(last, at + 1);
    last = end;
    removed += end - at - 1;
    flat.push(end - removed);
    orig.push(origStarts[line] + (end - flatStarts[line]));
  }
  keepLinesBefore(Infinity);
  return new Block(out + spaced.slice(last), flat, orig, lineStarts);
}

/** "fifty-" at the end of a line: a number in words, whose hyphen joins it to the next ("fifty-" / "eight-year-old"). */
const TENS_AT_END = /(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-$/i;

/** "47-" at the end of a line: a number joined by a hyphen to what the next starts with ("47-year-old", "2016-02-09"). */
function endsDigitHyphen(text: string): boolean {
  return text.length >= 2 && text.charCodeAt(text.length - 1) === 45 && isDigit(text.charCodeAt(text.length - 2));
}

/** Joins lines[from, to) into one block. */
export function joinLines(lines: readonly Line[], from: number, to: number): Block {
  const flatStarts: number[] = [];
  const origStarts: number[] = [];
  // Each line is appended when the next one shows whether its hyphen stays, so the text built so
  // far is never cut (cutting would copy it: quadratic for a paragraph of hyphenated lines).
  let flat = '';
  let length = 0;
  let spaced = false;
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    spaced ||= lines[i].spaced;
    if (i > from) {
      const prev = lines[i - 1].text;
      const hyphenated = endsHyphenated(prev) && isLower(text.charCodeAt(0));
      if (hyphenated && !TENS_AT_END.test(prev.slice(-9))) {
        // "psycho-" + "therapy": drop the hyphen and the line break.
        flat += prev.slice(0, -1);
        length -= 1;
      } else if (hyphenated || (endsDigitHyphen(prev) && (isLower(text.charCodeAt(0)) || isDigit(text.charCodeAt(0))))) {
        // "47-" + "year-old", "2016-" + "02-09", "pages 98-" + "99", "fifty-" + "eight": keep the hyphen, drop the line break.
        flat += prev;
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
  return spaced ? withSingleSpaces(flat, flatStarts, origStarts) : new Block(flat, flatStarts, origStarts);
}

/** A block over a single line's sub-range. */
export function lineBlock(line: Line, from = 0, to = line.text.length): Block {
  const text = line.text.slice(from, to);
  return line.spaced ? withSingleSpaces(text, [0], [line.start + from]) : new Block(text, [0], [line.start + from]);
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
