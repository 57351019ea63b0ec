/**
 * An index of every letter in the workspace folders, for workspace symbols and the Explorer
 * view. Worker threads read and summarize the files in batches (see indexPool.ts), so the
 * server's thread only lists folders and merges small summaries and stays free for requests.
 * It keeps a summary per letter, never the text or the parse, and follows file changes.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedItem, IndexedLetter, IndexProgress } from './customMessages';
import type { FileSummary } from './letterSummary';

const LETTER_FILE = /\.(?:txt|imr)$/i;
/** Files per batch sent to a worker: enough that messages cost little, few enough for steady progress. */
const BATCH = 32;
/** Batches in flight per worker, so a worker always has the next batch waiting. */
const IN_FLIGHT_PER_WORKER = 2;

/** Reads and summarizes files somewhere other than the server's thread. */
export interface Summarizer {
  readonly size: number;
  summarize(files: string[], maxBytes: number): Promise<FileSummary[]>;
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

  constructor(
    private readonly summarizer: Summarizer,
    private readonly maxBytes: () => number,
  ) {}

  /**
   * Indexes the folders: lists their letter files, then has them summarized in batches, a few
   * in flight per worker. `report` hears after each batch; indexing stops between batches
   * once `cancelled` says so.
   */
  async build(folderUris: readonly string[], report: (progress: IndexProgress) => void, cancelled: () => boolean): Promise<void> {
    const files: string[] = [];
    for (const folder of folderUris) {
      if (!folder.startsWith('file:')) continue;
      for await (const file of letterFiles(fileURLToPath(folder))) files.push(file);
    }
    const progress: IndexProgress = { done: 0, total: files.length };
    report(progress);
    let next = 0;
    const lane = async () => {
      while (next < files.length && !cancelled()) {
        const batch = files.slice(next, next + BATCH);
        next += batch.length;
        this.merge(await this.summarizer.summarize(batch, this.maxBytes()));
        progress.done += batch.length;
        report(progress);
      }
    };
    await Promise.all(Array.from({ length: this.summarizer.size * IN_FLIGHT_PER_WORKER }, lane));
  }

  /** Summarizes changed files again (created or changed on disk). */
  async update(files: string[]): Promise<void> {
    for (let i = 0; i < files.length; i += BATCH) this.merge(await this.summarizer.summarize(files.slice(i, i + BATCH), this.maxBytes()));
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

  private merge(summaries: readonly FileSummary[]): void {
    for (const { uri, letter } of summaries) {
      if (letter) this.letters.set(uri, letter);
      else this.letters.delete(uri);
    }
  }
}
