/**
 * Session counts. Requested: "6 sessions", "twelve (12) visits", "2x6", "2 times a week for
 * 6 weeks" (12), "x6", "8 additional visits". Completed or authorized: "completed 9 visits",
 * "previously approved for 4 sessions", "6 prior acupuncture treatments". A day program may be
 * counted in hours ("Functional restoration program 80 hours"): 8 hours make a full day.
 */
import { byFirstLetter, NUMBER_WORD, wordValue } from './numberWords';
import { daysBetween, findDates } from './dates';
import { FRACTION, FRACTIONS, sharesOfTotal } from './shares';
import type { SentenceRange } from './sentences';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

// Not the tail of a date or a strength ("3/30/15", "10/325"), nor a number after "#" (a quantity, "#60", or an issue's
// number, "#1  Additional chiropractic treatment"). The number may be repeated in parentheses,
// in digits or in words: "twelve (12)", "8 (eight)". The words are any in lower case: NUMBER_WORD again
// in every count pattern would compile to much more code.
const NUM = `(?<![/#])(\\d{1,3}|${NUMBER_WORD})(?:\\s?\\((\\d{1,3})\\)|\\s?\\([a-z]{3,9}(?:-[a-z]{3,5})?\\))?`;
// Hours, when a count is in them, are captured: only a day program reads them, as days.
// Not a span of time: "eleven days later"; not a rate: "4 tablets a day"; not what a number of days sizes: "a 30 day trial of
// a TENS unit", "a 30 day supply". "8 tx": treatments, as notes abbreviate them.
const UNIT = '(?:sessions?|visits?|t(?:reatments?|xs?)|massages?|adjustments?|(?<!\\b(?:a|per|each|every)\\s)days?(?!\\s(?:trial|supply|rental|period)\\b)|appointments?|(hours?|hrs?))\\b(?!\\s(?:later|earlier|ago|apart)\\b)';
/** The guidelines size a program in full days of about 8 hours: 20 full-day sessions, about 160 hours. */
const HOURS_A_DAY = 8;
/**
 * A program's day as the letter states it, when it is not 8 hours: "her program day is 6 hours", "the program runs for her
 * on a 6-hour day", "The program she attends runs six-hour days", "6-hour program days", "this program's six-hour day".
 * Its hours are then counted in days of that length.
 */
const PROGRAM_DAY_HOURS = new RegExp(
  `\\bprogram days? (?:is|are|of|lasts?|runs?) (?:only |just )?(\\d{1,2}|${NUMBER_WORD})[- ]hours?\\b|\\bprogram\\b[^.;]{0,20}?\\b(?:runs?|ran|meets?|met|operates?)\\b[^.;]{0,20}?\\b(\\d{1,2}|${NUMBER_WORD})[- ]hours?(?: a| per| each)? days?\\b|\\b(\\d{1,2}|${NUMBER_WORD})[- ]hour program days?\\b|\\bprogram's (\\d{1,2}|${NUMBER_WORD})[- ]hour days?\\b`,
  'i',
);

/** The hours of a program day the texts state (see PROGRAM_DAY_HOURS), else the guidelines' 8. */
export function programDayHours(texts: readonly string[]): number {
  for (const text of texts) {
    const m = text.includes('program') ? PROGRAM_DAY_HOURS.exec(text) : null;
    const hours = m ? numberValue(m[1] ?? m[2] ?? m[3] ?? m[4], undefined) : 0;
    if (hours >= 2 && hours <= 12) return hours;
  }
  return HOURS_A_DAY;
}
/** A day program runs on weekdays: "2 additional weeks" of it are 10 days. */
const DAYS_A_WEEK = 5;
/** "2 additional weeks", "four weeks": a day program's request in weeks. */
const WEEKS = new RegExp(`\\b${NUM}\\s(?:(?:additional|more|further)\\s)?weeks?\\b`, 'i');
// Up to four words: "Eight (8) additional postoperative physical therapy visits".
const FILLER = '(?:[a-z/-]{1,24}\\s){0,4}?';

/**
 * "2 times a week for 6 weeks", "2x/week x 6 weeks", "3 x week x 4 wks", "two visits weekly over a
 * three-week period", "5 days per week for 2 weeks", "two (2) times a week for four (4) weeks"; of a range, the upper
 * bound: "1-2 times a week for 4-6 weeks" and "one to two times a week for four to six weeks" are 12. After "x" the weeks
 * may go unsaid: "twice weekly x 3" is 6.
 */
const FREQUENCY = new RegExp(
  `\\b(\\d{1,2}|once|twice|thrice|one|two|three|four|five)(?:\\s\\(\\d\\))?\\s?(?:x|times?|(?:visits?|sessions?|treatments?|days?)\\s)?\\s?(?:a |per |each |/)?\\s?(?:week(?:ly)?|wk)s?,?\\s?(?:x|for|times|over)\\s?(?:a |an |the next |the first )?(?:(?:\\d{1,2}|one|two|three|four|five|six|seven|eight)\\s?(?:-|to|or)\\s?)?(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\\s\\(\\d{1,2}\\))?(?:[\\s-]?(?:weeks?|wks?)\\b|(?<=\\bx\\s?\\d{1,2})\\b(?!\\s?(?:visits?|sessions?|treatments?|months?|days?|hours?|mg|ml)\\b|\\s?[/%]|\\.\\d))`,
  'i',
);
/** "twice weekly for one month": four weeks a month. */
const FOR_MONTHS = new RegExp(`\\b(\\d{1,2}|once|twice|thrice|one|two|three)\\s?(?:x|times?)?\\s?(?:a |per |each |/)?\\s?(?:week(?:ly)?|wk)s?\\s(?:for|over|x)\\s(?:a\\s)?(\\d|one|two|three)?\\s?months?\\b`, 'i');
const WEEKS_A_MONTH = 4;
/** "1-2 times per month for 6 months" (of a range, the upper bound), "2 sessions a month for six months": visits a month, for months. */
const MONTHLY = new RegExp(
  `\\b(\\d{1,2}|once|twice|thrice|one|two|three|four)\\s?(?:x|times?|(?:visits?|sessions?|treatments?)\\s)?\\s?(?:a |per |each |/)\\s?month,?\\s?(?:x|for|over)\\s?(?:a |the next )?(\\d{1,2}|${NUMBER_WORD})[\\s-]?months?\\b`,
  'i',
);
/** "the remaining 4 of the 12 authorized visits": what is asked for is the first number. */
const REMAINDER_OF = new RegExp(`\\b(?:remaining|last|outstanding)\\s${NUM}\\sof\\s(?:the\\s)?(?:\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}`, 'i');
/** "x 4 weeks, 2 visits per week": the weeks first, then the visits a week. */
const WEEKS_THEN_RATE = new RegExp(`x\\s?(\\d{1,2}|${NUMBER_WORD})\\s?(?:weeks?|wks?),?\\s(\\d|one|two|three|four|five)\\s(?:visits?|sessions?|times?|treatments?)\\s(?:per|a|each)\\sweek\\b`, 'i');
/** "BIW x 4 weeks", "TIW for 6 weeks": a prescription's abbreviation for visits a week (twice, three times, once). */
const ABBREVIATED_FREQUENCY = /\b(BIW|TIW|QW)\s?(?:x|for|times)\s?(\d{1,2})\s?(?:weeks?|wks?)\b/i;
const TIMES_A_WEEK: Record<string, number> = { biw: 2, tiw: 3, qw: 1 };
/** "extension from 12 to 18 visits": the visits added. */
const EXTENSION = new RegExp(`\\b(?:extension|increase|extend(?:ed|ing)?|increas(?:ed|ing))\\s(?:[a-z]{1,20}\\s){0,3}?from\\s${NUM}\\sto\\s(\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}`, 'i');
/** "once weekly on Wednesdays from 08/06/2014 through 09/24/2014": the visits a week times the weeks the dates span. */
const WEEKLY_BETWEEN = /\b(\d|once|twice|thrice|one|two|three)\s?(?:x\s?|times?\s)?(?:a\s|per\s)?(?:week|weekly)\b[^.;]{0,40}?\bfrom\s(\d{1,2}\/\d{1,2}\/\d{2,4})\s(?:through|thru|to|until)\s(\d{1,2}\/\d{1,2}\/\d{2,4})\b/i;
/** "Physical therapy #8": a session-based item's quantity; not the issue's number before it ("#1  Additional chiropractic"). */
const HASH = /(?<=[A-Za-z)]\s?)#\s?(\d{1,2})\b/;
/** "of those 18 visits", "of the 12", "of 6": words before a count that make it the whole that others are part of. */
const OF_THE_WHOLE = '\\bof\\s(?:(?:the|those|these)\\s)?';
/** "6 visits right wrist and 6 visits left wrist (12 visits total)": the request's own sum of its parts. */
const TOTAL_IN_PARENS = /\((\d{1,3})\s(?:(?:visits|sessions|treatments)\s)?(?:total|in all)\)/;
/** A part of the body a count may be for: "for the lumbar spine", "for the left knee". */
const PART_WORD = '(?:cervical|lumbar|thoracic|neck|low back|back|shoulders?|knees?|wrists?|hands?|elbows?|hips?|ankles?)';
/** ", in 2012, were for the lumbar spine": what a share of a total was for, perhaps with its year. */
const FOR_PART = `(?:,\\s(?:in|during)\\s[\\d/]{4,10},)?\\s(?:were|was)\\s(?:for|on)\\s(?:the\\s|her\\s|his\\s)?(?:left\\s|right\\s)?${PART_WORD}\\b`;
/** "6 visits for the cervical spine and 6 visits for the lumbar spine": a request for two parts of the body, summed. */
const PER_PART = new RegExp(
  `\\b${NUM}\\s(visits|sessions|treatments)\\s(?:for\\s)?(?:the\\s)?(?:left\\s|right\\s)?${PART_WORD}[a-z ]{0,12}?\\sand\\s${NUM}\\s\\3\\s(?:for\\s)?(?:the\\s)?(?:left\\s|right\\s)?${PART_WORD}`,
  'i',
);
/** "every week for six weeks": a visit a week; "every other week for 12 weeks": a visit each two weeks. */
const EVERY_WEEK = new RegExp(`\\b(?:every|each) (?:(other|second|two|2) )?weeks?,?\\s(?:for|over|x)\\s(\\d{1,2}|${NUMBER_WORD})\\s?(?:weeks?|wks?)\\b`, 'i');
/** "six weeks of twice-weekly visits": the weeks, then the visits a week. */
const WEEKS_OF_FREQUENCY = new RegExp(`\\b(\\d{1,2}|${NUMBER_WORD})\\s(?:more\\s|additional\\s)?weeks\\sof\\s(once|twice|thrice|\\d|one|two|three)[- ](?:weekly|a[- ]week|times?[- ](?:a|per)[- ]week)\\s(?:[a-z]{1,20}\\s)?(?:visits|sessions|treatments)\\b`, 'i');
/** "visits 13 through 18": the visits from one number to the other. */
const VISITS_NUMBERED = /\b(?:visits|sessions|treatments)\s(\d{1,3})\s?(?:-|through|to)\s?(\d{1,3})\b/i;
/** "..., then 1 time a week for 4 weeks": a second phase of the same request. */
const THEN = /^,?\s(?:and\s)?(?:then|followed by)\s/i;

