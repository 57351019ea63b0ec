/**
 * Lays a letter out as text: wraps paragraphs to a page width, and, for letters extracted
 * from PDFs, adds the extraction artifacts (space-padded lines each followed by a blank
 * line, page breaks with footers and running headers, hyphenation, CRLF, non-breaking
 * spaces, en dashes, curly quotes).
 */
import { Random } from './random';

export type Block =
  /** One line, never wrapped (a heading, a label line, a service line). */
  | { t: 'line'; text: string; protect?: boolean }
  /**
   * A paragraph, wrapped to the page width. `prose` paragraphs may be hyphenated;
   * `wrapOnlyInPdf` ones stay on one line in plain text (a 2013 item's decision line).
   */
  | { t: 'para'; text: string; protect?: boolean; prose?: boolean; wrapOnlyInPdf?: boolean }
  /** A heading on one or two lines; no page break falls inside it. */
  | { t: 'heading'; lines: string[] }
  | { t: 'blank' };

export interface Artifacts {
  crlf: boolean;
  /** "Page N of M" at the bottom of each page. */
  footer: boolean;
  /** A line repeated at the top of every page after the first. */
  runningHeader: string | null;
  /** Text lines per page (before the blank line each one gets). */
  pageLines: number;
  /** How many words to hyphenate across lines, at most. */
  hyphenations: number;
  /** How many spaces to turn into non-breaking spaces. */
  nbsp: number;
  curlyQuotes: boolean;
  enDashes: boolean;
}

interface Line {
  text: string;
  /** Exempt from character substitutions (service and heading lines keep their exact text). */
  protect: boolean;
  heading: boolean;
  /** Do not break the page right after this line. */
  keepNext: boolean;
  blank: boolean;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const SUFFIXES = ['ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ity', 'ical', 'ness', 'ance', 'ence', 'ing', 'ures'] as const;

function isVowel(c: string): boolean {
  return VOWELS.has(c);
}

/**
 * A plausible hyphenation point (the length of the part before the hyphen), at most
 * `maxPrefix`, with at least 4 letters before and 3 after; -1 if none. Tries a suffix
 * ("improve-ment", "restric-tions"), then a split between two consonants ("recom-mend").
 */
function hyphenPoint(word: string, maxPrefix: number): number {
  for (const suffix of SUFFIXES) {
    const at = word.length - suffix.length;
    if (word.endsWith(suffix) && at >= 4 && at <= maxPrefix) return at;
  }
  for (let i = Math.min(word.length - 3, maxPrefix); i >= 4; i--) {
    const a = word.charAt(i - 1);
    const b = word.charAt(i);
    if (!isVowel(a) && !isVowel(b) && isVowel(word.charAt(i - 2)) && isVowel(word.charAt(i + 1))) return i;
  }
  return -1;
}

function wrap(
  text: string,
  width: number,
  protect: boolean,
  hyph: { left: number; rng: Random | null },
  out: Line[],
): void {
  const words = text.split(' ');
  let line = '';
  const push = (s: string): void => {
    out.push({ text: s.trimEnd(), protect, heading: false, keepNext: false, blank: false });
  };
  for (let wi = 0; wi < words.length; wi++) {
    const word = words[wi] as string;
    if (line === '') {
      if (word === '') continue;
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    // Try to hyphenate a long lower-case word across the line end.
    if (hyph.rng !== null && hyph.left > 0 && !protect && /^[a-z]{10,}[.,;]?$/.test(word) && hyph.rng.chance(0.6)) {
      const room = width - line.length - 2;
      const core = word.replace(/[.,;]$/, '');
      const at = hyphenPoint(core, room);
      if (at > 0) {
        push(`${line} ${word.slice(0, at)}-`);
        hyph.left--;
        line = word.slice(at);
        continue;
      }
    }
    push(line);
    line = word;
  }
  if (line !== '') push(line);
}

/** Lays out the blocks. With `art` null the result is plain text, one line per line, LF endings. */
export function layout(blocks: readonly Block[], width: number, art: Artifacts | null, rng: Random): string {
  const lines: Line[] = [];
  const hyph = { left: art === null ? 0 : art.hyphenations, rng: art === null ? null : rng };
  for (const b of blocks) {
    switch (b.t) {
      case 'blank':
        lines.push({ text: '', protect: true, heading: false, keepNext: false, blank: true });
        break;
      case 'line':
        lines.push({ text: b.text, protect: b.protect === true, heading: false, keepNext: false, blank: false });
        break;
      case 'heading':
        b.lines.forEach((text, i) => {
          lines.push({ text, protect: true, heading: true, keepNext: i < b.lines.length - 1, blank: false });
        });
        break;
      default:
        if (art === null && b.wrapOnlyInPdf === true) {
          lines.push({ text: b.text, protect: b.protect === true, heading: false, keepNext: false, blank: false });
        } else {
          wrap(b.text, width, b.protect === true, b.prose === true ? hyph : { left: 0, rng: null }, lines);
        }
        break;
    }
  }
  if (art === null) {
    return `${lines.map((l) => l.text).join('\n')}\n`;
  }

  substitute(lines, art, rng);

  // Pages: choose the break points first, so the footer can say "of M".
  const breaks: number[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    count++;
    const l = lines[i] as Line;
    if (count >= art.pageLines && !l.keepNext && i < lines.length - 1) {
      breaks.push(i);
      count = 0;
    }
  }
  const total = breaks.length + 1;
  const out: string[] = [];
  let page = 1;
  let nextBreak = 0;
  const endPage = (): void => {
    const run = rng.int(1, 3);
    for (let k = 0; k < run; k++) out.push(rng.chance(0.3) ? ' ' : '');
    if (art.footer) out.push(` Page ${page} of ${total} `, '');
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const trailing = rng.chance(0.03) ? '   ' : ' ';
    out.push(l.blank ? ' ' : ` ${l.text}${trailing}`, '');
    if (breaks[nextBreak] === i) {
      nextBreak++;
      endPage();
      page++;
      if (art.runningHeader !== null) out.push(` ${art.runningHeader} `, '');
    }
  }
  if (art.footer) endPage();
  const eol = art.crlf ? '\r\n' : '\n';
  return out.join(eol) + eol;
}

/** Curly quotes, en dashes and non-breaking spaces, outside protected lines. */
function substitute(lines: Line[], art: Artifacts, rng: Random): void {
  for (const l of lines) {
    if (l.protect || l.blank) continue;
    let t = l.text;
    if (art.curlyQuotes) {
      t = t.replace(/(\w)'(\w)/g, '$1\u2019$2').replace(/"([^"]*)"/g, '\u201c$1\u201d');
    }
    if (art.enDashes) {
      t = t.replace(/(\d)-(\d)/g, (m, a: string, b: string) => (rng.chance(0.5) ? `${a}\u2013${b}` : m)).replace(/ - /g, ' \u2013 ');
    }
    l.text = t;
  }
  // Non-breaking spaces: any line but headings (they stay findable as written).
  const candidates = lines.filter((l) => !l.blank && !l.heading && l.text.includes(' '));
  for (let k = 0; k < art.nbsp && candidates.length > 0; k++) {
    const l = rng.pick(candidates);
    const spaces: number[] = [];
    for (let i = 0; i < l.text.length; i++) if (l.text[i] === ' ') spaces.push(i);
    if (spaces.length === 0) continue;
    const at = rng.pick(spaces);
    l.text = `${l.text.slice(0, at)}\u00a0${l.text.slice(at + 1)}`;
  }
}
