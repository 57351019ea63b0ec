/**
 * The letter's text as the parser reads it: the same length, code unit for code unit, so every
 * offset still points into the document, but with only Latin-1 characters in it.
 *
 * Typographic punctuation is written plainly (’ as ', “ as ", – as -, a soft hyphen as -, × as
 * x), so each pattern names one apostrophe, one quote mark and one dash. A bullet of any font
 * becomes the one bullet character the item lists look for. Every kind of space becomes a space,
 * the replacement character a PDF tool leaves for what it could not decode the hyphen or
 * apostrophe it most often stands for, and every other character outside Latin-1 a symbol that
 * no pattern names, as those characters were before.
 *
 * The result is also a one-byte string. V8 compiles each regular expression once for one-byte
 * and once more for two-byte text, and text extracted from PDFs is often two-byte for a single
 * curly quote: reading every letter as one-byte cut the server's compiled pattern code by two
 * fifths (10.7 to 6.5 MB with 1,000 letters open), and one-byte text is matched faster.
 */

import { isDigit, isLower, isUpper } from './lines';

/** The bullet of the parsed text: Windows-1252's bullet (0x95), a code that Latin-1 text does not use. */
const BULLET = '\x95';

/** A character outside Latin-1 that nothing below maps: a symbol no pattern names. */
const OTHER = '\x1a';

const PLAIN: Readonly<Record<string, string>> = {
  ...each('‘’‚‛′', "'"),
  ...each('“”„‟″', '"'),
  ...each('‐‑‒–—―−\u00ad', '-'),
  // The multiplication sign of "2 × 6" as the letter x, as most letters write it.
  '×': 'x',
  ...each('≥→⇒', '>'),
  '≤': '<',
  // A ligature (from a PDF's font) is two or three letters in one character: its first letter keeps
  // the word whole ("speciﬁc" reads "specifc"), where a symbol would cut it in two.
  ...each('ﬀﬁﬂﬃﬄ', 'f'),
  ...each('ﬅﬆ', 's'),
  // The Greek mu of "μg" as Latin-1's micro sign.
  μ: 'µ',
  ...each('•●▪◦■□➢►\uf0b7\uf0a7\uf076\uf0d8', BULLET),
};

function each(chars: string, to: string): Record<string, string> {
  return Object.fromEntries([...chars].map((c) => [c, to]));
}

// Everything outside Latin-1, and the three characters inside it that are written plainly.
const EVERY_TO_WRITE_PLAINLY = /[\u00a0\u00ad\u00d7\u0100-\uffff]/g;
const SPACE = /\s/;

function plainChar(c: string, at: number, text: string): string {
  return PLAIN[c] ?? (c === REPLACEMENT ? replaced(text, at) : SPACE.test(c) ? ' ' : OTHER);
}

/** The character a PDF tool could not decode: in a letter, most often a hyphen or an apostrophe. */
const REPLACEMENT = '\ufffd';
/** A contraction's or a possessive's ending: "patient's", "doesn't", "she'll". */
const AFTER_APOSTROPHE = /^(?:s|t|ll|re|ve|d|m)(?![A-Za-z])/;

const isLetter = (code: number): boolean => isUpper(code) || isLower(code);

/** "49\ufffdyear\ufffdold" as "49-year-old", "doesn\ufffdt" as "doesn't"; elsewhere a symbol no pattern names. */
function replaced(text: string, at: number): string {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  if (!(isDigit(before) || isLetter(before)) || !(isDigit(after) || isLetter(after))) return OTHER;
  return isLetter(before) && AFTER_APOSTROPHE.test(text.slice(at + 1, at + 4)) ? "'" : '-';
}

/** `text` written plainly; text that already is comes back as it is. */
export function plainText(text: string): string {
  // ASCII text, the most common, is told at once by its UTF-8 length; a pattern would read every character.
  if (Buffer.byteLength(text, 'utf8') === text.length) return text;
  const mapped = text.replace(EVERY_TO_WRITE_PLAINLY, plainChar);
  // Latin-1 letters alone ("Café"): nothing to write plainly.
  if (mapped === text) return text;
  // A replacement keeps the two-byte representation; written out as Latin-1 and read back, the
  // same characters make a one-byte string.
  return Buffer.from(mapped, 'latin1').toString('latin1');
}

/**
 * `shown`, words the parser took from `plain` within `span` (lines joined, runs of spaces made one, a
 * hyphen at a line's end dropped), with each character as the letter writes it: "1–2 times a week",
 * not "1-2". The parser reads the plain text; what the user is shown is the letter's own wording.
 * `shown` as it is if it cannot be lined up with the text.
 */
export function asWritten(shown: string, span: { start: number; end: number }, plain: string, original: string): string {
  let out = '';
  let j = span.start;
  for (let i = 0; i < shown.length; i++) {
    const c = shown[i];
    if (c === ' ' && j < span.end && SPACE.test(plain[j])) {
      while (j < span.end && SPACE.test(plain[j])) j++;
      out += ' ';
      continue;
    }
    // What joining lines took out: a line break, the spaces around it, a hyphen at the line's end.
    while (j < span.end && plain[j] !== c && (SPACE.test(plain[j]) || plain[j] === '-')) j++;
    if (j >= span.end || plain[j] !== c) return shown;
    out += original[j++];
  }
  return out;
}
