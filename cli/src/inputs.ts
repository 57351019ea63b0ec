/**
 * The letters named on the command line: files, directories searched recursively, glob
 * patterns, or "-" for standard input. They are produced one at a time, in a stable order
 * (arguments in order, directory entries sorted), so a large corpus is never listed in
 * memory. A path that cannot be found is reported, and the run goes on.
 *
 * An input is only its name, so that a batch of them can be sent to a worker thread, which
 * reads the files itself. To read another kind of file, add its extension to LETTER_FILE and
 * a reader for it to readLetterFile.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expandGlob, isGlob } from './glob';
import type { LetterText } from './checkLetter';
import { looksLikePdf } from '../../pdf/src/extractText';
import { isPdfFile, pdfLetter, readPdfLetter } from '../../pdf/src/readLetterFile';

export interface Input {
  /** The file's path as found, or "<stdin>". */
  name: string;
  stdin?: true;
}

/** The files a directory search picks up. */
export const LETTER_FILE = /\.(?:txt|imr|pdf)$/i;

export function fileInput(file: string): Input {
  return { name: file };
}

export function stdinInput(): Input {
  return { name: '<stdin>', stdin: true };
}

/** What reading a letter gave: its text (and a PDF's page starts), or why it could not be read. */
export type LetterRead = LetterText | { error: string };

/**
 * Starts reading a letter file, and gives a function that waits for its text. A text file is
 * read at once in the background, so the disk works while earlier letters are checked; a PDF
 * only when asked, as PDF.js does its work on this thread. The promise never rejects.
 */
export function readLetterFile(file: string): () => Promise<LetterRead> {
  if (isPdfFile(file)) return () => settle(readPdfLetter(file));
  const reading = settle(new Promise<LetterText>((resolve, reject) => fs.readFile(file, 'utf8', (error, text) => (error ? reject(error) : resolve({ text })))));
  return () => reading;
}

function settle(reading: Promise<LetterText>): Promise<LetterRead> {
  return reading.then(
    (letter) => letter,
    (error: unknown) => ({ error: describe(error) }),
  );
}

/**
 * Bytes with no file name to go by: a PDF when they carry its %PDF- header (within the first
 * 1024 bytes, where PDF readers look for it), text otherwise.
 */
async function letterFromBytes(bytes: Buffer): Promise<LetterText> {
  return looksLikePdf(bytes) ? pdfLetter(bytes) : { text: bytes.toString('utf8') };
}

/** Standard input, read to its end: a letter as text or as a PDF. */
export async function readStdin(): Promise<LetterText> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return letterFromBytes(Buffer.concat(chunks));
}

/** Every input, in order; onError hears of paths that do not exist or cannot be listed. */
export function* expandInputs(args: readonly string[], onError: (file: string, reason: string) => void): Generator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield stdinInput();
      continue;
    }
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(arg);
    } catch (error) {
      if (!isGlob(arg)) {
        onError(arg, describe(error));
        continue;
      }
    }
    if (stat) {
      if (stat.isDirectory()) yield* walk(arg, onError);
      else yield fileInput(arg);
      continue;
    }
    let matched = false;
    for (const match of expandGlob(arg, onError)) {
      matched = true;
      if (isDirectory(match)) yield* walk(match, onError);
      else yield fileInput(match);
    }
    if (!matched) onError(arg, 'no files match this pattern');
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Letter files below a directory, in a stable (sorted) order. */
function* walk(dir: string, onError: (file: string, reason: string) => void): Generator<Input> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onError(dir, describe(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) yield* walk(full, onError);
    // A symbolic link to a file is read like the file (links to folders are not followed).
    else if ((e.isFile() || e.isSymbolicLink()) && LETTER_FILE.test(e.name)) yield fileInput(full);
  }
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