/** A frequency's count, with a second phase that follows it ("2 times a week for 3 weeks, then 1 time a week for 4 weeks" is 10). */
function withNextPhase(text: string, m: RegExpExecArray, value: number): CountHit | null {
  const end = m.index + m[0].length;
  const then = THEN.exec(text.slice(end, end + 20));
  const next = then ? FREQUENCY.exec(text.slice(end + then[0].length)) : null;
  if (!then || !next || next.index !== 0) return hit(m, value);
  const total = value + frequencyValue(next[1]) * numberValue(next[2], undefined);
  return total > 0 && total <= 400 ? { value: total, index: m.index, length: end + then[0].length + next[0].length - m.index } : null;
}

/** "2x6", "3 x 4", "2 × 3" (the parsed text writes × as x). */
const TIMES = /\b(\d{1,2})\s?x\s?(\d{1,2})\b(?!\s?(?:mg|ml|cm|mm|%))/i;
/** "x6", "x 12", "× 6" (see TIMES). */
const BY = /(?:^|[\s(])x\s?(\d{1,2})\b(?!\s?(?:mg|ml|cm|mm|%))/i;
/** Whether a count's own words hold its unit ("10 visits"), not only its number ("attended 10"). */
export const HAS_UNIT = new RegExp(`\\b${UNIT}`, 'i');
/**
 * "6 sessions", "twelve (12) visits", "8 additional visits", "12 psychotherapy sessions", "six 1-hour sessions"; not a dose,
 * "tramadol 50 mg and psychological treatment".
 */
const ANY_COUNT = new RegExp(`\\b${NUM}(?!\\s?(?:mg|mcg|ml)\\b)\\s(?:\\d{1,3}-(?:hour|minute)\\s)?${FILLER}${UNIT}`, 'gi');

export interface CountHit {
  /** Sessions, visits or days; a count in hours or weeks is given in full days. */
  value: number;
  index: number;
  length: number;
  /** The count was stated in hours or weeks: only a day program's. */
  dayProgramOnly?: true;
}

function numberValue(word: string, digits: string | undefined): number {
  if (digits) return Number(digits);
  if (/^\d/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  return ORDINALS.includes(lower) ? ORDINALS.indexOf(lower) + 1 : wordValue(lower);
}

function hit(m: RegExpExecArray, value: number, skip = 0): CountHit | null {
  return value > 0 && value <= 400 ? { value, index: m.index + skip, length: m[0].length - skip } : null;
}

/** "no one has recorded how many sessions she has had": "one" is no count there. */
const NO_BEFORE = /\bno\s$/i;

/** The hit of a count and its unit (groups: number, number in parentheses, hours); a part day is a day. */
function countHit(m: RegExpExecArray, hoursADay = HOURS_A_DAY): CountHit | null {
  if (m[1]?.toLowerCase() === 'one' && m[0].startsWith(m[1]) && NO_BEFORE.test(m.input.slice(Math.max(0, m.index - 3), m.index))) return null;
  const value = numberValue(m[1], m[2]);
  if (m[3] === undefined) return hit(m, value);
  const found = hit(m, Math.ceil(value / hoursADay));
  return found && { ...found, dayProgramOnly: true };
}

/** The weeks from one date to another, both counted: 08/06/2014 to 09/24/2014 is 8. */
function weeksSpanned(from: string, to: string): number {
  const [a, b] = [findDates(from)[0], findDates(to)[0]];
  const days = a && b ? daysBetween(a.iso, b.iso) : -1;
  return days >= 0 ? Math.floor(days / 7) + 1 : 0;
}

function frequencyValue(word: string): number {
  const w = word.toLowerCase();
  return w === 'once' ? 1 : w === 'twice' ? 2 : w === 'thrice' ? 3 : numberValue(word, undefined);
}

/** The first count with its unit in `text`, leaving out counts in hours unless they are read. */
function firstCount(text: string, dayProgram: boolean, hoursADay: number): CountHit | null {
  ANY_COUNT.lastIndex = 0;
  for (let m = ANY_COUNT.exec(text); m; m = ANY_COUNT.exec(text)) {
    const found = countHit(m, hoursADay);
    if (found && (dayProgram || !found.dayProgramOnly)) return found;
  }
  return null;
}

/**
 * The number of sessions a request asks for, from the request's own words; hours and weeks only for a day program, its
 * hours in days of `hoursADay`.
 */
export function findRequestedCount(text: string, dayProgram = false, hoursADay = HOURS_A_DAY): CountHit | null {
  let m = text.includes('(') ? TOTAL_IN_PARENS.exec(text) : null;
  if (m) return hit(m, Number(m[1]));
  m = text.includes(' and ') ? PER_PART.exec(text) : null;
  if (m) return hit(m, numberValue(m[1], m[2]) + numberValue(m[4], m[5]));
  m = FREQUENCY.exec(text);
  if (m) return withNextPhase(text, m, frequencyValue(m[1]) * numberValue(m[2], undefined));
  m = text.includes('month') ? MONTHLY.exec(text) : null;
  if (m) return hit(m, frequencyValue(m[1]) * numberValue(m[2], undefined));
  m = text.includes('every ') || text.includes('each ') ? EVERY_WEEK.exec(text) : null;
  if (m) return hit(m, m[1] ? Math.ceil(numberValue(m[2], undefined) / 2) : numberValue(m[2], undefined));
  m = text.includes('weeks of') ? WEEKS_OF_FREQUENCY.exec(text) : null;
  if (m) return hit(m, numberValue(m[1], undefined) * frequencyValue(m[2]));
  m = EXTENSION.exec(text);
  if (m) return hit(m, numberValue(m[3], undefined) - numberValue(m[1], m[2]));
  m = WEEKLY_BETWEEN.exec(text);
  if (m) return hit(m, frequencyValue(m[1]) * weeksSpanned(m[2], m[3]));
  m = ABBREVIATED_FREQUENCY.exec(text);
  if (m) return hit(m, TIMES_A_WEEK[m[1].toLowerCase()] * Number(m[2]));
  m = TIMES.exec(text);
  if (m) return hit(m, Number(m[1]) * Number(m[2]));
  m = WEEKS_THEN_RATE.exec(text);
  if (m) return hit(m, numberValue(m[1], undefined) * frequencyValue(m[2]));
  m = text.includes(' of ') ? REMAINDER_OF.exec(text) : null;
  if (m) return countHit(m, hoursADay);
  const counted = firstCount(text, dayProgram, hoursADay);
  if (counted) return counted;
  m = dayProgram ? WEEKS.exec(text) : null;
  if (m) return hit(m, numberValue(m[1], m[2]) * DAYS_A_WEEK);
  m = BY.exec(text);
  if (m) return hit(m, Number(m[1]), m[0].length - m[0].trimStart().length);
  m = FOR_MONTHS.exec(text);
  // "for a month" gives no number: one month.
  if (m) return hit(m, frequencyValue(m[1]) * WEEKS_A_MONTH * (m[2] ? numberValue(m[2], undefined) : 1));
  m = VISITS_NUMBERED.exec(text);
  if (m) return hit(m, Number(m[2]) - Number(m[1]) + 1);
  m = HASH.exec(text);
  if (m) return hit(m, Number(m[1]));
  return null;
}

/**
 * Where an item's own parts say what is requested, when its item line does not: "The current
 * request is for 6 additional sessions", "requesting 8 visits". A request said to be an earlier
 * one is not the item's.
 */
const REQUEST_CUE = /\b(?<!(?:prior|previous|earlier|original|initial|first|last)\s)(?:request(?:ed)?\s(?:(?:is|was)\s)?(?:for|of)|requesting|requests|asks? for|asking for)\s/gi;
/** What both request patterns hold ("Request", "requested", "asks for"): most parts without it are not searched. */
const REQUEST_WORD = /equest|\bask(?:s|ing)? for\b/;
/** Where the words of a request stop: the sentence's end, or its verb ("The request for 6 visits exceeds ..."). */
const REQUEST_END = /[.;:?]|\b(?:is|are|was|were|would|will|does|do|exceeds?|has|have|had|can|cannot|should|must|may|which|that|but|because)\b/i;
/** "6 additional sessions are requested", "the 6 sessions now requested". */
const COUNT_REQUESTED = new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s(?:(?:is|are|was|were|being|now|currently|has been|have been)\\s){0,2}requested\\b`, 'gi');

/** Each stated request's count in `text`, with the words after it (for whose it is). */
export function findStatedRequests(text: string, dayProgram = false, hoursADay = HOURS_A_DAY): { hit: CountHit; after: string }[] {
  const found: { hit: CountHit; after: string }[] = [];
  if (!REQUEST_WORD.test(text)) return found;
  REQUEST_CUE.lastIndex = 0;
  for (let m = REQUEST_CUE.exec(text); m; m = REQUEST_CUE.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200);
    const stop = REQUEST_END.exec(rest);
    const words = stop ? rest.slice(0, stop.index) : rest;
    const h = findRequestedCount(words, dayProgram, hoursADay);
    if (h) found.push({ hit: { ...h, index: from + h.index }, after: words.slice(h.index) });
  }
  COUNT_REQUESTED.lastIndex = 0;
  for (let m = COUNT_REQUESTED.exec(text); m; m = COUNT_REQUESTED.exec(text)) {
    const h = countHit(m, hoursADay);
    if (h && (dayProgram || !h.dayProgramOnly)) found.push({ hit: h, after: m[0] });
  }
  return found;
}

// "s/p" (status post) in case notes: "He is s/p 16 PT visits"; "completing 10 sessions between 03/11/2013 and 04/05/2013".
const DONE = 'completed|completing|attended|had|undergone|received|participated in|underwent|finished|exhausted|tried|included|s/p|status post|went to|did';
// "he will have completed 18 visits" once the request is given: not given yet; nor what a plan or a
// request "included"; nor what "is completing" now. The tests look back from the verb, so they run
// only where a verb is, not at every position.
const DONE_VERB = `(?:${DONE})(?<!\\b(?:will|would|shall)(?: then)? have\\s(?:${DONE}))(?<!\\b(?:plan|recommendations?|requests?|orders?)\\s(?:also\\s)?included)(?<!\\b(?:is|are|be|been|was|were)\\scompleting)`;
// "non-certified 16 sessions" is a denial, not a grant.
const GRANT = 'approved|authorized|certified|granted|allowed|modified to';
const GRANT_VERB = `(?<!non-)(?<!non)(?:${GRANT})`;
/** After a grant's verb: not "by the MTUS guidelines", "under the ODG", which is a guideline's limit. */
const NOT_BY_GUIDELINE = '(?!\\s(?:by|under|per|in)\\s[^.;]{0,40}?\\b(?:[Gg]uidelines?|MTUS|ODG|ACOEM)\\b)';
// "has completed the initial course of 6 post-operative physical therapy visits", "the initial trial of 4 sessions".
// "authorized an initial trial of 4 sessions", "attended all 4 sessions".
const LEAD = '(?:(?:at least|more than|upwards of|a total of|a course of|course of|a trial of|trial of|a round of|round of|approximately|about|over|the|those|these|her|his|their|its|own|first|initial|an additional|an|all|already|previously|only)\\s){0,3}';

/**
 * A pattern, and the words (lower case) of which a sentence must hold one for the pattern to
 * match it; null: no condition. All the words are looked for in one search (wordsIn).
 */
type CountPattern = [RegExp, readonly string[] | null];

const DONE_WORDS = DONE.split('|');
const GRANT_WORDS = GRANT.split('|');

/** What "authorized/attended" holds where its two words meet. */
const SLASH_WORDS = ['/attended', '/completed', '/ attended', '/ completed'];
/** "completed program day 20", "attended day 15 of the program": the days of a program given so far. */
const PROGRAM_DAY = '(?:completed|attended|finished)\\s(?:program\\s|treatment\\s)?day\\s(\\d{1,3})\\b';
/** "Sessions completed:", "Visits attended to date:": a label whose value is the count given. */
const DONE_LABEL = '(?:sessions|visits|treatments)\\s(?:completed|attended)(?:\\sto date|\\sso far)?\\s?:';
/** "Sessions authorized/attended:", a table's column of two counts. */
const GRANTED_SLASH_DONE = '(?:sessions|visits|treatments)\\s(?:authorized|approved|certified)\\s?/\\s?(?:attended|completed)';
/**
 * "Visit 9 of 12" (a note's header), "her ninth visit": the visits given so far. "Visit 4/12" only
 * as a quoted note header: unquoted, "visit 4/12" may be a date.
 */
const VISIT_OF = '(?:visit|session|treatment)\\s(\\d{1,3})(?:\\sof\\s\\d{1,3}\\b|/\\d{1,3}(?=[\'"]))';
/** A note's number as its heading gives it, perhaps quoted and after the therapy's initials: "visit ", '"CBT Session '. */
const NOTE_NUMBER = '"?(?:[A-Z]{2,5}\\s)?(?:visit|session|treatment)\\s';
/** "visits on 07/08/2013", "The chiropractic daily notes ... record treatment on 04/02/2013": dates that stand for the visits given on them. */
const VISITS_ON = '(?:visits|sessions|treatments|appointments|treatment(?<=\\b(?:records?|recorded|documents?|documented|shows?|showed)\\streatment))\\s(?:on|dated)\\s';
const DATE = '\\d{1,2}/\\d{1,2}/\\d{2,4}';
/**
 * "her sixth visit", "the ninth and most recent visit", "his note describes the seventh treatment", "the report was written
 * after the eleventh session": the visits given so far.
 */
const NTH_VISIT = `(?:her|his|their|the)\\s(${ORDINALS.join('|')})(?:\\sand\\s(?:most\\s)?(?:recent|latest|last|final)|(?<!(?<!\\b(?:describes|documents|records|was|is|written\\s(?:after|at))\\s)\\bthe\\s[a-z]{5,11}))\\s(?:visit|session|treatment|appointment)\\b`;
/** "the sixth of eight authorized visits": the visits given so far, of those granted. */
const NTH_OF = `the\\s(${ORDINALS.join('|')})\\sof\\s(?:the\\s)?(?:\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}`;

/** "already provided", "previously given". */
const GIVEN = 'completed|attended|provided|given|rendered|received';
/** "(visits) he has completed", "(visits) she has already had": the patient's own. */
const BY_PATIENT =
  '(?:that\\s|which\\s)?(?:he|she|they|the patient|the injured worker|the claimant)\\s(?:(?:(?:has|had|have)\\s)?(?:now\\s|already\\s)?(?:completed|attended|received|undergone)|(?:has|have)\\s(?:now\\s|already\\s)?had)';
const BY_PATIENT_WORDS = ['completed', 'attended', 'received', 'undergone', 'had'];

/** "two weeks (" or "2 full weeks (": a program's first weeks, before the days they held in parentheses. */
const FIRST_WEEKS = '(?:\\d|one|two|three|four|five|six)\\s(?:full\\s)?weeks?\\s\\(';
/**
 * "... were physical therapy for the neck", "... were individual cognitive behavioral therapy sessions": what a part of a
 * total was, with the words that name its therapy (or its visits); not what became of it ("were cancelled", "were
 * given") nor those "billed in 2011 ... under her earlier claim".
 */
const THERAPY_AFTER_WERE = `\\s(?:were|was)\\s(?!(?:not|never|cancell?ed|missed|authorized|approved|certified|scheduled|requested|given|completed|attended|used|provided|rendered)\\b)(?=[a-z -]{0,40}?\\b(?:therapy|chiropractic|acupuncture|massage|psychotherapy|biofeedback|land-based|aquatic|pool|visits|sessions|treatments)\\b)[a-z][a-z -]{2,40}`;

/** "14 visits", "sixteen physical therapy visits": a total, whose number is no count's value (no capture). */
const TOTAL_OF_VISITS = `(?:\\d{1,3}|${NUMBER_WORD})\\s(?:[a-z-]{1,20}\\s){0,2}?(?:visits|sessions|treatments)`;

/** "treated only at", "needled at only", "saw her at each of": how the visits at which a part of the body or a therapy was given are told. */
const PART_TREATED_AT = '(?:treated|needled|manipulated|adjusted|worked on|saw (?:her|him|them))\\s(?:only\\s)?at\\s(?:only\\s)?(?:each\\sof\\s)?';
const PART_TREATED_WORDS = ['treated', 'needled', 'manipulated', 'adjusted', 'worked on', 'saw'];

const COMPLETED_PATTERNS: CountPattern[] = [
  // "She has used up her four-visit initial trial", "completed his 6-session course", "She completed a 6-visit
  // chiropractic trial": the count joined to its unit. Not "had three courses of physical treatment", a count of courses.
  [new RegExp(`\\b(?:${DONE_VERB}|used up|used)\\s(?:for\\s)?${LEAD}(?:a\\s)?${NUM}(?:\\s(?!(?:courses|kinds|types) of\\s)${FILLER}${UNIT}|-(?:visits?|sessions?|treatments?)\\s(?:[a-z-]{1,20}\\s){0,2}?(?:trial|course|series|program|block|authorization)\\b)`, 'gi'), [...DONE_WORDS, 'used']],
  [new RegExp(`\\b${NUM}\\s(?:prior|previous|past|earlier|completed|previously completed|previously attended|recent)\\s${FILLER}${UNIT}`, 'gi'), ['prior', 'previous', 'past', 'earlier', 'completed', 'recent']],
  // "A trial of 6 chiropractic visits was completed in 11/2015": the course, given.
  [new RegExp(`\\b(?:trial|course|round|series)\\sof\\s${NUM}\\s${FILLER}${UNIT}\\s(?:was|were|has been|had been)\\s(?:completed|attended|finished)\\b`, 'gi'), ['completed', 'attended', 'finished']],
  // "16 physical therapy visits have already been completed".
  // Not a limit the count goes past: "no rationale for extending the program beyond 20 days has been provided".
  [new RegExp(`(?<!\\b(?:beyond|past|than|exceeding|exceeds?|excess of)\\s)\\b${NUM}\\s${FILLER}${UNIT}\\s(?:have|has|had)\\s(?:(?:already|now|so far)\\s)?been\\s(?:completed|attended|provided|rendered)`, 'gi'), ['been']],
  // "The first twelve visits took place between 02/02/2015 and 03/10/2015", "the first 10 days (2 weeks, 80 hours) of the program were completed",
  // "6 sessions of acupuncture were completed".
  // Not the granted count of "Six of the 8 authorized sessions were attended", which the next pattern reads.
  [new RegExp(`(?<!\\bof\\s(?:the\\s)?)\\b${NUM}\\s${FILLER}${UNIT}(?:\\s\\([^()]{1,40}\\))?(?:\\sof\\s(?:(?:the|this|that|his|her)\\s)?[a-z]{3,20}(?:\\s[a-z]{3,20})?)?\\s(?:(?:were|was)\\s(?:already\\s)?(?:completed|attended|provided|rendered|given)|took place|(?:have|had) taken place|were held)`, 'gi'), ['were', 'was', 'took place', 'taken place']],
  // "Six of the 8 authorized sessions were attended": the share given.
  [new RegExp(`\\b${NUM}\\sof\\s(?:the\\s)?(?:\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}\\s(?:were|have been|had been)\\s(?:attended|completed|used|given|provided)\\b`, 'gi'), ['were', 'been']],
  // Said of the one who gave them: "The same psychologist gave her 4 sessions of EMG biofeedback", "She has given four
  // sessions of it", "a second chiropractor provided 6 further lumbar visits".
  [new RegExp(`\\b(?:(?:gave|provided|administered)\\s(?:her|him|them|the patient|the injured worker)|(?<=\\b(?:chiropractors?|therapists?|acupuncturists?|psychologists?|providers?|clinics?|first|second)\\s)(?:gave|provided|administered)(?=\\s\\d)|(?:has|have|had)\\s(?:now\\s)?(?:given|provided|administered)(?:\\s(?:her|him|them))?)\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['gave', 'given', 'provided', 'administered']],
  // "together they come to 14 lumbar manipulation visits": the courses before it, summed.
  [new RegExp(`\\btogether\\s(?:they|these|those|both)\\s(?:come|came|amount|amounted|add up|added up)\\sto\\s${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['together']],
  // In plain words: "has been through 10 visits", "sat through four sessions", "kept all four of her appointments",
  // "got four massages". A pattern of its own, so that sentences with "got" or "kept" do not run the one above.
  [new RegExp(`\\b(?:been through|gone through|sat through|kept|got)\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['been through', 'gone through', 'sat through', 'kept', 'got']],
  // "30 units of service billed over 10 visits", "delivered at 10 visits".
  [new RegExp(`\\b(?:billed|delivered)\\s(?:over|at|in|across)\\s${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['billed', 'delivered']],
  // "the patient was 8 visits into a 12-visit authorization".
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\sinto\\s(?:a|an|the|her|his|their)\\s\\d{1,3}[- ]`, 'gi'), ['into']],
  // "has been to physical therapy 10 times", "has been in the pool four times".
  [new RegExp(`\\b(?:has|have|had)\\sbeen\\s(?:to|in)\\s(?:[a-z]{1,24}\\s){1,3}${NUM}\\stimes\\b`, 'gi'), ['been']],
  // "the records document 24 physical therapy visits", "The records now include all 6 visit notes", "The therapist's discharge
  // summary of 03/09/2015 lists 8 visits", "The acupuncturist's notes run from 12/1/14. They record six treatments", "The daily
  // notes are numbered 1 through 8 and show 8 chiropractic visits": what the records show was given.
  [new RegExp(`(?:^They|\\b(?:records?|notes?|ledgers?|logs?|charts?|flow sheets?|summary|summaries))\\s(?:of\\s\\d{1,2}\\/\\d{1,2}\\/\\d{2,4}\\s)?(?:[a-z0-9]{1,20}\\s){0,6}?(?:documents?|shows?|lists?|records?|reflects?|includes?|contains?)\\s(?:a total of\\s|all\\s)?${NUM}\\s${FILLER}${UNIT}(?!\\s(?:were\\s|was\\s)?(?:authorized|approved|certified|requested|scheduled|planned|booked|cancell?ed))`, 'gi'), ['document', 'show', 'list', 'record', 'reflect', 'include', 'contain']],
  // "The acupuncturist's visit log lists treatment to the neck on the following dates: 03/03/2014 ... 03/20/2014 for a
  // total of six visits": the dates given, counted.
  [new RegExp(`(?<=\\d{1,2}\\/\\d{1,2}\\/\\d{2,4},?\\s(?:and\\s)?)for\\sa\\stotal\\sof\\s${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['for a total of']],
  // "The six visits in March 2014 produced objective functional improvement": visits that have had their effect.
  [new RegExp(`\\b[Tt]he\\s${NUM}\\s${FILLER}${UNIT}(?:\\s(?:in|during|between|from|of)\\s[A-Za-z0-9/ ,-]{3,30}?)?\\s(?:produced|yielded|brought about|led to|resulted in)\\b`, 'g'), ['produced', 'yielded', 'brought about', 'led to', 'resulted in']],
  // "Eighteen (18) chiropractic visits for the low back are documented", "Twelve individual psychotherapy sessions are
  // documented since 02/2013": the same, said of the visits.
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}(?:\\s(?:for|of|to)\\s(?:the\\s|her\\s|his\\s)?[a-z]{3,20}(?:\\s[a-z]{3,20})?)?\\s(?:are|were|have been|has been)\\s(?:documented|recorded)\\b(?!\\s(?:as\\s)?(?:cancell?ed|missed|no-shows?|scheduled|planned|requested|authorized|approved|certified)\\b)`, 'gi'), ['documented', 'recorded']],
  // "the chiropractor's notes account for ten of them": those of a total the notes record.
  [new RegExp(`\\b(?:notes?|records?|logs?|bills?)\\s(?:[a-z']{1,20}\\s){0,2}?account(?:s|ed)?\\sfor\\s${NUM}(?=\\sof\\s(?:them|these|those)\\b)`, 'gi'), ['account']],
  // "The aquatic therapist's notes account for six pool sessions in 9/2014 and 10/2014", "The psychologist's progress notes
  // account for the other six visits".
  [new RegExp(`\\b(?:notes?|records?|logs?)\\s(?:[a-z']{1,20}\\s){0,2}?account(?:s|ed)?\\sfor\\s(?:the\\s(?:other|remaining)\\s)?${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['account']],
  // "The physical therapy daily notes run from visit 1 on 07/10/2017 to visit 10 on 08/30/2017", "His therapy notes run
  // through visit 10", 'The progress notes are headed "CBT Session 1" on 09/02/2015 through "CBT Session 6"': the visits
  // given, by the last note's number.
  [new RegExp(`\\bnotes\\s(?:are\\s)?(?:run|go|ran|went|headed|numbered)\\s(?:(?:from\\s)?${NOTE_NUMBER}1"?\\s(?:on\\s${DATE}\\s)?)?(?:to|through|up to)\\s${NOTE_NUMBER}(\\d{1,3})\\b`, 'gi'), ['run', 'go', 'ran', 'went', 'headed', 'numbered']],
  // "Of the sixteen visits in the record, six were physical therapy for the neck", "Of the 20 visits in the record, only 8
  // were individual psychotherapy", "The other (first) six (visits) were aquatic therapy sessions", "Six of those 14
  // visits were acupuncture treatments and eight were physical therapy visits",
  // "Fourteen of those were land-based physical therapy": of a total, those of one therapy (THERAPY_AFTER_WERE).
  [new RegExp(`(?:(?<=\\bOf\\sthe\\s${TOTAL_OF_VISITS}\\b(?!\\s(?:authorized|certified|approved)\\b)[^.;]{0,40},\\s(?:only\\s)?)|(?<=\\b[Tt]he\\s(?:other|remaining|first|last)\\s)|(?<=\\sof\\s(?:those|these|the)\\s${TOTAL_OF_VISITS}${THERAPY_AFTER_WERE}\\sand\\s))${NUM}(?:\\s(?:visits|sessions|treatments))?${THERAPY_AFTER_WERE}`, 'gi'), ['were', 'was']],
  // "Of the 18 therapy visits in the history, only the 6 physical therapy visits were for the knee": those of the total for a
  // part of the body.
  [new RegExp(`(?<=\\bOf\\sthe\\s${TOTAL_OF_VISITS}\\b[^.;]{0,40},\\s(?:only\\s)?(?:the\\s)?)${NUM}\\s(?:[a-z-]{1,20}\\s){0,2}(?:visits|sessions|treatments)\\s(?:were|was)\\s(?:for|on)\\s(?:the\\s)?(?:left\\s|right\\s)?${PART_WORD}\\b`, 'gi'), ['were', 'was']],
  [new RegExp(`(?<!\\ball but\\s)\\b${NUM}\\sof\\s(?:(?:those|these|the)\\s(?:${TOTAL_OF_VISITS}|visits|sessions|treatments)|those|them|these)${THERAPY_AFTER_WERE}`, 'gi'), ['of those', 'of them', 'of these', 'of the']],
  // "The right wrist was treated only at the first six", "The neck was treated at four of the ten visits": the visits at
  // which a part of the body was treated (whose, the part the clause names says: see buildItem's near).
  // Not "The shoulder was not treated at the first eight".
  [new RegExp(`(?<!\\b(?:not|never)\\s)\\b${PART_TREATED_AT}the\\s(?:first|last|remaining|other)\\s${NUM}(?!\\s(?:weeks?|months?|days?|years?)\\b)`, 'gi'), PART_TREATED_WORDS],
  [new RegExp(`(?<!\\b(?:not|never)\\s)\\b${PART_TREATED_AT}${NUM}\\sof\\s(?:the|those|these|them)\\b`, 'gi'), PART_TREATED_WORDS],
  // "The shoulder has had only the last four of the 12 visits".
  [new RegExp(`\\b(?:had|received|attended|got)\\s(?:only\\s)?the\\s(?:first|last|remaining)\\s${NUM}\\sof\\s(?:the|those|these|her|his)\\s(?:\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}`, 'gi'), ['had', 'received', 'attended', 'got']],
  // "the ledger lists six visits billed between 02/10/2015 and 03/26/2015".
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s(?:billed|rendered|provided|performed|given)\\s(?:between|through|from|on|in|since)\\b`, 'gi'), ['billed', 'rendered', 'provided', 'performed', 'given']],
  // "Acupuncture: 8 sessions in 2/2015 and 3/2015;", "(1) Acupuncture: twelve treatments from 3/2014 to 6/2014": a
  // history told treatment by treatment, each count dated.
  [new RegExp(`(?<=:\\s)(?<=\\b[A-Z][A-Za-z -]{2,40}:\\s)${NUM}\\s${FILLER}${UNIT}\\s(?:in|from|between|since|during)\\s(?:\\d{1,2}\\/|January|February|March|April|May|June|July|August|September|October|November|December)`, 'g'), ['in', 'from', 'between', 'since', 'during']],
  // "physical therapy, six visits, completed in March and April 2015", "6 chiropractic visits, all completed in 05/2014".
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT},\\s(?:all\\s)?(?:completed|attended|finished)\\s(?:in|on|from|between|during)\\b`, 'gi'), [', completed', ', attended', ', finished', ', all completed', ', all attended', ', all finished']],
  // Not the whole of "attended 14 of those 18 visits to date".
  [new RegExp(`\\b(?<!${OF_THE_WHOLE})${NUM}\\s${FILLER}${UNIT}\\s(?:(?:completed|attended)\\s)?(?:to date|so far|thus far)\\b`, 'gi'), ['to date', 'so far', 'thus far']],
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s(?:already|previously)\\s(?:${GIVEN})\\b`, 'gi'), ['already', 'previously']],
  // "on top of the 10 already provided", "modified to the 4 he has now attended": the unit is understood.
  [new RegExp(`\\bthe\\s${NUM}\\s(?:(?:already|previously)\\s(?:${GIVEN})|${BY_PATIENT})\\b`, 'gi'), ['already', 'previously', ...BY_PATIENT_WORDS]],
  // "The 6 sessions requested, added to the 4 sessions completed, total 10": not those to be completed "by" a date,
  // nor the whole of "8 of 12 authorized visits attended", whose first number is those attended.
  // Nor "Sessions requested: 6 Sessions completed: 4", where "Sessions completed:" is the next label.
  [new RegExp(`\\b(?<!\\bof\\s)${NUM}(?:\\sof\\s(?:the\\s)?\\d{1,3})?\\s${FILLER}${UNIT}\\s(?:completed|attended|done)\\b(?!\\s(?:by|within|before|over)\\b|\\s?:)`, 'gi'), ['completed', 'attended', 'done']],
  // "Sessions completed: 4", "Visits attended to date: 6": a labelled count.
  [new RegExp(`\\b${DONE_LABEL}\\s?(\\d{1,3})\\b`, 'gi'), ['completed', 'attended']],
  // "the 12 chiropractic visits he has completed", "the 10 visits she has already had".
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s${BY_PATIENT}\\b`, 'gi'), BY_PATIENT_WORDS],
  // "has attended 2 of the 6 sessions originally authorized", "has attended 14 of those 18 visits": the first number is
  // the one attended.
  [new RegExp(`\\b(?:completed|attended|had|kept|(?:went|been|gone) to)\\s(?:only\\s)?${NUM}\\sof\\s(?:the\\s|those\\s|these\\s|his\\s|her\\s|their\\s)?(?:\\d{1,3}|[a-z]{3,9})\\s${FILLER}${UNIT}`, 'gi'), ['completed', 'attended', 'had', 'kept', 'went to', 'been to', 'gone to']],
  // "authorization was given for 12 visits, of which 8 were attended", "Of these, 11 were given": the unit is understood.
  [new RegExp(`\\bof (?:which|these|those|them),?\\s${NUM}\\s(?:were|was|have been|had been)\\s(?:completed|attended|provided|rendered|given)`, 'gi'), ['were', 'was', 'been']],
  // "of the 8 treatments authorized for the neck, 6 were given", "Of the 8 visits authorized in 05/2014, 5 had been used":
  // the second number is those given.
  [new RegExp(`\\bof\\s(?:the\\s)?(?:\\d{1,3}|${NUMBER_WORD})\\s${FILLER}${UNIT}\\s(?:authorized|approved|certified)\\b[^.;]{0,40}?,\\s${NUM}\\s(?:were|was|have been|had been)\\s(?:completed|attended|provided|rendered|given|used)\\b`, 'gi'), ['were', 'was', 'been']],
  // "she attended 5, 5 and 3 days, 13 program days in all", "was given in two periods, 6 visits in the spring of 2014 and
  // 2 in 12/2014, 8 visits in all", "he had 6 ... visits ..., and ... 4 more shoulder visits in 02/2015, 10 in all", "has
  // seen her weekly since January, nine visits in all", "He saw the chiropractor once a week from ... until Christmas, twelve
  // visits in all": the
  // total of what was attended. Not a sum or a limit it is set against: "6 more would bring her to 14, beyond the 10
  // visits in total that the guideline supports", nor "The 3 visits requested, with the 6 he attended, make 9 visits in all",
  // nor "the 160 hours he has completed are 20 full days, and the 80 hours requested are 10 more, for 30 days in all",
  // nor "He has completed 11 visits ..., and the request ... is for 12 more, 23 in all".
  [new RegExp(`\\b(?<!\\b(?:will|would|shall)\\s(?:then\\s)?have\\s)(?:attended|had|completed|received|given|seen|saw|(?<=\\b(?:reports|records|notes)\\s(?:[^.;]{0,40}\\s)?)list)\\s(?:(?!request(?:ed)?\\b)[^.;]){0,200}?\\b(?<!\\b(?:to|beyond|past|than|exceeds?|exceeding|make|makes|making|totals?|totaling)\\s(?:the\\s)?)${NUM}(?:\\s${FILLER}${UNIT})?\\s(?:in all|in total|altogether)\\b`, 'gi'), ['in all', 'in total', 'altogether']],
  // "Five of them were given", "five of the eight had been used": those of the ones granted that were given; not those
  // "all but" (ALL_BUT).
  [new RegExp(`(?<!\\ball but\\s)\\b${NUM}\\sof\\s(?:them|these|those|the\\s(?:\\d{1,3}|${NUMBER_WORD}))\\s(?:were|have been|had been)\\s(?:given|used|attended|completed)\\b`, 'gi'), ['given', 'used', 'attended', 'completed']],
  // "After a trial of six chiropractic visits in 05/2015 and 06/2015 she was able to ...": a course given before, told by
  // what the patient did after it; not the guideline's "after a trial of 6 visits, up to 18 visits".
  [new RegExp(`\\bafter\\s(?:a|an|the|her|his|their)\\s(?:[a-z-]{1,20}\\s)?(?:trial|course|series|round|block)\\sof\\s${NUM}\\s${FILLER}${UNIT}(?=[^.;]{0,60}?\\s(?:she|he|they|the patient|the injured worker)\\s(?:was|were|had|could|returned|went|reported|began)\\b)`, 'gi'), ['after']],
  // "he has been four times": a visit each time.
  [new RegExp(`\\b(?:has|have|had)\\sbeen\\s${NUM}\\stimes\\b(?!\\s(?:a|per|each|every)\\s)`, 'gi'), ['been']],
  // "She has made eight trips to the chiropractor": a trip a visit.
  [new RegExp(`\\bmade\\s${NUM}\\s(?:trips|visits)\\sto\\b`, 'gi'), ['made']],
  // "Massage ... was given at ten of the eighteen", "was given by the office's massage therapist at four of those visits",
  // "biofeedback was given at the end of five of them", "She also received massage from the office's massage therapist at
  // four of the neck visits", "He has had biofeedback at four sessions": at that many of the visits.
  [new RegExp(`\\b(?:(?:was|were)\\sgiven\\s(?:by\\s(?:[\\w'’-]{1,24}\\s){1,5})?|(?:received|had)\\s(?:[\\w'’-]{1,24}\\s){1,8}?)at\\s(?:the\\s(?:end|start|close)\\sof\\s)?${NUM}\\s(?:of\\s(?:the|them|those|her|his|their)\\b|(?:sessions|visits|treatments)\\b)`, 'gi'), ['given', 'received', 'had']],
  // "the 6 individual sessions that were authorized were all attended": all those granted were given.
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s(?:that|which)\\s(?:were|had been)\\s(?:authorized|approved|certified)\\s(?:were|have been|had been)\\s(?:all\\s)?(?:attended|completed|used)\\b`, 'gi'), ['attended', 'completed', 'used']],
  // "with 8/12 visits used", "6/6 visits completed", "attended 8/12 of the visits": those used of those granted.
  [new RegExp(`\\b${NUM}\\s?\\/\\s?\\d{1,2}\\s${FILLER}${UNIT}\\s(?:used|completed|attended|done)\\b`, 'gi'), ['used', 'completed', 'attended', 'done']],
  [new RegExp(`\\b(?:attended|completed|used)\\s${NUM}\\s?\\/\\s?\\d{1,2}\\sof\\s(?:the|her|his|their)\\s(?:[a-z]{1,20}\\s)?${UNIT}`, 'gi'), ['attended', 'completed', 'used']],
  // "he has now seen the injured worker for 8 sessions", "She has seen him for 6 sessions of cognitive behavioral therapy".
  [new RegExp(`\\b(?:seen|treated)\\s(?:him|her|them|the patient|the injured worker|the claimant)\\sfor\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['seen', 'treated']],
  // "He saw a psychologist for 4 sessions of cognitive behavioral therapy": the patient's visits to a therapist.
  [new RegExp(`\\b(?:saw|seen|visited)\\s(?:a|the|her|his|their)\\s(?:[a-z-]{1,20}\\s){0,2}?(?:psychologist|therapist|physiotherapist|chiropractor|acupuncturist|counsell?or)\\sfor\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['saw', 'seen', 'visited']],
  // "reports that she has seen him for 4 of them", "certified 4 of them, and the therapist saw her for all 4": of those
  // granted, the ones given.
  [new RegExp(`\\b(?:seen|saw|treated)\\s(?:him|her|them)\\sfor\\s${NUM}\\sof\\s(?:them|these|those)\\b`, 'gi'), ['seen', 'saw', 'treated']],
  [new RegExp(`\\b(?:seen|saw|treated)\\s(?:him|her|them)\\sfor\\sall\\s${NUM}(?=[,.;])`, 'gi'), ['seen', 'saw', 'treated']],
  // "certified for 6 sessions on 10/3/14; 4 of them have been used".
  [new RegExp(`(?<!\\ball but\\s)\\b${NUM}\\sof\\s(?:them|these|those|which)\\s(?:were|was|have been|has been|had been)\\s(?:used|completed|attended|provided|rendered)\\b`, 'gi'), ['of them', 'of these', 'of those', 'of which']],
  // "Ten (10) of them, in 2012, were for the lumbar spine": the share of a total the sentence before gave, for a part of the body.
  [new RegExp(`\\b${NUM}\\sof\\s(?:them|these|those)${FOR_PART}`, 'gi'), ['of them', 'of these', 'of those']],
  // "the other six, in 2014, were for the low back": the rest of that total.
  [new RegExp(`(?<=\\bthe\\s(?:other|remaining)\\s)${NUM}${FOR_PART}`, 'gi'), ['other', 'remaining']],
  // "authorized 18 visits, of which he has completed 12", "Eight visits were authorized, but she
  // attended only 4", "authorized for 4 sessions and attended 2 of them", "Of the 6 visits certified, he used 4": the unit is
  // understood.
  // "She completed a course of 12 with the treating psychologist between 09/2014 and 03/2015", "of which she attended 6 in
  // 08/2015 and 09/2015".
  // "She had a round of six", with its lead: "had 6" alone is not enough.
  [new RegExp(`\\b(?:(?:completed|attended|used)\\s(?:only\\s|at least\\s|all\\s|a course of\\s|a trial of\\s|a round of\\s)?|had\\sa\\s(?:course|trial|round)\\sof\\s)${NUM}(?=\\s?(?:[,.;)]|$|so far|to date|thus far|of (?:them|these|those)\\b|(?:before|until|when|between|with|from|by|in (?:\\d{1,2}\\/)?\\d{4})\\b))`, 'gi'), ['completed', 'attended', 'used', 'had']],
  // "he began individual sessions with a psychologist in 08/2013 and has had four of them": of those the sentence named.
  [new RegExp(`(?<=\\b(?:sessions|visits|treatments)\\b[^.;]{1,80}\\b(?:has|have)\\shad\\s)${NUM}(?=\\sof\\sthem\\b)`, 'gi'), ['of them']],
  // "She went to 7 of them", "has been to 4 of those", "he came to eleven (11) of those visits": not "her pain went to 8".
  [new RegExp(`\\b(?:went|been|gone|came) to\\s(?:only\\s)?${NUM}(?=\\sof\\s(?:them|these|those)\\b)`, 'gi'), ['went to', 'been to', 'gone to', 'came to']],
  // "lists eleven acupuncture treatments since 11/2014": given since then. Not days ("50 mg four times a day since 2013"),
  // nor those granted ("has authorized 18 physical therapy visits since 11/2014").
  [new RegExp(`\\b(?<!\\b(?:${GRANT})\\s(?:for\\s)?)${NUM}\\s${FILLER}(?:sessions?|visits?|treatments?|appointments?)\\ssince\\s(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)`, 'gi'), ['since']],
  // "6 treatments were certified on 05/02/2013, and she exhausted them": all that were granted were given.
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}\\s(?:were|was|had been|have been)\\s(?:certified|authorized|approved)\\b[^.;]{0,60}?\\b(?:exhausted|used up)\\s(?:them|all of them|all|those)\\b`, 'gi'), ['exhausted', 'used up']],
  // "has been seen by the treating chiropractor on eleven occasions", "had needled her nine times", "has met with
  // the injured worker 4 times", "I have now treated Mr. [redacted] on eight occasions", "has received acupuncture on
  // eleven occasions", "went to land-based physical therapy eight times", "has been to land-based therapy eight times": a
  // visit each; so are "She went nine times", "saw her four times", "has gone to the pool program ten times", "It was given
  // eight times", "She has been in the pool four times", "He has had acupuncture eleven times"; not a rate ("seen 2
  // times a week"), nor a physician's visits for the drugs ("she has seen him 3 times for medication management"), nor
  // "went home early three times".
  [new RegExp(`\\b(?:seen|saw|treated|evaluated|needled|adjusted|met with|received|went(?!\\s(?:home|back|out|off|away)\\b)|gone to|been (?:to|in|at)|given|had)\\s(?:[a-z.'-]{1,24}\\s|M(?:r|s|rs)\\.\\s\\[?[A-Za-z]{1,20}\\]?\\s){0,5}?(?:on\\s)?${NUM}\\s(?:occasions|times(?!\\s(?:a|per|each|every)\\s))\\b(?!\\s(?:for|of)\\smedication\\smanagement\\b)`, 'gi'), ['occasions', 'times']],
  // "acupuncture 1/13/15 to 3/3/15 (6 treatments)", "physical therapy 11/2013 to 1/2014 (12 visits)": a course given
  // between two dates, its count in parentheses after them. The hit starts at the count, so that its words are those
  // before the parenthesis (wordsByCount in buildItem).
  [new RegExp(`(?<=\\b(?:to|through|thru)\\s(?:\\d{1,2}\\/){1,2}\\d{2,4}\\s?\\()${NUM}\\s${FILLER}${UNIT}(?=\\))`, 'gi'), ['to', 'through', 'thru']],
  // "After 6 treatments his neck turns nearly twice as far", "After her 2 aquatic sessions in 10/2013 she walked": what the
  // visits given have done.
  [new RegExp(`\\bAfter\\s(?:the\\s|those\\s|these\\s|her\\s|his\\s)?(?:first\\s)?${NUM}\\s${FILLER}${UNIT}(?:\\s(?:in|on|during)\\s[\\w/]{2,12})?,?\\s(?:his|her|she|he)\\b`, 'gi'), ['after']],
  // "The first, for the neck, ran from 09/08/2015 through 11/20/2015 and consisted of 8 treatments": a course given.
  [new RegExp(`\\b(?:consisted of|totaled|totalled|amounted to)\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['consisted', 'totaled', 'totalled', 'amounted']],
  // "the first two weeks (10 days) ended on 05/06/2016": a program's days given, in parentheses after its weeks.
  [new RegExp(`(?<=\\bfirst\\s${FIRST_WEEKS})${NUM}\\s${FILLER}${UNIT}(?=\\)\\s(?:ended|finished|(?:were|was|have been|had been)\\s(?:completed|attended)))`, 'gi'), ['first']],
  // "The program's progress report of 09/06/2013 covers the first 2 weeks (10 days)": the days it reports on were given.
  [new RegExp(`(?<=\\bcover(?:s|ed|ing)\\s(?:the\\s|his\\s|her\\s)?first\\s${FIRST_WEEKS})${NUM}\\s${FILLER}${UNIT}(?=\\))`, 'gi'), ['covers', 'covered', 'covering']],
  // "He completed program day 20 on 06/12/2015": a day program's days given.
  [new RegExp(`\\b${PROGRAM_DAY}`, 'gi'), ['completed', 'attended', 'finished']],
  [new RegExp(`\\b${VISIT_OF}`, 'gi'), ['visit ', 'session ', 'treatment ']],
  // "Sessions authorized/attended: 6/4": the second number is those attended.
  [new RegExp(`\\b${GRANTED_SLASH_DONE}\\s?:?\\s?\\d{1,3}\\s?/\\s?(\\d{1,3})\\b`, 'gi'), SLASH_WORDS],
  // "sessions 1 through 4": the first sessions, given.
  [new RegExp(`\\b(?:sessions|visits|treatments)\\s1\\s?(?:-|through|to)\\s?${NUM}\\b`, 'gi'), ['visit', 'session', 'treatment']],
  [new RegExp(`\\b${NTH_VISIT}`, 'gi'), ORDINALS],
  [new RegExp(`\\b${NTH_OF}`, 'gi'), ORDINALS],
];
const AUTHORIZED_PATTERNS: CountPattern[] = [
  [new RegExp(`\\b${GRANTED_SLASH_DONE}\\s?:?\\s?(\\d{1,3})\\s?/\\s?\\d{1,3}\\b`, 'gi'), SLASH_WORDS],
  [new RegExp(`\\b${GRANT_VERB}\\s(?:for\\s)?${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), GRANT_WORDS],
  // "8 visits have been approved", "the 18 postoperative visits certified so far", "Four sessions of massage therapy were
  // authorized", "Two occupational therapy visits for the wrist were authorized"; not "8 visits were modified to 4", where
  // the 8 were asked for, nor "the 10 visits allowed by the MTUS guidelines".
  [new RegExp(`\\b${NUM}\\s${FILLER}${UNIT}(?:\\s(?:of|for)\\s(?:the\\s|her\\s|his\\s)?[a-z]{3,20}(?:\\s[a-z]{3,20})?(?=\\s(?:have|has|had|were|was)\\s))?\\s(?:(?:have|has|had|were|was)\\s(?:been\\s)?)?(?:previously\\s)?${GRANT_VERB}(?<!modified to)${NOT_BY_GUIDELINE}`, 'gi'), GRANT_WORDS],
  [new RegExp(`\\b${NUM}\\s(?:previously\\s)?(?:approved|authorized|certified)\\s${FILLER}${UNIT}`, 'gi'), ['approved', 'authorized', 'certified']],
  [new RegExp(`\\b(?<!non-)(?:authorization|approval|certification)\\s(?:was\\s|has been\\s|had been\\s)?(?:given|granted|provided|issued)\\sfor\\s${LEAD}${NUM}\\s${FILLER}${UNIT}`, 'gi'), ['authorization', 'approval', 'certification']],
];

