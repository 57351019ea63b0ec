/** Numbers written in words, as letters write counts and ages: "six", "twelve", "twenty-four", "sixty four", "a dozen". */

const ONE_TO_NINETEEN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// The longer words first, so that "seventeen" is not read as "seven".
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** A regular expression source for a number from one to ninety-nine in words, or "a dozen", without a group. */
export const NUMBER_WORD = `(?:(?:${byLength(TENS)})(?:[- ](?:${byLength(ONE_TO_NINETEEN.slice(0, 9))}))?|${byLength(ONE_TO_NINETEEN)}|(?:half )?a dozen)`;

/** The value of a number in words that NUMBER_WORD matched (any case); NaN for other words. */
export function wordValue(word: string): number {
  const lower = word.toLowerCase();
  if (lower.endsWith('a dozen')) return lower.startsWith('half') ? 6 : 12;
  const [first, unit] = lower.split(/[- ]/);
  const small = ONE_TO_NINETEEN.indexOf(first);
  if (small >= 0) return unit === undefined ? small + 1 : NaN;
  const tens = TENS.indexOf(first);
  if (tens < 0) return NaN;
  if (unit === undefined) return 20 + 10 * tens;
  const units = ONE_TO_NINETEEN.indexOf(unit) + 1;
  return units >= 1 && units <= 9 ? 20 + 10 * tens + units : NaN;
}
