/**
 * Where a disputed item begins. 2014 letters write "<service>:  Upheld"; 2013 letters number
 * each item and say whether it "is (not) medically necessary".
 */
import type { Decision, Span } from '../model';
import { splitSome, type Line } from '../text/lines';
import { joinLines, type Block } from '../text/block';
import { trimEndChars } from '../text/trim';
import { matchLabel } from './labels';

export interface ItemHeader {
  firstLine: number;
  /** Line after the header. */
  endLine: number;
  service: string;
  serviceSpan: Span;
  decision: Decision | null;
  decisionSpan: Span | null;
  /** The item's number, when the letter numbers its items. */
  number?: number;
  /** Whether the service is one cell of a table's row, whose other cells (a body part, an action) are not the item's words. */
  inCell?: boolean;
}

// Any gap before the decision: a layout-keeping extraction pushes it to the right margin. "." matches
// every character ("s"): a line may hold a lone carriage return.
const DECISION_AT_END = /^(.*?\S)\s?:\s*(Upheld|Overturned|Uphold|Overturn)\.?$/is;
/** An item line whose decision is alone on the next line: the service, before the colon that ends the line. */
const SERVICE_BEFORE_COLON = /^(.*?\S)\s?:$/s;
const DECISION_ALONE = /^(Upheld|Overturned|Uphold|Overturn)\.?$/i;
/**
 * "Massage therapy 6 sessions for the lumbar        Upheld" over "spine:": a layout that keeps the margin puts the decision
 * on the first line of a wrapped service, whose tail goes on in lower case. A PDF's text may close the gap to one space.
 */
const DECISION_AT_MARGIN = /^[^:]*?\S\s+(Upheld|Overturned|Uphold|Overturn)\.?$/i;
const SERVICE_TAIL = /^[a-z][^:]{0,40}:$/;
const INTRO = /Final Determination was based|set forth below|disputed items?\/services?/i;
/** "Decision: Upheld" on a line of its own, under the service's line. */
const DECISION_LABEL = /^(?:(?:Final |IMR )?Decision|Determination)$/i;
/** The label of a service on the line above "Decision:": "Treatment: ", "Requested service: ". */
const SERVICE_LABEL = /^(?:Treatment|Service|Request(?:ed (?:treatment|service))?|(?:Disputed )?Item(?:\s\d{1,2})?)\s?:\s*/i;
/** "1. ", "2) " or "(3) " at the start of a line: a numbered item. */
export const NUMBERED = /^(?:\((\d{1,2})\)|(\d{1,2})[.)])\s{1,6}(?=\S)/;
/**
 * A numbered item of a 2013 letter: "1. ", "2) ", "(3) " or "Item 3: ", before its words or alone on its line; or a
 * lettered one, "A. ", "(B) ", read as its place in the alphabet.
 */
