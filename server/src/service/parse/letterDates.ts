/**
 * The dates of injury, of the UR decision and of the IMR application: from the header
 * fields when the letter has them, else from the case summary's sentences.
 */
import type { DateField, Letter } from '../model';
import type { Block } from '../text/block';
import { findDates, findDatesWithRelative } from './dates';
import { blockSentences } from './sentences';

type DateKind = keyof Letter['dates'];

const FIELD_LABELS: [DateKind, RegExp][] = [
  ['injury', /\b(?:Date of Injury|DOI|Injury Date)\s*:\s*(?:CT:?\s*)?(?:\d{1,2}\/\d{1,2}\/\d{2,4}\s?(?:-|to|through|thru)\s?)?$/i],
  ['urDecision', /\b(?:Date of UR Decision|UR Denial Date|UR Decision Date|UR Determination Date|Date of UR|UR Date)\s*:\s*$/i],
  ['application', /\b(?:Application Received|Date Application Received|IMR Application Received|Date of IMR Application|Application Date)\s*:\s*$/i],
];

const SENTENCE_CUES: [DateKind, RegExp][] = [
  // In plain words: "appealed that decision to IMR on", "IMR was sought on", "The IMR request came in on", "asked
  // for an independent medical review"; in a chart's shorthand, "IMR app received".
  ['application', /\b(?:[Aa]pplication\b|[Aa]pplied for\b|IMR (?:was |is )?(?:requested|sought)\b|IMR (?:request|appeal|app)\b|(?:requested|filed for|sought|asked for|[Rr]equest for) (?:an? )?(?:IMR|[Ii]ndependent [Mm]edical [Rr]eview)\b|(?:appealed|taken|sent)\b[^.;]{0,30}\bto (?:IMR|[Ii]ndependent [Mm]edical [Rr]eview)\b)/g],
  // Not a bare "denied" or "modified": case notes say "denied numbness", "modified duty". Nor a
  // review that granted an earlier course ("On 10/02/2017, utilization review authorized 6 visits"); but "Utilization
  // Review certified neither request" is the decision under review.
  ['urDecision', /(?:\b[Uu]tilization [Rr]eview\b|\bUR\b)(?!\s(?:(?:had|has|previously|initially)\s)?(?:authorized|certified|approved)\b(?!\s(?:neither|none)\b))|[Nn]on-?certif|\b(?:denied|modified) (?:the|this|both|all|these) (?:requests?|treatments?|services?)/g],
  // "the injured worker" names the person, not the injury; "injured his low back on" is the injury,
  // and so is what happened "at work on" a date ("after a fall at work on 06/11/2012"), and "He was hurt
  // on", "who hurt his low back on", "strained her neck and right shoulder on", "caught her left hand
  // between the rollers ... on", "caught the right hand in a press on"; "developed neck pain on" or "reports neck ...
  // pain that began on" a date, as a cumulative injury begins;
  // "His claim dates back to an assault by a passenger on"; "reported the onset of neck and upper back pain on"; "whose
  // bus was rear-ended at a signal on", "fell about 8 feet from a ladder on", "after her office chair gave way beneath her on",
  // "On 09/12/2013 she felt a pull in her low back while helping a client", "he felt a sharp pain in his low back", "On
  // 02/11/2016 she was robbed at gunpoint", "was held at gunpoint during a robbery at her branch on 03/21/2016", "after the
  // forklift struck a loading dock on".
  // Not an injury the letter calls earlier or not the work's ("a prior injury to the same knee on 06/14/2009").
  ['injury', /\b(?<!\b(?:[Pp]rior|[Pp]revious|[Ee]arlier|[Oo]ld|[Nn]on-?industrial|[Uu]nrelated|[Ss]ports?)\s)(?:DOI|[Ii]njury|[Ii]njuries|[Ii]njured(?!\s(?:workers?|employees?|patients?|party|man|woman|male|female|individual|claimant)\b)|(?:was|were) hurt|(?:hurt|strained|sprained|wrenched|jammed|crushed|fractured|tore|bruised|struck|caught|pinched|smashed|lacerated) (?:his|her|their|the (?:right|left))\b|hurt on the job|date of loss|collision|rear-ended|assaulted|(?:was|were) (?:robbed|attacked|bitten|mugged|held (?:at gunpoint|at knifepoint|hostage))|robbery|(?:was|were) (?:struck|hit|jolted|jarred|knocked down|thrown|pinned|crushed|caught)|struck (?:a|an)\b|[Aa]ccident|at work|while working|on the job|a fall|fell (?:(?:about |nearly |some )?(?:\d{1,2}|[a-z]{3,6}) feet|(?:from|off|down|through|into|onto|on) (?:a|an|the|his|her|their))|gave way|slipped|tripped|twisted|felt (?:a|something)(?: [a-z]{3,10})? (?:pull|pop|snap|tear|twinge|pain)|developed (?:[a-z-]{1,20} ){0,3}?(?:pain|symptoms)|(?:pain|symptoms) (?:that )?(?:began|started)|claim (?:dates back to|stems from|arises from|arose from)|(?:reported|noted|gradual) (?:the )?onset of)\b/g],
];

