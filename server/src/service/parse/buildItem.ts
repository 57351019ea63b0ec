/** Turns a located item (header and parts) into the model's DisputedItem. */
import type { Citation, DisputedItem, SessionCount } from '../model';
import type { Block } from '../text/block';
import { isContinuedTreatment, mentionsCategory, type ServiceClass } from './category';
import { findCitations } from './citations';
import { findConclusion } from './conclusion';
import { findFunctionalImprovement } from './functionalImprovement';
import type { RawItem } from './labelledItems';
import { findCompletedCounts, findRequestedCount, sentencesWithCounts, type CountHit } from './sessions';
import { blockSentences } from './sentences';

export interface ItemContext {
  /** The service's category, and whether it is counted in sessions. */
  service: ServiceClass;
  /** Paragraphs of the case summary: completed sessions and improvement are often told there. */
  summary: readonly Block[];
  /** How many session-based items the letter has; with one, every count in the summary is its own. */
  sessionItems: number;
  /** How many items the letter has; with one, what the summary says of improvement is the item's. */
  items: number;
  /** Start and end of the item's lines, in the original text. */
  span: { start: number; end: number };
}

function count(block: Block, hit: CountHit | null): SessionCount | null {
  return hit ? { value: hit.value, span: block.span(hit.index, hit.index + hit.length) } : null;
}

/**
 * The largest count stated as completed, else the largest stated as authorized: in the item's
 * own parts, and in the summary where the words by the count name the same therapy
 * ("11 completed acupuncture sessions, twenty-four (24) sessions of psychotherapy").
 */
function completed(own: readonly Block[], summary: readonly Block[], sameTherapy: (nearCount: string) => boolean, therapyKey: string): SessionCount | null {
  // The summary's part depends only on the therapy, so it is found once per letter and therapy,
  // not once per item: a long letter with many items stays linear.
  let memo = summaryCounts.get(summary);
  if (!memo) summaryCounts.set(summary, (memo = { blocks: new Set(summary), byTherapy: new Map() }));
  if (own.some((b) => memo.blocks.has(b))) return largestCounts([...own, ...summary], own, sameTherapy).result;
  let fromSummary = memo.byTherapy.get(therapyKey);
  if (!fromSummary) memo.byTherapy.set(therapyKey, (fromSummary = largestCounts(summary, own, sameTherapy)));
  const fromOwn = largestCounts(own, own, sameTherapy);
  // The first of equal counts wins, and the item's own parts come before the summary.
  const larger = (a: SessionCount | null, b: SessionCount | null) => (a && (!b || a.value >= b.value) ? a : b);
  return larger(fromOwn.best, fromSummary.best) ?? larger(fromOwn.bestAuthorized, fromSummary.bestAuthorized);
}

/** The count and the words after it up to the next comma: "18 sessions of physical therapy". */
function wordsByCount(sentence: string, h: CountHit): string {
  const tail = sentence.slice(h.index + h.length, h.index + h.length + 40);
  const stop = tail.search(/[,;]/);
  return sentence.slice(h.index, h.index + h.length) + (stop < 0 ? tail : tail.slice(0, stop));
}

interface Largest {
  best: SessionCount | null;
  bestAuthorized: SessionCount | null;
  result: SessionCount | null;
}

/** Per summary (one array per parsed letter), the largest counts found in it for each therapy. */
const summaryCounts = new WeakMap<readonly Block[], { blocks: ReadonlySet<Block>; byTherapy: Map<string, Largest> }>();

interface SentenceCounts {
  sentence: string;
  /** Offset of the sentence in its block. */
  start: number;
  completed: CountHit[];
  authorized: CountHit[];
}

/** Per block, the sentences that state counts: found once, then read for every item and therapy. */
const countsByBlock = new WeakMap<Block, SentenceCounts[]>();

function countsIn(block: Block): SentenceCounts[] {
  let found = countsByBlock.get(block);
  if (found) return found;
  found = [];
  for (const s of sentencesWithCounts(block.text, blockSentences(block))) {
    const sentence = block.text.slice(s.start, s.end);
    const { completed: done, authorized } = findCompletedCounts(sentence);
    if (done.length || authorized.length) found.push({ sentence, start: s.start, completed: done, authorized });
  }
  countsByBlock.set(block, found);
  return found;
}

function largestCounts(blocks: readonly Block[], own: readonly Block[], sameTherapy: (nearCount: string) => boolean): Largest {
  let best: SessionCount | null = null;
  let bestAuthorized: SessionCount | null = null;
  for (const block of blocks) {
    const isOwn = own.includes(block);
    for (const { sentence, start, completed: done, authorized } of countsIn(block)) {
      const relevant = (h: CountHit) => isOwn || sameTherapy(wordsByCount(sentence, h));
      for (const h of done) if (relevant(h) && (!best || h.value > best.value)) best = count(block, { ...h, index: h.index + start });
      for (const h of authorized) {
        if (relevant(h) && (!bestAuthorized || h.value > bestAuthorized.value)) bestAuthorized = count(block, { ...h, index: h.index + start });
      }
    }
  }
  return { best, bestAuthorized, result: best ?? bestAuthorized };
}

export function buildItem(raw: RawItem, serviceBlock: Block, context: ItemContext): DisputedItem {
  const { header, parts } = raw;
  const { category, sessionBased } = context.service;
  const bodies = parts.map((p) => p.body);
  const rationale = parts.find((p) => p.kind === 'rationale')?.body ?? null;
  const citations: Citation[] = bodies.flatMap((b) => findCitations(b));
  const sameTherapy = (sentence: string) => context.sessionItems <= 1 || mentionsCategory(sentence, category);
  const inRationale = findFunctionalImprovement(bodies);
  const functionalImprovement = inRationale.status !== 'not-addressed' || context.items > 1 ? inRationale : findFunctionalImprovement(context.summary);
  return {
    service: header.service,
    serviceSpan: header.serviceSpan,
    decision: header.decision,
    decisionSpan: header.decisionSpan,
    span: context.span,
    parts: parts.map((p) => ({ kind: p.kind, label: p.label, span: p.block.fullSpan, text: p.body.text })),
    category,
    sessionBased,
    continued: isContinuedTreatment(header.service, category, rationale?.text ?? ''),
    // The count is the request's own, as the item states it: "6 sessions of CBT".
    requestedSessions: sessionBased ? count(serviceBlock, findRequestedCount(serviceBlock.text)) : null,
    completedSessions: sessionBased ? completed(bodies, context.summary, sameTherapy, context.sessionItems <= 1 ? '' : category) : null,
    functionalImprovement,
    citations,
    conclusion: rationale ? findConclusion(rationale) : null,
  };
}
