/** What a rationale concludes: that the treatment is, or is not, medically necessary. */
import type { Span } from '../model';
import type { Block } from '../text/block';
import { perBlock } from '../text/perBlock';
import { blockSentences, type SentenceRange } from './sentences';
import { shortNamesApart, wordIndex, wordsNotShared } from './namingWords';
import { openerOf } from './sentencesAbout';
import { quotationOpening, quoteMarks } from '../text/quotes';

// "medically reasonable and necessary" says it in two words.
const NECESSITY = /\bmedically (?:(?:reasonable|appropriate) and )?(?:necessary|indicated|appropriate|(unnecessary))\b/gi;
const COPULA = /\b(?:is|are|was|were|be|been|being|deemed|considered|found|remains?|appears?)\b[^.;:]{0,30}$/i;
const HYPOTHETICAL = /\b(?:if|whether|when|unless|until|to determine|to establish)\b[^.;]{0,60}$/i;
const NEGATED = /\b(?:not|cannot|never|neither|no longer)\b|n't\b|\bnon-?$/i;

export interface Conclusion {
  necessary: boolean;
  span: Span;
}

/**
 * A last sentence that decides without saying "medically necessary": "Accordingly, the prior
 * non-certification is upheld.", "... should stand."; "the request ... cannot be recommended"; "... is certified";
 * "medical necessity ... has (not) been established"; "The non-certification is not supported ...",
 * "Authorization of ... is recommended"; "the non-certification should be maintained"; "... are indicated for this
 * injured worker"; "... should be granted"; "this reviewer would (not) authorize it", "I would certify the four
 * additional sessions", "I would give her the six", "I'd let her have the four"; "... should (not) be approved"; "the
 * non-certification ... should be reversed"; "concurs (or does not concur) with the utilization reviewer's
 * non-certification", "I therefore agree with the utilization review determination", "disagrees with the
 * utilization review non-certification"; "does not meet the medical necessity standard";
 * and as plain-spoken reviewers end: "I recommend approval", "he should stay on it", "I see no reason
 * to take her off a medication that is doing what the guideline asks of it, and I would continue
 * it", "the unit is not needed", "I would not order one", "there is no good reason to ...", "it is time to stop
 * it", "I would stop it", "I would not start it", "I would start bringing him down", "Keep him on it", "Let him keep
 * it", "He can have it", "I'd sign off on all six", "the request is (not) reasonable", "The request ... is consistent
 * with the guidelines and is appropriate for this patient"; "I am therefore overturning (upholding) the prior
 * non-certification".
 */
