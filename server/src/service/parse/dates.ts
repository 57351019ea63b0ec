/**
 * Dates as letters write them (7/25/12, 01/09/2015, 01-09-2015, January 9, 2015, Jan. 9, 2015,
 * January 9th, 2015, February 11th of 2014, Mar. 4, '13, 14 March 2012, the fourteenth of March, 2013,
 * 2015-01-09), and as some systems print them (Jun-11-2013, 14APR2016, 2013.02.18), turned into ISO yyyy-mm-dd.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const DATE_PATTERN =
  /\b(?:(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})(?![\d/-])|((?:19|20)\d{2})[-.](\d{2})[-.](\d{2})\b|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s{1,8}|-)(\d{1,2})(?:st|nd|rd|th)?(?:,?\s{1,8}|\s{1,8}of\s{1,8}|-)(\d{4}|['\u2019]\d{2}(?!\d))|(\d{1,2})(?:st|nd|rd|th)?(?:\s{1,8}(?:day\s{1,8})?(?:of\s{1,8})?|-)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\.?,?(?:\s{1,8}|-)?(\d{4}|['\u2019]\d{2}(?!\d))|(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\.?\d))/gi;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Two-digit years, bare or after an apostrophe ("'13"): letters date from 2013 on, injuries from decades earlier. */
function fullYear(y: string): number {
  const n = Number(y.length === 3 ? y.slice(1) : y);
  if (y.length === 4) return n;
  return n <= 40 ? 2000 + n : 1900 + n;
}

/** The days of a month as ordinal words, "first" to "thirty-first" (a line break may have joined "twenty-" and "first"). */
const DAY_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const DAY_WORD = `(?:(?:twenty|thirty)-?\\s?)?(?:${DAY_WORDS.join('|')})|thirtieth`;
/** "the fourteenth of March, 2013", "Monday, the sixth of April, 2015": a date with its day in words. */
const WORD_DATE = new RegExp(`\\bthe\\s(${DAY_WORD})\\s(?:day\\s)?of\\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]{0,6}\\.?,?\\s{1,8}(\\d{4})\\b`, 'gi');

/** The day a DAY_WORD names: "twenty-first" is 21. */
function dayOfWord(word: string): number {
  const lower = word.toLowerCase().replace(/[-\s]/g, '');
  if (lower === 'thirtieth') return 30;
  const tens = lower.startsWith('twenty') && lower !== 'twentieth' ? 20 : lower.startsWith('thirty') ? 30 : 0;
  return tens + DAY_WORDS.indexOf(tens ? lower.slice(6) : lower) + 1;
}

/** What a date with its day in words holds, in one plain search: "of" and a month. */
const OF_MONTH = / of (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

/** The dates written with their day in words; looked for only where OF_MONTH is. */
function wordDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  WORD_DATE.lastIndex = 0;
  for (let m = WORD_DATE.exec(text); m; m = WORD_DATE.exec(text)) {
    const iso = isoOf(Number(m[3]), MONTHS[m[2].toLowerCase()], dayOfWord(m[1]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out;
}

export function findDates(text: string): FoundDate[] {
  const words = OF_MONTH.test(text) ? wordDates(text) : [];
  const out: FoundDate[] = [];
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m; m = DATE_PATTERN.exec(text)) {
    let iso: string | null;
    if (m[1] !== undefined) iso = isoOf(fullYear(m[3]), Number(m[1]), Number(m[2]));
    else if (m[4] !== undefined) iso = isoOf(Number(m[4]), Number(m[5]), Number(m[6]));
    else if (m[7] !== undefined) iso = isoOf(fullYear(m[9]), MONTHS[m[7].toLowerCase()], Number(m[8]));
    else if (m[10] !== undefined) iso = isoOf(fullYear(m[12]), MONTHS[m[11].toLowerCase()], Number(m[10]));
    // "07.14.2013": month, day and year with dots.
    else iso = isoOf(Number(m[15]), Number(m[13]), Number(m[14]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return words.length ? [...out, ...words].sort((a, b) => a.index - b.index) : out;
}

/** "the following day", "the 14th of that month", "that same day": dates told from the date written before them. */
const RELATIVE_DATE = /\b(?:the (?:(?:following|next) day|day after|(\d{1,2})(?:st|nd|rd|th) of (?:that|the same) month)|(?:that|the) (same) day)\b/gi;
/** What every relative date holds, in one plain search. */
const RELATIVE_WORDS = /following day|next day|day after|same day| of (?:that|the same) month/;
const DAY_MS = 86_400_000;

/** The days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS;
}

/**
 * The dates of `text` with those told relative to the date before them: "Utilization review
 * non-certified the request on 7/31/14. The application ... is dated the following day."
 */
export function findDatesWithRelative(text: string): FoundDate[] {
  const found = findDates(text);
  if (!found.length || !RELATIVE_WORDS.test(text)) return found;
  const relative: FoundDate[] = [];
  RELATIVE_DATE.lastIndex = 0;
  for (let m = RELATIVE_DATE.exec(text); m; m = RELATIVE_DATE.exec(text)) {
    const before = found.filter((d) => d.index < m!.index).pop();
    if (!before) continue;
    const [year, month] = before.iso.split('-').map(Number);
    const iso = m[1] !== undefined ? isoOf(year, month, Number(m[1])) : m[2] !== undefined ? before.iso : new Date(Date.parse(before.iso) + DAY_MS).toISOString().slice(0, 10);
    if (iso) relative.push({ iso, index: m.index, length: m[0].length });
  }
  return relative.length ? [...found, ...relative].sort((a, b) => a.index - b.index) : found;
}
