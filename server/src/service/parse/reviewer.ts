/**
 * The expert reviewer's specialty and state(s) of licensure, written either as labelled
 * lines ("State(s) of Licensure: California") or in a sentence ("is Board Certified in
 * Psychology, and is licensed to practice in Texas").
 */
import type { Letter, Span } from '../model';
import type { Block } from '../text/block';

// A labelled value ends with its line, or where the next label starts on the same line.
// "State(s) of Licensure:", "Licensure:", "Licensed:" or "Licensed in:", its states perhaps in a bulleted list. The search starts at "Licen", a plain word, and
// the label's start is then moved back over "State(s) of " (LABEL_LEAD).
// A full stop only as an abbreviation's, before a comma or the line's end: "Licensed: Calif., Ariz.", not "Nevada. In".
const LICENSURE_LINE = /Licen(?:sure|sed|ses?|se\(s\))(?: in)?\s{0,8}:\s{0,8}(?:[-\u2022*]\s{1,4})?((?:[A-Za-z ,;&]|\.(?=,|[ \t]{0,8}(?:\n|$))){1,120})/i;
const LABEL_LEAD = /\bState\(?s?\)? of $/i;
const SPECIALTY_LINE = /\b(?:Certification\(?s?\)?(?:\s{0,8}\/\s{0,8}Specialty)?|Specialty|Board Certifi(?:cation(?:\(?s\)?)?|ed)|Practice area)\s{0,8}:\s{0,8}([A-Za-z&,/'() -]{1,120})/i;
// At the value's start: the label had no value, and the next line is another label. Or glued to the value, as
// extraction may leave two columns: "CaliforniaCertification(s)/Specialty:", its "fi" a ligature read as "f".
const NEXT_LABEL = /(?:^|\s{1,8}|(?<=[a-z]))(?:(?:Board )?Certifi?cation|(?:State\(?s?\)? of )?Licensure)\b/i;
// Specialties contain "and" (Physical Medicine and Rehabilitation): stop at "and" only before a new clause, and
// before a parenthesis ("Family Medicine (subspecialty: Sports Medicine)") or the licence, on the next line
// of a list ("Board certified in Chiropractic" / "Orthopedics" / "Licensed in California"), or before the years of
// practice ("a specialty in Chiropractic and more than 15 years of clinical practice").
const CLAUSE_END = '(?=\\s{0,8}(?:,|\\.|;|\\(|\\band (?:is|holds|has|was|licensed|currently|practices|an? licen[sc]e|an? (?:active|current|unrestricted|valid)|(?:more than|over|nearly|almost) \\d{1,2})\\b|\\bwho\\b|\\bwith\\b|\\bby the\\b|[Ll]icen[sc]|$))';
// "is board certified in X", "a board certified specialist in X", "holds board certification by the American Board of
// X", "whose board certification is in X", "is a Diplomate of the American Board of X". Not the words after a blank
// left for it: "Board Certified in  and is licensed".
const BOARD_CERTIFIED = new RegExp(`\\b(?:(?:(?:is |are )?board[- ]certified(?: specialist| physician)?|(?:holds |has )?board certification) (?:is )?(?:in|by the American Board of)|[Dd]iplomate(?:,| of the) American Board of|certified by the American Board of)\\s{1,8}(?!and\\b)([A-Za-z&/' -]{1,120}?)${CLAUSE_END}`, 'i');
/**
 * "Diplomate, American Board of Psychiatry and Neurology; Board Certified in Psychiatry": the specialty said in so many
 * words before the board's name, which may name two.
 */
const BOARD_CERTIFIED_IN = new RegExp(`\\b(?:is |are )?board[- ]certified in\\s{1,8}(?!and\\b)([A-Za-z&/' -]{1,120}?)${CLAUSE_END}`, 'i');
/** "Board certified, Physical Medicine & Rehabilitation.": the specialty after a comma or colon, capitalised. */
const BOARD_CERTIFIED_LIST = new RegExp(`\\b[Bb]oard[- ][Cc]ertified[,:]\\s{1,8}([A-Z][A-Za-z&/' -]{1,120}?)${CLAUSE_END}`);
/**
 * "certified by the American Board of Preventive Medicine in Occupational Medicine", "of Psychiatry
 * and Neurology in Psychiatry": a board certifies in the specialty after its name.
 */
const SUBSPECIALTY = /^[A-Z][A-Za-z&'/-]{0,30}(?: (?:[A-Z][A-Za-z&'/-]{0,30}|and|of|&)){0,6} in ([A-Z][A-Za-z&'/-]{0,30}(?: (?:[A-Z][A-Za-z&'/-]{0,30}|and|of|&)){0,6})$/;
/** "holds board certification in that specialty": a specialty named before, as a society's ("a Fellow of the American Academy of X"). */
const THAT_SPECIALTY = /^(?:that|this|the same) (?:specialty|field)$/i;
const SOCIETY = new RegExp(`\\b(?:Fellow|Member|member|Diplomate) of the American (?:Academy|College|Society|Board) of\\s{1,8}([A-Z][A-Za-z&/' -]{1,120}?)${CLAUSE_END}`);
const SPECIALIZES = new RegExp(`\\b(?:(?:specializes|specializing|specialty|[Ll]icensed|[Tt]rained|[Cc]ertified) in|specialty is)\\s{1,8}([A-Z][A-Za-z&/' -]{1,120}?)${CLAUSE_END}`);
/**
 * "Physiatrist (Physical Medicine and Rehabilitation)", "a board-certified physiatrist (Physical Medicine and
 * Rehabilitation)": the specialty in parentheses after its physician's name.
 */
