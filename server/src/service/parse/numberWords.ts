/** Numbers written in words, as letters write counts and ages: "six", "twelve", "twenty-four", "sixty four", "a dozen", "half-dozen", "two dozen". */

const ONE_TO_NINETEEN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * An alternation of `words` (with no character special to a regular expression), grouped by first
 * letter ("t(?:hirteen|welve|hree|...)"), so a regular expression tries a word's first letter once
 * rather than once per word: the counts' patterns try it at the start of every word of a letter.
 * Longer words come first in a group, so that "seventeen" is not read as "seven".
 */
export function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const group = groups.get(w[0]) ?? [];
    group.push(w.slice(1));
    groups.set(w[0], group);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/** A regular expression source for a number from one to ninety-nine in words, or "a dozen", "half-dozen", "two dozen", without a group. */
export const NUMBER_WORD = `(?:(?:two|three) dozen|(?:${byFirstLetter(TENS)})(?:[- ](?:${byFirstLetter(ONE_TO_NINETEEN.slice(0, 9))}))?|${byFirstLetter(ONE_TO_NINETEEN)}|(?:half )?a dozen|half-dozen)`;

/** The value of a number in digits or in words: "12", "twelve", "a dozen". */
export function digitsOrWordValue(word: string): number {
  return /^\d/.test(word) ? Number(word) : wordValue(word);
}

/** The value of a number in words that NUMBER_WORD matched (any case); NaN for other words. */
export function wordValue(word: string): number {
  const lower = word.toLowerCase();
  if (lower.endsWith('dozen')) return lower.startsWith('half') ? 6 : lower.startsWith('two') ? 24 : lower.startsWith('three') ? 36 : 12;
  const [first, unit] = lower.split(/[- ]/);
  const small = ONE_TO_NINETEEN.indexOf(first);
  if (small >= 0) return unit === undefined ? small + 1 : NaN;
  const tens = TENS.indexOf(first);
  if (tens < 0) return NaN;
  if (unit === undefined) return 20 + 10 * tens;
  const units = ONE_TO_NINETEEN.indexOf(unit) + 1;
  return units >= 1 && units <= 9 ? 20 + 10 * tens + units : NaN;
}
