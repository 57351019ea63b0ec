/**
 * Guideline citations: the guideline's name, then its chapter, topic and page references
 * up to the end of the sentence or the next guideline name.
 */
import type { Citation, GuidelineFamily } from '../model';
import type { Block } from '../text/block';
import { trimEndChars, trimStartChars } from '../text/trim';
import { perBlock } from '../text/perBlock';

/** Each family's names, in the order they are tried. */
const NAMES: [family: GuidelineFamily, pattern: string][] = [
  ['ACOEM', '\\bACOEM\\b|\\bAmerican College of Occupational and Environmental Medicine\\b(?:\\s?\\(ACOEM\\))?'],
  ['ODG', '\\bODG\\b|\\bOfficial Disability Guidelines?\\b(?:\\s?\\(ODG\\))?|\\bWork Loss Data Institute\\b'],
  ['MTUS Acupuncture', '(?:\\bMTUS\\s)?\\bAcupuncture Medical Treatment Guidelines?\\b|\\bAcupuncture Guidelines\\b'],
  ['MTUS Post-Surgical', '(?:\\bMTUS\\s)?\\bPost-?\\s?surgical (?:Treatment |Medical Treatment )?Guidelines?\\b'],
  ['MTUS Chronic Pain', '(?:\\bMTUS\\s)?(?:\\bCA\\s)?\\bChronic Pain (?:Medical )?(?:Treatment )?Guidelines?(?:\\b|(?=pages?\\b))|(?<![Nn]on-)\\bMTUS\\b|\\bMedical Treatment Utilization Schedule\\b|(?<!\\()\\bCPMTG\\b'],
  ['8 CCR / Labor Code', '\\b8\\s?C\\.?\\s?C\\.?\\s?R\\.?\\s?(?:§\\s?|Sections?\\s)?9\\d{3}(?:\\.\\d{1,3}){0,3}(?:\\([a-z0-9]{1,3}\\)){0,4}|\\bCCR\\s?(?:§\\s?)?9\\d{3}(?:\\.\\d{1,3}){0,3}(?:\\([a-z0-9]{1,3}\\)){0,4}|\\b97\\d{2}\\.\\d{1,3}(?:\\.\\d{1,3}){0,2}(?:\\([a-z0-9]{1,3}\\)){0,4}|\\bLabor Code\\s(?:Sections?\\s|§\\s?)?\\d{4}(?:\\.\\d{1,3})?(?:\\([a-z0-9]{1,3}\\)){0,4}|\\bLC\\s?§?\\s?46\\d{2}(?:\\.\\d)?(?:\\([a-z0-9]{1,3}\\)){0,4}'],
  ['other', '\\bUp-?\\s?To-?\\s?Date\\b|\\bMedscape\\b|\\bAmerican (?:College|Academy|Society|Association|Psychiatric Association|Pain Society) of [A-Z][a-z]{1,30}|\\bNational Guideline Clearinghouse\\b|\\bFood and Drug Administration\\b|\\bFDA\\b|\\bInterQual\\b|\\bMilliman\\b|\\bMedical Disability Advisor\\b|\\bCochrane\\b|\\bClinical Pharmacology\\b|\\bDrugs\\.com\\b|\\bHayes\\b'],
];

// Every name starts at a word boundary; saying so once, outside the alternation, lets the
// regular-expression engine skip positions inside words (about twice as fast). Plain capture
// groups, one per family: named groups would build an object for every match.
const NAME = new RegExp(`\\b(?:${NAMES.map(([, pattern]) => `(${pattern})`).join('|')})`, 'gi');

/** The family whose capture group matched. */
function familyMatched(m: RegExpExecArray): GuidelineFamily {
  for (let i = 0; i < NAMES.length; i++) if (m[i + 1] !== undefined) return NAMES[i][0];
  throw new Error('a guideline name matched no family');
}

// Pages are listed with commas or "and", but "pages 98-99 and 8 CCR 9792.20" ends at 99, and "page 60, and 4 more
// sessions" and "pages 98-99, 9-10 visits are supported" at 60 and 99. A justified line may put a run of spaces before
// them ("Page(s):  98-99"), and an extraction may run them into the name ("Guidelinespage 49").
/** A page or a range of pages, and what joins the next one to it: "98-99", "98 to 99", "67 through 73", ", and 78". */
const PAGES = '\\d{1,4}(?:(?:\\s?-\\s?|\\s(?:to|through|thru)\\s)\\d{1,4})?';
const NEXT_PAGES = '(?:\\s?,\\s?(?:and\\s)?|\\s(?:and|&)\\s)';
/**
 * A semicolon before a last page of the list, which ends it: "Page(s): 16-22; 49." Three digits at most, so that
 * "; 9792.20" and "; 2014." are not pages.
 */
