/**
 * Disputed items of a professional-review letter: each is stated under ISSUE AT DISPUTE
 * (numbered when there are several). The guidelines and the rationale are whole sections;
 * when those are numbered like the issues, each item gets its own numbered part.
 */
import type { ItemPart } from '../model';
import type { Line } from '../text/lines';
import { joinLines, type Block } from '../text/block';
import { decisionOf, NUMBERED, type ItemHeader } from './itemHeaders';
import type { RawItem, RawPart } from './labelledItems';
import type { LocatedSection } from './sections';
import type { SectionKind } from './headings';
import { itemConclusion, markSharedRationales } from './sharedParts';
import { initialsOf, namingWords, wordsNotShared } from './namingWords';
import { issueNumber, ORDINAL_CAPITALS, ORDINAL_NAMES, placeNamed, PLACE_WORDS, ROMAN_VALUES } from './issueNumbers';
import { issuesInSentence } from './issuesInSentence';
import { issueTable, type IssueRow } from './issueTable';
import { ITEM_OPENERS, OPENERS_AFTER_PLACE } from './sharedCitations';

const LEAD_IN =
  /^(?:(?:The\s)?(?:issue|question)\s(?:(?:in|at)\sdispute\s|at\sissue\s)?is\s(?:whether\s)?(?:the\s)?(?:(?:request(?:ed)?|proposed)\s)?(?:(?:treatment|service)\s)?(?:(?:of|for)\s)?|(?:Is|Was|Whether)\s(?:the\s)?(?:(?:request(?:ed)?|proposed|prospective|retrospective)\s)?(?:(?:treatment|service|request)\s)?(?:(?:of|for)\s)?|(?:The\s)?(?:requested|disputed|proposed)\s(?:treatment|service|item)s?(?:\/service)?\s?(?:is|are|:)?\s?(?:for\s)?|(?:The\s)?Request(?:ed)?(?:\s(?:treatment|service))?\s?(?:is\sfor|for|:)\s?)/i;
const TRAIL = /,?\s?(?:(?:is|are|was|were)\s)?(?:medically\s(?:necessary|indicated)(?:\sand\sappropriate)?)?\s?[?.:]?\s?$/i;
/** "Requested treatment/service:", "Treatment in dispute:", "Question presented:": a label before the service. */
const LABEL = /^(?=[A-Z])[A-Za-z/ ()]{0,31}?\b(?:treatments?|services?|requests?|dispute|items?|issues?|questions?)\b[A-Za-z0-9/ ()]{0,20}:\s?/i;
/** The words that label an issue with its number or letter: "Issue", "Request", "Item", "Question", "Disputed Service". */
const ISSUE_WORD = '(?:Issue|Request|Item|Question|(?:Disputed\\s)?Service)';
/** What a label may say of its issues before its colon: "Issue 3 (sertraline):", "Issues 1 and 2 (psychotherapy and biofeedback):". */
const GLOSS = '\\s\\([^()]{2,60}\\)(?=:)';
/**
 * "Issue 2:", "Issue #2.", "Item A:", "Issue A -", "Disputed Service 1:", "Issue #2  Biofeedback", "Issue 3 (sertraline):": an
 * issue's label, with its number or letter.
 */
const ISSUE_LABEL = new RegExp(`^(?:${ISSUE_WORD}\\s?(?:No\\.?\\s?|#\\s?)?(\\d{1,2}(?:\\([a-h]\\)|[a-h](?=\\s?[:.)]))?|one|two|three|four|five|six|seven|eight|[A-H](?=\\s?[:.)]|\\s-\\s))(?:\\sof\\s\\d{1,2})?(?:${GLOSS})?\\s?(?:[:.)]|-(?=\\s)|$|(?<=#\\s?\\d{1,2}\\s?)(?=\\s|[A-Z]))|#\\s?(\\d{1,2})(?:[:.)]|(?=\\s)))`, 'i');
const ENDS_SENTENCE = /[.?!]["'\u201d]?$/;
const isNextIssueLabel = (text: string): boolean => ISSUE_LABEL.test(text) && !ENDS_SENTENCE.test(text);
const DECISION_AT_END = /:\s*(Upheld|Overturned|Uphold|Overturn)\.?$/i;
/**
 * A bullet before an issue, or before its part of a shared section: "o", "-", or "•" of any font,
 * which the parsed text writes as 0x95 (see plainText).
 */
const BULLET = /^(?:\x95|[-*o](?=\s))\s{0,6}(?=\S)/;

/** "1a. ", "1b) ", "1(a). ": an issue numbered under another's number, as two requests for one treatment are. */
const SUB_NUMBERED = /^\d{1,2}(?:[a-h][.)]|\([a-h]\)[.:]?)\s{1,6}(?=\S)/;
/**
 * An issue's key, as its line in the list and the line that opens its part both give it: "1.", "1 –", "(1)", "Issue 1:" and
 * "Request (1):" give "1", "1a.", "1(a)." and "Issue 1b:" give "1a" and "1b", "For 2:" gives "2", "Item A:" gives "a".
 */
