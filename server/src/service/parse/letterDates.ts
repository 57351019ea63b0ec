/**
 * The dates of injury, of the UR decision and of the IMR application: from the header
 * fields when the letter has them, else from the case summary's sentences.
 */
import type { DateField, Letter } from '../model';
import type { Block } from '../text/block';
import { findDates } from './dates';
import { sentenceRanges } from './sentences';

type DateKind = keyof Letter['dates'];

const FIELD_LABELS: [DateKind, RegExp][] = [
  ['injury', /\b(?:Date of Injury|DOI|Injury Date)\s*:\s*$/i],
  ['urDecision', /\b(?:Date of UR Decision|UR Denial Date|UR Decision Date|Date of UR|UR Date)\s*:\s*$/i],
  ['application', /\b(?:Application Received|Date Application Received|IMR Application Received|Date of IMR Application|Application Date)\s*:\s*$/i],
];

const SENTENCE_CUES: [DateKind, RegExp][] = [
  ['application', /\bapplication\b|\bapplied for\b/i],
  ['urDecision', /\butilization review\b|\bUR\b|non-?certif|\bdenied\b|\bmodified\b/],
  ['injury', /\binjur|\bdate of injury\b|\binjured\b|\baccident\b/i],
];

export function findLetterDates(header: readonly Block[], summary: readonly Block[]): Letter['dates'] {
  const dates: Letter['dates'] = { injury: null, application: null, urDecision: null };
  for (const block of header) fromFields(block, dates);
  for (const block of summary) fromSentences(block, dates);
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

function fromSentences(block: Block, dates: Letter['dates']): void {
  const found = findDates(block.text);
  if (!found.length) return;
  for (const s of sentenceRanges(block.text)) {
    const inSentence = found.filter((d) => d.index >= s.start && d.index < s.end);
    if (!inSentence.length) continue;
    const sentence = block.text.slice(s.start, s.end);
    for (const [kind, cue] of SENTENCE_CUES) {
      if (dates[kind] || !cue.test(sentence)) continue;
      const d = nearestTo(inSentence, s.start + sentence.search(cue));
      dates[kind] = field(block, d.iso, d.index, d.length);
      break;
    }
  }
}

function nearestTo<T extends { index: number }>(items: T[], at: number): T {
  return items.reduce((best, d) => (Math.abs(d.index - at) < Math.abs(best.index - at) ? d : best));
}

function field(block: Block, iso: string, index: number, length: number): DateField {
  return { iso, span: block.span(index, index + length) };
}
