/**
 * Parses one letter into the letter model. Pure and synchronous: callers cache the result
 * per document version.
 */
import type { DisputedItem, Letter, Span } from './model';
import { splitLines, type Line } from './text/lines';
import { asWritten, plainText } from './text/plainText';
import { repairText } from './text/repair';
import { joinLines, lineBlock, paragraphs, thenLazily, type Block } from './text/block';
import { formatOf } from './parse/format';
import { findSections, headingsApart, type LocatedSection } from './parse/sections';
import type { SectionKind } from './parse/headings';
import { findPatient } from './parse/patient';
import { findLetterDates } from './parse/letterDates';
import { findReviewer } from './parse/reviewer';
import { findIdentifiers } from './parse/identifiers';
import { findLabelledItems, type RawItem } from './parse/labelledItems';
import { findReviewItems } from './parse/reviewItems';
import { buildItem } from './parse/buildItem';
import { classifyService, type ServiceClass } from './parse/category';
import { nearCount } from './parse/countOwner';
import { decisionsApart } from './parse/itemHeaders';
import { firstLetter } from './parse/firstLetter';

export interface ParsedLetter extends Letter {
  /** Sections with the kind of each, for rules that need to know which one is which. */
  sections: LocatedSection[];
  /** The letter's first line: where letter-wide findings (a missing section) are shown. */
  start: Span;
}

function sectionParagraphs(lines: readonly Line[], sections: readonly LocatedSection[], kinds: SectionKind[], lineGap: number): Block[] {
  return sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => paragraphs(lines, s.firstBodyLine, s.endLine, lineGap));
}

export function parseLetter(document: string): ParsedLetter | null {
  return readRepaired(document, parseWritten);
}

/**
 * The letter's format and its disputed items with their decisions and categories: what the workspace index keeps.
 * The same as `parseLetter` gives for these, without reading the items' parts for counts, improvement or citations,
 * nor the letter's dates, reviewer and identifiers, which take most of a full reading.
 */
export function outlineLetter(document: string): LetterOutline | null {
  return readRepaired(document, outlineWritten);
}

export interface LetterOutline {
  format: Letter['format'];
  items: Pick<DisputedItem, 'service' | 'serviceSpan' | 'decision' | 'category'>[];
}

/** `read` of the letter `document`, as written: spans in the document and services in its own characters. */
function readRepaired<T>(document: string, read: (text: string, original: string | null) => T | null): T | null {
  const text = plainText(document);
  // Ligatures and soft hyphens are characters plainText writes otherwise, and so are the "€", "™" or "—"
  // that most misread characters hold: a letter plainText leaves as it is, is read as it is. Whether the text read
  // is the original is asked here once, not once per item, as comparing two strings reads up to a megabyte.
  if (text === document) return read(text, null);
  const repaired = repairText(document);
  if (!repaired) return read(text, document);
  const plain = plainText(repaired.text);
  const letter = read(plain, plain === repaired.text ? null : repaired.text);
  return letter && repaired.inOriginal(letter);
}

/** What a full reading and an outline share: the letter's lines, sections and located items, each item's service class. */
interface Frame {
  format: Letter['format'];
  split: ReturnType<typeof splitLines>;
  lines: readonly Line[];
  sections: LocatedSection[];
  rawItems: RawItem[];
  classes: ServiceClass[];
}

function frameOf(text: string): Frame | null {
  const format = formatOf(text);
  if (!format) return null;
  const split = splitLines(text);
  const lines = decisionsApart(headingsApart(firstLetter(split.lines)));
  const sections = findSections(lines, text.length);
  const rawItems = findRawItems(lines, sections, split.lineGap, format);
  return { format, split, lines, sections, rawItems, classes: rawItems.map((r) => classifyService(r.header.service)) };
}

/** The service of `raw` in the original's characters; `original` is null when it is `text` itself. */
function serviceAsWritten(raw: RawItem, text: string, original: string | null): string {
  return original === null ? raw.header.service : asWritten(raw.header.service, raw.header.serviceSpan, text, original);
}

function outlineWritten(text: string, original: string | null): LetterOutline | null {
  const frame = frameOf(text);
  if (!frame) return null;
  return {
    format: frame.format,
    items: frame.rawItems.map((raw, i) => ({
      service: serviceAsWritten(raw, text, original),
      serviceSpan: raw.header.serviceSpan,
      decision: raw.header.decision,
      category: frame.classes[i].category,
    })),
  };
}

