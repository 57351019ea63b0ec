/**
 * Identifiers that a published letter should have redacted. Case numbers (CM14-0012345),
 * dates, page references and regulation sections (9792.20) have shapes of their own that
 * these patterns exclude.
 */
import type { Letter } from '../model';
import { isDigit, type Line } from '../text/lines';

type Identifier = Letter['identifiers'][number];

/**
 * A phone number up to its last four digits: area code and exchange, "(951) 555-", "818.555.", "(818)   555-" and "714
 * .555 ." in justified text.
 */
const PHONE_HEAD = '(?<![\\w-])(?:\\(\\d{3}\\)\\s{0,3}|\\d{3}(?: {0,3}[-./]| ))\\d{3} {0,3}[-.]';

/** Words that say whose address follows: "home address", "Employee Address:", "lives ... at", "visited her home at". */
const STREET_LEAD =
  "(?:home|residential|residence|mailing|[Ee]mployee(?:'s)?|[Pp]atient(?:'s)?|[Cc]laimant(?:'s)?) [Aa]ddress(?:\\s(?:is|was|as|of|at))?\\s?:?|(?:lives|resides)(?:\\s(?!and\\b|but\\b|works?\\b)[\\w-]{1,15}){0,6}\\sat|(?:her|his|their) home at";
/** A house number and a street's name before its suffix: "4410 East Kings Canyon ", "2216 N. Fulton ". */
const STREET_NAME = "\\d{1,6}\\s(?:[NSEW]\\.?\\s)?(?:[A-Z][A-Za-z'-]{1,20}\\s){1,4}";
const STREET_SUFFIX = '(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Place|Pl|Circle|Terrace|Parkway|Highway|Trail)';
/** A street address that a line break cuts before its suffix: "visited her home at 4410 East Kings Canyon" / "Road, Apt. 12". */
const STREET_CUT_AT_END = new RegExp(`\\b(?:${STREET_LEAD})\\s(\\d{1,6}\\s(?:[NSEW]\\.?\\s)?[A-Z][A-Za-z'-]{1,20}(?:\\s[A-Z][A-Za-z'-]{1,20}){0,3})\\s{0,3}$`);
const STREET_REST_AT_START = new RegExp(`^\\s{0,3}${STREET_SUFFIX}\\b\\.?`);
/** The words STREET_LEAD starts with: one search for them is three times faster than four `includes`. */
const ADDRESS_WORD = /ddress|live|reside| home at/;
const mayHoldAddress = (line: string) => ADDRESS_WORD.test(line);