/** Every word the patterns ask for, the longest first, so that where two start together the longer is found. */
const GATE_WORD_LIST = [...new Set([...COMPLETED_PATTERNS, ...AUTHORIZED_PATTERNS].flatMap(([, words]) => words ?? []))].sort((a, b) => b.length - a.length);
// Every pattern has its words at the start of a word: said once, outside the alternation, the search skips the inside of words.
const GATE_WORDS = new RegExp(`\\b(?:${byFirstLetter(GATE_WORD_LIST)})`, 'g');
/** A found word, and the shorter words it starts with, which are found with it ("previously": "previous"). */
const FOUND_WITH = new Map(GATE_WORD_LIST.map((w) => [w, GATE_WORD_LIST.filter((v) => w.startsWith(v))]));

/** The words of the patterns that `lower` holds. The search goes on one character after each find, so no word is hidden inside another's. */
function wordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  GATE_WORDS.lastIndex = 0;
  for (let m = GATE_WORDS.exec(lower); m; m = GATE_WORDS.exec(lower)) {
    for (const w of FOUND_WITH.get(m[0])!) found.add(w);
    GATE_WORDS.lastIndex = m.index + 1;
  }
  return found;
}

/** Every hit of the patterns whose words the sentence holds (`found`: the words it holds). */
function allHits(patterns: readonly CountPattern[], text: string, found: ReadonlySet<string>): CountHit[] {
  const out: CountHit[] = [];
  for (const [p, words] of patterns) {
    if (words && !words.some((w) => found.has(w))) continue;
    p.lastIndex = 0;
    for (let m = p.exec(text); m; m = p.exec(text)) {
      const h = countHit(m);
      if (h) out.push(h);
    }
  }
  return out;
}