const ITEM_NUMBER = /^(?:(?:[Ii]tem|ITEM)\s?#?\s?)?(?:\((\d{1,2}|[A-H])\)|(\d{1,2}|[A-H])[.):])(?:\s{1,6}(?=\S)|$)/;

/** The number of an item numbered "3" or lettered "C". */
function itemNumber(mark: string): number {
  return /^\d/.test(mark) ? Number(mark) : mark.charCodeAt(0) - 64;
}
const NECESSITY_2013 = /\s(?:is|are|was|were)\s(not\s)?(?:medically\s(?:necessary|indicated)(?:\sand\sappropriate)?|certified\b)/i;

export function decisionOf(word: string): Decision {
  return /^uph/i.test(word) ? 'Upheld' : 'Overturned';
}

/** A decision that starts a line, and the space after it. */
const DECISION_THEN_MORE = /^(?:Upheld|Overturned|Uphold|Overturn)\.?\s+(?=\S)/i;

/**
 * The lines with the decision that an extraction ran together with the label after it, two runs
 * of text on one line ("Overturned  Claims Administrator guideline: ..."), split in two: the
 * decision alone on its line after the item line, as header2014 reads it.
 */
export function decisionsApart(lines: readonly Line[]): readonly Line[] {
  return splitSome(lines, (line) => {
    const c = line.text.charCodeAt(0) | 0x20;
    return c === 117 || c === 111 ? splitAtLabel(line) : null; // "u", "o"
  });
}

/** The decision that opens the line and the label after it, or null. */
function splitAtLabel(line: Line): [Line, Line] | null {
  const m = DECISION_THEN_MORE.exec(line.text);
  if (!m) return null;
  const rest: Line = { text: line.text.slice(m[0].length), start: line.start + m[0].length, end: line.end, gapBefore: 0, spaced: line.spaced };
  if (!matchLabel(rest)) return null;
  const decision = m[0].trimEnd();
  return [{ text: decision, start: line.start, end: line.start + decision.length, gapBefore: line.gapBefore, spaced: false }, rest];
}

/** A 2014 item header at line i, with a service that may wrap from up to two lines above. */
export function header2014(lines: readonly Line[], i: number, lowest: number, lineGap: number): ItemHeader | null {
  const line = lines[i];
  // Both shapes of header hold a colon; most lines do not, and fail here at once.
  if (!line.text.includes(':')) return null;
  let m = DECISION_AT_END.exec(line.text);
  let endLine = i + 1;
  let decisionLine = line;
  let decisionAt = -1;
  if (m) {
    decisionAt = line.text.length - m[2].length - (line.text.endsWith('.') ? 1 : 0);
  } else if (line.text.endsWith(':') && lines[i + 1] && DECISION_ALONE.test(lines[i + 1].text)) {
    decisionLine = lines[i + 1];
    m = SERVICE_BEFORE_COLON.exec(line.text);
    if (!m) return null;
    m[2] = DECISION_ALONE.exec(decisionLine.text)![1];
    decisionAt = 0;
    endLine = i + 2;
  } else if (SERVICE_TAIL.test(line.text) && i - 1 >= lowest && DECISION_AT_MARGIN.test(lines[i - 1].text)) {
    decisionLine = lines[i - 1];
    m = SERVICE_BEFORE_COLON.exec(line.text);
    if (!m) return null;
    m[2] = DECISION_AT_MARGIN.exec(decisionLine.text)![1];
    decisionAt = decisionLine.text.lastIndexOf(m[2]);
  } else {
    return null;
  }
  if (matchLabel(line) || INTRO.test(m[1])) return null;
  // "Treatment: Biofeedback 6 sessions" / "Decision: Upheld": the service is on the lines above the decision's.
  const labelled = DECISION_LABEL.test(m[1]);
  const last = labelled ? i - 1 : i;
  if (last < lowest) return null;
  let first = last;
  while (first - 1 >= lowest && first > last - 2 && continuesInto(lines[first - 1], lines[first], lineGap)) first--;
  const block = joinLines(lines, first, last + 1);
  const serviceLength = labelled ? block.text.length : block.toFlat(line.start + m[1].length);
  // A numbered item ("1. Chiropractic treatment ...:  Upheld"), or a labelled one: the number or label is not the service's.
  const serviceStart = Math.min((labelled ? SERVICE_LABEL : NUMBERED).exec(block.text)?.[0].length ?? 0, serviceLength);
  const word = m[2];
  const service = block.text.slice(serviceStart, serviceLength).replace(/\s+/g, ' ');
  return {
    firstLine: first,
    endLine,
    // A decision at the margin of a wrapped service's first line is not the service's.
    service: decisionLine === lines[i - 1] ? service.replace(` ${word} `, ' ') : service,
    serviceSpan: block.span(serviceStart, serviceLength),
    decision: decisionOf(word),
    decisionSpan: { start: decisionLine.start + decisionAt, end: decisionLine.start + decisionAt + word.length },
  };
}

/** A letter or digit: a line without one is a speck of a scan ("'"), not words of a service. */
const WORD_CHARACTER = /[A-Za-z0-9]/;

/** A wrapped service line: same paragraph, not a sentence end, not a label, not a speck. */
function continuesInto(prev: Line, line: Line, lineGap: number): boolean {
  return line.gapBefore <= lineGap && !endsStatement(prev.text) && WORD_CHARACTER.test(prev.text) && !matchLabel(prev) && !INTRO.test(prev.text);
}

/** A line that ends with a full stop, or with a colon outside parentheses: "... cream 180gm (DOS:" goes on. */
function endsStatement(text: string): boolean {
  if (text.endsWith('.')) return true;
  return text.endsWith(':') && text.lastIndexOf('(') <= text.lastIndexOf(')');
}

/** Whether line i goes on with the sentence of the line before: "Six and six make" / "12. That is within ...". */
function goesOnFromLineBefore(lines: readonly Line[], i: number, lineGap: number): boolean {
  return i > 0 && lines[i].gapBefore <= lineGap && MID_SENTENCE_END.test(lines[i - 1].text);
}
const MID_SENTENCE_END = /[a-z0-9,]$/;

/** A 2013 numbered item at line i; its sentence may wrap over several lines. */
export function header2013(lines: readonly Line[], i: number, end: number, lineGap: number): ItemHeader | null {
  const number = ITEM_NUMBER.exec(lines[i].text);
  if (!number || goesOnFromLineBefore(lines, i, lineGap)) return null;
  // A number alone on its line ("1.") has the item's sentence on the lines after it.
  const alone = number[0].length === lines[i].text.length;
  if (alone && (i + 1 >= end || ITEM_NUMBER.test(lines[i + 1].text))) return null;
  let last = alone ? i + 1 : i;
  while (last + 1 < end && last - i < 5 && !/[.?]$/.test(lines[last].text) && !matchLabel(lines[last + 1]) && !ITEM_NUMBER.test(lines[last + 1].text)) last++;
  const block = joinLines(lines, i, last + 1);
  const nextIsLabel = last + 1 < end && matchLabel(lines[last + 1]) !== null;
  // Measured in the joined text, where a run of spaces after the number is one space.
  const header = itemSentence(block, ITEM_NUMBER.exec(block.text)![0].length, i, last + 1);
  if (!header.decision && !nextIsLabel) return null;
  return { ...header, number: itemNumber(number[1] ?? number[2]) };
}

/** An item line whose decision was redacted with the rest: "Left L5-S1 transforaminal epidural steroid injection: [redacted]". */
const REDACTED_DECISION = /\s?:\s*\[redacted\]\.?$/i;

/**
 * The item a 2013 sentence decides, from `serviceStart` (after its number): "Massage therapy 1 time a week for 6 weeks is
 * not medically necessary and appropriate." Without the words of necessity, the whole sentence is the service.
 */
function itemSentence(block: Block, serviceStart: number, firstLine: number, endLine: number): ItemHeader {
  const necessity = NECESSITY_2013.exec(block.text);
  const redacted = necessity ? null : REDACTED_DECISION.exec(block.text);
  let serviceEnd = necessity ? necessity.index : redacted ? redacted.index : trimEndChars(block.text, '.?:\\s').length;
  if (serviceEnd <= serviceStart) serviceEnd = block.text.length;
  // "1. Custom-molded foot orthotics, one pair, is medically necessary": the comma before "is" is the sentence's.
  serviceEnd = Math.max(serviceStart, trimEndChars(block.text.slice(0, serviceEnd), ',\\s').length);
  const service = block.text.slice(serviceStart, serviceEnd).replace(/^(?:Is |Whether )?(?:the )?(?:request(?:ed)? (?:for )?)?/i, '');
  const trimmedStart = serviceEnd - service.length;
  return {
    firstLine,
    endLine,
    service: service.replace(/\s+/g, ' ').trim(),
    serviceSpan: block.span(trimmedStart, serviceEnd),
    decision: necessity ? (necessity[1] ? 'Upheld' : 'Overturned') : null,
    decisionSpan: necessity ? block.span(necessity.index + 1, necessity.index + necessity[0].length) : null,
  };
}

/** An item whose header gives no decision: the paragraph just before its first label. */
export function headerWithoutDecision(lines: readonly Line[], labelLine: number, lowest: number, lineGap: number): ItemHeader | null {
  let first = labelLine - 1;
  if (first < lowest) return null;
  while (first - 1 >= lowest && labelLine - first < 3 && continuesInto(lines[first - 1], lines[first], lineGap)) first--;
  const block = joinLines(lines, first, labelLine);
  if (INTRO.test(block.text) || matchLabel(lines[first])) return null;
  // A sentence that decides its item ("Orphenadrine ER 100mg #60 is not medically necessary and appropriate.") gives its
  // decision too.
  return itemSentence(block, ITEM_NUMBER.exec(block.text)?.[0].length ?? 0, first, labelLine);
}