const PHYSIATRIST = /\b[Pp]hysiatrist \(([A-Z][A-Za-z&' ]{3,60})\)/;
/**
 * "an Internal Medicine specialist", "a Sports Medicine doctor", "a board-certified Physical Medicine and Rehabilitation
 * physician": a specialty named before the word for the physician.
 */
const SPECIALIST = /\ban? (?:board[- ]certified )?((?:[A-Z][a-z]{2,20} (?:and |& )?){0,3}(?:Medicine|Surgery|Rehabilitation|Psychiatry|Neurology|Anesthesiology|Rheumatology|Orthopaedics|Orthopedics)) (?:specialist|physician|doctor)\b/;
/** A reviewer who is not a physician names the profession: "is a licensed Chiropractor in California". */
const PROFESSION = /\b(?:is|as) an? (?:[Ll]icensed |[Pp]racticing |[Bb]oard[- ][Cc]ertified )?(Chiropractor|Doctor of Chiropractic|(?:Clinical )?Psychologist|Acupuncturist|Physical Therapist|Occupational Therapist)\b/;
// States listed "California and Nevada", "both California and Nevada", "California as well as Nevada",
// "California and in Texas", "the State of California and the State of Oregon", "the States of ...".
// "licensed in California since 1994 and in Nevada since 2001": the year a licence was granted. Not "application for
// licensure in Arizona is pending". A second
// word is one a state's name has, so that a list that runs into the next line ("Oregon More than 15
// years") still ends at the state.
const STATE = '(?:the District of Columbia|District of Columbia|[A-Z][a-z]{1,20}(?: (?:Hampshire|Jersey|Mexico|York|Carolina|Dakota|Island|Virginia))?|[A-Z]{2}\\b)(?: since (?:19|20)\\d{2})?';
/** A licence the reviewer does not hold: "is pending", "that he/she held from 1996 to 2008 was allowed to lapse"; said in its own clause. */
const NOT_HELD = '(?![^.;,]{0,60}\\b(?:pending|lapsed?|expired|inactive|surrendered|revoked)\\b)';
const LICENSED_IN = new RegExp(
  `\\b(?<!\\bapplication for\\s|\\bapplied for\\s)[Ll]icen(?:sed|ses?|sure)(?: to practice)?(?: [A-Za-z]{1,20}){0,3}? (?:in|from)\\s{1,8}(?:both\\s|the (?:States?|Commonwealth) of\\s{1,8})?(${STATE}(?:(?:,\\s?(?:and\\s)?|\\s(?:and|as well as|&|in addition to)\\s|\\/)(?:in\\s)?(?:the (?:State|Commonwealth) of\\s)?${STATE}){0,50})${NOT_HELD}`,
  'g',
);

const STATE_NAMES = (
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa ' +
  'Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada ' +
  'New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island ' +
  'South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming District_of_Columbia'
)
  .split(' ')
  .map((s) => s.replace(/_/g, ' '));
const US_STATES = new Set(STATE_NAMES);
/** The states in capitals, as a letter in capitals writes them: "CALIFORNIA, ARIZONA". */
const STATE_BY_CAPITALS = new Map(STATE_NAMES.map((name) => [name.toUpperCase(), name]));
/** The postal codes, in the order of STATE_NAMES: "licenses in CA and AZ". */
const STATE_BY_CODE = new Map(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'
    .split(' ')
    .map((code, k) => [code, STATE_NAMES[k]]),
);

/** "California/Nevada", "Utah and California": a list of states, read as a specialty only by mistake. */
function startsWithState(value: string): boolean {
  return STATE_NAMES.some((state) => value.startsWith(state) && !/^[A-Za-z]/.test(value.slice(state.length)));
}

/** A list's bullet before a state: "- Texas". */
const BULLET = /^[-\u2022*]\s{1,4}/;

/** "North and South Carolina", "South and North Dakota": two states that share their second word. */
const TWO_SHARING_A_WORD = /\b(North|South) and (North|South) (Carolina|Dakota)\b/g;

/** The abbreviations of the states in older style, without their full stop: "Licensed: Calif., Ariz.". */
const STATE_BY_ABBREVIATION = new Map(
  'Ala:Alabama Ariz:Arizona Ark:Arkansas Cal:California Calif:California Colo:Colorado Conn:Connecticut Del:Delaware Fla:Florida Ga:Georgia Ill:Illinois Ind:Indiana Kan:Kansas Kans:Kansas Ky:Kentucky Md:Maryland Mass:Massachusetts Mich:Michigan Minn:Minnesota Miss:Mississippi Mo:Missouri Mont:Montana Neb:Nebraska Nebr:Nebraska Nev:Nevada Okla:Oklahoma Ore:Oregon Oreg:Oregon Pa:Pennsylvania Penn:Pennsylvania Tenn:Tennessee Tex:Texas Vt:Vermont Va:Virginia Wash:Washington Wis:Wisconsin Wyo:Wyoming'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function states(list: string): string[] {
  // "North and South Carolina": looked for only where "th and " is.
  const written = list.includes('th and ') ? list.replace(TWO_SHARING_A_WORD, '$1 $3 and $2 $3') : list;
  return written
    .split(/\s{0,8}(?:,|;|&|\/|\.\s|\band\b|\bas well as\b|\bin addition to\b)\s{0,8}/)
    .map((s) => s.trim().replace(BULLET, '').replace(/^(?:in\s)?(?:the (?:State|Commonwealth) of\s|the\s)?/, '').replace(/\ssince\s\d{4}$/, '').replace(/\.$/, ''))
    .map((s) => STATE_BY_CODE.get(s) ?? STATE_BY_CAPITALS.get(s) ?? STATE_BY_ABBREVIATION.get(s) ?? s)
    .filter((s) => US_STATES.has(s));
}

function join(a: Span | null, b: Span): Span {
  return a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : b;
}

/** How a labelled value that goes on to the next line ends its first line: "Physical Medicine &". */
const VALUE_GOES_ON = /(?:[&,/-]|\band)\s*$/;

interface Found {
  value: string;
  start: number;
  end: number;
}

/**
 * The value of a labelled line that `label` found: up to the end of the label's line, or the next
 * label; and the lines after it that `goesOn` takes for more of it ("California" / "Nevada" / "Utah"),
 * each added after a comma.
 */
function labelled(block: Block, label: RegExp, goesOn?: (line: string) => boolean): Found | null {
  const m = label.exec(block.text);
  if (!m) return null;
  const text = block.text;
  const valueStart = m.index + m[0].length - m[1].length;
  // The value's own line: the label's, or the next when the label ends its line ("State(s) of Licensure:" / "California").
  let end = block.lineEnd(valueStart);
  while (end < m.index + m[0].length && VALUE_GOES_ON.test(text.slice(valueStart, end))) end = block.lineEnd(end + 1);
  end = Math.min(end, m.index + m[0].length);
  const next = NEXT_LABEL.exec(text.slice(valueStart, end));
  if (next) end = valueStart + next.index;
  let value = text.slice(valueStart, end).trim();
  for (let more = block.lineEnd(end + 1); goesOn && !next && end < text.length && goesOn(text.slice(end + 1, more).trim()); more = block.lineEnd(end + 1)) {
    value += `, ${text.slice(end + 1, more).trim()}`;
    end = more;
  }
  const lead = LABEL_LEAD.exec(text.slice(Math.max(0, m.index - 12), m.index));
  const start = lead ? m.index - lead[0].length : m.index;
  return value ? { value, start, end: valueStart + text.slice(valueStart, end).trimEnd().length } : null;
}

/** A line that holds one state's name or postal code, as a list of states one a line does, bulleted or not. */
const isStateLine = (line: string): boolean => {
  const name = line.replace(BULLET, '');
  return US_STATES.has(name) || STATE_BY_CODE.has(name) || STATE_BY_CAPITALS.has(name);
};

/** What a pattern with the value in its first group found: its first match in the block at or after `from`. */
function matched(block: Block, pattern: RegExp, from = 0): Found | null {
  const m = pattern.exec(from ? block.text.slice(from) : block.text);
  return m ? { value: m[1], start: from + m.index, end: from + m.index + m[0].length } : null;
}

// "holds an active California license", "holds a California psychology license and an Oregon medical license",
// "holds a California physician and surgeon license",
// "with California and Idaho licensure";
// "a license issued by the Medical Board of California", "licensed by ... the Arizona Medical Board".
// Searched from "license" back: "has" and "holds" are too common to start from. The match starts at
// "license"; the span starts at the state, just before it.
const STATE_LICENSE = new RegExp(
  `\\blicen(?:[sc]es?|sure)\\b(?<=\\b(?:holds?|has|maintains?|and|with)\\s(?:an?\\s)?(?:(?:active|current|valid|unrestricted|full)\\s){0,2}(${STATE}(?:\\sand\\s${STATE})?)\\s(?:[a-z]{3,20}\\s){0,3}licen(?:[sc]es?|sure))${NOT_HELD}`,
  'g',
);
/** A state's licensing board, named "the Medical Board of California" or "the Arizona Medical Board". */
const BOARD = '(?:Medical|Osteopathic Medical|Dental|Chiropractic|Psychology|Acupuncture|Physical Therapy) Board';
const STATE_BOARD = new RegExp(`\\blicen[sc]e[^.;]{0,60}?\\b(?:by|from|with) the ${BOARD} of (${STATE})`, 'g');
const BOARD_OF_STATE = new RegExp(`\\blicen[sc]e[^.;]{0,100}?\\b(?:by|from|with|and) the (${STATE}) ${BOARD}\\b`, 'g');
/**
 * "licensed by the California Board of Psychology and the Nevada State Board of Psychological
 * Examiners": each board, in a sentence about the licence (looked back for from the board, so the
 * second board needs no "licensed" of its own).
 */
const STATE_BOARD_OF = new RegExp(`\\b(?:by|from|with|and) the (${STATE})(?<! State) (?:State )?Board of [A-Z](?<=\\blicen[sc]e[^.;]{0,200})`, 'g');
/** "practices in California and Hawaii and is licensed in both states": the states named where the reviewer practises. */
const PRACTICES_IN = new RegExp(`\\bpractices\\s(?:[a-z]{1,20}\\s)?in\\s{1,8}(${STATE}(?:(?:,\\s?(?:and\\s)?|\\sand\\s)${STATE}){0,50})(?=\\s(?:and\\s)?(?:is\\s)?licensed in (?:both|each|all|those|these)\\b)`, 'g');
/** "a California-licensed physician". */
const STATE_LICENSED = new RegExp(`\\b(${STATE})-licensed\\b`, 'g');
/** Each licensure pattern, with a plain word a block must hold for it to be tried. */
const LICENSURE_SENTENCES: [RegExp, string][] = [
  [LICENSED_IN, 'icens'],
  [STATE_LICENSE, 'icen'],
  [STATE_BOARD, 'Board of'],
  [BOARD_OF_STATE, 'Medical Board'],
  [STATE_BOARD_OF, 'Board of'],
  [PRACTICES_IN, 'practices'],
  [STATE_LICENSED, '-licensed'],
];

/**
 * The states every licensure sentence of the block names, in the order they are written: "is
 * licensed to practice in California. He/she also holds a license to practice in Nevada". A
 * "licensed in" that names no state ("is Licensed in Psychology") is passed over.
 */
function licensedIn(block: Block): { states: string[]; start: number; end: number } | null {
  const found: { at: number; end: number; states: string[] }[] = [];
  for (const [pattern, word] of LICENSURE_SENTENCES) {
    if (!block.text.includes(word)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(block.text); m; m = pattern.exec(block.text)) {
      const named = states(m[1]);
      // STATE_LICENSE's match starts after its state.
      const at = pattern === STATE_LICENSE ? block.text.lastIndexOf(m[1], m.index) : m.index;
      if (named.length && !aboutAnotherClinician(block.text, at)) found.push({ at, end: m.index + m[0].length, states: named });
    }
  }
  if (!found.length) return null;
  found.sort((a, b) => a.at - b.at);
  return { states: [...new Set(found.flatMap((f) => f.states))], start: found[0].at, end: Math.max(...found.map((f) => f.end)) };
}

/** Who else a case summary gives credentials for: "An agreed medical evaluator, a board-certified orthopaedic surgeon licensed in ...". */
const ANOTHER_CLINICIAN = /\b(?:evaluator|AME|QME|treating|examining)\b/;

/** Whether the sentence, up to `at`, is about another clinician than the reviewer. */
function aboutAnotherClinician(text: string, at: number): boolean {
  const from = Math.max(0, at - 200, text.lastIndexOf('. ', at) + 1);
  return ANOTHER_CLINICIAN.test(text.slice(from, at));
}

/** A signature's degree, then its specialty on the next line: "[redacted], M.D." / "Physical Medicine and Rehabilitation". */
const SIGNATURE =
  /\b(?:M\.D\.|D\.O\.|D\.C\.|Ph\.D\.|Psy\.D\.)\s{1,8}((?:[A-Z][a-z]{2,20} (?:and |& )?){0,4}(?:Medicine|Surgery|Rehabilitation|Psychiatry|Neurology|Anesthesiology|Rheumatology|Orthopaedics|Orthopedics|Chiropractic|Psychology))\b/;

/** The ways a specialty is given, in the order they are tried. */
const SPECIALTY_PATTERNS = [BOARD_CERTIFIED_IN, BOARD_CERTIFIED, BOARD_CERTIFIED_LIST, SPECIALIZES, SPECIALIST, PHYSIATRIST, PROFESSION, SIGNATURE];

/** The first specialty the block gives that is not a list of states ("licensed in California/Nevada"). */
function specialtyIn(block: Block): Found | null {
  const accepted = (found: Found | null): Found | null => {
    const named = namedSpecialty(found, block);
    return named && !startsWithState(named.value.trim()) && !aboutAnotherClinician(block.text, named.start) ? named : null;
  };
  const fromLabel = accepted(labelled(block, SPECIALTY_LINE));
  if (fromLabel) return fromLabel;
  // Tried one at a time: most blocks give the specialty the first way, and the others are not searched. A pattern's first
  // match may be a state ("licensed in California, with a specialty in Chiropractic"): its next is tried.
  for (const pattern of SPECIALTY_PATTERNS) {
    for (let found = matched(block, pattern); found; found = matched(block, pattern, found.end)) {
      const named = accepted(found);
      if (named) return named;
    }
  }
  return null;
}

/** The specialty found, with "that specialty" replaced by the one the block named before it; null if it named none. */
function namedSpecialty(found: Found | null, block: Block): Found | null {
  if (!found) return null;
  const sub = SUBSPECIALTY.exec(found.value.trim());
  if (sub && !startsWithState(sub[1])) return { ...found, value: sub[1] };
  if (!THAT_SPECIALTY.test(found.value.trim())) return found;
  const society = matched(block, SOCIETY);
  return society && society.start < found.start ? { ...found, value: society.value, start: society.start } : null;
}

/**
 * Labels filled the wrong way round, read by what they hold: "State(s) of Licensure: Psychiatry" /
 * "Certification(s)/Specialty: California". Null unless the specialty label holds states and the
 * licensure label `line` holds none.
 */
function swappedLabels(block: Block, line: Found): Letter['reviewer'] | null {
  const specialtyLine = labelled(block, SPECIALTY_LINE, isStateLine);
  const licensure = specialtyLine ? states(specialtyLine.value) : [];
  if (!specialtyLine || !licensure.length) return null;
  const span = join(block.span(line.start, line.end), block.span(specialtyLine.start, specialtyLine.end));
  return { specialty: line.value.replace(/\s+/g, ' '), licensure, span };
}

const LICENSURE_LABEL = '(?:State\\(?s?\\)? of )?Licensure\\s{0,8}:';
const SPECIALTY_LABEL = '(?:Certification\\(?s?\\)?\\s{0,8}\\/\\s{0,8})?Specialty\\s{0,8}:';
/**
 * Two labels, each a line of its own, then both values in the labels' order, as a table read column by column gives
 * them: "State(s) of Licensure:" / "Certification(s)/Specialty:" / "California, Arizona" / "Internal Medicine". Each
 * pattern with whether its licensure comes first; the first group ends the first label.
 */
const STACKED_LABELS: [RegExp, boolean][] = [
  [new RegExp(`(${LICENSURE_LABEL})\\s{1,8}${SPECIALTY_LABEL}`, 'i'), true],
  [new RegExp(`(${SPECIALTY_LABEL})\\s{1,8}${LICENSURE_LABEL}`, 'i'), false],
];

/** The reviewer of two stacked labels, where the licensure's value names states and the specialty's none. */
function stackedLabels(block: Block): Letter['reviewer'] | null {
  const text = block.text;
  for (const [pattern, licensureFirst] of STACKED_LABELS) {
    const m = pattern.exec(text);
    const labelsEnd = m ? m.index + m[0].length : 0;
    if (!m || block.lineEnd(m.index) !== m.index + m[1].length || block.lineEnd(labelsEnd - 1) !== labelsEnd) continue;
    const firstEnd = block.lineEnd(labelsEnd + 1);
    const secondEnd = block.lineEnd(firstEnd + 1);
    if (secondEnd <= firstEnd + 1) return null;
    const [first, second] = [text.slice(labelsEnd, firstEnd).trim(), text.slice(firstEnd + 1, secondEnd).trim()];
    const [statesLine, specialty] = licensureFirst ? [first, second] : [second, first];
    const licensure = states(statesLine);
    if (!licensure.length || startsWithState(specialty)) return null;
    return { specialty: specialty.replace(/\s+/g, ' '), licensure, span: block.span(m.index, secondEnd) };
  }
  return null;
}

export function findReviewer(blocks: Iterable<Block>): Letter['reviewer'] {
  let specialty: string | null = null;
  let licensure: string[] = [];
  let span: Span | null = null;
  for (const block of blocks) {
    if (!licensure.length) {
      const stacked = specialty === null && block.text.includes('icensure') ? stackedLabels(block) : null;
      if (stacked) return stacked;
      const line = labelled(block, LICENSURE_LINE, isStateLine);
      const swapped = line && !states(line.value).length ? swappedLabels(block, line) : null;
      if (swapped) return swapped;
      const m = line ? { states: states(line.value), start: line.start, end: line.end } : licensedIn(block);
      if (m && m.states.length) {
        licensure = m.states;
        span = join(span, block.span(m.start, m.end));
      }
    }
    if (specialty === null) {
      const m = specialtyIn(block);
      if (m) {
        // "Psychiatry (American Board of Psychiatry and Neurology)": the board in parentheses is not the specialty's name.
        specialty = m.value.trim().replace(/\s+/g, ' ').replace(/\s\([^()]{3,80}\)$/, '');
        span = join(span, block.span(m.start, m.end));
      }
    }
    // Stop before asking for another block: later blocks are only worked out when needed (see thenLazily).
    if (specialty !== null && licensure.length) break;
  }
  return { specialty, licensure, span };
}
