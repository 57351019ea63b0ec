/** Checks one letter's text: its parse, outline and findings, with line and column numbers. */
import { analyzeLetter, outline, type Finding, type OutlineNode, type ParsedLetter, type RuleCode } from '../../server/src/service';
import { parseLetter } from '../../server/src/service';
import { LineIndex } from './lineIndex';
import { pageOf } from '../../pdf/src/pages';

/** A letter's text as read; for a PDF, also the offset where each page begins (page 1 first). */
export interface LetterText {
  text: string;
  pageStarts?: number[];
}

export interface PositionedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The PDF page of the finding's start, for a letter read from a PDF. */
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
export function checkText(
  name: string,
  text: string,
  pageStarts?: readonly number[],
  onRuleError?: (code: RuleCode, error: unknown) => void,
): CheckedLetter | { name: string; notLetter: string } {
  if (NUL.test(text)) return { name, notLetter: 'binary content, not a letter' };
  const letter = parseLetter(text);
  if (!letter) return { name, notLetter: 'not an IMR determination letter (no format markers found)' };
  const index = new LineIndex(text);
  const findings = analyzeLetter(letter, {}, onRuleError).map((f) => {
    const start = index.position(f.span.start);
    const end = index.position(f.span.end);
    const positioned: PositionedFinding = { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    if (pageStarts) positioned.page = pageOf(pageStarts, f.span.start);
    return positioned;
  });
  return { name, letter, outline: outline(letter), findings };
}
