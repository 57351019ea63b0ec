/**
 * The expert reviewer's specialty and state(s) of licensure, written either as labelled
 * lines ("State(s) of Licensure: California") or in a sentence ("is Board Certified in
 * Psychology, and is licensed to practice in Texas").
 */
import type { Letter, Span } from '../model';
import type { Block } from '../text/block';

const LICENSURE_LINE = /\bState\(?s?\)? of Licensure\s{0,8}:\s{0,8}([A-Za-z ,&]{1,120}?)(?=\s{1,8}Certification|\s{0,8}$|\s{0,8}[.;])/i;
const SPECIALTY_LINE = /\b(?:Certification\(?s?\)?\s{0,8}\/\s{0,8}Specialty|Specialty|Board Certification)\s{0,8}:\s{0,8}([A-Za-z&,/'() -]{1,120}?)(?=\s{1,8}State\(?s?\)? of Licensure|\s{0,8}$|\s{0,8}[.;])/i;
// Specialties contain "and" (Physical Medicine and Rehabilitation): stop at "and" only before a new clause.
const CLAUSE_END = '(?=\\s{0,8}(?:,|\\.|;|\\band (?:is|holds|has|was|licensed|currently|practices)\\b|\\bwho\\b|\\bwith\\b|$))';
const BOARD_CERTIFIED = new RegExp(`\\b(?:is |are )?board[- ]certified (?:in|by the American Board of)\\s{1,8}([A-Za-z&/' -]{1,120}?)${CLAUSE_END}`, 'i');
const SPECIALIZES = new RegExp(`\\b(?:specializes|specializing|specialty|[Ll]icensed|[Tt]rained|[Cc]ertified) in\\s{1,8}([A-Z][A-Za-z&/' -]{1,120}?)${CLAUSE_END}`);
const LICENSED_IN = /\blicen(?:sed|se)(?: to practice)?(?: [a-z]{1,20}){0,3}? in\s{1,8}(?:the (?:State|Commonwealth) of\s{1,8})?([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?(?:(?:,\s?(?:and\s)?|\sand\s)[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})?){0,50})/;

const US_STATES = new Set(
  ('Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa ' +
    'Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada ' +
    'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island ' +
    'South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming District_of_Columbia')
    .split(' ')
    .map((s) => s.replace(/_/g, ' ')),
);

function states(list: string): string[] {
  return list
    .split(/\s{0,8}(?:,|;|&|\band\b)\s{0,8}/)
    .map((s) => s.trim())
    .filter((s) => US_STATES.has(s));
}

function join(a: Span | null, b: Span): Span {
  return a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : b;
}

export function findReviewer(blocks: Iterable<Block>): Letter['reviewer'] {
  let specialty: string | null = null;
  let licensure: string[] = [];
  let span: Span | null = null;
  for (const block of blocks) {
    const text = block.text;
    if (!licensure.length) {
      const m = LICENSURE_LINE.exec(text) ?? LICENSED_IN.exec(text);
      const found = m ? states(m[1]) : [];
      if (m && found.length) {
        licensure = found;
        span = join(span, block.span(m.index, m.index + m[0].length));
      }
    }
    if (specialty === null) {
      const m = SPECIALTY_LINE.exec(text) ?? BOARD_CERTIFIED.exec(text) ?? SPECIALIZES.exec(text);
      if (m && !US_STATES.has(m[1].trim())) {
        specialty = m[1].trim().replace(/\s+/g, ' ');
        span = join(span, block.span(m.index, m.index + m[0].length));
      }
    }
    // Stop before asking for another block: later blocks are only worked out when needed (see thenLazily).
    if (specialty !== null && licensure.length) break;
  }
  return { specialty, licensure, span };
}
