/** PDF input for letters: text extraction with page starts (Node only) and page lookups. */
export { extractPdfText, isPdfError, looksLikePdf, PAGE_BREAK, type PdfErrorKind, type PdfError, type PdfExtraction, type PdfText } from './extractText';
export { pageOf, pageLabel } from './pages';
export { isPdfFile, pdfLetter, readPdfLetter, PdfReadError, PDF_FILE } from './readLetterFile';