const ISSUE_KEY = new RegExp(
  `^(?:For\\s)?(?:${ISSUE_WORD}\\s?(?:No\\.?\\s?|#\\s?)?)?(?:(\\d{1,2}(?:[a-h]|\\([a-h]\\))?)(?:${GLOSS})?(?:[.):]|\\s[-\\u2013\\u2014](?=\\s))|(\\(\\d{1,2}\\))[.:]?(?=\\s|$))\\s{0,6}(?=\\S|$)`,
  'i',
);
/** "Item A:", "Issue B.", "C.", "(c)": an issue lettered, after its label or alone. */
const LETTER_KEY = new RegExp(`^(?:${ISSUE_WORD}\\s?)?(?:\\(([A-Ha-h])\\)|([A-H])[.):])\\s{0,6}(?=\\S|$)`);
/** "I.", "Issue II:", "III)": an issue numbered in capital Roman numerals, whose key is its number ("2"). */
const ROMAN_KEY = new RegExp(`^(?:For\\s)?(?:${ISSUE_WORD}\\s)?(I{1,3}|IV|VI{0,3})[.):]\\s{0,6}(?=\\S|$)`);
const keyOf = (mark: string): string => mark.replace(/[()]/g, '').toLowerCase();
const romanKey = (numeral: string): string => String(ROMAN_VALUES.indexOf(numeral) + 1);
/** "ISSUE #1 FUNCTIONAL RESTORATION PROGRAM": a sub-heading in capitals whose key has no stop after it. */
const CAPITALS_KEY = /^(?:ISSUE|Issue|REQUEST|Request|ITEM|Item)\s?(?:#\s?)?(\d{1,2})\s(?=[A-Z]{2,}\b)/;
const issueKey = (text: string): string | null => {
  const capitals = CAPITALS_KEY.exec(text);
  if (capitals) return capitals[1];
  const numbered = ISSUE_KEY.exec(text);
  const letter = numbered ? null : LETTER_KEY.exec(text);
  const mark = numbered?.[1] ?? numbered?.[2] ?? letter?.[1] ?? letter?.[2];
  if (mark) return keyOf(mark);
  const roman = ROMAN_KEY.exec(text);
  if (roman) return romanKey(roman[1]);
  return HASH_KEY.exec(text)?.[1] ?? wordKeys(text)[0] ?? null;
};
/**
 * "Issues 1(a) and 1(b):", "A and C:", "For 1a and 1b:", "Requests (2) and (3):", "Item Nos. 1 and 2:", "Issues 1 and 2
 * (psychotherapy and biofeedback):": a part that opens with two issues' keys.
 */
const JOINT_KEYS = new RegExp(
  `^(?:For\\s)?(?:${ISSUE_WORD}s?\\s(?:Nos?\\.\\s?)?)?(\\d{1,2}(?:[a-h]|\\([a-h]\\))?|\\(\\d{1,2}\\)|[A-H])\\s(?:and|&)\\s(?:(\\d{1,2}(?:[a-h]|\\([a-h]\\))?|[A-H])(?:${GLOSS})?[.):]|(\\(\\d{1,2}\\))[.:]?)(?:\\s|$)`,
);
/**
 * "(D) and (E):", "#4 and #5:", "(A) through (C):", "(1) - (3)", "Issues #3-#5:": a part that opens with two issues'
 * keys marked by brackets or "#", or the first and last of a run.
 */
const MARKED_KEYS = new RegExp(`^(?:For\\s)?(?:${ISSUE_WORD}s\\s)?(?:\\(|#\\s?)(\\d{1,2}|[A-Ha-h])\\)?(?:\\s(?:(and|&)|through|to)\\s|\\s?[-\\u2013\\u2014]\\s?)(?:\\(|#\\s?)(\\d{1,2}|[A-Ha-h])\\)?[.:]?(?:\\s|$)`);
/** "Item one:", "Items two and three:": issues numbered in words, one or two. */
const NUMBER_NAMES = 'one|two|three|four|five|six|seven|eight';
const WORD_KEYS = new RegExp(`^(?:For\\s)?${ISSUE_WORD}s?\\s(${NUMBER_NAMES})(?:\\s(?:and|&)\\s(${NUMBER_NAMES}))?\\s?(?::|\\.|\\)|\\s[-\\u2013\\u2014]\\s)`, 'i');
const wordKeys = (text: string): string[] => {
  const m = WORD_KEYS.exec(text);
  return m ? [m[1], m[2]].filter((w) => w !== undefined).map((w) => String(issueNumber(w))) : [];
};
/** "#1 Physical therapy 3x4", "#3:": an issue's number after "#" alone. */
const HASH_KEY = /^#\s?(\d{1,2})(?=[:.)]?(?:\s|$))/;
/** The keys from `first` to `last`, both numbers or both letters: "a" to "c" is a, b, c. */
function keysFromTo(first: string, last: string): string[] {
  const [from, to] = [keyOf(first), keyOf(last)];
  const numbers = /\d/.test(from);
  const [a, b] = numbers ? [Number(from), Number(to)] : [from.charCodeAt(0), to.charCodeAt(0)];
  if (numbers !== /\d/.test(to) || b <= a || b - a > 8) return [];
  return Array.from({ length: b - a + 1 }, (_, k) => (numbers ? String(a + k) : String.fromCharCode(a + k)));
}
/** "Issues I and III:": two issues' keys in Roman numerals. */
const JOINT_ROMAN_KEYS = new RegExp(`^(?:For\\s)?(?:${ISSUE_WORD}s\\s)?(I{1,3}|IV|VI{0,3})\\s(?:and|&)\\s(I{1,3}|IV|VI{0,3})[.):](?:\\s|$)`);
/** A line that opens with an issue's label: "Issue 5:", "Issues 2 and 3:", "For Request 2:". */
const ISSUE_LABELLED = new RegExp(`^(?:For\\s)?${ISSUE_WORD}s?\\b`, 'i');
/**
 * A sub-heading of its own line that ends with its issues' keys: "Functional restoration program (Issue 1)",
 * "Hydrocodone/APAP and urine drug screen (Issues 2 and 3)".
 */
const KEYS_AT_END = new RegExp(
  `^[A-Z][^.;:?!]{2,80}\\((?:${ISSUE_WORD})s?\\s(\\d{1,2}[a-h]?|[A-H])(?:\\s(?:and|&)\\s(\\d{1,2}[a-h]?|[A-H]))?\\):?$`,
);
/**
 * A sub-heading of its own line that names its issues, with no sentence in it: "Functional restoration program (Issue
 * 1)", "2) and 3) Physical therapy and chiropractic care", "ISSUE #1 FUNCTIONAL RESTORATION PROGRAM"; not "A and B.
 * Both requests concern ...".
 */
function isSubHeading(text: string): boolean {
  return text.length <= 90 && (keysAtEnd(text).length > 0 || jointEntries(text).length > 0 || CAPITALS_KEY.test(text)) && !SENTENCE_IN.test(text);
}
/** A sentence's end or a clause's inside a line, or at its end. */
const SENTENCE_IN = /[.?!;:]\s|[.?!;:,]$/;

/** The keys a sub-heading ends with (KEYS_AT_END): one, two, or none. */
function keysAtEnd(text: string): string[] {
  const m = KEYS_AT_END.exec(text);
  return m ? [m[1], m[2]].filter((k) => k !== undefined).map(keyOf) : [];
}
/** The keys of the issues a line opens with: one, two ("Issues 1(a) and 1(b):"), a run ("(A) through (C):"), or none. */
function issueKeysAt(text: string): string[] {
  const joint = JOINT_KEYS.exec(text);
  if (joint) return [keyOf(joint[1]), keyOf(joint[2] ?? joint[3])];
  const roman = JOINT_ROMAN_KEYS.exec(text);
  if (roman) return [romanKey(roman[1]), romanKey(roman[2])];
  const marked = MARKED_KEYS.exec(text);
  if (marked) return marked[2] ? [keyOf(marked[1]), keyOf(marked[3])] : keysFromTo(marked[1], marked[3]);
  const words = wordKeys(text);
  if (words.length) return words;
  const key = issueKey(text);
  return key ? [key] : [];
}

/** "A. ", "(B) ", "C) ", "(a) ", "b. ", "A – ": an issue lettered, in place of a number. */
const LETTERED = /^(?:\(([A-Ha-h])\)|([A-Ha-h])[.)]|([A-H])\s[-\u2013\u2014](?=\s))\s{1,6}(?=\S)/;
/** "I. ", "II. ", "IV) ", "ii) ": an issue numbered in Roman numerals. */
const ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|X|i{1,3}|iv|vi{0,3}|ix|x)[.)]\s{1,6}(?=\S)/;
/** A number in Roman numerals, in words or a capital letter, in a sentence that names its issue: "Issue iii:", "For Issue One,", "Issues A and B:". */
const NAMED_NUMBER = '(?:i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[A-H])\\b';
/** "[1] ", "1.) ", "1 - ": a number in brackets, with both marks, or before a dash. */
const BRACKETED = /^(?:\[(\d{1,2})\]|(\d{1,2})(?:\.\)|\s[-\u2013\u2014](?=\s)))\s{1,6}(?=\S)/;

/**
 * "Issue 1: Physical therapy", "Issue #1 - Chiropractic manipulation", "Issue No. 1:", "Issue 1 of 1:", "Issue One:",
 * "Request 1:", "#1 Individual psychotherapy": an issue stated after its label; alone on its line, "Request One" heads
 * the issue's part of a section.
 */
const ISSUE_NUMBERED = new RegExp(`${ISSUE_LABEL.source}\\s{0,6}(?=\\S|$)`, 'i');

