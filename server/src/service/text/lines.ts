/**
 * Splits a letter into its non-blank lines, with offsets into the original text.
 * PDF extraction pads every line with spaces, doubles line breaks and inserts page
 * footers; this layer undoes that once, so the rest of the parser sees clean lines.
 */

export interface Line {
  /** Trimmed text, as the parser reads it (see plainText): the same length as in the source. */
  text: string;
  /** Offset of the first non-space character in the original text. */
  start: number;
  /** Offset just past the last non-space character. */
  end: number;
  /** Blank lines between this line and the previous non-blank one. */
  gapBefore: number;
  /**
   * Words in the line are spaced apart by a run of spaces or a tab, as text extracted from
   * justified lines or with its layout kept is ("2  times  a  week"); a block reads each as one space.
   */
  spaced: boolean;
}

export interface LetterLines {
  lines: Line[];
  /** The usual gap between consecutive lines of a paragraph: 0 for plain text, 1 when double spaced. */
  lineGap: number;
  /**
   * The running headers, page footers and stamps taken out of `lines`. Nothing is read from them
   * but the identifiers a letter should have redacted, such as a claim number in a running header.
   */
  runningText: Line[];
}

/** "Page 2 of 3", "- Page 2 -", "Page 2/3", "- 2 -": a page footer on a line of its own. */
const PAGE_FOOTER = /^(?:(?:-\s*)?page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-)?|-\s?\d{1,4}\s?-)$/i;

/**
 * A running header's line that ends in its page's number, which makes it unlike the others: "IMR Final Determination -
 * 10/27/2015 Page 2 of 3", as a PDF's text gives it with the space between them closed up.
 */
const PAGE_AT_END = /\bpage\s\d{1,4}(?:\s?(?:of|\/)\s?\d{1,4})?$/i;

/**
 * The end of the line from `s` to `e` without a page footer that extraction set at its end, after a wide run of
 * spaces: "Page(s): 30-34.          Page 2 of 3".
 */
function withoutFooterAtEnd(text: string, s: number, e: number): number {
  const code = text.charCodeAt(e - 1);
  // A footer ends with a digit or "-"; "Page" is looked for only near the end of such lines.
  if (!((code >= 48 && code <= 57) || code === 45)) return e;
  // Looked for in the line's last characters only: a search back from the end would cross the whole text.
  let page = e - 6; // "Page 2", the shortest footer
  while (page >= e - 20 && page >= s + 8 && !(text.charCodeAt(page) === 80 && text.startsWith('Page ', page))) page--; // "P"
  if (page < e - 20 || page < s + 8) return e;
  // "- Page 2 -" starts at its dash.
  const cut = text.charCodeAt(page - 1) === 45 ? page - 1 : text.charCodeAt(page - 2) === 45 && text.charCodeAt(page - 1) === 32 ? page - 2 : page;
  let end = cut;
  while (end > s && text.charCodeAt(end - 1) === 32) end--;
  return cut - end >= 6 && PAGE_FOOTER.test(text.slice(cut, e)) ? end : e;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x0c || code === 0x0b;
}

/** The lines of `text`, the letter as plainText writes it (same length as the original, so offsets hold for both). */
export function splitLines(text: string): LetterLines {
  const raw: Line[] = [];
  let gap = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = n;
    let s = pos;
    let e = eol;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 13)) e--;
    e = withoutFooterAtEnd(text, s, e);
    if (e > s) {
      raw.push({ text: text.slice(s, e), start: s, end: e, gapBefore: gap, spaced: false });
      gap = 0;
    } else {
      gap++;
    }
    pos = eol + 1;
  }
  const unquoted = unquoteEmail(raw);
  markSpacedLines(unquoted, text);
  const runningText: Line[] = [];
  const kept = dropRunningText(unquoted, text, runningText);
  // A page extracted twice shows its footer twice ("Page 2 of 3"); only then are repeated runs looked
  // for, as the search keeps a map of every line.
  const lines = footerRepeated(runningText) ? withoutRepeatedRuns(kept) : kept;
  const lineGap = usualGap(lines);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].gapBefore > lineGap && continuesSentence(lines[i - 1], lines[i])) lines[i] = withGap(lines[i], lineGap);
  }
  return { lines, lineGap, runningText };
}

/**
 * The lines with those that `split` splits replaced by their parts; the same array when it splits
 * none, so the common case allocates nothing.
 */
export function splitSome(lines: readonly Line[], split: (line: Line) => readonly Line[] | null): readonly Line[] {
  let out: Line[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const parts = split(lines[i]);
    if (parts) (out ??= lines.slice(0, i)).push(...parts);
    else out?.push(lines[i]);
  }
  return out ?? lines;
}

