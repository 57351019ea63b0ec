/**
 * Reading a letter file for the command line: a .pdf is read through PDF.js; a bad PDF
 * (encrypted, image-only, truncated, damaged) is an error whose message says which.
 */
import * as fs from 'node:fs';
import { extractPdfText, isPdfError, type PdfErrorKind } from './extractText';

export const PDF_FILE = /\.pdf$/i;

export function isPdfFile(file: string): boolean {
  return PDF_FILE.test(file);
}

/** Thrown for a PDF that cannot give a letter's text. */
export class PdfReadError extends Error {
  override readonly name = 'PdfReadError';
  constructor(
    readonly kind: PdfErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** The text of a PDF file, pages separated by form-feed lines; throws PdfReadError for a bad PDF. */
export async function readPdfLetter(file: string): Promise<string> {
  const bytes = await fs.promises.readFile(file);
  const result = await extractPdfText(bytes);
  if (isPdfError(result)) throw new PdfReadError(result.error, result.message);
  return result.text;
}
