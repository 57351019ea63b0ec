/**
 * Text of a PDF letter, with the offset where each page starts, extracted in-process by
 * PDF.js (pdfjs-dist, legacy build for Node). No worker thread: the worker code runs on
 * this thread. No font, CMap or other downloads, no eval, no font faces: text only.
 */
import { pageText, usualLeading, type PositionedItem } from './layout';

export type PdfErrorKind = 'encrypted' | 'no-text-layer' | 'truncated' | 'corrupt';

export interface PdfText {
  /**
   * Pages in order. Each page starts on the line after a line holding only a form feed
   * (U+000C), which letter parsing reads as a blank line: the page boundaries stay visible
   * in the text.
   */
  text: string;
  /** Offset in text where each page begins: pageStarts[0] is page 1. */
  pageStarts: number[];
}

export interface PdfError {
  error: PdfErrorKind;
  message: string;
}

export type PdfExtraction = PdfText | PdfError;

export function isPdfError(r: PdfExtraction): r is PdfError {
  return 'error' in r;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });

let loading: Promise<PdfJs> | undefined;

/** An identity 2-D matrix: enough for PDF.js to load. */
class StandInMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
}

/**
 * Loads PDF.js once. Its worker module is put where PDF.js looks for a worker already
 * loaded on the main thread (globalThis.pdfjsWorker), so it never starts or imports a
 * worker by URL. Its load-time warnings about optional canvas support (not needed for
 * text) are kept off stderr.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const warn = console.warn;
    const log = console.log;
    const quiet = (original: (...args: unknown[]) => void) => (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning:')) return;
      original(...args);
    };
    console.warn = quiet(warn);
    console.log = quiet(log);
    // PDF.js builds one DOMMatrix when it loads (for drawing, which text extraction never
    // does). Without the optional canvas package Node has none: lend a stand-in meanwhile.
    const g = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    const lent = !g.DOMMatrix;
    if (lent) g.DOMMatrix = StandInMatrix;
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      if (lent && g.DOMMatrix === StandInMatrix) delete g.DOMMatrix;
      console.warn = warn;
      console.log = log;
    }
  })();
  return loading;
}

function hasMarker(bytes: Uint8Array, marker: string, from: number, to: number): boolean {
  const m = Buffer.from(marker, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, from), Math.min(bytes.length, to)).indexOf(m) >= 0;
}

/**
 * Whether bytes are a PDF by their content: the %PDF- header, which the PDF format allows
 * anywhere in the first 1024 bytes. For input with no file name, such as standard input.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return hasMarker(bytes, '%PDF-', 0, 1024);
}

/** Before each page's text. */
export const PAGE_BREAK = '\f\n';

const OCR = 'it looks like an image-only scan, which needs OCR first (imr-letters does not do OCR)';

/** The text of a PDF, or which kind of bad PDF it is, with a message that says so. Never throws. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfExtraction> {
  if (!looksLikePdf(bytes)) {
    return { error: 'corrupt', message: 'not a PDF file (no %PDF- header); it may be damaged or another kind of file' };
  }
  // Every PDF ends with %%EOF (within its last 1024 bytes); a cut-off download does not.
  if (!hasMarker(bytes, '%%EOF', bytes.length - 1024, bytes.length)) {
    return { error: 'truncated', message: 'the PDF is truncated (it has no end-of-file marker); download or copy it again' };
  }
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (error) {
    return { error: 'corrupt', message: `PDF.js could not be loaded: ${error instanceof Error ? error.message : String(error)}` };
  }
  let task: ReturnType<PdfJs['getDocument']>;
  try {
    task = pdfjs.getDocument({
      data: new Uint8Array(bytes), // a copy (never a Buffer): PDF.js takes over the buffer it is given
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      isOffscreenCanvasSupported: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      disableStream: true,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
  } catch (error) {
    return classify(error);
  }
  // An encrypted PDF asks for a password: with no onPassword handler it fails at once.
  try {
    const doc = await task.promise;
    const pages: PositionedItem[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
      pages.push(content.items.flatMap((i) => ('str' in i ? [i as PositionedItem] : [])));
      page.cleanup();
    }
    if (!pages.some((items) => items.some((i) => /\S/.test(i.str)))) {
      const count = `${doc.numPages} page${doc.numPages === 1 ? '' : 's'}`;
      return { error: 'no-text-layer', message: `the PDF has no text layer (${count}, no text on any): ${OCR}` };
    }
    const leading = usualLeading(pages);
    const pageStarts: number[] = [];
    let text = '';
    for (const items of pages) {
      if (pageStarts.length) text += '\n';
      text += PAGE_BREAK;
      pageStarts.push(text.length);
      text += pageText(items, leading);
    }
    return { text: text + '\n', pageStarts };
  } catch (error) {
    return classify(error);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function classify(error: unknown): PdfError {
  const name = (error as { name?: string })?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException' || /password/i.test(detail)) {
    return { error: 'encrypted', message: 'the PDF is encrypted (password protected); save an unprotected copy to check it' };
  }
  if (name === 'InvalidPDFException') return { error: 'corrupt', message: `the PDF is damaged and cannot be read (${detail})` };
  return { error: 'corrupt', message: `the PDF cannot be read (${detail})` };
}