/** An e-mail's quote markers at a line's start: "> ", "> > ", ">>". */
const QUOTE_MARKERS = /^(?:>[ \t]?)+/;

/**
 * A letter pasted into an e-mail reply or forward has its lines quoted ("> MEDICAL PROFESSIONAL
 * REVIEW"). When most lines are, the markers are taken off, and a line that held only a marker is
 * a blank line.
 */
function unquoteEmail(lines: Line[]): Line[] {
  let quoted = 0;
  for (const l of lines) if (l.text.charCodeAt(0) === 62) quoted++; // ">"
  if (quoted * 2 < lines.length) return lines;
  const out: Line[] = [];
  let gap = 0;
  for (const l of lines) {
    const marker = QUOTE_MARKERS.exec(l.text);
    const rest = marker ? l.text.slice(marker[0].length).trimStart() : l.text;
    if (!rest) {
      gap += l.gapBefore + 1;
      continue;
    }
    const start = l.start + l.text.length - rest.length;
    out.push({ text: rest, start, end: l.end, gapBefore: l.gapBefore + gap, spaced: false });
    gap = 0;
  }
  return out;
}

/** A line holding nothing but the case number is a page header wherever it stands. */
const CASE_NUMBER_LINE = /^(?:Final Determination Letter for )?(?:IMR )?(?:Case (?:Number|No\.?):?\s?)?CM\d{2}-\d{4,}$/i;
/**
 * A running header names the case, or repeats the letter's title, on every page: "Final
 * Determination Letter for CM15-0031877", "MAXIMUS FEDERAL SERVICES, INC.", "IMR Final Determination - 10/27/2015" (the
 * title and the letter's date, not the heading "HOW THE IMR FINAL DETERMINATION WAS MADE").
 */
const RUNNING_HEADER = /\bCM\d{2}-\d{4,}\b|Final Determination Letter|IMR Final Determination\s(?:-\s)?\d{1,2}\/\d{1,2}\/\d{2,4}\b/gi;
const TITLE = 'MAXIMUS FEDERAL SERVICES';
/** A field of the letter's header block beside the case number: "Date of Injury: 09/24/2013", "Priority: Standard". */
const HEADER_FIELD = /\b(?:Date|Received|Priority|Assigned)\b[^:]{0,20}:\s{0,40}\S/i;

/**
 * The lines holding a running header's words, from searches of the whole text rather than one
 * per line. A match holds no whitespace but single spaces, so it never spans two lines, and the
 * characters around a line are whitespace, as the ends of the line's own text are to `\b`.
 */
function linesWithHeaderShape(lines: readonly Line[], text: string): Set<Line> {
  const found = new Set<Line>();
  let k = 0;
  RUNNING_HEADER.lastIndex = 0;
  for (let m = RUNNING_HEADER.exec(text); m && k < lines.length; m = RUNNING_HEADER.exec(text)) {
    while (k < lines.length && lines[k].end <= m.index) k++;
    if (k < lines.length && lines[k].start <= m.index) found.add(lines[k]);
    // One match is enough for a line.
    if (k < lines.length) RUNNING_HEADER.lastIndex = Math.max(RUNNING_HEADER.lastIndex, lines[k].end);
  }
  // The title, in capitals as it heads each page, found by a plain search.
  k = 0;
  for (let at = text.indexOf(TITLE); at >= 0 && k < lines.length; at = text.indexOf(TITLE, at + TITLE.length)) {
    while (k < lines.length && lines[k].end <= at) k++;
    if (k < lines.length && lines[k].start <= at) found.add(lines[k]);
  }
  return found;
}

/** Page footers and case-number lines start with "-", "p" (page), "f" (final), "i" (IMR) or "c" (case, CM): any case. */
function couldBeFooter(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c === 45 || c === 112 || c === 102 || c === 105 || c === 99;
}

/** The line with another gap before it. (An object literal: spreading the line is several times slower.) */
function withGap(line: Line, gapBefore: number): Line {
  return { text: line.text, start: line.start, end: line.end, gapBefore, spaced: line.spaced };
}

/** "." ":" ";" "?" "!": two spaces after them are a typist's, not a justified line's. */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 58 || code === 59 || code === 63 || code === 33;
}

/**
 * The next run of spaces between words at or after `from`, as [start, end). Two spaces after a
 * sentence's end or a colon are a typist's, and are left as they are.
 */
export function nextSpaceRun(text: string, from: number): [number, number] | null {
  for (let at = text.indexOf('  ', from); at >= 0; ) {
    let end = at + 2;
    while (text.charCodeAt(end) === 32) end++;
    if (!isSentenceMark(text.charCodeAt(at - 1))) return [at, end];
    at = text.indexOf('  ', end);
  }
  return null;
}