const VERDICT_AGAINST =
  /\b(?:medical necessity\b[^.;]{0,140}\b(?:has|have|is|was) not (?:been )?(?:established|demonstrated|supported)|(?:non-?certification|denial|adverse determination|(?:UR|[Uu]tilization [Rr]eview) (?:decision|determination))\b[^.;]{0,40}\b(?:(?:is|are|was|will be|should be) (?:upheld|affirmed|sustained|supported|maintained)|should stand|stands)|(?<!\b(?:non-?certification|denial|adverse determination)\b[^.;]{0,40})cannot be (?:recommended|supported|certified|approved)|(?<!\b(?:non-?certification|denial|adverse determination)\b[^.;]{0,40})(?:is|are) (?:therefore |thus |accordingly )?not (?:recommended|supported|certified|approved|warranted|justified)|(?:is|are) (?:therefore |thus |accordingly )?(?:denied|non-?certified)|(?:this reviewer|the reviewer|I) (?:would not|will not|cannot|could not) (?:authorize|approve|certify|recommend|order|support)|(?:this reviewer|the reviewer|I) would (?:uphold|affirm|sustain) (?:it|the|this|these|those)\b|(?:(?:I am|I'm|(?:this|the) reviewer is) (?:therefore |thus |accordingly )?(?:upholding|affirming|sustaining)|(?:I|(?:this|the) reviewer) (?:therefore |thus |accordingly )?(?:uphold|upholds|affirms?|sustains?)) (?:it|them|the|this|these|those)\b|(?:is|are) not (?:needed|called for|indicated|required)|not a request (?:I|this reviewer) (?:can|could) support|(?:there is )?no (?:good )?reason to (?!withhold|deny|doubt|question|stop|discontinue|take (?:her|him|them) off)|no point in|time to stop|(?:I|this reviewer) would (?:stop|drop|discontinue) (?:it|them|the)\b|(?:I|this reviewer) would not start (?:it|them|the)\b|(?:I|this reviewer) would start bringing (?:him|her|them) down\b|(?:does|do) not need (?:another|more|further|any)|cannot be justified|\b(?<!\bnot )(?:concurs?|agrees?) with (?:the )?[^.;]{0,40}?(?:non-?certification|denial|adverse determination|(?:[Uu]tilization [Rr]eview|UR) (?:determination|decision))|(?:does|do) not meet (?:the )?(?:medical necessity standard|standard of medical necessity|criteria for medical necessity)|(?:\b(?:no|none|neither)\b[^.;]{0,60}\bshould|should not) be (?:approved|authorized|certified|provided|given|continued|done|granted)|(?:the|this) request\b[^.;]{0,60}?\bis (?:therefore |thus |accordingly )?(?:not (?:reasonable|appropriate)|unreasonable|inappropriate))\b/i;
const VERDICT_FOR =
  /\b(?:medical necessity\b[^.;]{0,140}\b(?:has|have|is|was) (?:been )?(?:established|demonstrated|supported)|(?:non-?certification|denial|adverse determination|(?:UR|[Uu]tilization [Rr]eview) (?:decision|determination))\b[^.;]{0,40}\b(?:(?:is|are|was|will be|should be) (?:overturned|reversed)|cannot be (?:sustained|upheld|supported)|(?:is|are|was) not (?:supported|upheld|sustained))|(?:is|are) (?:therefore |thus |accordingly )?(?:certified|approved|warranted|supported|justified|indicated)(?!\s(?:only|solely)\b)|\b(?:authorization|certification|approval) (?:of|for)\b[^.;]{0,120}\b(?:is|are) (?:therefore |thus |accordingly )?recommended|(?:is|are) (?:therefore |thus |accordingly )?recommended for (?:certification|approval|authorization)|(?:(?:this reviewer|the reviewer|I) would|I'd) (?:authorize|approve|certify|allow|continue|overturn|reverse|give (?:her|him|them)|let (?:her|him|them) have) (?:it|them|the|this|these|those)\b|(?:(?:I am|I'm|(?:this|the) reviewer is) (?:therefore |thus |accordingly )?(?:overturning|reversing)|(?:I|(?:this|the) reviewer) (?:therefore |thus |accordingly )?(?:overturns?|reverses?)) (?:it|them|the|this|these|those)\b|should be (?:approved|authorized|certified|provided|given|continued|done|granted)|(?:I|this reviewer|the reviewer) (?:recommends?|supports?) (?:approval|authorization|certification|the request)|(?:I|this reviewer) would approve|(?:I|I'd|I would|this reviewer would) sign off on\b|keep (?:him|her|them) on (?:it|them|the|this|that)\b|let (?:him|her|them) keep (?:it|them)\b|(?:he|she|they) can have (?:it|them)\b|(?:she|he|they) should (?:have|receive|get|stay on|continue)(?!\s(?:with\s|at\s)?(?:the |a |an |his |her |their )?(?:home|self-directed|independent|core|exercises?|stretching|strengthening)\b)|every reason to (?:continue|provide|approve|allow)|\b(?:not concur|not agree|disagrees?) with (?:the )?[^.;]{0,40}?(?:non-?certification|denial|adverse determination|(?:[Uu]tilization [Rr]eview|UR) (?:determination|decision))|(?:the|this) request\b[^.;]{0,60}?\bis (?:consistent with (?:the )?(?:[A-Z]{3,5} )?guidelines? and is )?(?:therefore |thus |accordingly )?(?:reasonable|appropriate))\b/i;
/** "The six requested ... are.": a last sentence that answers the necessity statement before it. */
const ELLIPTICAL = /\b(?:is|are)( not)?\s?\.$/;
/** "... does not agree with the utilization review determination that it was not medically necessary": utilization review's words. */
const REVIEW_SAID = /\b(?:[Uu]tilization [Rr]eview|UR)\b[^.;]{0,80}\bthat\b[^.;]{0,80}$/;
/**
 * "It has not been shown that a repeat MRI ... is medically necessary", "this reviewer cannot find
 * that an MRI ... is medically necessary", "I find no basis on which to conclude that the requested
 * chiropractic manipulation is not medically necessary": a negation at the head of the sentence, which
 * turns the statement after it round.
 */
const NOT_SHOWN_THAT =
  /\b(?:(?:has|have|had|was|is) not been (?:shown|established|demonstrated)|(?:cannot|can ?not|could not|does not|do not|did not|(?:is|am|was) unable to) (?:find|conclude|say|agree|determine|confirm)|(?:find|see|is|have) no (?:basis|reason|grounds?) (?:on which |for me )?to (?:conclude|find|say|hold))\s(?:that|why)\b[^.;]{0,100}$/i;

export const findConclusion = perBlock(conclusionOf);

function conclusionOf(block: Block): Conclusion | null {
  const stated = necessityStated(block);
  const sentences = blockSentences(block);
  // Whether the necessity statement stands in `sentence` or after it.
  const statedFrom = (sentence: SentenceRange) => !!stated && stated.span.end > block.span(sentence.start, sentence.start).start;
  const last = sentences[sentences.length - 1];
  if (!last || statedFrom(last)) return stated;
  // A verdict may be followed by a sentence of advice ("He should continue the home exercise program").
  const beforeLast = sentences.length > 1 ? sentences[sentences.length - 2] : null;
  const advice = !!beforeLast && !statedFrom(beforeLast) && ADVICE.test(block.text.slice(last.start, last.end));
  const verdict = verdictIn(block, last) ?? (advice ? verdictIn(block, beforeLast!) : null);
  return verdict ?? answerTo(stated, block, sentences) ?? stated ?? determinationFirst(block, sentences[0]);
}

/**
 * "My determination is that the non-certification of the 4 additional sessions should be overturned.": a verdict
 * the rationale opens with, read where none ends it; so is a short one ("Six more sessions are warranted.").
 */
const DETERMINATION = /^(?:(?:My|This reviewer's|The reviewer's) (?:determination|decision|conclusion|finding) is that|(?:I|This reviewer|The reviewer) (?:find|finds|conclude|concludes|determine|determines) that)\b/i;

function determinationFirst(block: Block, first: SentenceRange): Conclusion | null {
  const text = block.text.slice(first.start, first.end).replace(LEADING_LABEL, '');
  return DETERMINATION.test(text) || (text.length <= SHORT_VERDICT && !GUIDELINE_SAYS.test(text)) ? verdictIn(block, first) : null;
}

/**
 * "Six more sessions are warranted.": a short first sentence that gives a verdict in its own words, not a guideline's
 * ("Acupuncture is recommended as an option ...", "The MTUS supports ...").
 */
const SHORT_VERDICT = 80;
const GUIDELINE_SAYS = /\b(?:guidelines?|MTUS|ACOEM|ODG|recommend)/i;

/** A label a part of several issues opens with: "Cognitive behavioral therapy: My determination is ...". */
const LEADING_LABEL = /^[^:.]{1,60}:\s/;

/**
 * A last sentence of advice after the verdict: "A home exercise program is recommended.", "He should continue the home
 * exercise program", "He should continue the core strengthening he is learning in the program", "Passive modalities
 * should not be the focus of these visits", "The psychologist should put a session number on every note". VERDICT_FOR leaves out
 * the same objects after "should continue".
 */
const ADVICE =
  /\b(?:is|are) (?:recommended|advised|encouraged)\.?$|^(?:The|Her|His|Their) (?:[a-z'-]+ ){0,2}?(?:psychologist|therapist|physician|chiropractor|acupuncturist|provider|doctor|program) (?:should|must|needs to)\b|\bshould (?:not )?(?:be (?:the (?:focus|mainstay|emphasis)|avoided|emphasized)|focus on|avoid)\b|\bshould (?:continue|keep up|remain|use|follow)\s(?:with\s)?(?:the |a |an |his |her |their )?(?:home|self-directed|independent|core|exercises?|stretching|strengthening)\b/i;

/**
 * A last sentence that answers the statement in the one before it by its verb alone: "Twelve more
 * visits would not be medically necessary. The six requested ... are."
 */
function answerTo(stated: Conclusion | null, block: Block, sentences: readonly SentenceRange[]): Conclusion | null {
  if (!stated || sentences.length < 2) return null;
  const last = sentences[sentences.length - 1];
  const before = sentences[sentences.length - 2];
  if (stated.span.start < block.span(before.start, before.start).start) return null;
  const answer = ELLIPTICAL.exec(block.text.slice(last.start, last.end).trimEnd());
  return answer ? { necessary: !answer[1], span: block.span(last.start, last.end) } : null;
}

/** The verdict of the block's last sentence, when it gives one in other words than "medically necessary". */
function verdictIn(block: Block, sentence: SentenceRange): Conclusion | null {
  const text = block.text.slice(sentence.start, sentence.end);
  const against = VERDICT_AGAINST.exec(text);
  const found = against ?? VERDICT_FOR.exec(text);
  if (!found) return null;
  const start = sentence.start + found.index;
  return { necessary: !against, span: block.span(start, start + found[0].length) };
}

/** "6 of the 8 visits are medically necessary": part of the request, so the request as made is not (tested on the subject). */
const PART_OF_REQUEST = /\b\d{1,3} of the \d{1,3}\s(?:[a-z]+\s)?(?:visits|sessions|treatments)\s(?:requested\s)?$/;
/**
 * "The utilization review non-certification is therefore overturned in part, and 6 of the 12 visits requested are
 * medically necessary": the part approved, said to overturn the decision.
 */
const OVERTURNED_IN_PART = /\b(?:overturned|overturn|reversed) in part\b|\bpartially (?:overturned|reversed)\b/i;

/**
 * "Neither the chiropractic manipulation nor the physical therapy is", "Neither request is", "... nor the physical therapy
 * is" (a part of that subject), "None of the three creams is": a subject that says no.
 */
const NEITHER_SUBJECT = /\b(?:[Nn]either|nor|[Nn]one of)\b[^.;:,]{0,140}$/;

/** "would not be medically necessary": a statement about other visits or another case than the request's. */
const WOULD = /\b(?:would|could|might)\s(?:not\s)?(?:be|have been)\b[^.;:]{0,30}$/i;

/**
 * The last statement that the treatment is, or is not, medically necessary; a statement in the
 * conditional ("visits beyond 18 would not be medically necessary") only when there is no other.
 */
function necessityStated(block: Block): Conclusion | null {
  let last: Conclusion | null = null;
  let lastFirm: Conclusion | null = null;
  // A statement quoted whole ("The appeal letter closes with ... "continued biofeedback is medically necessary"") is
  // another's, not the reviewer's; only the words after the verb in quotation marks ("is "medically necessary."") are
  // the reviewer's own.
  const marks = block.text.includes('"') ? quoteMarks(block.text) : [];
  NECESSITY.lastIndex = 0;
  for (let m = NECESSITY.exec(block.text); m; m = NECESSITY.exec(block.text)) {
    const before = block.text.slice(Math.max(0, m.index - 60), m.index);
    const copula = COPULA.exec(before);
    const sentenceBefore = block.text.slice(Math.max(0, m.index - 160), m.index);
    if (!copula || HYPOTHETICAL.test(before) || REVIEW_SAID.test(sentenceBefore)) continue;
    // "cannot be considered medically necessary": the negation may stand just before the verb.
    const statement = before.slice(Math.max(0, copula.index - 12));
    const start = m.index - (before.length - copula.index);
    const opening = marks.length ? quotationOpening(marks, m.index) : -1;
    if (opening >= 0 && opening < start) continue;
    // "medically unnecessary" says no by itself.
    const neither = (sentenceBefore.includes('either') || sentenceBefore.includes('nor ') || sentenceBefore.includes('one of')) && !before.slice(copula.index).includes(',') && NEITHER_SUBJECT.test(sentenceBefore.slice(0, sentenceBefore.length - (m.index - start)));
    const says = !m[1] && !NEGATED.test(statement) && !neither;
    // The head negation ends in "that" or "why": most statements ("The request for ... is not medically necessary") have neither.
    const headNegated = (sentenceBefore.includes(' that ') || sentenceBefore.includes(' why ')) && NOT_SHOWN_THAT.test(sentenceBefore);
    const partOfRequest = PART_OF_REQUEST.test(before.slice(0, copula.index)) && !OVERTURNED_IN_PART.test(sentenceBefore);
    const necessary = (headNegated ? !says : says) && !partOfRequest;
    last = { necessary, span: block.span(start, m.index + m[0].length) };
    if (!WOULD.test(before)) lastFirm = last;
  }
  return lastFirm ?? last;
}

/**
 * What a rationale shared by several items concludes of one of them: the last sentence that names
 * its treatment and concludes. "Therefore, Norco 10/325 mg #90 and gabapentin 600 mg #90 are
 * medically necessary. Lidoderm 5% patches #30 are not medically necessary." The words that name
 * it are those the `others` (the other items' services) lack, "lumbar" against "cervical", where
 * it has any. In a sentence that names others too, the clause from its name to theirs decides
 * ("acupuncture ... is medically necessary, and chiropractic ... is not"), else what follows its
 * name, else the sentence unless it names another first. Null if no sentence names it and concludes.
 */
export function conclusionNaming(block: Block, service: string, others: readonly string[]): Conclusion | null {
  const { mine, own, theirs } = wordsNotShared(service, others);
  const short = shortNamesApart(service, others);
  const words = [...(own.length ? own : mine), ...short.own];
  const theirOwn = [...theirs, ...short.theirs];
  if (!words.length) return null;
  const sentences = blockSentences(block);
  for (let k = sentences.length - 1; k >= 0; k--) {
    const { start, end } = sentences[k];
    const sentence = block.text.slice(start, end).toLowerCase();
    const named = firstIndex(sentence, words, 0);
    if (named < 0) continue;
    // "As to the evaluation, ... support a psychological evaluation before a program, ... so a second is not needed": a
    // sentence opened with another item speaks of that one.
    const opener = openerOf(sentence);
    if (opener && firstIndex(opener, words, 0) < 0 && firstIndex(opener, theirOwn, 0) >= 0) continue;
    const theirs = firstIndex(sentence, theirOwn, named);
    // A sentence that names another item first concludes on that one: "The right carpal tunnel release is not medically
    // necessary at this time; it can be reconsidered ... after a trial of splinting" is not the splint's.
    const whole = firstIndex(sentence.slice(0, named), theirOwn, 0) < 0 ? [[0, end - start]] : [];
    // "The pain management follow-up visit is medically necessary, and the cervical pillow is not.": the clause answers
    // the one before it by its verb alone.
    const answer = theirs < 0 && named > 0 ? ELLIPTICAL.exec(sentence.slice(named).trimEnd()) : null;
    if (answer && !/[,;]/.test(sentence.slice(named)) && findConclusion(block.slice(start, start + named))) {
      return { necessary: !answer[1], span: block.span(start + named, end) };
    }
    // "Neither the chiropractic manipulation nor the physical therapy is ...": the clause keeps the word that says no.
    const lead = NEGATIVE_LEAD.exec(sentence.slice(Math.max(0, named - 40), named));
    const from = lead ? named - lead[0].length : named;
    // "the opioid and the muscle relaxant are not medically necessary, while the anti-inflammatory is": names joined
    // share the clause up to a later name (of the next few, so a sentence of many names stays linear).
    const later: number[][] = [];
    for (let t = theirs < 0 ? -1 : firstIndex(sentence, theirOwn, theirs + 1); t >= 0 && later.length < LATER_NAMES; t = firstIndex(sentence, theirOwn, t + 1)) later.push([from, t]);
    for (const [at, to] of [[from, theirs < 0 ? end - start : theirs], ...later, [from, end - start], ...whole]) {
      const found = findConclusion(block.slice(start + at, start + to));
      if (found) return found;
    }
  }
  return null;
}

/** How many later names of other items a clause may run to: "the opioid, the muscle relaxant and the patch are ...". */
const LATER_NAMES = 3;

/** "neither the ", "nor ", "nor the 4 sessions of ": a word before an item's name that says no of it. */
const NEGATIVE_LEAD = /\b(?:neither|nor)\s(?:the\s)?(?:[a-z0-9]{1,12}\s){0,3}$/;

/** Whether the sentence of `block` that holds `conclusion` names one of `others` (services) and not `service`. */
export function concludesOnAnother(block: Block, conclusion: Conclusion, service: string, others: readonly string[]): boolean {
  const at = block.toFlat(conclusion.span.start);
  const sentence = blockSentences(block).find((s) => s.start <= at && at < s.end);
  if (!sentence) return false;
  const { own, theirs } = wordsNotShared(service, others);
  const short = shortNamesApart(service, others);
  const text = block.text.slice(sentence.start, sentence.end).toLowerCase();
  const names = (w: string) => holdsWord(text, w);
  return (theirs.some(names) || short.theirs.some(names)) && !own.some(names) && !short.own.some(names);
}

/** Whether `text` (in lower case) holds `word` as a whole word: "medically" does not name "Transportation to and from medical appointments". */
function holdsWord(text: string, word: string): boolean {
  return wordIndex(text, word, 0) >= 0;
}

/** Where the first of `words` is in `text` from `from` as a whole word, or -1. */
function firstIndex(text: string, words: readonly string[], from: number): number {
  let first = -1;
  for (const w of words) {
    const at = wordIndex(text, w, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}
