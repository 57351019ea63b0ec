/**
 * What the workspace index keeps of one letter file: its format and its disputed items with
 * their ranges, never its text. Runs in the index's worker threads, so it imports only the
 * letter service and the small text-document package, not the language-server library.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { detectFormat, outlineLetter } from './service';
import type { IndexedLetter } from './customMessages';

export function summarize(uri: string, text: string): IndexedLetter | null {
  if (!detectFormat(text)) return null;
  const letter = outlineLetter(text);
  if (!letter) return null;
  const doc = TextDocument.create(uri, 'imr-letter', 0, text);
  return {
    uri,
    format: letter.format,
    items: letter.items.map((i) => ({
      service: i.service,
      decision: i.decision,
      category: i.category,
      range: { start: doc.positionAt(i.serviceSpan.start), end: doc.positionAt(i.serviceSpan.end) },
    })),
  };
}

export interface FileSummary {
  uri: string;
  /** Null for a file that is not a letter, is larger than the cap, or cannot be read. */
  letter: IndexedLetter | null;
}

export function summarizeFile(file: string, maxBytes: number): FileSummary {
  const uri = pathToFileURL(file).toString();
  try {
    if (fs.statSync(file).size > maxBytes) return { uri, letter: null };
    return { uri, letter: summarize(uri, fs.readFileSync(file, 'utf8')) };
  } catch {
    // Unreadable, gone since it was listed, or a letter the service fails on: not indexed.
    return { uri, letter: null };
  }
}
