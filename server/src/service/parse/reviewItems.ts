/**
 * Disputed items of a professional-review letter: each is stated under ISSUE AT DISPUTE
 * (numbered when there are several); the guidelines and the rationale are whole sections.
 */
import type { Decision } from '../model';
import type { Line } from '../text/lines';
import { joinLines, type Block } from '../text/block';
import type { ItemHeader } from './itemHeaders';
import type { RawItem, RawPart } from './labelledItems';
import type { LocatedSection } from './sections';
import { findConclusion } from './conclusion';

const NUMBERED = /^(\d{1,2})[.)]\s{1,6}(?=\S)/;
const LEAD_IN =
  /^(?:\d{1,2}[.)]\s+)?(?:(?:Is|Was|Whether)\s+(?:the\s+)?(?:request(?:ed)?|proposed|prospective|retrospective)?\s*(?:treatment|service|request)?\s*(?:of|for)?\s*|(?:The\s+)?(?:requested|disputed|proposed)\s+(?:treatment|service|item)s?(?:\/service)?\s*(?:is|are|:)?\s*(?:for\s+)?|(?:The\s+)?Request(?:ed)?(?:\s+(?:treatment|service))?\s*(?:is\s+for|for|:)\s*)/i;
const TRAIL = /\s?(?:(?:is|are|was|were)\s)?(?:medically\s(?:necessary|indicated)(?:\sand\sappropriate)?)?\s?[?.:]?\s?$/i;

export function findReviewItems(lines: readonly Line[], issue: LocatedSection, sections: readonly LocatedSection[]): RawItem[] {
  const entries = issueEntries(lines, issue.firstBodyLine, issue.endLine);
  const guidelines = sections.find((s) => s.kind === 'guidelines-relied-upon');
  const rationale = sections.find((s) => s.kind === 'rationale');
  const parts: RawPart[] = [];
  for (const [section, kind] of [[guidelines, 'reviewer-guideline'], [rationale, 'rationale']] as const) {
    if (section && section.endLine > section.firstBodyLine) {
      const body = joinLines(lines, section.firstBodyLine, section.endLine);
      parts.push({ kind, label: section.heading, block: body, body });
    }
  }
  const headingDecision: Decision | null = rationale ? (/\bNOT MEDICALLY NECESSARY/i.test(rationale.heading) ? 'Upheld' : 'Overturned') : null;
  return entries.map(([first, end]) => {
    const header = issueHeader(joinLines(lines, first, statementEnd(lines, first, end)), first, end);
    const conclusion = parts.find((p) => p.kind === 'rationale') ? findConclusion(parts.find((p) => p.kind === 'rationale')!.body) : null;
    const decision = conclusion ? (conclusion.necessary ? 'Overturned' : 'Upheld') : headingDecision;
    return { header: { ...header, decision, decisionSpan: conclusion?.span ?? null }, parts, endLine: end };
  });
}

/** Line ranges of the issues: one per numbered entry, or the whole section as one. */
function issueEntries(lines: readonly Line[], from: number, to: number): [number, number][] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) if (NUMBERED.test(lines[i].text)) starts.push(i);
  if (!starts.length) return to > from ? [[from, to]] : [];
  return starts.map((s, k) => [s, starts[k + 1] ?? to]);
}

/** The issue's statement: its first line, and the lines that continue its sentence. */
function statementEnd(lines: readonly Line[], first: number, end: number): number {
  let last = first;
  while (last + 1 < end && !/[.?:]$/.test(lines[last].text) && /^[a-z(]/.test(lines[last + 1].text)) last++;
  return last + 1;
}

/** "Requested treatment/service:", "Treatment in dispute:": a label before the service. */
const LABEL = /^(?:\d{1,2}[.)]\s+)?[A-Z][A-Za-z/ ()]{2,40}:\s*/;

function issueHeader(block: Block, first: number, end: number): ItemHeader {
  const text = block.text;
  const sentenceEnd = firstSentenceEnd(text);
  const lead = LEAD_IN.exec(text);
  const label = LABEL.exec(text);
  const start = Math.max(lead ? lead[0].length : 0, label ? label[0].length : 0);
  const sentence = text.slice(start, sentenceEnd);
  const trail = TRAIL.exec(sentence);
  const serviceEnd = start + (trail ? trail.index : sentence.length);
  const service = text.slice(start, serviceEnd).trim();
  return {
    firstLine: first,
    endLine: end,
    service: service.replace(/\s+/g, ' '),
    serviceSpan: block.span(start, Math.max(start, serviceEnd)),
    decision: null,
    decisionSpan: null,
  };
}

function firstSentenceEnd(text: string): number {
  const m = /[.?](?=\s+[A-Z]|\s*$)/.exec(text);
  return m ? m.index + 1 : text.length;
}
