/**
 * CSV for the extract command (RFC 4180): one row per disputed item, the letter's fields
 * repeated on each; a letter without items gets one row with empty item fields. Lists are
 * joined with "; ".
 */
import type { ExtractRecord, RecordCitation, RecordDiagnostic, RecordItem } from './record';
import { pageLabel } from '../../pdf/src/pages';

export const CSV_COLUMNS = [
  'file',
  'format',
  'sections',
  'patient_age',
  'patient_sex',
  'injury_date',
  'application_date',
  'ur_decision_date',
  'reviewer_specialty',
  'reviewer_licensure',
  'item',
  'service',
  'decision',
  'requested_sessions',
  'completed_sessions',
  'functional_improvement',
  'citations',
  'diagnostics',
] as const;

/** A field quoted when it holds a comma, a quote, a line break or leading/trailing spaces. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

export function citationText(c: RecordCitation): string {
  if (!c.pages.length) return c.guideline;
  return `${c.guideline} p. ${c.pages.join(',')}`;
}

/**
 * The diagnostics column: each distinct code once, in order of first finding; for a letter
 * read from a PDF, each followed by the pages it is found on, as the text output names them:
 * "missing-decision (PDF page 2); date-order (PDF pages 1, 3)".
 */
export function diagnosticsCell(diagnostics: readonly RecordDiagnostic[]): string {
  const pages = new Map<string, Set<number>>();
  for (const d of diagnostics) {
    const set = pages.get(d.code) ?? new Set<number>();
    if (d.page !== undefined) set.add(d.page);
    pages.set(d.code, set);
  }
  return [...pages]
    .map(([code, set]) => {
      if (!set.size) return code;
      const sorted = [...set].sort((a, b) => a - b);
      return `${code} (${sorted.length === 1 ? pageLabel(sorted[0]) : `PDF pages ${sorted.join(', ')}`})`;
    })
    .join('; ');
}

export function recordRows(record: ExtractRecord): string {
  const letterFields = [
    record.file,
    record.format,
    record.sections.join('; '),
    record.patient.age,
    record.patient.sex,
    record.dates.injury,
    record.dates.application,
    record.dates.urDecision,
    record.reviewer.specialty,
    record.reviewer.licensure.join('; '),
  ];
  const codes = diagnosticsCell(record.diagnostics);
  const itemFields = (item: RecordItem | null, index: number | null) =>
    item
      ? [index, item.service, item.decision, item.requestedSessions, item.completedSessions, item.functionalImprovement, item.citations.map(citationText).join('; ')]
      : [null, null, null, null, null, null, null];
  if (!record.items.length) return csvRow([...letterFields, ...itemFields(null, null), codes]);
  return record.items.map((item, k) => csvRow([...letterFields, ...itemFields(item, k + 1), codes])).join('');
}