/**
 * `more`: the paragraphs to read when the header and the summary leave a date unknown, worked
 * out only then. A summary tells the case in order, so of its UR decisions the last before all
 * three dates are known is the one under review: "8 further visits were denied by utilization
 * review on 09/03/2014 ... Utilization Review non-certified both requests on 10/14/2014. The
 * application for IMR was received on 10/27/2014". Reading stops there, so a long summary is
 * not read to its end.
 */
export function findLetterDates(header: readonly Block[], summary: readonly Block[], more: () => readonly Block[] = () => []): Letter['dates'] {
  const dates: Letter['dates'] = { injury: null, application: null, urDecision: null };
  header.forEach((block, k) => {
    fromFields(block, dates);
    if (k + 1 < header.length) fromLabelRow(block, header[k + 1], dates);
  });
  fromLabelColumn(header, dates);
  const complete = () => !!(dates.injury && dates.application && dates.urDecision);
  if (complete()) return dates;
  const urFromHeader = !!dates.urDecision;
  const applicationFromHeader = !!dates.application;
  for (const block of summary) {
    fromSentences(block, dates, { latestUr: !urFromHeader, applicationAfterUr: !applicationFromHeader });
    if (complete()) return dates;
  }
  // Stop as soon as the dates are known, before asking for another block.
  for (const block of more()) {
    fromSentences(block, dates, { latestUr: false, applicationAfterUr: false });
    if (complete()) break;
  }
  return dates;
}

/** The end of a range of dates: "CT 03/01/2010 - 04/18/2013", "CT 01/02/2009 thru 03/15/2012", a cumulative trauma, is dated by its end. */
const RANGE_END = /\d\s?(?:-|to|through|thru)\s?$/;

function fromFields(block: Block, dates: Letter['dates']): void {
  for (const d of findDates(block.text)) {
    const before = block.text.slice(Math.max(0, d.index - 60), d.index);
    for (const [kind, label] of FIELD_LABELS) {
      if ((!dates[kind] || RANGE_END.test(before)) && label.test(before)) dates[kind] = field(block, d.iso, d.index, d.length);
    }
  }
}

