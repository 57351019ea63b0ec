/**
 * Reading a PDF letter for the command line, from a file or from bytes (standard input):
 * its text and page starts, or, for a bad PDF (encrypted, image-only, truncated, damaged),
 * an error whose message says which.
 */
import * as fs from 'node:fs';
import { extractPdfText, isPdfError, type PdfErrorKind, type PdfText } from './extractText';

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

/** The text of a PDF, pages separated by form-feed lines; throws PdfReadError for a bad PDF. */
export async function pdfLetter(bytes: Uint8Array): Promise<PdfText> {
  const result = await extractPdfText(bytes);
  if (isPdfError(result)) throw new PdfReadError(result.error, result.message);
  return result;
}

/** The text of a PDF file; throws PdfReadError for a bad PDF. */
export async function readPdfLetter(file: string): Promise<PdfText> {
  return pdfLetter(await fs.promises.readFile(file));
}
