/**
 * PDF letters in the editor. "IMR: Open PDF letter as text" (command palette, or the
 * Explorer context menu of a .pdf) opens a read-only imr-letter document of the PDF's
 * text, on the imr-pdf: scheme, with the outline, diagnostics and hovers of any letter;
 * hovers there also name the PDF page. Opening a .pdf that is a letter offers this once.
 * Text is extracted in-process by PDF.js and cached by path, modification time and size:
 * re-opening an unchanged PDF does not extract it again; a changed one is extracted again
 * and its open letter document is refreshed. A PDF whose text is not a determination letter
 * is refused with a message, like a bad PDF.
 */
import * as vscode from 'vscode';
import { detectFormat } from '../../server/src/service';
import { extractPdfText, isPdfError, type PdfExtraction } from '../../pdf/src/extractText';
import { pageLabel, pageOf } from '../../pdf/src/pages';

export const PDF_SCHEME = 'imr-pdf';
const LANGUAGE = 'imr-letter';
const COMMAND = 'imrLetters.openPdfAsText';

interface Cached {
  mtime: number;
  size: number;
  /** Shared by callers that ask while it runs (the offer and the command, say). */
  extraction: Promise<PdfExtraction>;
  /** The result once there is one, for hovers, which cannot wait. */
  settled?: PdfExtraction;
}

/** The most recently extracted PDFs, oldest first. */
const cache = new Map<string, Cached>();
const CACHE_SIZE = 50;
/** Fires with the letter document of a PDF extracted again because it changed, so that VS Code asks for its new text. */
const letterChanged = new vscode.EventEmitter<vscode.Uri>();
let extractionCount = 0;

/** Extractions actually run (re-opening an unchanged PDF adds none): for the tests, through activate()'s API. */
export function pdfExtractionCount(): number {
  return extractionCount;
}

function isPdf(uri: vscode.Uri | undefined): uri is vscode.Uri {
  return !!uri && uri.scheme !== PDF_SCHEME && /\.pdf$/i.test(uri.path);
}

/** The PDF behind an imr-pdf: document. */
function pdfUri(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.parse(decodeURIComponent(uri.query));
}

/** The PDF behind a document, if it is a PDF letter opened as text. */
export function pdfOf(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === PDF_SCHEME ? pdfUri(uri) : undefined;
}

/** The imr-pdf: document for a PDF: its path (for the tab title) and the PDF's own URI in the query. */
export function letterUriFor(pdf: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: PDF_SCHEME, path: `${pdf.path}.txt`, query: encodeURIComponent(pdf.toString()) });
}