/** A line of labels alone, as a header table read across gives it: "IMR Case Number: Date of Injury: UR Denial Date:". */
const LABEL_ROW = /^(?:[A-Z][A-Za-z()'/ ]{1,40}:\s{0,40}){2,4}$/;

/**
 * A line of labels and the line of their values under it: "IMR Case Number: Date of Injury: UR Denial Date:" then
 * "CM13-0029947 03/18/2011 08/15/2013". Each value takes its label's place; when the values are not one word each, the
 * dates go to the date labels in order.
 */
function fromLabelRow(labels: Block, values: Block, dates: Letter['dates']): void {
  if (!labels.text.includes(':') || !LABEL_ROW.test(labels.text.trim())) return;
  const names = labels.text.split(':').map((n) => n.trim()).filter(Boolean);
  const kinds = names.map((n) => kindOf(`${n}:`));
  const found = findDates(values.text);
  const words = values.text.trim().split(/\s+/);
  const datedKinds = kinds.filter((k) => k !== undefined);
  if (!datedKinds.length) return;
  const byPlace = words.length === names.length;
  if (!byPlace && found.length !== datedKinds.length) return;
  let nth = 0;
  kinds.forEach((kind, k) => {
    if (!kind) return;
    const d = byPlace ? found.find((f) => values.text.slice(f.index, f.index + f.length) === words[k]) : found[nth++];
    if (d && !dates[kind]) dates[kind] = field(values, d.iso, d.index, d.length);
  });
}

/** A label alone on its line: "Date of Injury:", "Treatment(s) in Dispute Listed on IMR Application:". */
const LABEL_ALONE = /^[A-Z][A-Za-z()'/ ]{1,60}:$/;

/** The kind of date a label names, if any. */
const kindOf = (label: string): DateKind | undefined => FIELD_LABELS.find(([, pattern]) => pattern.test(label))?.[0];

/**
 * Labels one a line, then their values one a line in the labels' order, as a header table read down its columns gives
 * them: "IMR Case Number:", "Date of Injury:", ..., then "CM13-0051873", "04/22/2011", .... The dates alone on the value
 * lines go to the date labels in order, when there are as many of each: a value line the extraction dropped (a case
 * number taken for a running header) leaves the others in their order.
 */
function fromLabelColumn(header: readonly Block[], dates: Letter['dates']): void {
  for (let k = 0; k < header.length; k++) {
    let end = k;
    while (end < header.length && LABEL_ALONE.test(header[end].text.trim())) end++;
    const kinds = header.slice(k, end).flatMap((label) => kindOf(label.text.trim()) ?? []);
    const values = end - k >= 2 ? header.slice(end, end + (end - k)).flatMap(dateAlone) : [];
    if (kinds.length && values.length === kinds.length) kinds.forEach((kind, j) => (dates[kind] ??= values[j]));
    k = end;
  }
}

/** The date a line holds alone, as a field; none if the line holds more. */
function dateAlone(line: Block): DateField[] {
  const d = findDates(line.text)[0];
  return d && d.length === line.text.trim().length ? [field(line, d.iso, d.index, d.length)] : [];
}

/**
 * A dash or a colon and a capital after a date: the date leads an entry of a list of events ("12/22/2014 - Utilization
 * review non-certification"). Not a sentence that goes on after a colon: "gives the date of injury as 03NOV2014: her
 * bus was struck".
 */
const LEADS_ENTRY = /^\s?(?:[-:]|--)\s[A-Z\d]/;
/**
 * A comma before the date: it ends an entry that names its event first, in a list whose entries a dash parts
 * ("- Application for Independent Medical Review, 03/29/2019 - Utilization review determination, 03/18/2019").
 */
const ENDS_ENTRY = /,\s?$/;

/**
 * "(DOS: 10/14/2014)", "date of service 10/14/2014", "the Toradol injection given on 2/10/16": when a treatment was
 * given, never one of the letter's dates.
 */
const SERVICE_DATE = /\b(?:(?:DOS|dates? of service)\s?:?|(?:given|administered) on)\s?$/i;
/**
 * "relying on the progress report of 1/27/16 and the request for authorization received 2/3/16, and noting its own
 * certification of 9/8/15": the date of a document the decision read, never the decision's own; "(IMR case
 * CM14-0098817, assigned 6/16/14)": the day the case went to a reviewer, not the day it was applied for.
 */
const DOCUMENT_DATE = /\b(?:(?:progress (?:reports?|notes?)|request for authorization|RFA|(?:its own|an? (?:earlier|prior|previous)) certification)(?: (?:of|dated|received|on))?|assigned(?: on)?)\s?$/i;
const NOTICE_RECEIVED = /\breceived\s(?:the\s|its\s|a\s)?(?:UR\s|utilization review\s)?(?:determination|decision|denial|letter|notice)\b[^.;]{0,30}$/i;

/** "the office received the determination by fax on 2/9/15": when a notice arrived, not when it was made. */
function noticeReceived(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.includes('received') && NOTICE_RECEIVED.test(before);
}

/**
 * Each date takes the cue nearest to it in its own stretch of the sentence: "UR dated 04/04/2016
 * non-certified the MRI, and the application was received on 04/18/2016" gives both dates.
 * `latestUr`: a later UR decision replaces an earlier one, but not a date before it ("an attempt at
 * a peer-to-peer discussion on 10/8/15" after a decision of 10/9/15). `applicationAfterUr`: an application
 * made before the UR decision is an earlier one's ("she applied for IMR of that decision on
 * 07/20/2015, and it was upheld"), replaced by one made after it.
 */
function fromSentences(block: Block, dates: Letter['dates'], { latestUr, applicationAfterUr }: { latestUr: boolean; applicationAfterUr: boolean }): void {
  const found = findDatesWithRelative(block.text);
  if (!found.length) return;
  // Dates and sentences are both in text order: each sentence's dates follow the previous one's.
  let next = 0;
  for (const s of blockSentences(block)) {
    while (next < found.length && found[next].index < s.start) next++;
    const first = next;
    while (next < found.length && found[next].index < s.end) next++;
    if (first === next || NOT_DISPUTED.test(block.text.slice(s.start, s.end))) continue;
    const inSentence = found.slice(first, next).filter((d) => {
      const before = block.text.slice(Math.max(0, d.index - 40), d.index);
      return !SERVICE_DATE.test(before) && !DOCUMENT_DATE.test(before) && !noticeReceived(block.text, d.index);
    });
    // The cues between two dates (stretch k ends at date k), each read once and only when asked for.
    const stretches: DateKind[][] = [];
    let previousCue: DateKind | undefined;
    const stretch = (k: number) =>
      (stretches[k] ??= cuesIn(block.text, k > 0 ? inSentence[k - 1].index + inSentence[k - 1].length : s.start, k < inSentence.length ? inSentence[k].index : s.end));
    const opensClause = (k: number) => OPENS_CLAUSE.test(block.text.slice(Math.max(s.start, inSentence[k].index - 20), inSentence[k].index));
    const clauseCue = (k: number) => {
      const from = inSentence[k].index + inSentence[k].length;
      const to = k + 1 < inSentence.length ? inSentence[k + 1].index : s.end;
      const end = block.text.slice(from, to).search(CLAUSE_END);
      return cuesIn(block.text, from, end < 0 ? to : from + end)[0];
    };
    inSentence.forEach((d, k) => {
      // A date that leads its entry in a list of events ("12/22/2014 – Utilization review
      // non-certification") takes the first cue after it. Else the last cue before the date; else
      // the first after it, unless the cues between it and the next date name one kind: those are
      // the later date's ("submitted on 12/10/2015, and utilization review non-certified it on
      // 12/17/2015" dates the UR decision 12/17).
      const leads = LEADS_ENTRY.test(block.text.slice(d.index + d.length, d.index + d.length + 5)) && !ENDS_ENTRY.test(block.text.slice(Math.max(0, d.index - 2), d.index));
      // "On 05/02/2014 Utilization Review non-certified the request, and on 05/16/2014 the injured worker applied ...":
      // a date that opens its clause takes the cue of that clause, if it has one.
      let cue: DateKind | undefined = leads ? stretch(k + 1)[0] : ((opensClause(k) ? clauseCue(k) : undefined) ?? stretch(k).at(-1));
      if (!cue && !leads) {
        const after = stretch(k + 1);
        const nextDatesOwn = k + 1 < inSentence.length && after[0] === after[after.length - 1];
        cue = nextDatesOwn ? undefined : after[0];
      }
      // "The application ... is dated 12/29/2014 and was received on 01/06/2015": the date it was received.
      const received = (cue === 'application' || (!cue && previousCue === 'application')) && RECEIVED_ON.test(block.text.slice(Math.max(0, d.index - 16), d.index));
      if (received) cue = 'application';
      // "a cumulative trauma injury ... from 01-01-2008 through 05-31-2014" is dated by the end of its range.
      const rangeEnd = k > 0 && previousCue === 'injury' && RANGE_JOINER.test(block.text.slice(inSentence[k - 1].index + inSentence[k - 1].length, d.index));
      if (rangeEnd) cue = 'injury';
      const replaces =
        rangeEnd ||
        (latestUr && cue === 'urDecision' && !isBefore(d, dates.urDecision)) ||
        (applicationAfterUr && cue === 'application' && isBefore(dates.application, dates.urDecision) && !isBefore(d, dates.urDecision)) ||
        (received && !isBefore(d, dates.application));
      if (cue && (!dates[cue] || replaces)) dates[cue] = field(block, d.iso, d.index, d.length);
      previousCue = cue;
    });
  }
}

/** "On " that opens a sentence, or a clause after ", and", ";" or ", then": the date after it heads its clause. */
const OPENS_CLAUSE = /(?:^|[,;]\s(?:and\s|then\s|but\s)?)[Oo]n\s$/;
/** Where a clause ends: ", and", ", which", ", but", ", while", ", whereas" or ";". */
const CLAUSE_END = /,\s(?:and|which|but|while|whereas)\b|;/;

/** "A separate request for a lumbar MRI was certified on March 12, 2019; that decision is not in dispute": another decision's dates. */
const NOT_DISPUTED = /\b(?:is|was|are|were) not (?:in dispute|at issue|disputed|before this review|part of this review)\b/i;

/** What joins the two dates of a range: "through", "to", "thru" or a hyphen (a dash is one in plain text). */
const RANGE_JOINER = /^\s?(?:-|to|through|thru)\s?$/;

/** "is dated 12/29/2014 and was received on 01/06/2015": an application is dated by its receipt. */
const RECEIVED_ON = /\breceived\s(?:on\s)?$/;

/** Whether a date is known to come before another known date. */
function isBefore(a: { iso: string } | null, b: { iso: string } | null): boolean {
  return !!a && !!b && a.iso < b.iso;
}

/** The kinds whose cues stand in text[from, to), in text order. */
function cuesIn(text: string, from: number, to: number): DateKind[] {
  const stretch = text.slice(from, to);
  const found: { kind: DateKind; at: number }[] = [];
  for (const [kind, cue] of SENTENCE_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(stretch); m; m = cue.exec(stretch)) found.push({ kind, at: m.index });
  }
  return found.sort((a, b) => a.at - b.at).map((c) => c.kind);
}

function field(block: Block, iso: string, index: number, length: number): DateField {
  return { iso, span: block.span(index, index + length) };
}