/**
 * "Treatment to date has included ...", "Treatment has included ...", "He has been treated with physical therapy, naproxen,
 * tramadol, and six acupuncture visits": every count in such a clause is one already given.
 */
const TO_DATE = /\b(?:to date|so far|thus far|(?:treatment|care) (?:has|had) included|(?:has|have|had) been treated with)\b/i;
/** "physical therapy x 12 (2013)": in a list of treatment given, a count after "x" (its words come before it). */
const LISTED_TIMES = /(?<=\s)x\s?(\d{1,2})\b(?!\s?(?:mg|ml|cm|mm|%|\/))/gi;
const TO_DATE_PATTERNS: CountPattern[] = [
  [ANY_COUNT, null],
  [LISTED_TIMES, null],
];
/**
 * Where a new clause starts: "... has completed to date, and without that number ... whether 6
 * additional sessions ...". An ", and" before a count joins the items of a list ("medications,
 * physical therapy, and 6 acupuncture visits").
 */
const NEW_CLAUSE = new RegExp(`;|,\\s(?:and|but|so)\\s(?![\\d(]|${NUMBER_WORD}\\b)|,\\s(?:but|however|although|whereas|while)\\b`, 'gi');

/** "... visits certified so far": a count granted, not one given. */
const GRANTED_NEXT = /^\s(?:(?:have|has|had|were|was)\s(?:been\s)?)?(?:previously\s)?(?:approved|authorized|certified|granted|allowed)\b/i;