async function extract(pdf: vscode.Uri): Promise<PdfExtraction> {
  try {
    return await extractPdfText(await vscode.workspace.fs.readFile(pdf));
  } catch (error) {
    return { error: 'corrupt', message: `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The extracted text (or why there is none), extracting only when the file has changed. Throws if the file cannot be found. */
export async function pdfText(pdf: vscode.Uri): Promise<PdfExtraction> {
  const key = pdf.toString();
  const stat = await vscode.workspace.fs.stat(pdf);
  const hit = cache.get(key);
  if (hit && hit.mtime === stat.mtime && hit.size === stat.size) return hit.extraction;
  extractionCount++;
  const entry: Cached = { mtime: stat.mtime, size: stat.size, extraction: extract(pdf) };
  cache.delete(key);
  cache.set(key, entry);
  for (const old of cache.keys()) if (cache.size > CACHE_SIZE) cache.delete(old);
  entry.settled = await entry.extraction;
  if (hit) letterChanged.fire(letterUriFor(pdf));
  return entry.settled;
}

/** The cached page starts of an imr-pdf: document, if it has been extracted. */
function pageStartsOf(doc: vscode.TextDocument): number[] | null {
  if (doc.uri.scheme !== PDF_SCHEME) return null;
  const settled = cache.get(pdfUri(doc.uri).toString())?.settled;
  return settled && !isPdfError(settled) ? settled.pageStarts : null;
}

/** "PDF page N" for a position in an imr-pdf: document, or null. */
export function pdfPageAt(doc: vscode.TextDocument, position: vscode.Position): string | null {
  const starts = pageStartsOf(doc);
  return starts ? pageLabel(pageOf(starts, doc.offsetAt(position))) : null;
}

class PdfLetterProvider implements vscode.TextDocumentContentProvider {
  readonly onDidChange = letterChanged.event;

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    let result: PdfExtraction;
    try {
      result = await pdfText(pdfUri(uri));
    } catch (error) {
      return `This PDF cannot be opened as a letter: it cannot be read (${error instanceof Error ? error.message : String(error)})\n`;
    }
    // Form feeds mark page starts; shown as spaces (same offsets, so pageStarts still hold).
    if (!isPdfError(result)) return result.text.replace(/\f/g, ' ');
    return `This PDF cannot be opened as a letter: ${result.message}\n`;
  }
}

/**
 * Why a PDF cannot be opened as a letter, or null if it can. Its whole text is searched for
 * the format markers, as the letter parser does, so that any PDF the server would read as a
 * letter opens.
 */
export function pdfProblem(pdf: vscode.Uri, result: PdfExtraction): string | null {
  const name = vscode.workspace.asRelativePath(pdf);
  if (!isPdfError(result)) {
    return detectFormat(result.text, Infinity) ? null : `IMR Letters: ${name} has a text layer but is not an IMR determination letter (no format markers found).`;
  }
  const kind = { encrypted: 'an encrypted PDF', 'no-text-layer': 'an image-only PDF', truncated: 'a truncated PDF', corrupt: 'a damaged PDF' }[result.error];
  return `IMR Letters: ${name} is ${kind}: ${result.message}.`;
}

/** The command: opens the PDF's letter document and returns it, or shows why it cannot and returns undefined. */
async function openPdfAsText(arg?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  let pdf = isPdf(arg) ? arg : activePdf();
  if (!pdf) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'PDF letters': ['pdf'] }, openLabel: 'Open as letter' });
    pdf = picked?.[0];
  }
  if (!pdf) return undefined;
  let result: PdfExtraction;
  try {
    result = await pdfText(pdf);
  } catch (error) {
    void vscode.window.showErrorMessage(`IMR Letters: ${vscode.workspace.asRelativePath(pdf)} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
  const problem = pdfProblem(pdf, result);
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(letterUriFor(pdf));
  const letterDoc = doc.languageId === LANGUAGE ? doc : await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE);
  await vscode.window.showTextDocument(letterDoc, { preview: false });
  return letterDoc;
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputCustom || input instanceof vscode.TabInputText) return input.uri;
  return (input as { uri?: vscode.Uri } | undefined)?.uri;
}

function activePdf(): vscode.Uri | undefined {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const uri = tab ? tabUri(tab) : undefined;
  return isPdf(uri) ? uri : undefined;
}

/** When a .pdf opens in a tab (a binary or custom editor) and is a letter, offer to open it as one, once per file. */
function offerOnOpen(): vscode.Disposable {
  const offered = new Set<string>();
  const consider = async (uri: vscode.Uri | undefined) => {
    if (!isPdf(uri) || offered.has(uri.toString())) return;
    offered.add(uri.toString());
    let result: PdfExtraction;
    try {
      result = await pdfText(uri);
    } catch {
      return;
    }
    if (isPdfError(result) || !detectFormat(result.text.slice(0, 8000))) return;
    const open = 'Open as letter';
    const name = vscode.workspace.asRelativePath(uri);
    if ((await vscode.window.showInformationMessage(`${name} looks like an IMR determination letter. Open its text as a letter?`, open)) === open) {
      await openPdfAsText(uri);
    }
  };
  for (const group of vscode.window.tabGroups.all) for (const tab of group.tabs) void consider(tabUri(tab));
  return vscode.window.tabGroups.onDidChangeTabs((e) => {
    for (const tab of e.opened) void consider(tabUri(tab));
  });
}

/** Hovers in imr-pdf: documents name the PDF page (shown with the server's hover, if any). */
function pageHover(): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ scheme: PDF_SCHEME, language: LANGUAGE }, {
    provideHover(doc, position) {
      const range = doc.getWordRangeAtPosition(position);
      const page = range && pdfPageAt(doc, position);
      return page ? new vscode.Hover(new vscode.MarkdownString(`*${page}*`), range) : undefined;
    },
  });
}

export function registerPdfLetters(): vscode.Disposable {
  return vscode.Disposable.from(
    letterChanged,
    vscode.workspace.registerTextDocumentContentProvider(PDF_SCHEME, new PdfLetterProvider()),
    vscode.commands.registerCommand(COMMAND, openPdfAsText),
    offerOnOpen(),
    pageHover(),
  );
}