/** Each pattern with a cheap test a line must pass first: most lines hold no identifier at all. */
const PATTERNS: [Identifier['kind'], RegExp, (line: string) => boolean][] = [
  ['ssn', /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])/g, (line) => line.includes('-')],
  // A labelled number without dashes: "SS# 561 44 9023", "SSN: 561449023" (with dashes, the pattern above finds it),
  // "Soc. Sec. No. 623.18.4470": parted by dots.
  ['ssn', /\b(?:SSN|SS#|SS No\.?|Social Security (?:Number|No\.?)|Soc\.\s?Sec\.\s?(?:No\.|#))\s?:?\s?#?\s?(\d{3}(?: \d{2} |\.\d{2}\.|\d{2})\d{4})(?![\w-])/g, (line) => (line.includes('SS') && SSN_LABEL.test(line)) || line.includes('Soc')],
  // "(951) 555-0174", "818.555.0143"; with the country code, spaces alone may part it: "+1 619 555 0117".
  ['phone', new RegExp(`(?:${PHONE_HEAD}|\\+1[ .-]?\\d{3}[ .-]\\d{3}[ .-])\\d{4}(?![\\w-])`, 'g'), (line) => line.includes('-') || line.includes('.')],
  // "call 555-0143 (209 area code)": the area code after the number.
  ['phone', /(?<![\w-])\d{3}-\d{4}(?=\s?\(\d{3} area code\))/g, (line) => line.includes('area code')],
  // A health plan's number for the patient: "Member ID: KPX 4417 0932 07", "Subscriber No. 88120447", "his health plan
  // member ID as BSC-88204417-01".
  ['member-id', /\b(?:[Mm]ember|[Ss]ubscriber)\s(?:ID|Number|No\.|#)(?:\s?:|\s(?:is|was|as|of))?\s?#?\s?([A-Z]{0,4}[ -]?\d{2,9}(?:[ -]\d{2,9}){0,4})(?![\w-])/g, (line) => line.includes('ember') || line.includes('ubscriber')],
  ['email', /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}\b/g, (line) => line.includes('@')],
  // An address written to get past harvesters: "mfontaine(at)valleyrestore.org", "m.f [at] clinic [dot] com".
  ['email', /\b[A-Za-z0-9._%+-]{1,64}\s?[([]at[)\]]\s?[A-Za-z0-9-]{1,63}(?:(?:\.|\s?[([]dot[)\]]\s?)[A-Za-z0-9-]{1,63}){1,4}\b/g, (line) => line.includes('(at)') || line.includes('[at]')],
  // The Workers' Compensation Appeals Board's case number for the claim: "WCAB case ADJ8837125".
  ['claim-number', /\bADJ\s?\d{6,8}\b/g, (line) => line.includes('ADJ')],
  // A hospital's or clinic's number for the patient: "MRN 00418837", "Medical Record No.: A-20931", "Medical Record No.
  // 0047-2291-B".
  ['medical-record-number', /\b(?:MRN|MR\s?#|[Mm]edical [Rr]ecord (?:[Nn]umber|[Nn]o\.|#))\s?:?\s?#?\s?([A-Z]{0,3}-?\d[\d-]{3,14}(?:-[A-Z]{1,3})?)(?![\w-])/g, (line) => line.includes('MR') || line.includes('ecord')],
  // A patient's street address, where the letter says it is one: "giving the employee's home address as 418 Alder Creek
  // Road", "home address 2216 N. Fulton St.", "Employee Address: 2716 West Shields Avenue", "she lives alone in a
  // second-floor unit at 2318 W. Alder Street", "A nurse case manager visited her home at 4410 East Kings Canyon Road". A
  // provider's or the organisation's address is no one's health record.
  ['street-address', new RegExp(`\\b(?:${STREET_LEAD})\\s(${STREET_NAME}${STREET_SUFFIX}\\b\\.?)`, 'g'), mayHoldAddress],
  // A driver's license or a vehicle's license plate, each a number that points to one person: "California driver license
  // N7740316", "a 2009 sedan with license plate 6WXJ318". Not a professional license, which the letters name by state.
  ['license-number', /\b(?:driver'?s?'? licen[cs]e|licen[cs]e plate)(?:\s(?:number|no\.|#))?\s?:?\s?((?=[A-Z]{0,3}\d)[A-Z0-9]{5,9})\b/g, (line) => line.includes('icen')],
  // "Claim Number:" (or "Claims Number:"), and a carrier's or insurer's "File No." for the same claim; in a sentence,
  // "his claim number is", "lists his claim number in full, as", "lists her claim number, 4B77-20931-WC".
  ['claim-number', /\b(?:Claims?|(?:Carrier|Insurer|Claims?) File)\s?(?:Number|No\.?|#|Reference|Ref\.?)(?:\sin full)?,?(?:\s(?:is|was|as|reads))?\s?:?\s{0,12}#?\s?([A-Z]{0,4}[-]?\d[\dA-Z-]{3,20})\b/gi, (line) => CLAIM.test(line)],
];
const CLAIM = /claim|file/i;
const SSN_LABEL = /SSN|SS#|SS No/;
/** What a line with an identifier holds: a digit, an "@", or an "(at)" that stands for one ("name(at)domain"). */
const DIGIT_OR_AT = /[\d@]|\(at\)|\[at\]/;
/** A claim-number label that ends its line: the number starts the next line that has text. */
const CLAIM_LABEL_AT_END = /\b(?:Claims?|(?:Carrier|Insurer|Claims?) File)\s?(?:Number|No\.?|#|Reference|Ref\.?)(?:\sin full,?)?(?:\s(?:is|was|as|reads))?\s?:?\s?#?\s*$/i;
const CLAIM_VALUE_AT_START = /^\s*(?:(?:is|was|as|reads)\s)?([A-Z]{0,4}-?\d[\dA-Z-]{3,20})\b/i;
/** A claim-number label that a line break cuts after "claim": "was reviewed under claim" / "number LW-0417-22936". */
const CLAIM_WORD_AT_END = /\bclaims?$/i;
const CLAIM_REST_AT_START = /^\s*(?:Number|No\.?|#)\s?:?\s{0,12}#?\s?([A-Z]{0,4}-?\d[\dA-Z-]{3,20})\b/i;

/** A cheap test first: a claim label ends with "Number", "No.", "#", "Reference", a colon, "in full,", "is" or "claim". */
function endsLikeClaimLabel(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) | 0x20;
  return last === 114 || last === 46 || last === 35 || last === 58 || last === 101 || last === 44 || last === 115 || last === 109; // r (or R) . # : e , s m
}

/** What the line after `text` must start with to hold a claim number whose label `text` ends with, or null. */
function claimLabelAtEnd(text: string): RegExp | null {
  if (!endsLikeClaimLabel(text) || !text.includes('laim')) return null;
  if (CLAIM_LABEL_AT_END.test(text)) return CLAIM_VALUE_AT_START;
  return CLAIM_WORD_AT_END.test(text) ? CLAIM_REST_AT_START : null;
}

/**
 * A phone number that a line break cuts: after its exchange ("(951) 555-" / "0174"), or after its
 * area code ("(909)" / "555-0183"). Each is the end of one line and the start of the next.
 */
const PHONE_CUTS: readonly [atEnd: RegExp, restAtStart: RegExp][] = [
  [new RegExp(`${PHONE_HEAD}$`), /^\d{4}(?![\w-])/],
  [/(?<![\w-])(?:\(\d{3}\)|\d{3}[-.])$/, /^\d{3}[-.]\d{4}(?![\w-])/],
];

/** The phone number that `text` ends with, cut by the line break, and what the next line must start with. */
function phoneCutAtEnd(text: string): { at: number; rest: RegExp } | null {
  const last = text.charCodeAt(text.length - 1);
  // Both cuts end with a digit and "-", "." or ")": most lines, ending a sentence with a word, are not tried.
  if ((last !== 45 && last !== 46 && last !== 41) || !isDigit(text.charCodeAt(text.length - 2))) return null; // "-" "." ")"
  for (const [atEnd, rest] of PHONE_CUTS) {
    const m = atEnd.exec(text);
    if (m) return { at: m.index, rest };
  }
  return null;
}

/**
 * An e-mail address that a line break cuts at a hyphen of its domain ("dr.pham@harbor-" /
 * "chiro.com") or just after its "@" ("d.okafor@" / "sierrapinesclaims.com"). The two halves
 * join without a space.
 */
const EMAIL_CUT_AT_END = /\b[A-Za-z0-9._%+-]{1,64}@(?:(?:[A-Za-z0-9-]{1,63}\.){0,4}[A-Za-z0-9-]{0,62}-)?$/;
const EMAIL_REST_AT_START = /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\b/;
const EMAIL_WHOLE = /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}$/;

/**
 * Ten digits without separators, or parted by spaces alone, are a phone number only after a word for one: "call
 * 9165550138", "Please contact our office at" / "9165550138", "her call-back number, 209 555 0148". Else they may be a
 * provider's or a claim's number.
 */
const BARE_PHONE = /\d{3}( ?)\d{3}\1\d{4}(?![\w-])/g;
/** The digits of a phone number of the North American plan: area code and exchange each start with 2 to 9. */
const NANP = /^[2-9]\d{2}[2-9]/;
/** A letter, digit, "_" or "-" just before: the ten digits are part of a longer word. */
const WORD_BEFORE = /[\w-]/;
const PHONE_CUE = /\b(?:call|phone|telephone|tel\.?|fax|cell|mobile|(?:office|reached|contact(?:ed)?(?: (?:us|me|them))?) at|(?:phone|call-?back|cell|home|contact) number,?(?: is)?)\s?:?$/i;

/** The bare phone numbers of `line`, each after a cue on its line or, at the line's start, at the end of the line before. */
function barePhones(line: Line, lineBefore: Line | null, out: Identifier[]): void {
  BARE_PHONE.lastIndex = 0;
  for (let m = BARE_PHONE.exec(line.text); m; m = BARE_PHONE.exec(line.text)) {
    if (!NANP.test(m[1] ? m[0].replaceAll(' ', '') : m[0]) || (m.index > 0 && WORD_BEFORE.test(line.text[m.index - 1]))) continue;
    const before = line.text.slice(0, m.index).trimEnd();
    if (PHONE_CUE.test(before || (lineBefore?.text.trimEnd() ?? ''))) out.push({ kind: 'phone', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } });
  }
}

function isClaimNumber(value: string): boolean {
  return value.replace(/\D/g, '').length >= 4 && !/^CM\d{2}-/i.test(value);
}

export function findIdentifiers(lines: readonly Line[]): Identifier[] {
  const out: Identifier[] = [];
  let labelled: RegExp | null = null;
  let phoneCut: ReturnType<typeof phoneCutAtEnd> = null;
  let emailCut: RegExpExecArray | null = null;
  let streetCut: RegExpExecArray | null = null;
  let previous: Line | null = null;
  for (const line of lines) {
    const lineBefore = previous;
    const phoneRest = phoneCut && phoneCut.rest.exec(line.text);
    if (phoneCut && previous && phoneRest) {
      out.push({ kind: 'phone', span: { start: previous.start + phoneCut.at, end: line.start + phoneRest[0].length } });
    }
    const rest = emailCut && EMAIL_REST_AT_START.exec(line.text);
    if (emailCut && previous && rest && EMAIL_WHOLE.test(emailCut[0] + rest[0])) {
      out.push({ kind: 'email', span: { start: previous.start + emailCut.index, end: line.start + rest[0].length } });
    }
    const streetRest = streetCut && STREET_REST_AT_START.exec(line.text);
    if (streetCut && previous && streetRest) {
      out.push({ kind: 'street-address', span: { start: previous.start + streetCut.index + streetCut[0].indexOf(streetCut[1]), end: line.start + streetRest[0].length } });
    }
    const holdsDigitOrAt = DIGIT_OR_AT.test(line.text);
    // A street cut at the line's end holds its house number: most lines, holding no digit, are not searched.
    streetCut = holdsDigitOrAt && mayHoldAddress(line.text) ? STREET_CUT_AT_END.exec(line.text) : null;
    phoneCut = phoneCutAtEnd(line.text);
    emailCut = (line.text.endsWith('-') || line.text.endsWith('@')) && line.text.includes('@') ? EMAIL_CUT_AT_END.exec(line.text) : null;
    previous = line;
    // Lines hold text (blank lines are not lines), so this is the line after the label.
    if (labelled) {
      const m = labelled.exec(line.text);
      const at = m ? m.index + m[0].length - m[1].length : 0;
      if (m && isClaimNumber(m[1])) out.push({ kind: 'claim-number', span: { start: line.start + at, end: line.start + at + m[1].length } });
    }
    labelled = claimLabelAtEnd(line.text);
    if (!holdsDigitOrAt) continue;
    barePhones(line, lineBefore, out);
    for (const [kind, pattern, worthTrying] of PATTERNS) {
      if (!worthTrying(line.text)) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(line.text); m; m = pattern.exec(line.text)) {
        const value = m[1] ?? m[0];
        const at = m.index + m[0].length - value.length;
        if (kind === 'claim-number' && !isClaimNumber(value)) continue;
        out.push({ kind, span: { start: line.start + at, end: line.start + at + value.length } });
      }
    }
  }
  return out;
}
