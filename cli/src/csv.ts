/**
 * CSV for the extract command (RFC 4180): one row per disputed item, the letter's fields
 * repeated on each; a letter without items gets one row with empty item fields. Lists are
 * joined with "; ".
 */
import type { ExtractRecord, RecordCitation, RecordItem } from './record';

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
  const codes = [...new Set(record.diagnostics.map((d) => d.code))].join('; ');
  const itemFields = (item: RecordItem | null, index: number | null) =>
    item
      ? [index, item.service, item.decision, item.requestedSessions, item.completedSessions, item.functionalImprovement, item.citations.map(citationText).join('; ')]
      : [null, null, null, null, null, null, null];
  if (!record.items.length) return csvRow([...letterFields, ...itemFields(null, null), codes]);
  return record.items.map((item, k) => csvRow([...letterFields, ...itemFields(item, k + 1), codes])).join('');
}
