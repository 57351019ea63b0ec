/**
 * Finds the section headings among a letter's lines, joining a heading that wraps
 * onto a second line, and gives each section its body.
 */
import type { Section } from '../model';
import { isLower, splitSome, type Line } from '../text/lines';
import { collapseSpaces, couldBeHeading, matchHeading, startsAHeading, startsLikeHeading, type SectionKind } from './headings';

export interface LocatedSection extends Section {
  kind: SectionKind;
  /** Index of the heading's first line. */
  headingLine: number;
  /** Lines of the body: [firstBodyLine, endLine). */
  firstBodyLine: number;
  endLine: number;
}

/** The most lines a heading is wrapped over, in text wrapped narrower than NARROW characters. */
const MAX_WRAPPED_LINES = 4;
const NARROW = 40;

export function findSections(lines: readonly Line[], textLength: number): LocatedSection[] {
  const found: Omit<LocatedSection, 'bodySpan' | 'endLine'>[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!couldBeHeading(line.text)) continue;
    const single = matchHeading(line.text);
    // "DOCUMENTS REVIEWED" / "FOR DETERMINATION:": a heading whose first line is a shorter heading of its own.
    const next = lines[i + 1];
    const longer = single && next && next.text.length < NARROW && isHeadingCase(next.text) ? matchHeading(`${line.text} ${next.text}`) : null;
    if (longer) {
      found.push({ kind: longer.kind, heading: collapseSpaces(`${line.text} ${next.text}`), headingSpan: { start: line.start, end: next.end }, headingLine: i, firstBodyLine: i + 2 });
      i++;
      continue;
    }
    if (single) {
      found.push({ kind: single.kind, heading: collapseSpaces(line.text), headingSpan: { start: line.start, end: line.end }, headingLine: i, firstBodyLine: i + 1 });
      continue;
    }
    if (!isHeadingCase(line.text) && !startsAHeading(line.text)) continue;
    // A heading wrapped over two lines, or up to four when the text is wrapped narrow (the longest
    // heading takes three lines of 30 characters): most title-case lines are no heading at all.
    let joined = line.text;
    const last = Math.min(i + (line.text.length < NARROW ? MAX_WRAPPED_LINES : 2) - 1, lines.length - 1);
    for (let j = i + 1; j <= last && lines[j].text.length < 110; j++) {
      joined = joinWrapped(joined, lines[j].text);
      const wrapped = matchHeading(joined);
      if (wrapped) {
        found.push({ kind: wrapped.kind, heading: collapseSpaces(joined), headingSpan: { start: line.start, end: lines[j].end }, headingLine: i, firstBodyLine: j + 1 });
        i = j;
        break;
      }
      if (!isHeadingCase(lines[j].text) && !startsAHeading(joined)) break;
    }
  }
  return found.map((s, k) => {
    const nextSection = found[k + 1];
    const endLine = nextSection ? nextSection.headingLine : lines.length;
    const bodyEnd = nextSection ? lastEnd(lines, s.firstBodyLine, endLine, s.headingSpan.end) : Math.max(textLength, s.headingSpan.end);
    const { kind, heading, headingSpan, headingLine, firstBodyLine } = s;
    return { kind, heading, headingSpan, headingLine, firstBodyLine, endLine, bodySpan: { start: headingSpan.end, end: bodyEnd } };
  });
}

/** A heading's lines joined: with a space, or without the hyphen that split a word ("TREATMENT/SER-" / "VICE"). */
function joinWrapped(joined: string, next: string): string {
  // A letter of either case before the hyphen: the one bit that tells the cases apart is set.
  const hyphenated = joined.endsWith('-') && isLower(joined.charCodeAt(joined.length - 2) | 0x20);
  return hyphenated ? joined.slice(0, -1) + next : `${joined} ${next}`;
}

/**
 * The lines with a heading that runs into its section's first sentence ("CLINICAL CASE SUMMARY The
 * expert reviewer developed ...") or list split in two, so the heading stands on a line of its own; the
 * same array when no line needs it.
 */
export function headingsApart(lines: readonly Line[]): readonly Line[] {
  return splitSome(lines, (line) => (line.text.length > 10 && startsLikeHeading(line.text) ? splitAtHeading(line) : null));
}

/** The heading in capitals that opens the line and the sentence after it, or null. */
function splitAtHeading(line: Line): [Line, Line] | null {
  const text = line.text;
  // The heading is the run of words without a lower-case letter; the sentence starts with a capital, or the list with its
  // first number ("ISSUE AT DISPUTE: 1) Aquatic therapy ...; 2) Gym membership").
  const sentence = /\s(?=[A-Z][a-z]|\(?\d{1,2}[.)]\s)/.exec(text);
  if (!sentence || /[a-z]/.test(text.slice(0, sentence.index))) return null;
  const heading = text.slice(0, sentence.index).trimEnd();
  if (!matchHeading(heading)) return null;
  const restAt = sentence.index + 1;
  return [
    { text: heading, start: line.start, end: line.start + heading.length, gapBefore: line.gapBefore, spaced: line.spaced },
    { text: text.slice(restAt), start: line.start + restAt, end: line.end, gapBefore: 0, spaced: line.spaced },
  ];
}

function lastEnd(lines: readonly Line[], from: number, to: number, fallback: number): number {
  return to > from ? lines[to - 1].end : fallback;
}

/** Small words a title-case heading leaves in lower case: "Relied Upon by Professional Reviewer and Why". */
const LOWER_CASE_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'the', 'to']);

/**
 * In capitals, or in title case ("Medical Treatment Guideline(s) Relied Upon by Professional"):
 * only such a line is joined with the next to try a wrapped heading, so prose is never joined.
 * Read word by word, so a line of prose fails at its first lower-case word.
 */
function isHeadingCase(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (isLower(text.charCodeAt(start)) && !LOWER_CASE_WORDS.has(text.slice(start, end))) return false;
    start = end + 1;
  }
  return true;
}
