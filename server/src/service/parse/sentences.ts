/** Sentence boundaries in flat text, without splitting "Dr.", "p. 23", "9792.20" or "e.g.". */
import { perBlock } from '../text/perBlock';

// A closing quote or parenthesis after the mark belongs to the sentence it ends: 'gains." The ...'.
const BOUNDARY = /[.?!]["')]?(?=\s{1,8}[A-Z(])|[.?!]["')]?$/g;
const ABBREVIATION_BEFORE = /(?:\b(?:Dr|Mr|Mrs|Ms|St|pp?|No|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|approx|Inc)|\b[A-Z])$/;

export interface SentenceRange {
  start: number;
  end: number;
}

export function sentenceRanges(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const before = text.slice(Math.max(start, m.index - 8), m.index);
    if (m[0][0] === '.' && ABBREVIATION_BEFORE.test(before)) continue;
    out.push({ start, end: m.index + m[0].length });
    start = m.index + m[0].length;
    while (start < text.length && text.charCodeAt(start) === 32) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** A block's sentences, found once however many parts of the parser read them. */
export const blockSentences = perBlock((block): readonly SentenceRange[] => sentenceRanges(block.text));