/**
 * Marks the lines that hold a run of spaces between words, or a tab, from plain searches of the
 * whole text: most letters have none but those after a sentence, and padding at the ends of a
 * line is outside its text.
 */
function markSpacedLines(lines: Line[], text: string): void {
  const mark = (from: number, at: number): number => {
    let k = from;
    while (k < lines.length && lines[k].end <= at) k++;
    if (k < lines.length && lines[k].start < at) lines[k].spaced = true;
    return k;
  };
  let k = 0;
  for (let run = nextSpaceRun(text, 0); run; run = nextSpaceRun(text, run[1])) k = mark(k, run[0]);
  k = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) k = mark(k, at);
}

const NO_LINES: ReadonlySet<Line> = new Set();

/** The longest stamp looked for beside a page footer. */
const STAMP_LENGTH = 60;
const DIGIT = /\d/;
/** A stamp's shape: its text with each number as "#". */
const NUMBERS = /\d+/g;

/**
 * Short lines beside page footers that repeat from page to page with other numbers, as an exhibit
 * or Bates stamp does ("Applicant's Exhibit 4, p. 3"): only the lines next to a footer
 * are looked at, so a letter without footers costs nothing.
 */
function stampsBesideFooters(lines: readonly Line[], isFooter: readonly boolean[], footerAt: readonly number[]): Set<Line> {
  const byShape = new Map<string, Line[]>();
  for (const i of footerAt) {
    for (const k of [i - 1, i + 1]) {
      const l = lines[k];
      if (!l || isFooter[k] || l.text.length > STAMP_LENGTH || !DIGIT.test(l.text)) continue;
      const shape = l.text.replace(NUMBERS, '#');
      const same = byShape.get(shape);
      if (same) same.push(l);
      else byShape.set(shape, [l]);
    }
  }
  // The numbers must change: a line repeated as it is (an item line printed twice) is the letter's own.
  // And a stamp is on most pages: a guideline's line "Page(s): 16-22." may fall beside a footer now and then.
  const most = Math.max(2, Math.ceil(footerAt.length / 2));
  return new Set([...byShape.values()].filter((same) => new Set(same.map((l) => l.text)).size >= most).flat());
}

/**
 * Page footers, and running headers that repeat on every page, are not letter content: they go
 * to `dropped`. Other lines repeat too (labels, citations of several items), so only these shapes count.
 */
function dropRunningText(lines: Line[], text: string, dropped: Line[]): Line[] {
  // Only lines shaped like a running header can be one, so only they are counted.
  const headerShaped = new Set<Line>();
  const counts = new Map<string, number>();
  for (const l of linesWithHeaderShape(lines, text)) {
    if (l.text.length >= 12 && l.text.length <= 120) {
      headerShaped.add(l);
      counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
    }
  }
  const isFooter = lines.map((l) => couldBeFooter(l.text) && (PAGE_FOOTER.test(l.text) || CASE_NUMBER_LINE.test(l.text)));
  const footerAt: number[] = [];
  isFooter.forEach((footer, i) => footer && footerAt.push(i));
  // A stamp is on two pages at least.
  const stamps = footerAt.length >= 2 ? stampsBesideFooters(lines, isFooter, footerAt) : NO_LINES;
  const out: Line[] = [];
  let carriedGap = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A header-shaped line just after a page footer heads the next page, though a two-page letter shows it once;
    // not the letter's own header block, whose case number shares its line with other fields.
    const runningHeader = headerShaped.has(l) && (counts.get(l.text)! >= 2 || PAGE_AT_END.test(l.text) || (isFooter[i - 1] === true && !HEADER_FIELD.test(l.text)));
    const running = isFooter[i] || runningHeader || stamps.has(l) || isBarePageNumber(lines, i);
    if (running) {
      dropped.push(l);
      carriedGap += l.gapBefore + 1;
      continue;
    }
    out.push(carriedGap ? withGap(l, l.gapBefore + carriedGap) : l);
    carriedGap = 0;
  }
  return out;
}

/**
 * A page's number alone on its line, set off by two blank lines or more on each side, as a page
 * break leaves it: "pages 63-" / "" / "" / "4" / "" / "" / "66". Within a paragraph, even a
 * double-spaced one, lines are one blank line apart at most.
 */
function isBarePageNumber(lines: readonly Line[], i: number): boolean {
  const { text, gapBefore } = lines[i];
  return text.length <= 3 && gapBefore >= 2 && (lines[i + 1]?.gapBefore ?? 2) >= 2 && /^\d{1,3}$/.test(text);
}

/** Whether a page footer ("Page 2 of 3", not a case number repeated on every page) is there twice with the same number. */
function footerRepeated(runningText: readonly Line[]): boolean {
  const seen = new Set<string>();
  for (const { text } of runningText) {
    if (!PAGE_FOOTER.test(text)) continue;
    if (seen.has(text)) return true;
    seen.add(text);
  }
  return false;
}