/** "12 authorized visits": the count's own words say it was granted. */
const GRANTED_IN = /\b(?:approved|authorized|certified|granted|allowed)\b/i;

const OF_ANOTHER = new RegExp(`${OF_THE_WHOLE}$`);

/** "modified the request to": what follows is the count utilization review granted. */
const MODIFIED_TO = /\bmodified\s(?:[a-z]+\s){0,3}?to\s$/;
/** "He was authorized for 6 sessions ... and has attended 4 sessions to date": the count after it was granted. */
const GRANTED_FOR = /\b(?:authorized|approved|certified|granted)\sfor\s(?:an?\s|the\s)?(?:additional\s|initial\s|further\s)?$/;

/**
 * The counts in the clauses of `text` that say "to date", "so far" or "thus far", except those said
 * to be granted; and in the clauses of the list a colon opens after them: "Treatment has included
 * physical therapy, chiropractic care and acupuncture: 8 physical therapy visits ...; 6 chiropractic
 * visits ...; and 6 acupuncture treatments for the neck".
 */
function toDateCounts(text: string, found: ReadonlySet<string>): CountHit[] {
  const hits: CountHit[] = [];
  let from = 0;
  let listed = false;
  NEW_CLAUSE.lastIndex = 0;
  for (let m = NEW_CLAUSE.exec(text); ; m = NEW_CLAUSE.exec(text)) {
    const to = m ? m.index : text.length;
    const clause = text.slice(from, to);
    const toDate = TO_DATE.test(clause);
    const counts = toDate || listed ? allHits(TO_DATE_PATTERNS, clause, found) : [];
    listed ||= toDate && clause.includes(':');
    for (const h of counts) {
      const granted = GRANTED_NEXT.test(clause.slice(h.index + h.length, h.index + h.length + 40)) || GRANTED_IN.test(clause.slice(h.index, h.index + h.length));
      // "attended 6 of 12 authorized visits", "attended 14 of those 18 visits": the 12 and 18 are the visits granted, not
      // given; "modified the request to 2 sessions" and "authorized for 6 sessions": granted.
      const before = clause.slice(Math.max(0, h.index - 40), h.index);
      const ofAnother = OF_ANOTHER.test(clause.slice(Math.max(0, h.index - 10), h.index)) || MODIFIED_TO.test(before) || GRANTED_FOR.test(before);
      if (!granted && !ofAnother) hits.push({ ...h, index: h.index + from });
    }
    if (!m) return hits;
    from = m.index;
  }
}