/** "First issue: Acupuncture ...", "Second request -": an issue labelled by its place. */
const ORDINAL_ENTRY = new RegExp(`^(${ORDINAL_NAMES.join('|')})\\s${ISSUE_WORD}\\s?(?::|\\s[-\\u2013\\u2014])\\s`, 'i');

/** The number of a numbered line (1, 2, ...), of a lettered one (A is 1), a Roman one or one labelled "Issue 1:", or 0. */
function entryNumber(text: string): number {
  const n = NUMBERED.exec(text);
  if (n) return Number(n[1] ?? n[2]);
  const l = LETTERED.exec(text);
  if (l) return (l[1] ?? l[2] ?? l[3]).toUpperCase().charCodeAt(0) - 64;
  const r = ROMAN.exec(text);
  if (r) return ROMAN_VALUES.indexOf(r[1].toUpperCase()) + 1;
  const b = BRACKETED.exec(text);
  if (b) return Number(b[1] ?? b[2]);
  const labelled = ISSUE_NUMBERED.exec(text);
  return labelled ? issueNumber(labelled[1] ?? labelled[2]) : 0;
}

/** The place of an issue labelled by it ("First issue:" is 1), or 0. */
function ordinalEntry(text: string): number {
  const ordinal = ORDINAL_ENTRY.exec(text);
  return ordinal ? ORDINAL_NAMES.indexOf(ordinal[1].toLowerCase()) + 1 : 0;
}

/** "A and B. ", "1 and 2: ", "2) and 3) ": a part that opens with two entries' marks. */
const JOINT_ENTRY = /^([A-Ha-h]|\d{1,2})[.)]?\s(?:and|&)\s([A-Ha-h]|\d{1,2})[.:)]\s/;

/** The numbers of the two entries a part opens with (A is 1), or none. */
function jointEntries(text: string): number[] {
  const m = JOINT_ENTRY.exec(text);
  if (!m) return [];
  const [first, second] = [issueNumber(m[1]), issueNumber(m[2])];
  return second === first + 1 ? [first, second] : [];
}

/** An issue asked as a question: "Is the request for alprazolam 0.5 mg #60 medically necessary?". */
const QUESTION = /^(?:Is|Was|Whether)\s/;

/** The lines that start entries: numbered ones, else lettered, bulleted ones or questions when there are several. */
function entryStarts(lines: readonly Line[], from: number, to: number): number[] {
  const numbered: number[] = [];
  const lettered: number[] = [];
  // "Issue 1(a):", "Issue 1(b):", "Issue 2:": labels that do not count up one by one.
  const labelled: number[] = [];
  const bulleted: number[] = [];
  const questions: number[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i].text;
    if (NUMBERED.test(text) || SUB_NUMBERED.test(text)) numbered.push(i);
    // Letters in order from A: "A. Functional restoration program", "B. Physical therapy ...", or labels in order:
    // "Issue 1: Physical therapy ...", "Issue 2: Biofeedback 6 sessions", "First issue: Acupuncture ...".
    else if ((entryNumber(text) || ordinalEntry(text)) === lettered.length + 1) lettered.push(i);
    else if (ISSUE_NUMBERED.test(text)) labelled.push(i);
    else if (BULLET.test(text)) bulleted.push(i);
    else if (QUESTION.test(text)) questions.push(i);
  }
  if (numbered.length) return numbered;
  if (lettered.length + labelled.length >= 2) return labelled.length ? [...lettered, ...labelled].sort((a, b) => a - b) : lettered;
  return bulleted.length >= 2 ? bulleted : questions.length >= 2 ? questions : [];
}

export function findReviewItems(lines: readonly Line[], issue: LocatedSection, sections: readonly LocatedSection[], lineGap: number): RawItem[] {
  const entries = issueEntries(lines, issue.firstBodyLine, issue.endLine);
  const table = issueTable(lines, issue.firstBodyLine, issue.endLine);
  // Else a section of one entry may be a sentence that lists them all: "The requests in dispute are (1) ...; (2) ...".
  const whole = !table && entries.length === 1 ? joinLines(lines, issue.firstBodyLine, issue.endLine) : null;
  const listed = whole && issuesInSentence(whole);
  const headers = table
    ? table.map((row) => ({ ...issueHeader(cellOf(lines, row), row.line, row.line + 1), inCell: true }))
    : listed
      ? listed.map(([from, to]) => issueHeader(whole.slice(from, to), issue.firstBodyLine, issue.endLine))
      : entries.map(([first, end]) => issueHeader(joinLines(lines, first, statementEnd(lines, first, end)), first, end));
  const services = headers.map((h) => h.service);
  const keys = headers.map((h) => issueKey(lines[h.firstLine].text));
  const guidelines = partsOfKind(lines, sections, 'guidelines-relied-upon', 'reviewer-guideline', services, keys, lineGap);
  const rationales = partsOfKind(lines, sections, 'rationale', 'rationale', services, keys, lineGap);
  const items: RawItem[] = headers.map((header, k) => ({ header, parts: [guidelines[k], rationales[k]].filter((p): p is RawPart => !!p), endLine: header.endLine }));
  // Which items share a rationale is known before any is decided: a shared one decides each in its own sentence.
  markSharedRationales(items);
  for (const [k, item] of items.entries()) {
    const { header } = item;
    const rationale = item.parts.find((p) => p.kind === 'rationale');
    // A rationale lost with its page may leave its heading, which still decides.
    const heading = rationale?.label ?? sections.find((s) => s.kind === 'rationale')?.heading;
    if (!header.decision && heading && HEADING_NECESSARY.test(heading)) header.decision = 'Overturned';
    if (header.decision) continue;
    const conclusion = itemConclusion(item, services, k);
    // With no conclusion, the denial stands under the template's heading, even for an issue its rationale never takes up.
    header.decision = conclusion ? (conclusion.necessary ? 'Overturned' : 'Upheld') : rationale || heading ? 'Upheld' : null;
    header.decisionSpan = conclusion?.span ?? null;
  }
  return items;
}

/** The service cell of a table's row, as a block. */
function cellOf(lines: readonly Line[], row: IssueRow): Block {
  const block = joinLines(lines, row.line, row.line + 1);
  return block.slice(block.toFlat(row.start), block.toFlat(row.end));
}

/**
 * A rationale heading that drops the template's "NOT" ("... IS/WAS MEDICALLY NECESSARY", "... IS MEDICALLY
 * NECESSARY") decides for the treatment, whatever the rationale concludes: a rationale that says otherwise conflicts
 * with it. The template's own heading ("IS/WAS NOT MEDICALLY NECESSARY") heads overturning
 * rationales too, so the rationale's conclusion decides under it, and with none the denial stands.
 */
const HEADING_NECESSARY = /\b(?:IS\/WAS|IS|WAS)\s+MEDICALLY\s+NECESSARY/i;

/**
 * The parts of one kind of section, one per item. A letter that repeats the section for each
 * issue ("Issue 1: ...", its guidelines, its rationale; then "Issue 2: ...") gives each item its
 * own; otherwise the first such section serves every item.
 */
function partsOfKind(
  lines: readonly Line[],
  sections: readonly LocatedSection[],
  sectionKind: SectionKind,
  kind: ItemPart['kind'],
  services: readonly string[],
  keys: readonly (string | null)[],
  lineGap: number,
): (RawPart | undefined)[] {
  const ofKind = sections.filter((s) => s.kind === sectionKind);
  if (services.length > 1 && ofKind.length === services.length) return ofKind.map((s) => sectionParts(lines, s, kind, [services[0]], [keys[0]], lineGap)[0]);
  return sectionParts(lines, ofKind[0], kind, services, keys, lineGap);
}

