/**
 * Inputs built to make a text parser slow: long runs of one character, runs of digits,
 * endless page ranges, one enormous line, many headings or items, noise. Each is built at a
 * requested size, so that time can be compared across sizes (`npm run bench`: linear means
 * twice the time for twice the size) and behaviour checked (the unit test).
 *
 * Most payloads go inside a real letter, half after the case summary heading and half after
 * the first rationale label, so that every parser of the service walks over them; a payload
 * on its own is turned away by format detection before any of that runs.
 */
import { Random } from '../generator/random';

export interface AdversarialInput {
  name: string;
  /** The input at about `chars` UTF-16 code units, built around `letter` where it needs one. */
  build(letter: string, chars: number): string;
}

/** `unit` repeated to exactly `chars` characters. */
function repeatTo(unit: string, chars: number): string {
  const n = Math.max(0, Math.floor(chars));
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}


/** Printable ASCII with spaces and line breaks. */
function printableNoise(chars: number): string {
  const random = new Random(20240601);
  const out: string[] = [];
  for (let i = 0; i < chars; i++) {
    const r = random.next();
    out.push(r < 0.02 ? '\n' : r < 0.15 ? ' ' : String.fromCharCode(33 + Math.floor(random.next() * 94)));
  }
  return out.join('');
}

/**
 * Puts half the payload after the case summary heading and half after the first rationale
 * label; or, `whole`, all of it after the rationale label.
 */
function insertIntoLetter(letter: string, payload: string, whole: boolean): string {
  const after = (marker: RegExp, fallback: number) => {
    const m = marker.exec(letter);
    if (!m) return fallback;
    const lineEnd = letter.indexOf('\n', m.index + m[0].length);
    return lineEnd < 0 ? letter.length : lineEnd + 1;
  };
  const summary = after(/CASE SUMMARY/i, letter.length >> 1);
  const rationale = Math.max(summary, after(/rationale:/i, letter.length));
  const half = whole ? 0 : payload.length >> 1;
  return letter.slice(0, summary) + payload.slice(0, half) + '\n' + letter.slice(summary, rationale) + payload.slice(half) + '\n' + letter.slice(rationale);
}

/**
 * A professional-review letter whose ISSUE AT DISPUTE lists many numbered issues while its
 * rationale is one unnumbered section: every issue gets that whole section as its rationale.
 * The rationale's sentences end and break their clauses normally, so no single scan runs
 * long; only the repetition per issue can.
 */
function manyIssuesOneRationale(chars: number): string {
  const issues: string[] = [];
  for (let k = 0, length = 0; length < chars / 2; k++) {
    const line = `${(k % 99) + 1}. Acupuncture 2x3 for the lumbar spine\n`;
    issues.push(line);
    length += line.length;
  }
  const rationale = repeatTo('The MTUS allows 6 visits, page 9; functional improvement is not documented. ', chars / 2);
  return [
    'MEDICAL PROFESSIONAL REVIEW',
    'IMR Case Number: CM17-0059321',
    'ISSUE AT DISPUTE:',
    issues.join(''),
    'CASE SUMMARY:',
    'The injured worker is a 46-year-old female school bus driver.',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    rationale,
    'MEDICAL REVIEWER QUALIFICATIONS:',
    'This reviewer is board certified in Physical Medicine and Rehabilitation.',
  ].join('\n\n');
}

/** An input made of `payload` inside the letter, the whole at about `chars`. */
function inLetter(name: string, payload: (chars: number, letter: string) => string, { whole = false } = {}): AdversarialInput {
  return { name, build: (letter, chars) => insertIntoLetter(letter, payload(Math.max(0, chars - letter.length), letter), whole) };
}

const oneLine = (letter: string) => letter.replace(/\s+/g, ' ');

export const ADVERSARIAL_INPUTS: readonly AdversarialInput[] = [
  inLetter('spaces', (n) => ' '.repeat(n)),
  inLetter('no-break spaces', (n) => '\u00a0'.repeat(n)),
  inLetter('blank lines (CRLF)', (n) => repeatTo('\r\n', n)),
  inLetter('one digit run', (n) => repeatTo('1234567890', n)),
  inLetter('numbers and spaces', (n) => repeatTo('12 345 6789 ', n)),
  inLetter('Page(s): 1-1-1-…', (n) => `Page(s): ${repeatTo('1-', n - 10)}1`),
  inLetter('page list 98, 99-100, …', (n) => `pages ${repeatTo('98, 99-100, ', n - 6)}`),
  inLetter('dates', (n) => repeatTo('01/02/2013 2014-02-03 ', n)),
  inLetter('2x6x6x6…', (n) => repeatTo('2x6', n)),
  inLetter('open parentheses', (n) => '('.repeat(n)),
  inLetter('dots', (n) => '.'.repeat(n)),
  inLetter('dashes', (n) => '-'.repeat(n)),
  inLetter('capitalised words', (n) => repeatTo('Physical Therapy Sessions Cognitive Behavioral Chronic Pain Medical Treatment ', n)),
  inLetter('labels with colons', (n) => repeatTo('Claims Administrator guideline: Decision rationale: ', n)),
  inLetter('headings repeated', (n) => repeatTo('\nCLINICAL CASE SUMMARY\n\nIMR ISSUES, DECISIONS AND RATIONALES\n\n', n)),
  inLetter('numbered items', (n) => repeatTo('\n1. 12 sessions of physical therapy:  Upheld\n\nDecision rationale: 6 visits completed. Page(s): 98.\n', n)),
  inLetter('guideline names, no full stop', (n) => repeatTo('per the MTUS and the ODG guidelines ', n)),
  inLetter('functional improvement, no clause break', (n) => repeatTo('with documented functional improvement ', n)),
  inLetter('session counts, no full stop', (n) => repeatTo('completed 12 sessions of physical therapy and ', n)),
  inLetter('conclusions, no full stop', (n) => repeatTo('is not medically necessary and ', n)),
  inLetter('demographics and credentials', (n) => repeatTo('a 45 year old female Board Certified in Psychology licensed in California ', n)),
  inLetter('identifiers', (n) => repeatTo('SSN 123-45-6789 (916) 555-0199 a.b@example.com Claim No. 05123456 ', n)),
  inLetter('one line of letter prose', (n, letter) => repeatTo(oneLine(letter), n), { whole: true }),
  inLetter('random printable noise', (n) => printableNoise(n)),
  { name: 'letter repeated', build: (letter, chars) => repeatTo(`${letter}\n`, chars) },
  { name: 'whole document on one line', build: (letter, chars) => repeatTo(oneLine(letter), chars) },
  { name: 'noise alone', build: (_letter, chars) => printableNoise(chars) },
  { name: 'many issues sharing one rationale', build: (_letter, chars) => manyIssuesOneRationale(chars) },
];
