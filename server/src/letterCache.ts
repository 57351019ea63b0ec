/**
 * One parse per document version, shared by every feature. Documents over the size cap
 * are not parsed; the cache remembers that, so the user is told once, not on every keystroke.
 *
 * Only the most recently used documents keep their parse: a user with a thousand letters open
 * works in a few of them, and re-parsing one that comes back into use costs well under a
 * millisecond, where keeping every model costs megabytes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter, type ParsedLetter } from './service';

export type CachedLetter =
  | { kind: 'letter'; letter: ParsedLetter; text: string }
  | { kind: 'not-a-letter' }
  | { kind: 'too-large'; size: number };

interface Entry {
  version: number;
  maxBytes: number;
  value: CachedLetter;
}

export class LetterCache {
  /** In order of last use, oldest first (a Map keeps insertion order). */
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 100) {}

  get(doc: TextDocument, maxBytes: number): CachedLetter {
    const cached = this.entries.get(doc.uri);
    this.entries.delete(doc.uri);
    if (cached && cached.version === doc.version && cached.maxBytes === maxBytes) {
      this.entries.set(doc.uri, cached);
      return cached.value;
    }
    const text = doc.getText();
    // The UTF-16 length is close to the byte size for letters, and needs no encoding pass.
    let value: CachedLetter;
    if (text.length > maxBytes) value = { kind: 'too-large', size: text.length };
    else {
      const letter = parseLetter(text);
      value = letter ? { kind: 'letter', letter, text } : { kind: 'not-a-letter' };
    }
    this.entries.set(doc.uri, { version: doc.version, maxBytes, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
