/**
 * An issue's number or place as letters write it: "Issue 2", "Issue Two", "Issue ii", "Item B", "the second request".
 */
import { wordValue } from './numberWords';

export const ROMAN_VALUES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** An issue's place in a list, in words: "the first request", "For the second,". */
export const ORDINAL_NAMES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
/** The same words capitalised, as a pattern's alternatives: a sentence opened "Second, ...". */
export const ORDINAL_CAPITALS = ORDINAL_NAMES.map((w) => w[0].toUpperCase() + w.slice(1)).join('|');
/** The words for an issue's place, "former" and "latter" too, as a pattern's alternatives. */
export const PLACE_WORDS = `${ORDINAL_NAMES.join('|')}|former|latter`;
/** An issue's place, from 1, named by one of PLACE_WORDS among `count` issues: "the latter" of two is the second. */
export const placeNamed = (word: string, count: number): number => (word === 'former' ? 1 : word === 'latter' ? count : ORDINAL_NAMES.indexOf(word) + 1);

/** An issue's number, in digits, words, Roman numerals or a capital letter ("Item B:" is 2). */
export const issueNumber = (n: string): number =>
  /^\d/.test(n) ? parseInt(n, 10) : /^[A-Ha-h]$/.test(n) ? n.toUpperCase().charCodeAt(0) - 64 : wordValue(n.toLowerCase()) || ROMAN_VALUES.indexOf(n.toUpperCase()) + 1;