/** The letter read from `text`, the original (null when it is `text` itself) written plainly. */
function parseWritten(text: string, original: string | null): ParsedLetter | null {
  const frame = frameOf(text);
  if (!frame) return null;
  const { format, split, lines, sections, rawItems, classes } = frame;
  const lineGap = split.lineGap;
  const firstHeading = sections.length ? sections[0].headingLine : lines.length;
  const header = lines.slice(0, firstHeading).map((l) => lineBlock(l));
  const summary = sectionParagraphs(lines, sections, ['clinical-summary', 'case-summary'], lineGap);
  // Every paragraph of the letter is read only when the sections read first leave a fact unknown.
  let all: Block[] | undefined;
  const everything = () => (all ??= paragraphs(lines, 0, lines.length, lineGap));
  const credentials = sectionParagraphs(lines, sections, ['how-made', 'qualifications'], lineGap);

  const sessionItems = classes.filter((c) => c.sessionBased).length;
  const services = rawItems.map((r) => r.header.service);
  const oneTherapyKind = ofOneTherapyKind(services.filter((_, i) => classes[i].sessionBased));
  const onFirstLine = new Map<number, number>();
  for (const raw of rawItems) onFirstLine.set(raw.header.firstLine, (onFirstLine.get(raw.header.firstLine) ?? 0) + 1);
  const items: DisputedItem[] = rawItems.map((raw, i) => {
    const first = lines[raw.header.firstLine];
    const last = lines[Math.max(raw.header.firstLine, raw.endLine - 1)];
    const serviceBlock = serviceBlockOf(lines, raw, onFirstLine.get(raw.header.firstLine)! > 1);
    const item = buildItem(raw, serviceBlock, { service: classes[i], summary, sessionItems, oneTherapyKind, services, index: i, span: { start: first.start, end: last.end } });
    return original === null ? item : { ...item, service: serviceAsWritten(raw, text, original) };
  });

  return {
    format,
    sections,
    start: lines.length ? { start: lines[0].start, end: lines[0].end } : { start: 0, end: 0 },
    patient: findPatient(summary.length ? summary : everything(), header),
    dates: findLetterDates(header, summary, everything),
    reviewer: findReviewer(thenLazily(credentials, everything)),
    items,
    // Every line of the file, a second letter's too: an unredacted number is one wherever it is.
    identifiers: [...findIdentifiers(split.lines), ...findIdentifiers(split.runningText)],
  };
}

/**
 * Whether the session-based items (their services) are all of one kind of therapy, each for a part of the body the
 * others' are not: physical therapy for the neck and for the low back.
 */
function ofOneTherapyKind(sessionServices: readonly string[]): boolean {
  const named = sessionServices.map((s) => nearCount(s));
  const kinds = named.map((n) => n.kinds.join());
  const parts = named.map((n) => n.parts.join());
  return kinds.length > 1 && kinds[0] !== '' && kinds.every((k) => k === kinds[0]) && !parts.includes('') && new Set(parts).size === parts.length;
}

/**
 * An item's header lines; of issues listed in one sentence (`sharesLines`) or in a table's cells, its own words only, so
 * each reads its own request: not "1 Massage", a row's number and its first word.
 */
function serviceBlockOf(lines: readonly Line[], raw: RawItem, sharesLines: boolean): Block {
  const block = joinLines(lines, raw.header.firstLine, raw.header.endLine);
  const { start, end } = raw.header.serviceSpan;
  return sharesLines || raw.header.inCell ? block.slice(block.toFlat(start), block.toFlat(end)) : block;
}

function findRawItems(lines: readonly Line[], sections: readonly LocatedSection[], lineGap: number, format: Letter['format']): RawItem[] {
  if (format === 'professional-review') {
    const issue = sections.find((s) => s.kind === 'issue');
    return issue ? findReviewItems(lines, issue, sections, lineGap) : [];
  }
  const decisions = sections.find((s) => s.kind === 'decisions') ?? decisionsWithoutHeading(lines, sections);
  if (!decisions) return [];
  return findLabelledItems(lines, decisions.firstBodyLine, decisions.endLine, lineGap, format);
}

/** The sentence that opens the decisions, under their heading or where a lost heading stood. */
const DECISIONS_LEAD = /^The Final Determination (?:was|is) based on decisions for the disputed items/i;

/**
 * The decisions of a 2013 or 2014 letter whose heading was lost (at a page break, say): from the sentence
 * that opens them to the next section, so the items are still read.
 */
function decisionsWithoutHeading(lines: readonly Line[], sections: readonly LocatedSection[]): { firstBodyLine: number; endLine: number } | undefined {
  const lead = lines.findIndex((l) => DECISIONS_LEAD.test(l.text));
  if (lead < 0) return undefined;
  const next = sections.find((s) => s.headingLine > lead);
  return { firstBodyLine: lead + 1, endLine: next ? next.headingLine : lines.length };
}