/**
 * Line ranges of the issues: one per numbered or bulleted entry or question, one per line when each
 * line names an issue (under group labels too), or the whole section as one.
 */
function issueEntries(lines: readonly Line[], from: number, to: number): [number, number][] {
  const starts = entryStarts(lines, from, to);
  if (starts.length) return starts.map((s, k) => [s, starts[k + 1] ?? to]);
  if (onePerLine(lines, from, to)) return lines.slice(from, to).map((_, k) => [from + k, from + k + 1]);
  const grouped = groupedPerLine(lines, from, to);
  if (grouped) return grouped.map((line) => [line, line + 1]);
  return to > from ? [[from, to]] : [];
}

/** A label over a group of issues, on its own line: "Physical medicine:", "Medication:". */
const GROUP_LABEL = /^[A-Z][A-Za-z ,&/-]{2,40}:$/;

/** The lines of issues listed one a line under group labels, the first line a label; null when the section is not so. */
function groupedPerLine(lines: readonly Line[], from: number, to: number): number[] | null {
  if (to - from < 3 || !GROUP_LABEL.test(lines[from].text)) return null;
  const names: number[] = [];
  for (let i = from; i < to; i++) {
    if (GROUP_LABEL.test(lines[i].text)) continue;
    if (!ISSUE_NAME_LINE.test(lines[i].text) || GOES_ON_AT_END.test(lines[i].text)) return null;
    names.push(i);
  }
  return names.length >= 2 && names.length <= 12 ? names : null;
}

/** An issue's name on its line: capitalised, short, and not a sentence that ends or goes on ("7.5 mg" is no end). */
const ISSUE_NAME_LINE = /^[A-Z](?:[^.?!:;]|\.(?=\d)){2,90}$/;
const GOES_ON_AT_END = /\b(?:and|or|of|for|the|to|with|a)$/;

/**
 * "Massage therapy 1 time a week for 6 weeks" / "Gabapentin 300mg #90" / "Lumbar-sacral orthosis":
 * a few issues listed one a line, with no number or bullet. A statement wrapped over lines has a
 * line that ends with a word the next line goes on from, or starts in lower case.
 */
function onePerLine(lines: readonly Line[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 12) return false;
  for (let i = from; i < to; i++) {
    if (!ISSUE_NAME_LINE.test(lines[i].text) || GOES_ON_AT_END.test(lines[i].text)) return false;
  }
  return true;
}

/**
 * A section as one part per item when numbered 1..n (or lettered A..), bulleted, or labelled with each item's name
 * ("Massage therapy: ...", "Hydrocodone/APAP: ..."), like the issues, else one shared part.
 */
function sectionParts(
  lines: readonly Line[],
  section: LocatedSection | undefined,
  kind: ItemPart['kind'],
  services: readonly string[],
  keys: readonly (string | null)[],
  lineGap: number,
): (RawPart | undefined)[] {
  const items = services.length;
  if (!section || section.endLine <= section.firstBodyLine) return [];
  // The next issue's label ("Issue 2: MRI of the shoulder") ends the section but is not its text. A paragraph on one
  // line that opens with its issue's label ("Issue 3: Acupuncture was requested ... in 2014.") is.
  let sectionEnd = section.endLine;
  while (sectionEnd - 1 > section.firstBodyLine && isNextIssueLabel(lines[sectionEnd - 1].text)) sectionEnd--;
  const part = (from: number, to: number): RawPart => {
    // A sub-heading is no sentence of the part: the part starts below it.
    const body = joinLines(lines, from + 1 < to && isSubHeading(lines[from].text) ? from + 1 : from, to);
    return { kind, label: section.heading, block: body, body };
  };
  // Each item's part runs from its start to the next start after it; items that start on one line (under one
  // sub-heading, or "A and B.") share that part, the same part, so that it is read as a shared one.
  // What comes before the first item's part discusses them all ("The Chronic Pain Medical Treatment Guidelines, pages
  // 98-99, call for ..." before "The first issue is ..."): every part taken up reads it first (see sentenceParts).
  const partsAt = (starts: readonly (number | undefined)[]): (RawPart | undefined)[] => {
    const byStart = new Map<number, RawPart>();
    const next = (s: number) => starts.reduce<number>((end, other) => (other !== undefined && other > s && other < end ? other : end), sectionEnd);
    const first = Math.min(...starts.filter((s) => s !== undefined));
    const discussion = first > section.firstBodyLine ? joinLines(lines, section.firstBodyLine, first).trimmed() : null;
    const withPreamble = (own: RawPart): RawPart => (discussion?.text ? { ...own, preamble: { discussion, own: own.body } } : own);
    return starts.map((s) => (s === undefined ? undefined : (byStart.get(s) ?? byStart.set(s, withPreamble(part(s, next(s)))).get(s)!)));
  };
  const keyed = items > 1 ? keyedStarts(lines, section.firstBodyLine, sectionEnd, keys) : null;
  if (keyed) return partsAt(keyed);
  let starts: number[] = [];
  for (let i = section.firstBodyLine; i < sectionEnd && items > 1; i++) {
    const text = lines[i].text;
    // "A and B. Both requests concern ...", "2) and 3) Physical therapy and chiropractic care": one part for two entries
    // in turn; looked for first, as the first entry's mark alone reads as one entry.
    if (jointEntries(text)[0] === starts.length + 1) starts.push(i, i);
    else if (entryNumber(text) === starts.length + 1) starts.push(i);
  }
  // Paragraphs that each open with their item's name, whatever marks some of them: "Issue 1 - Physical therapy ...",
  // then "Is chiropractic manipulation x6 for the lumbar spine medically necessary? ...".
  // Worked out once: tried here when some parts are numbered, and below when no other reading gives every item a part.
  let paragraphs: number[] | undefined;
  const byParagraph = () => (paragraphs ??= paragraphStarts(lines, section.firstBodyLine, sectionEnd, services, lineGap));
  if (items > 1 && starts.length && starts.length !== items && byParagraph().length === items) return partsAt(byParagraph());
  // Of two items, one numbered part only when it opens the section: "1. ..." with no "2.".
  if ((items > 2 || (items === 2 && starts[0] === section.firstBodyLine)) && starts.length !== items) {
    const some = numberedSome(lines, section.firstBodyLine, sectionEnd, items);
    if (some) {
      // Each part ends where the next numbered one starts; walked from the last, so once over the items.
      const parts: (RawPart | undefined)[] = [];
      let end = sectionEnd;
      for (let k = items - 1; k >= 0; k--) {
        const start = some[k];
        parts[k] = start === undefined ? undefined : part(start, end);
        if (start !== undefined) end = start;
      }
      return parts;
    }
  }
  if (items > 1 && !starts.length) starts = entryStarts(lines, section.firstBodyLine, sectionEnd);
  if (items > 1 && starts.length !== items) {
    starts = labelledStarts(lines, section.firstBodyLine, sectionEnd, services);
    if (starts.length === items - 1) return partsAt([...starts, undefined]);
    const some = starts.length !== items ? labelledSome(lines, section.firstBodyLine, sectionEnd, services) : null;
    if (some) return partsAt(some);
  }
  const shared = part(section.firstBodyLine, sectionEnd);
  if (items > 1 && starts.length !== items) {
    starts = byParagraph();
    // Sentences opened with each item's name cut the section before paragraphs do: a page break may part an item's
    // conclusion from its sentences as if it opened a paragraph of its own.
    const opened = starts.length === items ? sentenceParts(shared, services) : null;
    if (opened && opened.every((p) => p !== undefined)) return opened;
  }
  if (items > 1 && starts.length === items) return partsAt(starts);
  const bySentence = items > 1 ? sentenceParts(shared, services) : null;
  return bySentence ?? Array.from({ length: items }, () => shared);
}

