/**
 * An index of every letter in the workspace folders, for workspace symbols and the
 * Explorer view. It is built in the background in small batches, so requests are served
 * between batches, and kept up to date from file-change events.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { detectFormat, parseLetter } from './service';
import { toRange } from './convert';
import type { IndexedItem, IndexedLetter } from './customMessages';

const LETTER_FILE = /\.(?:txt|imr)$/i;
const BATCH = 50;

export function summarize(uri: string, text: string): IndexedLetter | null {
  if (!detectFormat(text)) return null;
  const letter = parseLetter(text);
  if (!letter) return null;
  const doc = TextDocument.create(uri, 'imr-letter', 0, text);
  return {
    uri,
    format: letter.format,
    items: letter.items.map((i) => ({ service: i.service, decision: i.decision, category: i.category, range: toRange(doc, i.serviceSpan) })),
  };
}

async function* letterFiles(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') yield* letterFiles(full);
    else if (e.isFile() && LETTER_FILE.test(e.name)) yield full;
  }
}

export class WorkspaceIndex {
  private readonly letters = new Map<string, IndexedLetter>();

  constructor(private readonly maxBytes: () => number) {}

  /** Indexes the folders; `report` is told how many files were read so far. */
  async build(folderUris: readonly string[], report: (done: number) => void, cancelled: () => boolean): Promise<void> {
    let done = 0;
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      for await (const file of letterFiles(fileURLToPath(folder))) {
        if (cancelled()) return;
        await this.updateFile(file);
        if (++done % BATCH === 0) {
          report(done);
          // Let queued requests run between batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    }
    report(done);
  }

  async updateFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).toString();
    try {
      const stat = await fs.stat(file);
      if (stat.size > this.maxBytes()) {
        this.letters.delete(uri);
        return;
      }
      const summary = summarize(uri, await fs.readFile(file, 'utf8'));
      if (summary) this.letters.set(uri, summary);
      else this.letters.delete(uri);
    } catch {
      this.letters.delete(uri);
    }
  }

  remove(uri: string): void {
    this.letters.delete(uri);
  }

  all(): IndexedLetter[] {
    return [...this.letters.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Items whose service, decision or category contain every word of the query. */
  search(query: string, limit: number): { letter: IndexedLetter; item: IndexedItem }[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: { letter: IndexedLetter; item: IndexedItem }[] = [];
    for (const letter of this.letters.values()) {
      for (const item of letter.items) {
        const haystack = `${item.service} ${item.decision ?? 'no decision'} ${item.category}`.toLowerCase();
        if (words.every((w) => haystack.includes(w))) {
          out.push({ letter, item });
          if (out.length >= limit) return out;
        }
      }
    }
    return out;
  }
}
