/**
 * The letters named on the command line: files, directories searched recursively, or "-"
 * for standard input. A path that cannot be read is reported, and the run goes on.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Input {
  name: string;
  read(): string;
}

const LETTER_FILE = /\.(?:txt|imr)$/i;

export interface ExpandedInputs {
  inputs: Input[];
  errors: string[];
}

export function expandInputs(args: readonly string[]): ExpandedInputs {
  const inputs: Input[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ name: '<stdin>', read: () => fs.readFileSync(0, 'utf8') });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (error) {
      errors.push(`${arg}: ${describe(error)}`);
      continue;
    }
    if (stat.isDirectory()) for (const file of walk(arg, errors)) inputs.push(fileInput(file));
    else inputs.push(fileInput(arg));
  }
  return { inputs, errors };
}

function fileInput(file: string): Input {
  return { name: file, read: () => fs.readFileSync(file, 'utf8') };
}

/** Letter files below a directory, in a stable (sorted) order. */
function walk(dir: string, errors: string[]): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${dir}: ${describe(error)}`);
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...walk(full, errors));
    else if (e.isFile() && LETTER_FILE.test(e.name)) out.push(full);
  }
  return out;
}

export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