/**
 * Where each item's part starts when the parts open with the issues' keys ("Issue 3:", "Issue 1:", "Issue 1b:", "Issues
 * 1(a) and 1(b):", one part for both) in another order than the issues', or with keys numbered under another ("1a.",
 * "1b.") or lettered, or labelled ("Issue 1:", "Issues 2 and 3:", "Issue 5:") with one issue of three or more never taken
 * up (undefined); null when the parts follow the issues' numbers in order, which the other readings take, or when an
 * issue's key opens no line.
 */
function keyedStarts(lines: readonly Line[], from: number, to: number, keys: readonly (string | null)[]): (number | undefined)[] | null {
  if (keys.some((k) => !k) || new Set(keys).size !== keys.length) return null;
  const starts: (number | undefined)[] = keys.map(() => undefined);
  let labelled = true;
  let subHeadings = false;
  for (let i = from; i < to; i++) {
    const opening = issueKeysAt(lines[i].text);
    const below = opening.length ? [] : keysAtEnd(lines[i].text);
    subHeadings ||= below.length > 0 || CAPITALS_KEY.test(lines[i].text);
    for (const key of opening.length ? opening : below) {
      const k = keys.indexOf(key);
      if (k >= 0 && starts[k] === undefined) starts[k] = i;
      if (k >= 0) labelled &&= ISSUE_LABELLED.test(lines[i].text);
    }
  }
  const missing = starts.filter((s) => s === undefined).length;
  // A list quoted in a shared part ("1. ... 2. ...") may number as many entries as there are issues but one; labels may
  // not, and two labels or more, the first issue's among them, may leave any issues out ("Request #1:", "Request #3:"
  // of four). Nor may keys that open the section and run in order from the first issue's, the rest never taken up ("(A)
  // ... (B) ... (C) ..." of five). An issue named inside a line ("... Issue 2: It is a muscle relaxant.") is taken up,
  // by the readings after this.
  const taken = starts.length - missing;
  const firstOnes = starts[0] === from && starts.every((s, k) => (k < taken ? s !== undefined && (k === 0 || s >= starts[k - 1]!) : s === undefined));
  if (missing > (labelled && keys.length >= 3 ? 1 : 0) && !(taken >= 2 && (firstOnes || (labelled && starts[0] !== undefined)))) return null;
  if (missing && namedInside(lines, from, to, keys[starts.indexOf(undefined)]!)) return null;
  const found = starts.filter((s) => s !== undefined);
  const inOrder = found.every((s, k) => k === 0 || s > found[k - 1]);
  // Parts shared by a run of issues ("(a) through (c):") the other readings do not take.
  const shared = new Set(found).size < found.length;
  return inOrder && !missing && !subHeadings && !shared && !keys.some((k) => /[a-h]$/.test(k!)) ? null : starts;
}

/** An issue named anywhere in a line, with its key and the key named with it: "Issue 2:", "Issues 1 and 2". */
const ISSUE_NAMED = new RegExp(`\\b${ISSUE_WORD}s?\\s(?:(\\d{1,2}[a-h]?|[A-Ha-h])\\s(?:and|&)\\s)?(\\d{1,2}[a-h]?|[A-Ha-h])\\b`, 'gi');

/** Whether a line from `from` to `to` names the issue of `key` anywhere. */
function namedInside(lines: readonly Line[], from: number, to: number, key: string): boolean {
  for (let i = from; i < to; i++) {
    for (const m of lines[i].text.matchAll(ISSUE_NAMED)) if (m[2].toLowerCase() === key || m[1]?.toLowerCase() === key) return true;
  }
  return false;
}

/**
 * The numbered parts of a section that takes up all the items but one, in order ("(1) Physical
 * therapy", "(2) Acupuncture", "(3) Celecoxib", "(4) MRI", with issue 5 never discussed): for each
 * item, the line its part starts at, or undefined. Null unless every numbered line is one of the
 * items' in increasing order, as a quoted list of criteria numbered past the items is not.
 */
function numberedSome(lines: readonly Line[], from: number, to: number, items: number): (number | undefined)[] | null {
  const found: (number | undefined)[] = Array.from({ length: items }, () => undefined);
  let last = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const n = entryNumber(lines[i].text);
    if (!n || continuesSentence(lines, from, i)) continue;
    if (n <= last || n > items) return null;
    found[n - 1] = i;
    last = n;
    count++;
  }
  return count === items - 1 ? found : null;
}

/** Whether line `i` goes on with a sentence the line before it began: "Biofeedback, six" / "(6) sessions, is not ...". */
function continuesSentence(lines: readonly Line[], from: number, i: number): boolean {
  let k = i - 1;
  while (k >= from && !lines[k].text.trim()) k--;
  return k >= from && /[a-z,]\s*$/.test(lines[k].text);
}

/**
 * A sentence that opens with the item it speaks of: "For the ketoprofen cream, the reviewer relied on ...", "Regarding the
 * chiropractic manipulation: ...".
 */
const ITEM_SENTENCE = new RegExp(`(?:^|[.;]\\s)((?:${ITEM_OPENERS})\\s(?:the\\s)?([^,.;:]{3,80})[,:])`, 'g');

/**
 * A sentence that opens with its issue's number: "As to issue 1:", "For issue #2, ...", "Issue 3.", or with the
 * numbers of the issues it takes up together: "Issues 3 and 4: The two medications are addressed together.", "Issues
 * 1, 2 and 3:", "Issues 1-3:", "Issues #1-#3:" (the first and the last of them), "Issues i and ii:", "Issue iii:", "For
 * Issue Two,", "Request (1):", "Requests (2) through (4):".
 */
const ISSUE_SENTENCE = new RegExp(
  `(?:^|[.;]\\s)((?:(?:${ITEM_OPENERS})\\s)?(?:[Ii]ssues?|[Rr]equests?|(?:[Dd]isputed\\s)?[Ss]ervices?)\\s(?:#\\s?|[Nn]o\\.\\s?)?\\(?(\\d{1,2}|${NAMED_NUMBER})\\)?(?:(?:,\\s?#?\\(?(?:\\d{1,2}|${NAMED_NUMBER})\\)?){0,6},?\\s(?:and|&)\\s#?\\(?(\\d{1,2}|${NAMED_NUMBER})\\)?|\\s?(?:-|through|to)\\s?#?\\(?(\\d{1,2}|${NAMED_NUMBER})\\)?)?\\s?[,:.)-])`,
  'g',
);

