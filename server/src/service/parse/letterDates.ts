/**
 * The dates of injury, of the UR decision and of the IMR application: from the header
 * fields when the letter has them, else from the case summary's sentences.
 */
import type { DateField, Letter } from '../model';
import type { Block } from '../text/block';
import { findDates } from './dates';
import { blockSentences } from './sentences';

type DateKind = keyof Letter['dates'];

const FIELD_LABELS: [DateKind, RegExp][] = [
  ['injury', /\b(?:Date of Injury|DOI|Injury Date)\s*:\s*$/i],
  ['urDecision', /\b(?:Date of UR Decision|UR Denial Date|UR Decision Date|Date of UR|UR Date)\s*:\s*$/i],
  ['application', /\b(?:Application Received|Date Application Received|IMR Application Received|Date of IMR Application|Application Date)\s*:\s*$/i],
];

const SENTENCE_CUES: [DateKind, RegExp][] = [
  ['application', /\b[Aa]pplication\b|\b[Aa]pplied for\b/g],
  // Not a bare "denied" or "modified": case notes say "denied numbness", "modified duty".
  ['urDecision', /\b[Uu]tilization [Rr]eview\b|\bUR\b|[Nn]on-?certif|\b(?:denied|modified) (?:the|this|both|all|these) (?:requests?|treatments?|services?)/g],
  // "the injured worker" names the person, not the injury.
  ['injury', /\b(?:[Ii]njury|[Ii]njuries|[Ii]njured (?:on|at|while|when|in)|[Aa]ccident)\b/g],
];

export function findLetterDates(header: readonly Block[], summary: Iterable<Block>): Letter['dates'] {
  const dates: Letter['dates'] = { injury: null, application: null, urDecision: null };
  for (const block of header) fromFields(block, dates);
  const complete = () => !!(dates.injury && dates.application && dates.urDecision);
  if (complete()) return dates;
  // Stop as soon as the dates are known, before asking for another block: the blocks after the
  // summary are only worked out when they are needed (see thenLazily).
  for (const block of summary) {
    fromSentences(block, dates);
    if (complete()) break;
  }
  return dates;
}

function fromFields(block: Block, dates: Letter['dates']): void {
  for (const d of findDates(block.text)) {
    const before = block.text.slice(Math.max(0, d.index - 40), d.index);
    for (const [kind, label] of FIELD_LABELS) {
      if (!dates[kind] && label.test(before)) dates[kind] = field(block, d.iso, d.index, d.length);
    }
  }
}

/**
 * Each date takes the cue nearest to it in its own stretch of the sentence: "UR dated 04/04/2016
 * non-certified the MRI, and the application was received on 04/18/2016" gives both dates.
 */
function fromSentences(block: Block, dates: Letter['dates']): void {
  const found = findDates(block.text);
  if (!found.length) return;
  // Dates and sentences are both in text order: each sentence's dates follow the previous one's.
  let next = 0;
  for (const s of blockSentences(block)) {
    while (next < found.length && found[next].index < s.start) next++;
    const first = next;
    while (next < found.length && found[next].index < s.end) next++;
    if (first === next) continue;
    const inSentence = found.slice(first, next);
    inSentence.forEach((d, k) => {
      const beforeStart = k > 0 ? inSentence[k - 1].index + inSentence[k - 1].length : s.start;
      const afterEnd = k + 1 < inSentence.length ? inSentence[k + 1].index : s.end;
      const kind = cueIn(block.text.slice(beforeStart, d.index), 'last') ?? cueIn(block.text.slice(d.index + d.length, afterEnd), 'first');
      if (kind && !dates[kind]) dates[kind] = field(block, d.iso, d.index, d.length);
    });
  }
}

/** The kind whose cue stands nearest the date: the last cue before it, or the first after it. */
function cueIn(text: string, nearest: 'first' | 'last'): DateKind | null {
  let best: { kind: DateKind; at: number } | null = null;
  for (const [kind, cue] of SENTENCE_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) {
      if (!best || (nearest === 'last' ? m.index > best.at : m.index < best.at)) best = { kind, at: m.index };
    }
  }
  return best?.kind ?? null;
}

function field(block: Block, iso: string, index: number, length: number): DateField {
  return { iso, span: block.span(index, index + length) };
}
