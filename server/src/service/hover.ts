/**
 * What hovering a letter shows: the knowledge-base entry of a cited guideline page, the
 * meaning of a decision word, a session count against the cited limit, or an abbreviation.
 */
import type { Citation, DisputedItem, Span } from './model';
import type { ParsedLetter } from './parseLetter';
import { findDocument, findRankedEntries, pageInDocument } from './guidelines/lookup';
import type { GuidelineEntry } from './guidelines/types';
import { lookupDecision, lookupTerm } from './guidelines/glossary';
import { describeEntry, limitFor } from './rules/exceedsGuidelineLimit';
import { letterYear } from './guidelines/letterYear';

export interface HoverResult {
  markdown: string;
  span: Span;
}

const contains = (span: Span | null | undefined, offset: number): span is Span => !!span && offset >= span.start && offset <= span.end;

const CONFIDENCE_NOTE = {
  verified: 'verified against a source or the sample letters',
  likely: 'likely, not yet checked against the guideline text; do not rely on it as authoritative',
  unverified: 'unverified; a placeholder until checked',
} as const;

function pagesOf(entry: GuidelineEntry): string {
  if (!entry.pages) return '';
  return entry.pages.first === entry.pages.last ? ` p. ${entry.pages.first}` : ` pp. ${entry.pages.first}-${entry.pages.last}`;
}

export function entryMarkdown(entry: GuidelineEntry): string {
  const lines = [
    `**${entry.family}${pagesOf(entry)}: ${entry.topic}**`,
    '',
    `*${entry.document}*, ${entry.edition}`,
    '',
    entry.summary,
  ];
  if (entry.limits.length) lines.push('', ...entry.limits.map((l) => `- ${l}`));
  lines.push('', `Confidence: **${entry.confidence}** (${CONFIDENCE_NOTE[entry.confidence]})${entry.confidenceNote ? `. ${entry.confidenceNote}` : ''}`);
  if (entry.sources.length) lines.push('', `Sources: ${entry.sources.join(', ')}`);
  return lines.join('\n');
}

function citationHover(citation: Citation, offset: number, year: number | null): HoverResult | null {
  const ref = citation.pageRefs.find((r) => contains(r.span, offset));
  const pages = ref ? [ref.first, ref.last] : citation.pages;
  const chapter = ref ? ref.chapter : citation.chapter;
  const doc = findDocument(citation.family, chapter);
  // A page the document does not have gets no entry, not the entry of the citation's topic words.
  const missingPage = ref && doc ? [ref.first, ref.last].find((p) => pageInDocument(doc, p) === false) : undefined;
  const { tier, entries } = missingPage === undefined ? findRankedEntries({ ...citation, chapter, pages, year }) : { tier: 'none', entries: [] };
  const span = ref ? ref.span : citation.span;
  if (entries.length) {
    const shown = entries.slice(0, 2).map(entryMarkdown);
    // A page with no entry of its own shows what its topic or chapter has, and says so.
    const pageText = ref && ref.first !== ref.last ? `pages ${ref.first}-${ref.last}` : `page ${ref?.first}`;
    const note = ref && tier !== 'page' ? `The knowledge base has no entry for ${pageText}; this is the entry for the citation's ${tier}.\n\n` : '';
    return { markdown: note + shown.join('\n\n---\n\n'), span };
  }
  const what = doc ? `*${doc.name}*, ${doc.edition}${doc.pageCount ? ` (${doc.pageCount} pages)` : ''}` : citation.family;
  const why = missingPage === undefined ? '' : ` The document has no page ${missingPage}.`;
  return { markdown: `**${citation.family}**\n\n${what}\n\nThe knowledge base has no entry for this ${ref ? 'page' : 'citation'}.${why}`, span };
}

function decisionHover(item: DisputedItem): HoverResult | null {
  const meaning = item.decision ? lookupDecision(item.decision) : null;
  if (!meaning || !item.decisionSpan) return null;
  const markdown = [`**${meaning.decision}**: ${meaning.meaning}`, '', meaning.forInjuredWorker, '', ...meaning.options.map((o) => `- ${o}`)].join('\n');
  return { markdown, span: item.decisionSpan };
}

function sessionHover(item: DisputedItem, offset: number, year: number | null): HoverResult | null {
  const requested = item.requestedSessions;
  const completed = item.completedSessions;
  const at = contains(requested?.span, offset) ? requested! : contains(completed?.span, offset) ? completed! : null;
  if (!at) return null;
  const lines = [`**${requested ? requested.value : 'No'} sessions requested**${completed ? `, ${completed.value} completed or authorized` : ', none stated as completed or authorized'}`];
  const limit = limitFor(item, year);
  if (limit) {
    const total = (requested?.value ?? 0) + (completed?.value ?? 0);
    lines.push('', `${describeEntry(limit)}: ${limit.range} (at most ${limit.max}).`, '', total > limit.max ? `The total, ${total}, is over that limit.` : `The total, ${total}, is within that limit.`);
    lines.push('', `Confidence of the mapping: **${limit.entry.confidence}**.`);
  } else {
    lines.push('', 'No cited guideline page with a visit limit for this treatment.');
  }
  return { markdown: lines.join('\n'), span: at.span };
}

const WORD_CHAR = /[A-Za-z0-9&\-]/;

function wordAt(text: string, offset: number): { word: string; span: Span } | null {
  let start = offset;
  let end = offset;
  while (start > 0 && offset - start < 20 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && end - offset < 20 && WORD_CHAR.test(text[end])) end++;
  return end > start ? { word: text.slice(start, end), span: { start, end } } : null;
}

function termHover(text: string, offset: number): HoverResult | null {
  const word = wordAt(text, offset);
  const term = word && /[A-Z]{2}/.test(word.word) ? lookupTerm(word.word) : null;
  return term && word ? { markdown: `**${term.term}**: ${term.expansion}\n\n${term.definition}`, span: word.span } : null;
}

export function hoverAt(letter: ParsedLetter, text: string, offset: number): HoverResult | null {
  const year = letterYear(letter);
  for (const item of letter.items) {
    if (contains(item.decisionSpan, offset)) return decisionHover(item);
    const session = sessionHover(item, offset, year);
    if (session) return session;
    const citation = item.citations.find((c) => contains(c.span, offset));
    if (citation) return citationHover(citation, offset, year);
  }
  return termHover(text, offset);
}