const SEMICOLON_PAGES = ';\\s?(?=\\d{1,3}(?:\\s?-\\s?\\d{1,3})?(?:\\.(?!\\d)|[;,)]|\\s*$))';
/** A topic after a page, then a semicolon before the next: "Page(s): 78, On-Going Management; 93-94, Tramadol (Ultram)". */
const TOPIC_THEN_PAGES = ",\\s[A-Za-z][A-Za-z&()/' -]{2,40};\\s?(?=\\d)";
/** A page label and its page list; not a length ("the 127-page 2009 edition" has no page 2009). */
const PAGE_REF = new RegExp(
  `(?:\\b|(?<=Guidelines?))(?<!\\d-)(?:Page\\s?\\(s\\)|Pages?|pp?\\.|pp?(?=\\s?\\d)|pgs?\\.?)\\s?:?\\s{0,4}(${PAGES}(?:(?:${NEXT_PAGES}|${SEMICOLON_PAGES}|${TOPIC_THEN_PAGES})(?!\\d{1,4}(?:\\s?-\\s?\\d{1,4}|\\s(?:to|or)\\s\\d{1,4})?\\s(?:(?:more|additional|further|extra|prior|previous|completed|requested)\\s)?(?:C\\.?\\s?C\\.?\\s?R|Labor|LC|visits?|sessions?|treatments?|weeks?|days?|times?|months?|years?)\\b)${PAGES}){0,20})(?![\\d.]\\d)`,
  'gi',
);
/**
 * A full stop or semicolon that ends a sentence, tested at one position (sticky); or a semicolon before a clause of the
 * letter's own: "..., page 168, for the same point; that edition ends at page 127".
 */