/** The fewest and the most lines of a run that, read twice in a row, is taken for a page extracted twice. */
const MIN_REPEATED_LINES = 6;
const MAX_REPEATED_LINES = 120;

/**
 * The lines without each run of them that comes twice in a row, as a page extracted twice does:
 * the copy holds nothing new. Its running text is already gone, so the copy's footer or header
 * does not part the two. Each line is compared with the last line of the same text before it,
 * and a run is checked only from there, so the cost stays linear.
 */
function withoutRepeatedRuns(lines: Line[]): Line[] {
  const lastAt = new Map<string, number>();
  let out: Line[] | null = null;
  let carriedGap = 0;
  for (let j = 0; j < lines.length; j++) {
    const p = lastAt.get(lines[j].text);
    lastAt.set(lines[j].text, j);
    const n = p === undefined ? 0 : j - p;
    if (n >= MIN_REPEATED_LINES && n <= MAX_REPEATED_LINES && j + n <= lines.length && sameRun(lines, p!, j, n)) {
      out ??= lines.slice(0, j);
      for (let k = j; k < j + n; k++) carriedGap += lines[k].gapBefore + 1;
      j += n - 1;
      continue;
    }
    if (out) {
      out.push(carriedGap ? withGap(lines[j], lines[j].gapBefore + carriedGap) : lines[j]);
      carriedGap = 0;
    }
  }
  return out ?? lines;
}

/** Whether the n lines from `copy` have the texts of the n lines from `first`. */
function sameRun(lines: readonly Line[], first: number, copy: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (lines[first + k].text !== lines[copy + k].text) return false;
  return true;
}

/**
 * A line that starts in lower case after a line with no closing punctuation goes on with the
 * same sentence, whatever blank lines or page break stand between them.
 */
function continuesSentence(prev: Line, line: Line): boolean {
  const first = line.text.charCodeAt(0);
  if (isLower(first)) return !endsSentence(prev.text);
  // A list of pages broken after a comma or a range's dash, "pages 74-96, 78," / page break /
  // "80-82", a date after its month, "on January" / page break / "21st, 2014", a count after
  // the word before it, "2 times a week for" / page break / "3 weeks", or any number but a
  // numbered entry's after a lower-case word: "counting" / page break / "8 visits already provided".
  if (isDigit(first)) {
    if (prev.text.endsWith(',') || prev.text.endsWith('-') || WORD_BEFORE_NUMBER_AT_END.test(prev.text)) return true;
    return isLower(prev.text.charCodeAt(prev.text.length - 1)) && !NUMBERED_ENTRY.test(line.text);
  }
  // A name after a word that cannot end a sentence: "licensed to practice in California and" / page break / "Nevada.",
  // "Board Certified in Physical Medicine &" / page break / "Rehabilitation", "Board Certified in Internal" / page break /
  // "Medicine"; or after a full line of prose that stops in mid-sentence: "... for sleep. On 2/24/15 Utilization" / page
  // break / "Review non-certified ...".
  return isUpper(first) && (prev.text.endsWith(' &') || WORD_BEFORE_NAME_AT_END.test(prev.text) || stopsInFullLine(prev.text));
}

/** The least length of a line wrapped in a paragraph of prose, as letters are printed; headings and labels are shorter. */
const FULL_LINE = 80;

/** A full line of prose that stops in mid-sentence, at a word: "... for sleep. On 2/24/15 Utilization". */
function stopsInFullLine(text: string): boolean {
  return text.length >= FULL_LINE && isLower(text.charCodeAt(text.length - 1)) && text.includes('. ');
}

const WORD_BEFORE_NUMBER_AT_END = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|for|of|to|and|or|by|with|x|in|on|at|from|than|every|per|pages?|pp?\.)$/;
const NUMBERED_ENTRY = /^\d{1,2}[.)]\s/;
const WORD_BEFORE_NAME_AT_END = /\b(?:and|or|of|the|in|to|by|with|for|from|in (?:Internal|Physical|Family|Occupational|Emergency|Preventive|Orthopa?edic|Plastic|General))$/;

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character code of A to Z. */
export function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A character code of a to z. */
export function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Ends with . ? ! : or ;, perhaps followed by a closing quote or parenthesis. */
function endsSentence(text: string): boolean {
  let end = text.length - 1;
  if (end > 0 && '"\')'.includes(text[end])) end--;
  return end >= 0 && '.?!:;'.includes(text[end]);
}

function usualGap(lines: Line[]): number {
  const tally = [0, 0, 0];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i].gapBefore;
    if (g < tally.length) tally[g]++;
  }
  return tally[1] > tally[0] ? 1 : 0;
}
