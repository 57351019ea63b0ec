/**
 * Trimming a set of characters from the ends of a string, in linear time. A regular
 * expression such as /[\s.]+$/ retries from every position of a long run that does not
 * reach the end, which is quadratic on a long line.
 */

const WHITESPACE = /\s/;

/**
 * A test for the characters of `chars`, where `\s` in `chars` stands for any whitespace (and not
 * for a backslash and an "s": "sessions" keeps its last letter). Read once per trim, not per character.
 */
function inSet(chars: string): (c: string) => boolean {
  if (!chars.includes('\\s')) return (c) => chars.includes(c);
  const others = chars.replace('\\s', '');
  return (c) => others.includes(c) || WHITESPACE.test(c);
}

/** `s` without the characters of `chars` at its start. */
export function trimStartChars(s: string, chars: string): string {
  const trimmed = inSet(chars);
  let i = 0;
  while (i < s.length && trimmed(s[i])) i++;
  return i ? s.slice(i) : s;
}

/** `s` without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  const trimmed = inSet(chars);
  let e = s.length;
  while (e > 0 && trimmed(s[e - 1])) e--;
  return e < s.length ? s.slice(0, e) : s;
}
