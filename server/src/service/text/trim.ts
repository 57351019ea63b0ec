/**
 * Trimming a set of characters from the ends of a string, in linear time. A regular
 * expression such as /[\s.]+$/ retries from every position of a long run that does not
 * reach the end, which is quadratic on a long line.
 */

const WHITESPACE = /\s/;

/**
 * Whether a character is in `chars`, where `\s` in `chars` stands for any whitespace (and not
 * for a backslash and an "s": "sessions" keeps its last letter).
 */
function inSet(c: string, chars: string): boolean {
  const anySpace = chars.includes('\\s');
  return (anySpace ? chars.replace('\\s', '') : chars).includes(c) || (anySpace && WHITESPACE.test(c));
}

/** `s` without the characters of `chars` at its start. */
export function trimStartChars(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && inSet(s[i], chars)) i++;
  return i ? s.slice(i) : s;
}

/** `s` without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && inSet(s[e - 1], chars)) e--;
  return e < s.length ? s.slice(0, e) : s;
}