/**
 * A sentence that opens with its issue's place in the list: "The first request is for 6 more sessions.", "The second
 * request, for ...", "As to the first request, ...", "As to the second, ...", "As for the latter, ...", "Second issue:",
 * "Second issue -", "Second:" (group 2 or, capitalised, 4), "The first and second issues:" (groups 2 and 3, the two taken
 * up together), "Second, the biofeedback." (the item named, group 5, as not in "First, the guidelines require ..."),
 * "First, for the physical therapy:", "Second, as to the aquatic therapy," (group 6).
 */
const ORDINAL_SENTENCE = new RegExp(
  `(?:^|[.;]\\s)((?:(?:${ITEM_OPENERS})\\s)?(?:[Tt]he\\s(${PLACE_WORDS})(?:\\sand\\s(${PLACE_WORDS})\\s(?:requests|issues|items)\\b|\\s(?:request|issue|item)\\b|(?=,))|(${ORDINAL_CAPITALS})(?:\\s(?:request|issue|item)(?::|\\s?[-–—]\\s)|:\\s|,\\s(?=the\\s([^.,;:]{3,60})\\.|(?:${OPENERS_AFTER_PLACE})\\s(?:the\\s)?([^.,;:]{3,60})[:,]))))`,
  'g',
);

/** Words of a request that other sentences use for other things: the "home" of "30-day home trial" and of "home exercise". */
const WEAK_NAMING_WORDS: ReadonlySet<string> = new Set(['home', 'trial', 'unit', 'purchase', 'rental', 'supply', 'supplies']);

/**
 * Whether `text` names the last of `services` by a word of its own: "Turning, finally, to the polysomnography" takes it
 * up; "home exercise" does not take up a "TENS unit, 30-day home trial".
 */
function namesLast(text: string, services: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return wordsNotShared(services[services.length - 1], services.slice(0, -1)).own.some((w) => !WEAK_NAMING_WORDS.has(w) && lower.includes(w));
}

/**
 * A shared section cut where sentences take up each item in turn, by its number ("As to issue 1:
 * ... As to issue 2: ..."), by its place ("The first request ... The second request ...") or by its name ("For the
 * physical therapy request, ... For the ketoprofen cream, ..."), or null if not every item has one. A section that opens
 * with the numbers of all the issues but the last ("Issues 1, 2 and 3: ..." of four), or takes up by their places all
 * of three or more but the last, gives the last none of it, as numberedSome does.
 */
function sentenceParts(shared: RawPart, services: readonly string[]): (RawPart | undefined)[] | null {
  const text = shared.block.text;
  const byNumber = issueStarts(text, services.length);
  const wanted = services.map((s) => new Set(namingWords(s)));
  const allButLast = byNumber.length === services.length - 1 && byNumber[0] === 0;
  const byPlace = () =>
    sentenceStarts(text, ORDINAL_SENTENCE, services.length, (m, k) => {
      if (placeNamed(m[2] ?? m[4].toLowerCase(), services.length) !== k + 1) return 0;
      const named = m[5] ?? m[6];
      if (named && !namingWords(named).some((w) => wanted[k].has(w))) return 0;
      return m[3] && placeNamed(m[3], services.length) === k + 2 ? 2 : 1;
    });
  const byName = () => sentenceStarts(text, ITEM_SENTENCE, services.length, (m, k) => (namingWords(m[2]).some((w) => wanted[k].has(w)) ? 1 : 0));
  const placed = byNumber.length === services.length || allButLast ? null : byPlace();
  // "The first request ... The second request ..." of three, or "Regarding the chiropractic manipulation: ... As to the
  // acupuncture, ...": the third request is taken up nowhere.
  const placedButLast = !!placed && services.length > 2 && placed.length === services.length - 1;
  // "The first issue is physical therapy. ... The second issue is the Synvisc injection. ..." of four: the third and
  // fourth, which no sentence of the section takes up (see takesUp), are never discussed.
  const placedFirstOnes = !!placed && placed.length >= 2 && !placedButLast && placed.length < services.length && !takenUp(text, ownWordsOf(services), services.slice(placed.length).map((_, k) => placed.length + k));
  const named = !!placed && placed.length !== services.length && !placedButLast && !placedFirstOnes;
  const starts = !placed ? byNumber : named ? byName() : placed;
  const namedButLast = named && services.length > 2 && starts.length === services.length - 1 && !namesLast(text, services);
  if (starts.length !== services.length && !allButLast && !placedButLast && !placedFirstOnes && !namedButLast) return null;
  // "For the CBT, ... For the biofeedback, ... Regarding the CBT, ...": sentences that go back to an item taken up before
  // interleave the items, and the section stays one part they share (see ownCitations).
  if (named && returnsToEarlier(text, starts, wanted)) return null;
  // "The MTUS ... were relied upon for both requests. As to the occupational therapy, ... As to the TENS unit, ...": what
  // comes before the first item's sentence is every item's, so the guidelines stay one part that the items share, and
  // each sentence opened with an item's name, number or place is that item's alone (see ownCitations).
  if (shared.kind === 'reviewer-guideline' && starts[0] > 0) return null;
  // Issues taken up together share a start, and one part (so that it is read as a shared rationale) that runs to the next issue's.
  const byStart = new Map<number, RawPart>();
  const discussion = starts[0] ? shared.block.slice(0, starts[0]).trimmed() : null;
  return services.map((_, k) => {
    const start = starts[k];
    if (start === undefined) return undefined;
    let found = byStart.get(start);
    if (!found) {
      const end = starts.find((next) => next > start) ?? text.length;
      const block = shared.block.slice(k === 0 ? 0 : start, end).trimmed();
      const preamble = discussion ? { discussion, own: shared.block.slice(start, end).trimmed() } : undefined;
      byStart.set(start, (found = { kind: shared.kind, label: shared.label, block, body: block, cutFrom: shared.block, preamble }));
    }
    return found;
  });
}

/**
 * Where the sentences that open with each issue's number start, for the issues from the first up to the first not taken
 * up; issues taken up together ("Issues 3 and 4: ...", "Issues 1 and 3: ...") share a start. A sentence is taken when the
 * lowest of its numbers is the lowest issue not yet started.
 */
function issueStarts(text: string, count: number): number[] {
  const starts: (number | undefined)[] = Array.from({ length: count }, () => undefined);
  ISSUE_SENTENCE.lastIndex = 0;
  // The lowest issue not yet started; the search stops when every issue is.
  let next = 1;
  for (let m = ISSUE_SENTENCE.exec(text); m && next <= count; m = ISSUE_SENTENCE.exec(text)) {
    const numbers = m[4] ? numbersFrom(issueNumber(m[2]), issueNumber(m[4])) : (m[1].match(LISTED_NUMBER) ?? []).map(issueNumber);
    if (numbers[0] !== next || numbers.some((n, k) => n > count || starts[n - 1] !== undefined || (k > 0 && n <= numbers[k - 1]))) continue;
    const start = m.index + m[0].length - m[1].length;
    for (const n of numbers) starts[n - 1] = start;
    while (next <= count && starts[next - 1] !== undefined) next++;
  }
  return starts.slice(0, next - 1) as number[];
}

/** Each number of an issue sentence's list ("Issues 1, 2 and 4", "Issues A and B"), in digits, words, Roman numerals or letters. */
const LISTED_NUMBER = new RegExp(`\\b(?:\\d{1,2}\\b|${NAMED_NUMBER})`, 'g');

/** The numbers from `first` to `last`; none if `last` is lower. */
const numbersFrom = (first: number, last: number): number[] => Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);

