/** PDF input for letters: text extraction with page starts (Node only) and page lookups. */
export { extractPdfText, isPdfError, PAGE_BREAK, type PdfErrorKind, type PdfError, type PdfExtraction, type PdfText } from './extractText';
export { pageOf, pageLabel, pageAt } from './pages';
export { isPdfFile, readPdfLetter, PdfReadError, PDF_FILE } from './readLetterFile';
