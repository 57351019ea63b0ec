/**
 * The extract record of one letter: what it says, in a fixed shape with null wherever the
 * letter does not say. The model's guideline family "8 CCR / Labor Code" is reported as
 * "other", the only non-guideline value the record allows.
 */
import type { GuidelineFamily, ParsedLetter } from '../../server/src/service';
import type { PositionedFinding } from './checkLetter';

export type RecordGuideline = 'MTUS Chronic Pain' | 'MTUS Acupuncture' | 'MTUS Post-Surgical' | 'ACOEM' | 'ODG' | 'other';

export interface RecordCitation {
  guideline: RecordGuideline;
  pages: number[];
}

export interface RecordItem {
  service: string;
  decision: 'Upheld' | 'Overturned' | null;
  requestedSessions: number | null;
  completedSessions: number | null;
  functionalImprovement: 'documented' | 'not-documented' | 'not-addressed' | null;
  citations: RecordCitation[];
}

export interface RecordDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  /** The PDF page, only for a letter read from a PDF (text letters have exactly the keys above). */
  page?: number;
}

export interface ExtractRecord {
  file: string;
  format: ParsedLetter['format'];
  sections: string[];
  patient: { age: number | null; sex: 'female' | 'male' | null };
  dates: { injury: string | null; application: string | null; urDecision: string | null };
  reviewer: { specialty: string | null; licensure: string[] };
  items: RecordItem[];
  diagnostics: RecordDiagnostic[];
}

export function recordGuideline(family: GuidelineFamily): RecordGuideline {
  return family === '8 CCR / Labor Code' ? 'other' : family;
}

/** One citation per distinct guideline and page list, in the order of first mention. */
export function distinctCitations(citations: readonly { family: GuidelineFamily; pages: readonly number[] }[]): RecordCitation[] {
  const seen = new Set<string>();
  const out: RecordCitation[] = [];
  for (const c of citations) {
    const guideline = recordGuideline(c.family);
    const key = `${guideline}:${c.pages.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ guideline, pages: [...c.pages] });
  }
  return out;
}

export function buildRecord(file: string, letter: ParsedLetter, findings: readonly PositionedFinding[]): ExtractRecord {
  return {
    file,
    format: letter.format,
    sections: letter.sections.map((s) => s.heading),
    patient: { age: letter.patient.age, sex: letter.patient.sex },
    dates: {
      injury: letter.dates.injury?.iso ?? null,
      application: letter.dates.application?.iso ?? null,
      urDecision: letter.dates.urDecision?.iso ?? null,
    },
    reviewer: { specialty: letter.reviewer.specialty, licensure: [...letter.reviewer.licensure] },
    items: letter.items.map((item) => ({
      service: item.service,
      decision: item.decision,
      requestedSessions: item.requestedSessions?.value ?? null,
      completedSessions: item.completedSessions?.value ?? null,
      functionalImprovement: item.functionalImprovement?.status ?? null,
      citations: distinctCitations(item.citations),
    })),
    diagnostics: findings.map((f) => {
      const d: RecordDiagnostic = { code: f.code, severity: f.severity, message: f.message, line: f.line, column: f.column };
      if (f.page !== undefined) d.page = f.page;
      return d;
    }),
  };
}