/** Whether a sentence opened with an item's name comes after the start of a later item's. */
function returnsToEarlier(text: string, starts: readonly number[], wanted: readonly Set<string>[]): boolean {
  ITEM_SENTENCE.lastIndex = 0;
  for (let m = ITEM_SENTENCE.exec(text); m; m = ITEM_SENTENCE.exec(text)) {
    const words = namingWords(m[2]);
    const items = wanted.flatMap((w, k) => (words.some((word) => w.has(word)) ? [k] : []));
    const at = m.index;
    if (items.length === 1 && starts.some((start, j) => j > items[0] && start < at)) return true;
  }
  return false;
}

/**
 * Where the sentences of `pattern` start (group 1: the sentence's opening) that `takesUp` takes for the next item, or for
 * the next two together, up to `count`.
 */
function sentenceStarts(text: string, pattern: RegExp, count: number, takesUp: (m: RegExpExecArray, k: number) => number): number[] {
  const starts: number[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && starts.length < count; m = pattern.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    for (let n = takesUp(m, starts.length); n > 0; n--) starts.push(start);
  }
  return starts;
}

/**
 * A label before a colon or a dash at the start of a line: "Massage therapy:", "Lumbar MRI:",
 * "Meloxicam — The MTUS ...", or the issue's whole name; or a sub-heading of its own line,
 * "CHIROPRACTIC TREATMENT, CERVICAL SPINE (ISSUE 1):", "Cognitive Behavioral Therapy".
 */
