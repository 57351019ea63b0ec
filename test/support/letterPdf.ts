/**
 * PDF fixtures made from the text fixtures with pdf-lib: the letter's lines set in Courier,
 * a fixed number of lines per page, a "Page N of M" footer on each page, and optionally a
 * heading wrapped over two lines with the page break between them. Also the bad PDFs:
 * encrypted, image-only, truncated and garbage.
 */
import { PDFDocument, PDFString, PDFHexString, StandardFonts, type PDFFont } from 'pdf-lib';

export interface LetterPdfOptions {
  /** Text lines per page (blank lines count). */
  linesPerPage?: number;
  /** Print "Page N of M" at the foot of every page (default true). */
  footer?: boolean;
  /** End a page early at a blank line within its last few lines, as word processors keep paragraphs together. */
  keepParagraphs?: boolean;
  /** Wrap this heading after its first `splitAfterWords` words, and break the page there. */
  splitHeading?: { heading: string; splitAfterWords: number };
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 36;
const SIZE = 7;
const LEADING = 10;

/** A symbol font's bullets, as text extracted from a PDF gives them (private-use U+F0B7, U+F0A7). */
const SYMBOL_BULLET = /[\uf0b7\uf0a7]/;

/**
 * What a standard font draws for characters it has no glyph for, as they look on the page: a
 * ligature as its letters (as PDF.js extracts one), other bullets as "•", a hyphen or a non-breaking one as "-".
 */
const NEAREST_DRAWABLE: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\u2010': '-',
  '\u2011': '-',
  '\u25aa': '•',
  '\u27a2': '•',
  '\u2032': "'",
  '\u2033': '"',
  '\u2265': '>=',
  '\u2192': '->',
};

/**
 * Characters a standard (WinAnsi) font cannot draw are replaced, never thrown on: by what it can
 * draw in their place (see NEAREST_DRAWABLE), a tab or an odd space by a space, a symbol font's
 * bullet by "•", as a PDF shows them, anything else by "?". A soft hyphen inside a line is not drawn.
 */
function drawable(font: PDFFont, line: string): string {
  let out = '';
  // A soft hyphen shows only where a line breaks, as a hyphen; inside a line it is not drawn.
  for (const ch of line.replace(/\u00ad(?=[ \t]*\S)/g, '')) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += NEAREST_DRAWABLE[ch] ?? (/\s/.test(ch) ? ' ' : SYMBOL_BULLET.test(ch) ? '•' : '?');
    }
  }
  return out;
}

/** Splits the letter into pages of lines; the split heading, if any, ends a page after its first part. */
export function paginate(text: string, options: LetterPdfOptions = {}): string[][] {
  const perPage = options.linesPerPage ?? 60;
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  // Double-spaced text (a blank line after most lines) marks paragraphs with two or more.
  const singles = lines.filter((l, i) => l.trim() && i + 1 < lines.length && !lines[i + 1].trim()).length;
  const doubleSpaced = singles > lines.filter((l) => l.trim()).length / 2;
  const pages: string[][] = [[]];
  for (const line of lines) {
    const split = options.splitHeading;
    if (split && line.trim() === split.heading) {
      const words = line.trim().split(/\s+/);
      pages[pages.length - 1].push(words.slice(0, split.splitAfterWords).join(' '));
      pages.push([words.slice(split.splitAfterWords).join(' ')]);
      continue;
    }
    const page = pages[pages.length - 1];
    if (page.length >= perPage) {
      let blank = -1;
      const isBreak = (i: number) => !page[i].trim() && (!doubleSpaced || (i > 0 && !page[i - 1].trim()));
      if (options.keepParagraphs) for (let i = page.length - 1; i >= perPage - 6 && blank < 0; i--) if (isBreak(i)) blank = i;
      pages.push(blank > 0 ? page.splice(blank) : []);
    }
    pages[pages.length - 1].push(line);
  }
  return pages;
}

export async function letterPdf(text: string, options: LetterPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  const pages = paginate(text, options);
  pages.forEach((lines, p) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    let y = PAGE_HEIGHT - MARGIN;
    for (const line of lines) {
      if (line.trim()) {
        const text = drawable(font, line);
        // A line too long for the page (a letter with a paragraph to a line) is drawn smaller, not cut off.
        const size = Math.min(SIZE, (SIZE * (PAGE_WIDTH - 2 * MARGIN)) / font.widthOfTextAtSize(text, SIZE));
        page.drawText(text, { x: MARGIN, y, size, font });
      }
      y -= LEADING;
    }
    if (options.footer !== false) {
      page.drawText(`Page ${p + 1} of ${pages.length}`, { x: PAGE_WIDTH / 2 - 20, y: MARGIN / 2, size: SIZE, font });
    }
  });
  return doc.save({ useObjectStreams: false });
}

/** One page holding only an image (a tiny grey bitmap drawn full page), as a scanner makes. */
export async function imageOnlyPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // A 1x1 grey PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==', 'base64');
  const image = await doc.embedPng(png);
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE_WIDTH, height: PAGE_HEIGHT });
  }
  return doc.save();
}

/**
 * A PDF encrypted with the standard security handler and a user password. pdf-lib does not
 * encrypt, so the /Encrypt dictionary is written by hand: RC4 40-bit (V 1, R 2) with /O and
 * /U values that no empty password matches, which is all a reader needs to ask for one.
 */
export async function encryptedPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await letterPdf(text));
  const filler = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed * 11) & 0xff).toString(16).padStart(2, '0')).join('');
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    Length: 40,
    P: -44,
    O: PDFHexString.of(filler(1)),
    U: PDFHexString.of(filler(2)),
  });
  const ref = doc.context.register(encrypt);
  doc.context.trailerInfo.Encrypt = ref;
  doc.context.trailerInfo.ID = doc.context.obj([PDFString.of('0123456789abcdef'), PDFString.of('0123456789abcdef')]);
  return doc.save({ useObjectStreams: false });
}

/** The first part of a PDF, as a download cut short leaves it. */
export function truncated(bytes: Uint8Array, keep = 0.6): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}

/** Bytes that are not a PDF at all. */
export function garbage(length = 4096): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x & 0xff;
  }
  return out;
}