/** "She has had massage twice", "he has received acupuncture twice": a visit each time; not a rate ("twice a week"). */
const TWICE = '(?:had|received)\\s(?:[a-z-]{1,20}\\s){1,3}?(twice|thrice)\\b(?!\\s(?:a|per|each|every|weekly|daily|monthly)\\b)';
const TWICE_GIVEN = new RegExp(`\\b${TWICE}`);

/**
 * What every completed or authorized pattern contains: a count with its unit (up to five words
 * apart, or joined to it: "a four-visit trial"), a number of occasions or of times (not a rate:
 * "2 times a week"), a fraction of the visits ("6/6 visits completed", "8/12 of the visits"), "completed"/"attended"/"finished" and a number (after a lead: "a course of
 * 12") or a program's day, "visit 9 of 12", "her ninth visit", what a list of treatment given or
 * of visits by their dates holds ("physical therapy x 12", "visits on 07/08/2013, ..."), the first
 * visits by their numbers ("visits 1 through 12"), a share of visits ("was given at ten of the eighteen"), a schedule
 * given ("was given 2 times a week for 6 weeks", "attended physical therapy twice a month"), a number "of them" or "Of
 * these, 11", the rest of a total ("The remaining 8 were land-based physical therapy"), and a labelled count
 * ("Sessions completed: 4"). It holds no sentence-ending punctuation, so a hint
 * never spans two sentences. Every alternative starts a word: said once, outside them, it lets
 * the search skip the inside of words (a third faster).
 */
