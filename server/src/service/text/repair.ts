/**
 * Text that an extraction or a wrong decoding left unreadable, written as the letter meant it, and
 * what is found in it mapped back to the letter's own characters:
 * - ligatures, one character for two or three letters ("ﬁ" for "fi"), as some PDF-to-text tools
 *   leave them: read as one letter, "Board Certiﬁed" is no word the parser knows;
 * - soft hyphens inside a line ("Mas\u00adsage", "Over\u00adturned"), which a copy from a PDF viewer
 *   keeps though they show only where a line breaks (at a line's end one stays: a hyphen there joins
 *   the word's halves, as any hyphen does);
 * - UTF-8 read as Windows-1252 ("isnâ€™t" for "isn’t", "2 Ã— 4" for "2 × 4"), when a file was
 *   opened with the wrong encoding.
 */
import { lastAtOrBefore } from './sorted';

const LIGATURES: Readonly<Record<string, string>> = { ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'st', ﬆ: 'st' };

/** The characters Windows-1252 puts at bytes 0x80-0x9F, in byte order; the rest of 0x80-0xFF are Latin-1's. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A character that stands for a UTF-8 continuation byte (0x80-0xBF) read as Windows-1252. */
const CONTINUATION = `[\\u00a0-\\u00bf${WINDOWS_1252_HIGH}]`;

/**
 * What is repaired: a ligature, a soft hyphen not at a line's end, or the two or three characters
 * a two- or three-byte UTF-8 character becomes ("Ã—", "â€™").
 */
const DAMAGE_AT = new RegExp(`[\\ufb00-\\ufb06]|\\u00ad(?![ \\t]{0,8}\\r?\\n)|[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}${CONTINUATION}`, 'y');
/** Where damage may start: one plain class, searched much faster than DAMAGE_AT's alternatives at every position. */
const DAMAGE_START = /[\ufb00-\ufb06\u00ad\u00c2-\u00ef]/g;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The byte Windows-1252 reads as `c`. */
function byteOf(c: string): number {
  const high = WINDOWS_1252_HIGH.indexOf(c);
  return high >= 0 ? 0x80 + high : c.charCodeAt(0);
}

/** What `damage` stands for; itself when it is not a misread UTF-8 character after all. */
function repaired(damage: string): string {
  const ligature = LIGATURES[damage];
  if (ligature) return ligature;
  if (damage === '\u00ad') return '';
  try {
    return UTF8.decode(Uint8Array.from(damage, byteOf));
  } catch {
    return damage;
  }
}

export interface Repaired {
  /** The text with its damage repaired. */
  text: string;
  /** `value` with every span in it ({start, end} in `text`) moved to the same characters of the original. */
  inOriginal<T>(value: T): T;
}

/** `text` repaired, or null if it has nothing to repair. */
export function repairText(text: string): Repaired | null {
  // Each edit: where its text starts and ends in the repaired text, and where what it replaced starts and ends in the original.
  const newStarts: number[] = [];
  const newEnds: number[] = [];
  const oldStarts: number[] = [];
  const oldEnds: number[] = [];
  const pieces: string[] = [];
  let shift = 0;
  let copied = 0;
  DAMAGE_START.lastIndex = 0;
  for (let start = DAMAGE_START.exec(text); start; start = DAMAGE_START.exec(text)) {
    DAMAGE_AT.lastIndex = start.index;
    const damage = DAMAGE_AT.exec(text)?.[0];
    const fixed = damage && repaired(damage);
    if (!damage || fixed === damage) continue;
    const at = start.index;
    pieces.push(text.slice(copied, at), fixed!);
    copied = at + damage.length;
    DAMAGE_START.lastIndex = copied;
    newStarts.push(at + shift);
    newEnds.push(at + shift + fixed!.length);
    oldStarts.push(at);
    oldEnds.push(copied);
    shift += fixed!.length - damage.length;
  }
  if (!newStarts.length) return null;
  pieces.push(text.slice(copied));
  const text2 = pieces.join('');

  // A span that starts or ends inside an edit's text takes in all of what it replaced.
  const startIn = (offset: number): number => {
    const i = lastAtOrBefore(newStarts, offset);
    if (i < 0) return offset;
    return offset < newEnds[i] ? oldStarts[i] : offset - newEnds[i] + oldEnds[i];
  };
  const endIn = (offset: number): number => {
    const i = lastAtOrBefore(newStarts, offset - 1);
    if (i < 0) return offset;
    return offset <= newEnds[i] ? oldEnds[i] : offset - newEnds[i] + oldEnds[i];
  };
  return { text: text2, inOriginal: (value) => moved(value, startIn, endIn, new Map()) as typeof value };
}

/**
 * An empty span where a character was taken out (a soft hyphen at the end of the text, before an empty section body)
 * starts after that character but ends before it; it stays empty, after it.
 */
function spanIn(start: number, end: number, startIn: (offset: number) => number, endIn: (offset: number) => number): { start: number; end: number } {
  const from = startIn(start);
  return { start: from, end: Math.max(from, endIn(end)) };
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
      ? spanIn(fields.start as number, fields.end as number, startIn, endIn)
      : Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, moved(v, startIn, endIn, copies)]));
  }
  copies.set(value, copy);
  return copy;
}