const SENTENCE_END =
  /(?<!\b(?:pp?|[Nn]o|[Ee]d|[Vv]ol|Ch|[Ss]ec|[Ii]nc|\d))(?:[.;](?=\s{1,4}[A-Z(]|\s{0,8}$)|;(?=\s{1,4}(?:that|this|these|those|it|she|he|they|there|the|her|his|but)\s))/y;
const CHAPTER = /\b(?:Chapter|Ch\.)\s?(\d{1,2})\b/gi;
const YEAR = /\((?:[A-Za-z ,.]{0,30})?((?:19|20)\d{2})\)|\b((?:19|20)\d{2}) (?:edition|update|MTUS)\b/i;
const MAX_EXTENT = 260;

interface NameHit {
  family: GuidelineFamily;
  start: number;
  end: number;
  text: string;
}

function nameHits(text: string): NameHit[] {
  const hits: NameHit[] = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    hits.push({ family: familyOf(familyMatched(m), m[0]), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // "MTUS: ACOEM", "MTUS/ACOEM", "MTUS (ACOEM Practice Guidelines": the ACOEM chapter is the citation.
  // "..., which is part of the MTUS" says where the cited guideline belongs; it is not another citation.
  // "MTUS (ACOEM Practice Guidelines, 3rd Edition) Chronic Pain Guideline", "the ACOEM Chronic Pain
  // Guideline": ACOEM's own guideline of that name, which the MTUS adopted in 2017, not the MTUS's of 2009.
  for (const h of hits) {
    if (h.text.length === 4 && h.text.toUpperCase() === 'MTUS' && ACOEM_BODY_PART_AFTER.test(text.slice(h.end, h.end + 50))) h.family = 'ACOEM';
  }
  return hits.filter((h, i) => {
    const next = hits[i + 1];
    const previous = hits[i - 1];
    const bare = h.text.length === 4 && h.text.toUpperCase() === 'MTUS';
    if (bare && next && next.family === 'ACOEM' && next.start - h.end <= 4) return false;
    if (bare && /part of (?:the )?$/i.test(text.slice(Math.max(0, h.start - 14), h.start))) return false;
    return !(h.family === 'MTUS Chronic Pain' && previous?.family === 'ACOEM' && /^Chronic/i.test(h.text) && ACOEM_TITLE_BETWEEN.test(text.slice(previous.end, h.start)));
  });
}

/**
 * "MTUS: Shoulder Disorders (2016)", "the MTUS Low Back Disorders Guideline": one of ACOEM's guidelines
 * by part of the body, which the MTUS adopted from 2017, named without the word ACOEM.
 */
const ACOEM_BODY_PART_AFTER = /^:?\s{1,3}(?:Shoulder|Low Back|Cervical and Thoracic Spine|Hand,? Wrist,? and Forearm|Knee|Elbow|Ankle and Foot|Hip and Groin) Disorders\b/i;

/** What stands between "ACOEM" and the name of one of its guidelines: "", " Practice Guidelines, 3rd Edition) ". */
const ACOEM_TITLE_BETWEEN = /^\s{0,2}(?:Practice Guidelines?,?\s(?:3rd|Third)\sEdition\)?,?\s{0,2})?$/i;

/** Regulation sections 9792.23.x adopt ACOEM chapters; 9792.24.x are the MTUS guidelines themselves. */
function familyOf(family: GuidelineFamily, text: string): GuidelineFamily {
  if (family !== '8 CCR / Labor Code') return family;
  if (/9792\.24\.1\b/.test(text)) return 'MTUS Acupuncture';
  if (/9792\.24\.2\b/.test(text)) return 'MTUS Chronic Pain';
  if (/9792\.24\.3\b/.test(text)) return 'MTUS Post-Surgical';
  if (/9792\.23\.\d/.test(text)) return 'ACOEM';
  return family;
}

/**
 * After a semicolon, another topic of the same guideline with its pages: in title case, "Opioids,
 * criteria for use; On-Going Management Page(s): 76-80", or capitalised with its pages labelled
 * and a colon, "Behavioral interventions Page(s): 23; Functional restoration programs (FRPs)
 * Page(s): 49", "Opioids, steps to avoid misuse/addiction Page(s): 94-95"; with its pages in parentheses,
 * "Aquatic therapy (p. 22); Physical Medicine (pp. 98-99)"; several topics, the last with the pages,
 * "Opioids, criteria for use; On-Going Management; Tramadol Page(s): 76-80"; in a few words, then a comma and its
 * pages, "Behavioral interventions, pages 23; Psychological treatment, pages 101-102", "...; Opioids, on-going
 * management, page 78", "...; NSAIDs, specific drug list & adverse effects, pages 70-73"; or before "p." or "pp." with
 * no comma, "Behavioral interventions p.23; Psychological treatment pp.101-102"; or before a semicolon and its pages,
 * "NSAIDs, specific drug list & adverse effects; Page(s): 70".
 */
const TOPIC_WITH_PAGES =
  /;\s{1,4}[A-Z][\w/&'()-]{0,30}(?:(?:(?:,?\s|;\s)(?:[A-Z(][\w/&'()-]{0,30}|of|for|and|in|the|to|with|on|&)){0,8},?\s\(?(?:Page\s?\(s\)|[Pp]ages?|pp?\.)\s?:?|(?:,?\s[A-Za-z(&][\w/&'()-]{0,30}){0,8}[,;]?\s(?:Page\s?\(s\)|Pages?)\s?:|(?:,?\s[\w/&'()-]{1,30}){0,7}(?:,\s(?:pages?|pp?\.)|\spp?\.))\s?\d/y;

/** After a semicolon, another chapter of the same guideline: "..., page 127; Chapter 9, Shoulder Complaints, pages 209-210". */
const NEXT_CHAPTER = /;\s{1,4}(?:Chapter|Ch\.)\s?\d{1,2}\b/y;
/**
 * After a semicolon, the pages of the topic before it: "Behavioral interventions; Page(s): 23; Psychological treatment;
 * Page(s): 101-102".
 */
const TOPIC_PAGES = /;\s{1,4}(?:Page\s?\(s\)|Pages?|pp?\.)\s?:?\s?\d/y;

/**
 * Whether the citation goes on after the semicolon at `at`: the topic's pages, another topic with its pages, or another
 * chapter.
 */
function goesOnAfterSemicolon(window: string, at: number): boolean {
  TOPIC_WITH_PAGES.lastIndex = at;
  NEXT_CHAPTER.lastIndex = at;
  TOPIC_PAGES.lastIndex = at;
  return TOPIC_PAGES.test(window) || TOPIC_WITH_PAGES.test(window) || NEXT_CHAPTER.test(window);
}

/** A candidate sentence end, for SENTENCE_END to test. */
const FULL_STOP_OR_SEMICOLON = /[.;]/g;

/**
 * Where a citation's extent ends: the first sentence end before the limit. Only the text up to
 * the limit is searched, so a block with no sentence end is not searched to its end once per
 * guideline name.
 */
function extentEnd(text: string, from: number, nextName: number): number {
  const limit = Math.min(nextName, from + MAX_EXTENT, text.length);
  const window = text.slice(from, limit);
  FULL_STOP_OR_SEMICOLON.lastIndex = 0;
  for (let m = FULL_STOP_OR_SEMICOLON.exec(window); m; m = FULL_STOP_OR_SEMICOLON.exec(window)) {
    SENTENCE_END.lastIndex = from + m.index;
    if (!SENTENCE_END.test(text)) continue;
    if (m[0] === ';' && goesOnAfterSemicolon(window, m.index)) continue;
    return from + m.index;
  }
  return limit;
}

/** A page or a range of pages in a page list that PAGE_REF matched: "98", "99-100", "99 - 100", "98 to 99". */
const PAGE_OR_RANGE = /(\d{1,4})(?:(?:\s?-\s?|\s(?:to|through|thru)\s)(\d{1,4}))?/g;

function parsePageList(list: string): { first: number; last: number }[] {
  const refs: { first: number; last: number }[] = [];
  PAGE_OR_RANGE.lastIndex = 0;
  for (let m = PAGE_OR_RANGE.exec(list); m; m = PAGE_OR_RANGE.exec(list)) {
    const first = Number(m[1]);
    refs.push({ first, last: m[2] === undefined ? first : Number(m[2]) });
  }
  return refs;
}

/** Where a guideline's name stops and the letter's own sentence goes on. */
const TOPIC_END = /\s(?:recommends?|recommended|states?|notes?|indicates?|supports?|says|are|is|was|were|also|do|does|which|that|for a|allows?|and the|in the case)\b|[.;]\s/i;

function cleanTopic(raw: string): string | null {
  const cut = TOPIC_END.exec(raw);
  const topic = trimEndChars(trimStartChars(cut ? raw.slice(0, cut.index) : raw, '\\s,:;()-'), '\\s,:;(-')
    .replace(/^(?:\(ODG\)|Guidelines?|Citation)\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return topic.length >= 3 && /[A-Za-z]{3}/.test(topic) ? topic.slice(0, 120) : null;
}

/** Every chapter a citation's extent names, with where it is written. */
function chaptersIn(extent: string): { chapter: number; at: number; end: number }[] {
  const found: { chapter: number; at: number; end: number }[] = [];
  CHAPTER.lastIndex = 0;
  for (let m = CHAPTER.exec(extent); m; m = CHAPTER.exec(extent)) found.push({ chapter: Number(m[1]), at: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * Pages written before the guideline's name: "page 22 of the Chronic Pain Medical Treatment Guidelines", "On pages 86-87,
 * the MTUS", "page 22 and pages 98-99 of the MTUS", "page 182, Table 8-8, of the ACOEM Practice Guidelines", "pages 114-116
 * of the same MTUS Chronic Pain Medical Treatment Guidelines".
 */
const PAGE_LIST = `${PAGES}(?:${NEXT_PAGES}(?:pages?\\s)?${PAGES}){0,5}`;
const PAGES_BEFORE = new RegExp(
  `(?:\\b(?:Page\\s?\\(s\\)|Pages?|pp?\\.)\\s?(${PAGE_LIST})(?:,\\s(?:Table|Figure|Box)\\s\\d{1,2}-\\d{1,2},)?\\s(?:of|in)\\s|\\b(?:On|At|In)\\s(?:Pages?|pp?\\.)\\s?(${PAGE_LIST}),\\s)(?:the\\s(?:same\\s)?)?$`,
  'i',
);

/**
 * Pages of a guideline named before, in a sentence of their own that names it again only as "those guidelines", or not
 * at all, the pages themselves saying what the guideline does: "The MTUS Chronic Pain Medical Treatment Guidelines (2009)
 * address ... Behavioral interventions, page 23, of those guidelines allow ...", "At pages 68-69, the same guidelines
 * ...", "The MTUS ... were relied upon for both requests. As to the TENS unit, TENS, chronic pain, pages 114-116, allows
 * purchase only after ...".
 */
const PAGES_OF_THOSE = new RegExp(
  `(\\b(?:Pages?|pp?\\.)\\s?(${PAGE_LIST}))(?:,?\\s(?:(?:of|in)\\s(?:those|these|the same|that|the)|(?<=,\\s)(?:those|these|the same))\\s(guidelines?)\\b|,\\s(?:allows?|recommends?|supports?|limits?|permits?)\\b)`,
  'gi',
);

export const findCitations: (block: Block) => readonly Citation[] = perBlock(citationsIn);

/** The pages written just before a name at `at`, after `from` (the citation before it) and within 60 characters; `index` is in `text`. */
function pagesBefore(text: string, from: number, at: number): RegExpExecArray | null {
  const lookback = Math.max(from, at - 60);
  const lead = at > lookback ? PAGES_BEFORE.exec(text.slice(lookback, at)) : null;
  if (lead) lead.index += lookback;
  return lead;
}

/**
 * `citations` with a citation for each page list that refers back to the guideline named last before it (a regulation
 * has sections, not pages), in order of appearance; pages that a citation's own extent has read are not read again.
 * Both run in order of appearance, so they are merged in one pass.
 */
function withPagesOfThose(text: string, block: Block, citations: readonly Citation[]): Citation[] {
  const merged: Citation[] = [];
  let next = 0;
  let named: Citation | null = null;
  PAGES_OF_THOSE.lastIndex = 0;
  for (let m = PAGES_OF_THOSE.exec(text); m && citations.length; m = PAGES_OF_THOSE.exec(text)) {
    const at = block.span(m.index, m.index).start;
    for (; next < citations.length && citations[next].span.start <= at; next++) {
      merged.push(citations[next]);
      if (citations[next].family !== '8 CCR / Labor Code') named = citations[next];
    }
    if (!named || (merged.length && merged[merged.length - 1].span.end > at)) continue;
    const refs = parsePageList(m[2]);
    const end = m.index + (m[3] === undefined ? m[1].length : m[0].length);
    const span = block.span(m.index, end);
    merged.push({
      family: named.family,
      chapter: null,
      topic: null,
      year: named.year,
      pages: refs.flatMap((r) => (r.last === r.first ? [r.first] : [r.first, r.last])),
      pageRefs: refs.map((r) => ({ text: m![1], first: r.first, last: r.last, chapter: null, span })),
      span,
      nameSpan: m[3] === undefined ? span : block.span(end - m[3].length, end),
    });
  }
  return merged.concat(citations.slice(next));
}

function citationsIn(block: Block): Citation[] {
  const text = block.text;
  const hits = nameHits(text);
  const citations: Citation[] = [];
  let previousEnd = 0;
  hits.forEach((hit, i) => {
    // Pages written before the next name ("... pages 98-99, and on pages 298-299 of the ACOEM ...") are the next one's.
    const next = hits[i + 1];
    const nextLead = next ? pagesBefore(text, hit.end, next.start) : null;
    const end = extentEnd(text, hit.end, nextLead ? nextLead.index : (next?.start ?? text.length));
    const extent = text.slice(hit.end, end);
    const pageRefs: Citation['pageRefs'] = [];
    const pages: number[] = [];
    let firstPageAt = extent.length;
    let citationEnd = hit.end;
    const chapters = chaptersIn(extent);
    const chapter = chapters.length ? chapters[0] : null;
    const lead = pagesBefore(text, previousEnd, hit.start);
    const citationStart = lead ? lead.index : hit.start;
    if (lead) {
      for (const ref of parsePageList(lead[1] ?? lead[2])) {
        pages.push(ref.first);
        if (ref.last !== ref.first) pages.push(ref.last);
        pageRefs.push({ text: lead[0], first: ref.first, last: ref.last, chapter: chapter?.chapter ?? null, span: block.span(citationStart, citationStart + lead[0].length) });
      }
    }
    PAGE_REF.lastIndex = 0;
    for (let m = PAGE_REF.exec(extent); m; m = PAGE_REF.exec(extent)) {
      firstPageAt = Math.min(firstPageAt, m.index);
      const at = hit.end + m.index;
      citationEnd = at + m[0].length;
      const before = chapters.filter((c) => c.at < m!.index);
      const refChapter = (before.length ? before[before.length - 1] : chapter)?.chapter ?? null;
      for (const ref of parsePageList(m[1])) {
        pages.push(ref.first);
        if (ref.last !== ref.first) pages.push(ref.last);
        pageRefs.push({ text: m[0], first: ref.first, last: ref.last, chapter: refChapter, span: block.span(at, at + m[0].length) });
      }
    }
    const year = YEAR.exec(text.slice(hit.start, end));
    const span = block.span(citationStart, citationEnd);
    previousEnd = citationEnd;
    citations.push({
      family: hit.family,
      chapter: chapter?.chapter ?? null,
      topic: cleanTopic(extent.slice(chapter && chapter.at < firstPageAt ? chapter.end : 0, firstPageAt)),
      year: year ? Number(year[1] ?? year[2]) : null,
      pages,
      pageRefs,
      span,
      nameSpan: block.span(hit.start, hit.end),
    });
  });
  return withPagesOfThose(text, block, citations);
}