const COUNT_HINT = new RegExp(
  `\\b(?:${NUM}(?:\\s(?:[a-z/-]{1,24}\\s){0,5}${UNIT}|-(?:visit|session|treatment)\\s|\\soccasions\\b|\\stimes\\b(?!\\s(?:a|per|each|every)\\s)|\\s?\\/\\s?\\d{1,2}\\s(?:visits|sessions|treatments|of\\s)|\\sof\\s(?:them|these|those)\\b)|of\\s(?:which|these|those|them),?\\s${NUM}|(?:completed|attended|finished)\\s(?:${LEAD}${NUM}|(?:program\\s|treatment\\s)?day\\s\\d|(?:[a-z-]{1,20}\\s){1,3}?(?:\\d{1,2}|once|twice|thrice|one|two|three|four|five)\\s?(?:x\\b|times?\\b|(?:a|per)\\s(?:week|month)\\b))|(?:(?:has|have|had)\\s(?:already\\s)?had|had(?!\\sbeen)|went(?:\\sto)?)\\s(?:[a-z-]{1,20}\\s){0,5}?(?:\\d{1,2}|once|twice|thrice|one|two|three|four|five)\\s?(?:x\\b|times?\\b|(?:a|per)\\s(?:week|month)\\b)|${VISIT_OF}|${NTH_VISIT}|x\\s?\\d|${VISITS_ON}\\d|(?:sessions|visits|treatments)\\s1\\s?(?:-|through|to)\\s?\\d|(?:was|were)\\sgiven\\s(?:\\d|once|twice|thrice|one|two|three|four|five|at\\s${NUM}\\sof\\s)|made\\s${NUM}\\s(?:trips|visits)\\sto\\s|(?:other|remaining)\\s${NUM}\\s(?:(?:visits|sessions|treatments)\\s)?(?:were|was)\\s|(?:half|thirds?|quarters?)\\sof\\s(?:them|these|those|the|her|his)\\b|notes\\s(?:are\\s)?(?:run|go|ran|went|headed|numbered)\\s|${PART_TREATED_AT}|${TWICE}|${GRANTED_SLASH_DONE}|${DONE_LABEL})`,
  'gi',
);

/**
 * The sentences that can hold a completed or authorized count. One scan of the text finds
 * them, and the patterns then run on those few sentences only.
 */
export function sentencesWithCounts(text: string, sentences: readonly SentenceRange[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let k = 0;
  COUNT_HINT.lastIndex = 0;
  for (let m = COUNT_HINT.exec(text); m; m = COUNT_HINT.exec(text)) {
    while (k < sentences.length && sentences[k].end <= m.index) k++;
    if (k === sentences.length) break;
    const s = sentences[k];
    // "physical therapy x 12" is a count given only in a list of treatment to date; elsewhere it is a request's.
    if ((m[0].charCodeAt(0) | 0x20) === 120 && !TO_DATE.test(text.slice(s.start, s.end))) continue; // "x"
    out.push(s);
    COUNT_HINT.lastIndex = Math.max(COUNT_HINT.lastIndex, s.end);
    k++;
  }
  return out;
}

/**
 * "she attended three times a week for two weeks", "Physical therapy for the neck was given 2 times a week for 6 weeks",
 * "has attended physical therapy twice a month for six months", "has already had physical therapy once a week for ten
 * weeks", "went to physical therapy for the knee twice a week for five weeks": the visits a schedule kept gives, read
 * with FREQUENCY or MONTHLY where it starts. Not "was given for" (an authorization).
 */
const ATTENDED_ON_SCHEDULE =
  /\b(?:(?:attended|completed|(?:has|have|had)\s(?:already\s)?had|had(?!\sbeen)|went(?:\sto)?)\s(?:[a-z-]{1,20}\s){0,5}?|(?:was|were)\sgiven\s)(?=(?:\d{1,2}|once|twice|thrice|one|two|three|four|five)\s?(?:x\b|times?\b|(?:a|per)\s(?:week|month)\b))/gi;

/** More than the longest schedule FREQUENCY or MONTHLY reads, with the words its end looks at. */
const SCHEDULE_LENGTH = 160;

/**
 * The visits of each schedule kept in `text`: "attended chiropractic twice a week for four weeks ..., and ... attended
 * physical therapy once a week for ten weeks".
 */
function attendedOnSchedule(text: string): CountHit[] {
  const hits: CountHit[] = [];
  ATTENDED_ON_SCHEDULE.lastIndex = 0;
  for (let m = ATTENDED_ON_SCHEDULE.exec(text); m; m = ATTENDED_ON_SCHEDULE.exec(text)) {
    // The schedule starts right after the verb: only the words a schedule can take are read, so a sentence of many
    // schedules costs no more than its schedules.
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + SCHEDULE_LENGTH);
    const weekly = FREQUENCY.exec(rest);
    const f = weekly?.index === 0 ? weekly : MONTHLY.exec(rest);
    const value = f && f.index === 0 ? frequencyValue(f[1]) * numberValue(f[2], undefined) : 0;
    if (value > 0) hits.push({ value, index: m.index, length: m[0].length + f![0].length });
  }
  return hits;
}

/**
 * "The notes document visits on 07/08/2013, 07/10/2013 and 07/15/2013": as many visits given as
 * dates listed. Not those to come: "scheduled visits on ...".
 */
const VISITS_BY_DATE = new RegExp(`\\b(?<!(?:scheduled|planned|future|upcoming|requested)\\s)${VISITS_ON}(${DATE}(?:(?:,\\s?(?:and\\s)?|\\sand\\s)${DATE}){1,40})`, 'gi');
const DATE_IN_LIST = new RegExp(DATE, 'g');

function visitsByDate(text: string): CountHit[] {
  const hits: CountHit[] = [];
  VISITS_BY_DATE.lastIndex = 0;
  for (let m = VISITS_BY_DATE.exec(text); m; m = VISITS_BY_DATE.exec(text)) hits.push({ value: m[1].match(DATE_IN_LIST)!.length, index: m.index, length: m[0].length });
  return hits;
}

/** "She completed the first 2 weeks of the program": a day program's days, 5 a week. */
const WEEKS_DONE = new RegExp(`\\b(?:completed|attended|finished)\\s${LEAD}${NUM}\\s(?:full\\s)?weeks?\\b(?!\\s(?:ago|later|earlier)\\b)`, 'gi');

function weeksDone(text: string): CountHit[] {
  const hits: CountHit[] = [];
  WEEKS_DONE.lastIndex = 0;
  for (let m = WEEKS_DONE.exec(text); m; m = WEEKS_DONE.exec(text)) {
    const found = hit(m, numberValue(m[1], m[2]) * DAYS_A_WEEK);
    if (found) hits.push({ ...found, dayProgramOnly: true });
  }
  return hits;
}

/** "has had two courses of six chiropractic visits": the courses given times the visits of each; not those "certified in two blocks of 6". */
const COURSES_OF = new RegExp(`\\b(?:had|completed|attended|received|underwent|undergone)\\s(?:[a-z]{1,12}\\s){0,2}?(two|three|four|[2-4])\\s(?:courses|rounds|series|blocks)\\sof\\s(\\d{1,2}|${NUMBER_WORD})\\s${FILLER}(?:sessions|visits|treatments)\\b`, 'gi');

/** What COURSES_OF holds, in one plain search. */
const COURSES_WORD = /(?:courses|rounds|series|blocks) of /;

function coursesOf(text: string): CountHit[] {
  const hits: CountHit[] = [];
  COURSES_OF.lastIndex = 0;
  for (let m = COURSES_OF.exec(text); m; m = COURSES_OF.exec(text)) {
    const found = hit(m, numberValue(m[1], undefined) * numberValue(m[2], undefined));
    if (found) hits.push(found);
  }
  return hits;
}

/**
 * "she has attended 4, the last on 4/24/15, which brings her knee therapy since the surgery to 16 visits": the total
 * given, after a clause that tells what was given (GIVEN_BEFORE); not a request's sum ("modified the request to 6
 * visits, which brings her to 18").
 */
const BRINGS_TO = new RegExp(`\\bwhich\\s(?:brings|brought)\\s(?:her|his|their)\\s(?:[a-z]+\\s){0,6}?to\\s${NUM}\\s${FILLER}${UNIT}`, 'gi');
const GIVEN_BEFORE = /\b(?:attended|completed|had|received)\b[^.;]{0,80}$/;

function broughtTo(text: string): CountHit[] {
  const hits: CountHit[] = [];
  BRINGS_TO.lastIndex = 0;
  for (let m = BRINGS_TO.exec(text); m; m = BRINGS_TO.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const found = before.endsWith(', ') && GIVEN_BEFORE.test(before) && countHit(m);
    if (found) hits.push(found);
  }
  return hits;
}

/**
 * "completed half of the 12 authorized visits", "attended half of them", "She has had half of the six-treatment trial", "he
 * had used three quarters of them", "Of the twelve treatments authorized he used three quarters.": that share of the count
 * named, or of the count granted before.
 */
const SHARE_OF = new RegExp(
  `\\b(?:completed|attended|used|had|received)\\s(?:only\\s|about\\s)?(${FRACTION})(?:\\sof\\s(?:(?:the|her|his|their)\\s${NUM}\\b|them\\b|those\\b|these\\b)|(?=\\s?[.;,]|$))`,
  'i',
);
/** What SHARE_OF holds, in one plain search. */
const FRACTION_WORD = /half|third|quarter/;

/** "12 visits were authorized, and she attended all but 3 of them", "all but two of them had been used": the granted count less those. */
const ALL_BUT = new RegExp(
  `\\b(?:(?:completed|attended|used|had|received|(?:went|been|gone) to)\\sall but\\s${NUM}\\b|all but\\s${NUM}\\sof\\s(?:them|these|those)\\s(?:were|have been|had been)\\s(?:used|attended|completed|given)\\b)`,
  'i',
);

/** "Two of the eight sessions authorized in 02/2013 were never used": the whole less those not used. */
const NEVER_USED = new RegExp(
  `\\b${NUM}\\sof\\s(?:the\\s|her\\s|his\\s|their\\s)?${NUM}\\s${FILLER}(?:sessions|visits|treatments|appointments)\\b[^.;]{0,40}?\\b(?:were|have|had)\\s(?:never|not)\\s(?:been\\s)?(?:used|attended|given|kept|completed)\\b`,
  'i',
);

/**
 * The last count granted before `index`, or else in the sentence before (`lead`): what "all but 3 of them" or "half of
 * them" speaks of ("Twelve visits were certified on 9/8/14. She used all but four of them").
 */
function grantedBefore(authorized: readonly CountHit[], index: number, lead: string | null): CountHit | undefined {
  const inSentence = authorized.filter((h) => h.index < index).pop();
  if (inSentence || !lead) return inSentence;
  let last: CountHit | undefined;
  for (const h of allHits(AUTHORIZED_PATTERNS, lead, wordsIn(lead.toLowerCase()))) if (!last || h.index > last.index) last = h;
  return last;
}

