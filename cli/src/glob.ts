/**
 * Glob patterns on the command line, for shells that do not expand them (and for quoted
 * patterns): `*`, `?`, `[abc]`, `{a,b}` within a path segment, and `**` for any depth.
 */
import * as fs from 'node:fs';

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** A regular expression for one path segment's pattern. */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function sortedEntries(dir: string, onError: (file: string, reason: string) => void): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    onError(dir, (error as Error).message);
    return [];
  }
}

/** The paths that match a pattern, sorted within each directory; files and directories. */
export function* expandGlob(pattern: string, onError: (file: string, reason: string) => void = () => {}): Generator<string> {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = normalized.startsWith('/');
  const segments = normalized.split('/').filter((s) => s !== '' && s !== '.');
  const firstMagic = segments.findIndex(isGlob);
  if (firstMagic < 0) {
    if (fs.existsSync(pattern)) yield pattern;
    return;
  }
  const base = (absolute ? '/' : '') + segments.slice(0, firstMagic).join('/');
  yield* walkPattern(base, segments.slice(firstMagic), onError);
}

function* walkPattern(dir: string, rest: string[], onError: (file: string, reason: string) => void): Generator<string> {
  const [head, ...tail] = rest;
  const join = (name: string): string => (dir === '' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`);
  if (head === '**') {
    // Zero directories, then one or more (never into hidden folders or node_modules).
    // A trailing ** stands for every file below.
    if (tail.length) yield* walkPattern(dir, tail, onError);
    for (const e of sortedEntries(dir || '.', onError)) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory() && e.name !== 'node_modules') yield* walkPattern(join(e.name), rest, onError);
      else if (!tail.length && e.isFile()) yield join(e.name);
    }
    return;
  }
  if (!isGlob(head)) {
    const next = join(head);
    if (!tail.length) {
      if (fs.existsSync(next)) yield next;
    } else if (isDirectory(next)) yield* walkPattern(next, tail, onError);
    return;
  }
  const re = segmentRegExp(head);
  for (const e of sortedEntries(dir || '.', onError)) {
    if (!re.test(e.name) || (e.name.startsWith('.') && !head.startsWith('.'))) continue;
    const next = join(e.name);
    if (!tail.length) yield next;
    else if (e.isDirectory() || isDirectory(next)) yield* walkPattern(next, tail, onError);
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
