/** Checks one letter's text: its parse, outline and findings, with line and column numbers. */
import { analyzeLetter, outline, type Finding, type OutlineNode, type ParsedLetter } from '../../server/src/service';
import { parseLetter } from '../../server/src/service';
import { LineIndex } from './lineIndex';
import { pageAt } from '../../pdf/src/pages';

export interface PositionedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The PDF page, for text extracted from a PDF. */
  page?: number;
}

export interface CheckedLetter {
  name: string;
  letter: ParsedLetter;
  outline: OutlineNode[];
  findings: PositionedFinding[];
}

const NUL = /\u0000/;

/** The checked letter, or a reason it is not one. */
export function checkText(name: string, text: string): CheckedLetter | { name: string; notLetter: string } {
  if (NUL.test(text)) return { name, notLetter: 'binary content, not a letter' };
  const letter = parseLetter(text);
  if (!letter) return { name, notLetter: 'not an IMR determination letter (no format markers found)' };
  const index = new LineIndex(text);
  const findings = analyzeLetter(letter).map((f) => {
    const start = index.position(f.span.start);
    const end = index.position(f.span.end);
    const page = pageAt(text, f.span.start);
    return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, ...(page ? { page } : {}) };
  });
  return { name, letter, outline: outline(letter), findings };
}