/** A count with its unit at the end of a hit: what a list of counts goes on from. */
const ENDS_WITH_UNIT = new RegExp(`${UNIT}$`, 'i');
/**
 * What joins the next count of a list: ", ", ", and ", " and ", perhaps after where or when the first were given: "8
 * aquatic therapy sessions at the community pool and 6 chiropractic treatments", "12 aquatic therapy sessions from
 * 11/02/2015 to 02/19/2016 and 6 acupuncture sessions", "4 individual psychotherapy sessions, of 6 authorized, from
 * 02/2015 to 04/2015, and 3 biofeedback sessions", "four (4) sessions of cognitive behavioral therapy in early 2015 and,
 * over the same weeks, four biofeedback sessions".
 */
const LIST_JOIN = new RegExp(
  `^(?:\\s(?:at|in|with|from|of)\\s(?:the\\s|a\\s|an\\s|her\\s|his\\s)?[a-z-]{2,20}(?:\\s[a-z-]{2,20}){0,2}|\\s(?:from|between)\\s[\\d/]{4,10}\\s(?:to|through|and)\\s[\\d/]{4,10}|\\s(?:in|on|during|since)\\s(?:early\\s|late\\s)?[\\d/]{4,10}|,\\sof\\s\\d{1,3}\\s(?:authorized|approved|certified|scheduled),?){0,3}(?:,\\s(?:and\\s)?|\\sand\\s|\\sand,\\s(?:[a-z]{2,12}\\s){1,3}[a-z]{2,12},\\s)${LEAD}`,
  'i',
);
/** How far after a count the words that join the next count of its list are looked for. */
const LIST_JOIN_WINDOW = 90;
// The words between count and unit are taken greedily here, so "2 massage sessions" ends at "sessions", not "massage".
const COUNT_AT_START = new RegExp(`^${NUM}\\s(?:[a-z/-]{1,24}\\s){0,4}${UNIT}`, 'i');
/**
 * A count that is more to come, not more of the list: "and 6 additional visits", "and 6 visits are requested", "and the
 * 6 sessions now requested".
 */
const MORE_TO_COME = /\b(?:additional|more|further|new|requested|proposed)\b/i;
const REQUESTED_NEXT = /^\s(?:(?:is|are|was|were|being|has been|have been)\s)?(?:(?:now|currently)\s)?(?:requested|proposed|recommended|planned|scheduled|sought|pending)\b/i;

/**
 * The words from a count to the colon that opens its breakdown: "22 physical therapy visits since the injury: ";
 * or to the "for" that does: "she has seen him 10 times in all, for 6 individual cognitive behavioral therapy
 * sessions and 4 biofeedback sessions".
 */
const TO_BREAKDOWN = /^(?:[^.;:]{0,60}:\s|(?:\sin all|\sin total|\saltogether)?,\s(?:for|of which|including|namely)\s)/;

/** Whether a count at `start` in `text`, `m` its match, is one still to come rather than one of the list. */
function stillToCome(text: string, join: string, m: RegExpExecArray, start: number): boolean {
  return MORE_TO_COME.test(join + m[0]) || REQUESTED_NEXT.test(text.slice(start + m[0].length, start + m[0].length + 40));
}

/**
 * "She attended 12 chiropractic visits and 2 massage sessions": the counts listed right after a
 * count given (or granted) are given (or granted) too, and so are those of its breakdown after a
 * colon: "a total of 22 physical therapy visits since the injury: 14 land-based visits in 2012
 * and 2013, and 8 aquatic therapy sessions".
 */
function listedAfter(text: string, hits: readonly CountHit[]): CountHit[] {
  const listed: CountHit[] = [];
  for (const h of hits) {
    let end = h.index + h.length;
    const breakdown = TO_BREAKDOWN.exec(text.slice(end, end + 62));
    if (breakdown) listed.push(...countsFrom(text, end + breakdown[0].length));
    if (!ENDS_WITH_UNIT.test(text.slice(h.index, end))) continue;
    for (let join = LIST_JOIN.exec(text.slice(end, end + LIST_JOIN_WINDOW)); join; join = LIST_JOIN.exec(text.slice(end, end + LIST_JOIN_WINDOW))) {
      const start = end + join[0].length;
      const m = COUNT_AT_START.exec(text.slice(start, start + 80));
      const found = m && countHit(m);
      if (!m || !found || stillToCome(text, join[0], m, start)) break;
      listed.push({ ...found, index: start });
      end = start + m[0].length;
    }
  }
  return listed;
}

/** Every count from `from` to the end of `text` (one sentence), but those still to come. */
function countsFrom(text: string, from: number): CountHit[] {
  const counts: CountHit[] = [];
  const rest = text.slice(from);
  ANY_COUNT.lastIndex = 0;
  for (let m = ANY_COUNT.exec(rest); m; m = ANY_COUNT.exec(rest)) {
    const found = countHit(m);
    if (found && !stillToCome(rest, '', m, m.index)) counts.push({ ...found, index: from + found.index });
  }
  return counts;
}

/**
 * "The file includes her session notes. There are eleven of them", "Her progress notes are in the file, and there are four
 * of them": as many visits as notes.
 */
const THERE_ARE = new RegExp(`(?:^|,\\s(?:and\\s)?)[Tt]here (?:are|were) ${NUM}(?=\\sof them\\b|\\s?[,.;]|$)(?:\\sof them)?(?:,\\sone (?:for|per) (?:each|every) (?:[a-z-]{1,20}\\s){0,2}(?:visit|session|treatment)\\b)?`);
const NOTES = /\b(?:notes|records)\b/;
/** What a share of a total holds (sharesOfTotal): most sentences hold none of it and are not searched. */
const SHARE_WORDS = /[,;:] [^.]{0,60}?\b(?:were|for|treated|on|with|in) /;

/** Every count stated as completed, and every count stated as authorized; `lead`, the sentence before, when this one counts "of them". */
export function findCompletedCounts(text: string, lead: string | null = null): { completed: CountHit[]; authorized: CountHit[] } {
  const found = wordsIn(text.toLowerCase());
  const completed = allHits(COMPLETED_PATTERNS, text, found);
  completed.push(...listedAfter(text, completed));
  if (TO_DATE.test(text)) completed.push(...toDateCounts(text, found));
  if (found.has('attended') || found.has('completed') || text.includes(' given ') || text.includes(' had ') || text.includes('went ')) completed.push(...attendedOnSchedule(text));
  if (text.includes('s on ') || text.includes('s dated ') || text.includes('treatment on ') || text.includes('treatment dated ')) completed.push(...visitsByDate(text));
  if (text.includes('week')) completed.push(...weeksDone(text));
  if (COURSES_WORD.test(text)) completed.push(...coursesOf(text));
  if (text.includes('which br')) completed.push(...broughtTo(text));
  const authorized = allHits(AUTHORIZED_PATTERNS, text, found);
  authorized.push(...listedAfter(text, authorized));
  const allBut = text.includes('all but') ? ALL_BUT.exec(text) : null;
  const granted = allBut && grantedBefore(authorized, allBut.index, lead);
  if (allBut && granted) {
    const left = granted.value - numberValue(allBut[1] ?? allBut[3], allBut[2] ?? allBut[4]);
    if (left > 0) completed.push({ value: left, index: allBut.index, length: allBut[0].length });
  }
  const unused = text.includes(' never ') || text.includes(' not ') ? NEVER_USED.exec(text) : null;
  const used = unused ? numberValue(unused[3], unused[4]) - numberValue(unused[1], unused[2]) : 0;
  if (unused && used > 0) completed.push({ value: used, index: unused.index, length: unused[0].length });
  const there = text.includes('here ') ? THERE_ARE.exec(text) : null;
  if (there && NOTES.test(`${lead ?? ''} ${text.slice(0, there.index)}`)) {
    const at = there.index + there[0].indexOf(there[1]);
    completed.push({ value: numberValue(there[1], there[2]), index: at, length: there.index + there[0].length - at });
  }
  if (SHARE_WORDS.test(text)) completed.push(...sharesOfTotal(text));
  const twice = text.includes('twice') || text.includes('thrice') ? TWICE_GIVEN.exec(text) : null;
  if (twice) completed.push({ value: twice[1] === 'twice' ? 2 : 3, index: twice.index, length: twice[0].length });
  const share = FRACTION_WORD.test(text) ? SHARE_OF.exec(text) : null;
  const whole = share && (share[2] !== undefined ? numberValue(share[2], share[3]) : grantedBefore(authorized, share.index, lead)?.value);
  const part = share && whole ? Math.floor(whole * FRACTIONS[share[1].toLowerCase()]) : 0;
  if (share && part >= 1) completed.push({ value: part, index: share.index, length: share[0].length });
  if (!completed.length && text.includes('these ')) completed.push(...allHits([[VISITS_JUST_TOLD, null]], text, found));
  return { completed, authorized };
}

/**
 * "Over these six visits the Neck Disability Index improved", "After these six visits ... fell": visits a flow sheet or a
 * table has just told, given. Only where the text states no count of its own, which is the better place to point at.
 */
const VISITS_JUST_TOLD = new RegExp(`\\b(?:[Oo]ver|[Aa]fter|[Dd]uring|[Aa]cross)\\sthese\\s${NUM}\\s${FILLER}${UNIT}`, 'g');

/**
 * Where a sentence starts to report what utilization review or the request for authorization said: "Utilization review
 * denied the request on the ground that she had already completed 12 sessions", "The request for authorization states
 * that 8 sessions have been completed", 'The request for authorization lists "8 acupuncture visits completed."', "The
 * request form's figure of 8 completed acupuncture visits is wrong". The reviewer may find otherwise, so such a count is
 * taken only when the letter states none of its own.
 */
const SECOND_HAND = /\b(?:(?:[Uu]tilization [Rr]eview(?:er)?|UR)\b[^.]{0,120}?\b(?:stat(?:ed|ing|es)|not(?:ed|ing|es)|indicat(?:ed|ing|es)|report(?:ed|ing|s)|assert(?:ed|ing|s)|count(?:ed|ing|s)|on the grounds? that|on the (?:understanding|assumption|belief) that|believ(?:ed|ing) that|assum(?:ed|ing) that|reason(?:ed|ing) that|found that|finding that|because|since|wr(?:ote|ites|itten) that|sa(?:id|ys) that)|(?:[Rr]equest for [Aa]uthori[sz]ation|RFA|[Rr]equest form)\b[^.]{0,60}?\b(?:(?:stat(?:ed|es)|indicat(?:ed|es)|report(?:ed|s)|assert(?:ed|s)|claim(?:ed|s)|sa(?:id|ys)) that|(?:lists?|listed|gives?|gave)(?=\s["\u201c])|(?:'s|\u2019s) (?:figure|count|number|total)))\b/;

/** The offset in `sentence` after which it reports utilization review's or the request's words, or -1. */
export function reportedSecondHand(sentence: string): number {
  const m = SECOND_HAND.exec(sentence);
  return m ? m.index + m[0].length : -1;
}
