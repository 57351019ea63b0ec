import type { Citation } from '../model';
import type { ParsedLetter } from '../parseLetter';
import { findDocument } from '../guidelines/lookup';
import type { Rule, RuleHit } from './rule';

/** The 2016 CPMTG (about 1,062 pages) applies to requests from 29 July 2016 on. */
const CPMTG_2016 = '2016-07-29';

function appliesThe2009Cpmtg(citation: Citation, letter: ParsedLetter): boolean {
  if (citation.year !== null) return citation.year < 2016;
  const when = letter.dates.urDecision?.iso ?? letter.dates.application?.iso;
  return !when || when < CPMTG_2016;
}

function check(citation: Citation, letter: ParsedLetter): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const ref of citation.pageRefs) {
    if (ref.first > ref.last || ref.first === 0) {
      hits.push({ message: `The page reference "${ref.text.trim()}" is not a valid page range.`, span: ref.span });
      continue;
    }
    if (citation.family === 'MTUS Chronic Pain' && appliesThe2009Cpmtg(citation, letter)) {
      const doc = findDocument('MTUS Chronic Pain', null);
      if (doc?.pageCount && ref.last > doc.pageCount) {
        hits.push({ message: `${doc.name} (${doc.edition}) has ${doc.pageCount} pages; page ${ref.last} cannot exist. The citation may be mistyped or belong to another guideline.`, span: ref.span });
      }
    }
    if (citation.family === 'ACOEM' && ref.chapter !== null && (citation.year === null || citation.year < 2008)) {
      const doc = findDocument('ACOEM', ref.chapter);
      const range = doc?.pageRange;
      if (doc && range && range.last !== null && (ref.first < range.first || ref.last > range.last)) {
        hits.push({ message: `ACOEM Chapter ${ref.chapter} (${doc.name}) runs from page ${range.first} to ${range.last} [${range.confidence}]; "${ref.text.trim()}" is outside it.`, span: ref.span });
      }
    }
  }
  return hits;
}

export const invalidCitation: Rule = {
  code: 'invalid-citation',
  defaultSeverity: 'error',
  description: 'A citation that cannot exist, such as MTUS Chronic Pain (2009) page 214.',
  check(letter) {
    // Items that share a part share its citations (the same array): each is reported once.
    const lists = new Set(letter.items.map((item) => item.citations));
    const citations = new Set([...lists].flat());
    return [...citations].flatMap((c) => check(c, letter));
  },
};