const NAME_LABEL = /^([A-Z][^:]{1,100}?)(?::|\s--?)(?:\s|$)/;
/** A run-in label of a few words that ends with a full stop: "Massage. The MTUS ...", "Tramadol ER. The guidelines ...". */
const RUN_IN_LABEL = /^([A-Z][A-Za-z/&' -]{1,40}?)\.\s(?=[A-Z])/;
/**
 * A sub-heading of its own line in title case, without a colon: "Cognitive Behavioral Therapy", "Zolpidem", "Lidocaine 5%
 * Patch", "Chiropractic Manipulation, Lumbar Spine".
 */
const TITLE_LINE = /^((?:[A-Z][A-Za-z0-9&/'()-]{0,24})(?:,? (?:[A-Z][A-Za-z0-9&/'()-]{0,24}|and|of|for|the|to|with|&|\d{1,4}(?:\.\d{1,2})?%?)){0,7})$/;

/** A short sub-heading of its own line in sentence case, without a colon or a stop: "Physical therapy", "Naproxen", "Lidoderm 5% patch". */
const SHORT_LINE = /^([A-Z][A-Za-z0-9 /&'()%-]{2,40})$/;
/** A sub-heading that names its item after "Re:": "Re: Hydrocodone/APAP". */
const RE_LINE = /^Re:\s{1,4}(\S.{2,80})$/;

/** The label a line opens with, or is: RE_LINE, NAME_LABEL, RUN_IN_LABEL, TITLE_LINE or SHORT_LINE. */
const labelOf = (text: string) => RE_LINE.exec(text) ?? NAME_LABEL.exec(text) ?? RUN_IN_LABEL.exec(text) ?? TITLE_LINE.exec(text) ?? SHORT_LINE.exec(text);

/** The number of the issue label a line opens with ("Issue #2:" gives 2), or 0. */
function labelledPlace(text: string): number {
  const label = ISSUE_LABEL.exec(text);
  return label ? issueNumber(label[1] ?? label[2]) : 0;
}

/**
 * The lines that start with a label naming each item in turn (two, for "X and Y"); of three or more items, all but the last
 * when the section names the last nowhere; else none.
 */
function labelledStarts(lines: readonly Line[], from: number, to: number, services: readonly string[]): number[] {
  // "CBT:" labels the cognitive behavioral therapy.
  const wanted = services.map((s) => new Set([...namingWords(s), ...initialsOf(s)]));
  const starts: number[] = [];
  for (let i = from; i < to && starts.length < services.length; i++) {
    const label = labelOf(lines[i].text);
    if (!label) continue;
    const named = namingWords(label[1]);
    // "Chiropractic treatment: ..." then "Issue #2: ...": a label names its item by its words or by its place.
    if (!named.some((w) => wanted[starts.length].has(w)) && labelledPlace(lines[i].text) !== starts.length + 1) continue;
    starts.push(i);
    // "Follow-up visit and pillow": one sub-heading for the next two items.
    if (starts.length < services.length && label[1].includes(' and ') && named.some((w) => wanted[starts.length].has(w))) starts.push(i);
  }
  if (starts.length === services.length) return starts;
  const inAnyOrder = labelledInAnyOrder(lines, from, to, services);
  // "Acupuncture: ... Chiropractic treatment: ..." of three, the brace named nowhere in the section: never taken up.
  const lastNeverTakenUp =
    services.length > 2 && starts.length === services.length - 1 && starts[0] === from && !namesLast(joinLines(lines, from, to).text, services);
  return inAnyOrder.length !== services.length && lastNeverTakenUp ? starts : inAnyOrder;
}

/**
 * "Functional restoration program: ..." then "Omeprazole: ..." of three, the psychotherapy between them never taken up:
 * the labels of two items or more, in the items' order, by words of their own, and the items passed over never taken up
 * (undefined). Null if a sentence of the section takes up an item passed over (see takesUp).
 */
function labelledSome(lines: readonly Line[], from: number, to: number, services: readonly string[]): (number | undefined)[] | null {
  const starts: (number | undefined)[] = services.map(() => undefined);
  let ownWords: string[][] | undefined;
  let own: Set<string>[] | undefined;
  let next = 0;
  for (let i = from; i < to && next < services.length; i++) {
    const label = labelOf(lines[i].text);
    if (!label) continue;
    // "Issue 1 - Cognitive behavioral therapy:": the label runs to its colon, past the dash after its number.
    const colon = lines[i].text.indexOf(':');
    const named = namingWords(colon > 0 && colon <= 100 ? lines[i].text.slice(0, colon) : label[1]);
    ownWords ??= ownWordsOf(services);
    own ??= ownWords.map((words) => new Set(words));
    const k = own.findIndex((words, j) => j >= next && named.some((w) => words.has(w)));
    if (k < 0) continue;
    starts[k] = i;
    next = k + 1;
  }
  const taken = starts.filter((s) => s !== undefined).length;
  if (taken < 2 || taken === services.length) return null;
  const passedOver = services.flatMap((_, k) => (starts[k] === undefined ? [k] : []));
  return takenUp(joinLines(lines, from, to).text, ownWords!, passedOver) ? null : starts;
}

/**
 * Whether a sentence of `text` takes up any of the items `ks`, given each item's words of its own (apartFromOthers; see
 * takesUp).
 */
function takenUp(text: string, ownWords: readonly (readonly string[])[], ks: readonly number[]): boolean {
  const sentences = text.toLowerCase().split(SENTENCE_BREAK);
  const words = ownWords.map((own) => own.filter((w) => !WEAK_NAMING_WORDS.has(w)));
  return ks.some((k) => sentences.some((sentence) => takesUp(sentence, words, k)));
}

/** Where a section's sentences part: a stop or a semicolon and the space after it. */
const SENTENCE_BREAK = /[.;]\s+/;

/**
 * Whether a sentence (lower case) takes up the `k`th item, given each item's own naming `words`: it names the item, not
 * after a word of another's ("Chiropractic treatment, unlike the acupuncture that was also requested, is capped ..."
 * speaks of the chiropractic treatment). Other items are looked for only before the item's name.
 */
function takesUp(sentence: string, words: readonly (readonly string[])[], k: number): boolean {
  const at = firstWord(sentence, words[k]);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  if (ASKS_FOR_BEFORE.test(before) || LISTED_AFTER.test(sentence.slice(at, at + 60))) return false;
  return !words.some((other, j) => j !== k && firstWord(before, other) >= 0);
}

/**
 * A request named in passing, as what a report asks for or as listed: "the report ..., which also asks for the
 * psychological testing", "like the note that asks for the lumbar MRI", "which also orders the lumbar X-rays listed
 * above", "the gabapentin, also in dispute, was taken at the same dose".
 */
const ASKS_FOR_BEFORE = /\b(?:which|that|who)\s(?:also\s)?(?:asks?|asked|orders?|ordered|requests?|requested)(?:\sfor)?\s(?:the\s)?(?:[a-z-]{1,20}\s){0,2}$/;
const LISTED_AFTER = /^[a-z0-9%/ -]{0,40}?(?:,\s)?(?:listed above|also in dispute|also requested)\b/;

/** Where `sentence` first holds one of `words`, or -1. */
function firstWord(sentence: string, words: readonly string[]): number {
  let first = -1;
  for (const w of words) {
    const at = sentence.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/**
 * The lines that start with a label naming each item, in another order than the items' ("PSYCHOLOGICAL EVALUATION:",
 * "MASSAGE THERAPY:", "LIDODERM:"): each label must name one item only, by words the others' services lack.
 */
function labelledInAnyOrder(lines: readonly Line[], from: number, to: number, services: readonly string[]): number[] {
  const labels: [line: number, words: string[]][] = [];
  for (let i = from; i < to; i++) {
    const label = labelOf(lines[i].text);
    if (label) labels.push([i, namingWords(label[1])]);
  }
  // Each item's own words are worked out only when there are labels enough: for many items it is the square of their number.
  if (labels.length < services.length) return [];
  const own = ownWordsOf(services).map((words) => new Set(words));
  const starts: (number | undefined)[] = services.map(() => undefined);
  for (const [line, named] of labels) {
    const items = own.flatMap((words, k) => (named.some((w) => words.has(w)) ? [k] : []));
    if (items.length === 1 && starts[items[0]] === undefined) starts[items[0]] = line;
  }
  return starts.includes(undefined) ? [] : (starts as number[]);
}

/** The words of item k's service that no other service has, and the others' that it lacks (wordsNotShared). */
const apartFromOthers = (services: readonly string[], k: number) => wordsNotShared(services[k], services.filter((_, j) => j !== k));
/** Each item's words that no other item's service holds. */
const ownWordsOf = (services: readonly string[]) => services.map((_, k) => apartFromOthers(services, k).own);

/** How far into a paragraph its item is named: "Norco has been taken ...", "The epidural injection would be her first". */
const OPENING = 60;

/**
 * The paragraphs of a section, one for each item in turn, each opening with words that name its item and no other's
 * ("The aquatic therapy has worked. ...", "The epidural injection would be her first ...", "Norco has been taken ..."), or
 * each closing so, with its conclusion ("... Cyclobenzaprine 7.5 mg #60 is not medically necessary."), or none. A
 * paragraph starts after a wider gap than the letter's lines have within a paragraph (`lineGap`).
 */
function paragraphStarts(lines: readonly Line[], from: number, to: number, services: readonly string[], lineGap: number): number[] {
  const starts = [from];
  for (let i = from + 1; i < to && starts.length <= services.length; i++) if (lines[i].gapBefore > lineGap) starts.push(i);
  if (starts.length !== services.length) return [];
  const names = services.map((_, k) => apartFromOthers(services, k));
  const namesOnly = (k: number, text: string) => {
    const said = new Set(text.toLowerCase().match(/[a-z]+/g));
    const { own, theirs } = names[k];
    return own.some((w) => said.has(w)) && !theirs.some((w) => said.has(w));
  };
  const opens = (k: number) => namesOnly(k, lines[starts[k]].text.slice(0, OPENING));
  // The paragraph's last two lines: its conclusion.
  const closes = (k: number) => {
    const last = (starts[k + 1] ?? to) - 1;
    return last > starts[k] && namesOnly(k, `${lines[last - 1].text} ${lines[last].text}`.slice(-CLOSING));
  };
  return starts.every((_, k) => opens(k)) || starts.every((_, k) => closes(k)) ? starts : [];
}

/** How far from a paragraph's end its conclusion names its item. */
const CLOSING = 120;

/** The issue's statement: its first line, and the lines that continue its sentence. */
function statementEnd(lines: readonly Line[], first: number, end: number): number {
  let last = first;
  // "The following single issue is in dispute:" over the issue's own line: a label alone goes on to it.
  if (last + 1 < end && LABEL.exec(lines[last].text)?.[0].trimEnd() === lines[last].text.trimEnd()) last++;
  // "... from 08/06/2014 through" / "09/24/2014": a line that starts with a digit goes on too, and any
  // line after one that ends with a word such as "the" ("... for the" / "Lumbar Spine").
  while (last + 1 < end && !/[.?:]$/.test(lines[last].text) && (/^[a-z(\d]/.test(lines[last + 1].text) || GOES_ON_AT_END.test(lines[last].text))) last++;
  return last + 1;
}

function issueHeader(block: Block, first: number, end: number): ItemHeader {
  const text = block.text;
  const number = NUMBERED.exec(text) ?? SUB_NUMBERED.exec(text) ?? LETTERED.exec(text) ?? ROMAN.exec(text) ?? BRACKETED.exec(text) ?? ISSUE_NUMBERED.exec(text) ?? BULLET.exec(text);
  let start = number ? number[0].length : 0;
  const rest = text.slice(start);
  const decided = DECISION_AT_END.exec(text);
  // "Right knee arthroscopy:  Upheld" ends with its decision; only a colon before more text marks a label.
  const label = LABEL.exec(rest);
  const labelled = label && (!decided || start + label[0].length <= decided.index) ? label : null;
  // "Question presented: Is chiropractic manipulation ... medically necessary?": the lead-in after the label.
  const afterLabel = labelled ? labelled[0].length : 0;
  const lead = LEAD_IN.exec(rest.slice(afterLabel));
  start += afterLabel + (lead ? lead[0].length : 0);
  const statementEnd = decided ? decided.index : firstSentenceEnd(text, start);
  const sentence = text.slice(start, statementEnd);
  const trail = TRAIL.exec(sentence);
  const serviceEnd = start + (trail ? trail.index : sentence.length);
  const service = text.slice(start, serviceEnd).trim();
  const wordAt = decided ? decided.index + decided[0].indexOf(decided[1]) : -1;
  return {
    firstLine: first,
    endLine: end,
    service: service.replace(/\s+/g, ' '),
    serviceSpan: block.span(start, Math.max(start, serviceEnd)),
    decision: decided ? decisionOf(decided[1]) : null,
    decisionSpan: decided ? block.span(wordAt, wordAt + decided[1].length) : null,
  };
}

function firstSentenceEnd(text: string, from: number): number {
  const m = /[.?](?=\s{1,8}[A-Z]|\s{0,8}$)/.exec(text.slice(from));
  return m ? from + m.index + 1 : text.length;
}
