/**
 * Issues a professional review lists inside one sentence instead of one a line: "The requests in dispute are:
 * Functional restoration program, 10 additional days; Tramadol 50mg #120; ... and Cervical pillow.", "The disputed
 * requests are for aquatic therapy 2 times a week for 3 weeks for the lumbar spine, a left L5-S1 transforaminal
 * epidural steroid injection, and Norco 10/325mg #90.", "The requests in dispute are (1) Acupuncture, 6 sessions, right
 * wrist; (2) Norco 10/325mg #90; (3) TENS unit, 30-day home trial.", "The disputed requests are for additional
 * acupuncture for the low back and for naproxen sodium 550mg #60.", "The two requests in dispute are: (1) Functional restoration
 * program, 10 additional days; and (2) Gabapentin 600 mg #90.", "The following items were reviewed: Post-operative physical
 * therapy, 12 sessions, left knee; and Hinged knee brace, purchase.", "At issue are cognitive behavioral therapy 1x10
 * and Lunesta 3 mg #30.", "The requests in dispute are additional
 * chiropractic treatment for the cervical spine and an MRI of the cervical spine without contrast.", "Whether 6
 * sessions of cognitive behavioral therapy and 4 sessions of biofeedback are medically necessary and appropriate."
 */
import type { Block } from '../text/block';

/** The words that open such a list: several requests, said to be what follows. */
const LIST_LEAD =
  /^(?:The\s)?(?:(?:two|three|four|five)\s)?(?:(?:requests|treatments|services|items|issues)\s(?:(?:in|at|under)\s)?(?:dispute|issue|review)\s(?:are|include)|(?:disputed|requested)\s(?:requests|treatments|services|items)\s(?:are|include)|following\s(?:requests|treatments|services|items|issues)\s(?:are|were)\s(?:reviewed|disputed|in\sdispute)|At\sissue\s(?:are|were))(?:\s(?:as follows|for))?\s?:?\s/i;

/** "Psychotherapy x 8 sessions; Biofeedback x 6 sessions": requests parted by semicolons, each opening with a capital. */
const CAPITALS_LIST = /^[A-Z][^;.]{2,100}(?:;\s[A-Z][^;.]{2,100})+\.?$/;

/** "Whether the following are medically necessary: X; Y; and Z.": a list asked about. */
const ASKED_LEAD = /^Whether\sthe\sfollowing\s(?:are|were)\s(?:medically\snecessary|reasonable)(?:\sand\sappropriate)?:\s/i;

/** A list that opens with its first number and parts at the second's: "1) Aquatic therapy, eight (8) visits; 2) Gym membership". */
const NUMBERED_LEAD = /^\(?1[.)]\s/;
const SECOND_MARK = /;\s\(?2[.)]\s/;

/** Where list members part: "(2) ", "; and (2) " or "; 2) " markers, else semicolons, else commas (with the last "and" or "or"). */
const NUMBER_MARK = /(?:;?\s(?:and|or))?\s\(\d{1,2}\)\s|;\s\d{1,2}[.)]\s/g;
/** A member that only goes on with the one before: "10 additional days", "cervical spine", "right wrist". */
const GOES_ON =
  /^(?:\d|(?:the\s)?(?:left|right|bilateral)\s[a-z]+$|(?:the\s)?(?:cervical|lumbar|thoracic|lumbosacral)\s(?:spine|region)$|(?:the\s)?(?:neck|low back|back)$|(?:x\s?\d))/i;

/**
 * "Whether 6 sessions of cognitive behavioral therapy and 4 sessions of biofeedback are medically necessary": two requests
 * asked together, each with its number (a count or a strength), so that "Whether the TENS unit and supplies are ..." stays one.
 */
const PAIR_ASKED = /^(?:Whether|Are)\s(?:the\s)?([^.]{3,120}?)\sand\s(?:the\s)?([^.]{3,120}?)\s(?:are|were)\s(?:medically\s|reasonable\b|appropriate\b)/;

/** The members' ranges in `block`, or null unless the block is such a list of two or more. */
export function issuesInSentence(block: Block): [number, number][] | null {
  const text = block.text;
  const pair = text.startsWith('Whether ') || text.startsWith('Are ') ? PAIR_ASKED.exec(text) : null;
  if (pair && /\d/.test(pair[1]) && /\d/.test(pair[2])) {
    const first = pair[0].indexOf(pair[1]);
    const second = pair[0].lastIndexOf(pair[2], pair[0].length - 1);
    return [
      [first, first + pair[1].length],
      [second, second + pair[2].length],
    ];
  }
  const lead = LIST_LEAD.exec(text) ?? (SECOND_MARK.test(text) ? NUMBERED_LEAD.exec(text) : null) ?? ASKED_LEAD.exec(text);
  if (!lead && !CAPITALS_LIST.test(text)) return null;
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]))) end--;
  const body = lead ? lead[0].length : 0;
  const cuts = cutsIn(text, body, end);
  if (!cuts) return null;
  const ranges: [number, number][] = [];
  let from = body;
  for (const [at, next] of [...cuts, [end, end]]) {
    const member = trimMember(text, from, at);
    if (member && ranges.length && GOES_ON.test(text.slice(member[0], member[1]))) ranges[ranges.length - 1][1] = member[1];
    else if (member) ranges.push(member);
    from = next;
  }
  return ranges.length >= 2 ? ranges : null;
}

/** Each cut between members, as [where the member before ends, where the next begins]. */
function cutsIn(text: string, from: number, to: number): [number, number][] | null {
  const part = text.slice(from, to);
  // Only the marks that number the members in turn: not the "(8)" of "eight (8) visits".
  const numbered: RegExpExecArray[] = [];
  for (const m of part.matchAll(NUMBER_MARK)) if (Number(/\d+/.exec(m[0])?.[0]) === numbered.length + 2) numbered.push(m);
  if (numbered.length) return numbered.map((m) => [from + m.index, from + m.index + m[0].length]);
  const semicolons = [...part.matchAll(/;\s(?:and\s|or\s)?/g)];
  if (semicolons.length) return semicolons.map((m) => [from + m.index, from + m.index + m[0].length]);
  // "for X and for Y": the word that opened the list, said again, parts two members.
  // "X and an MRI of the cervical spine": an article after the only "and" opens a second member.
  // "twelve (12) sessions of aquatic therapy and gym membership x 6 months": the only "and" between two requests with numbers.
  const again = part.includes(',') ? null : / and for /.exec(part) ?? / and (?=an? )/.exec(part) ?? numberedPair(part);
  if (again) return [[from + again.index, from + again.index + again[0].length]];
  // Commas part the members only where the list ends with "and" or "or" before its last: "X, Y, and Z", "X, Y and Z".
  const lastComma = part.lastIndexOf(',');
  const tail = part.slice(lastComma + 1);
  const joined = /^\s(?:and|or)\s/.test(tail);
  const and = joined ? null : / (?:and|or) /.exec(tail);
  if (lastComma < 0 || (!joined && !and)) return null;
  const cuts: [number, number][] = [...part.matchAll(/,\s(?:and\s|or\s)?/g)].map((m) => [from + m.index, from + m.index + m[0].length]);
  if (and) cuts.push([from + lastComma + 1 + and.index, from + lastComma + 1 + and.index + and[0].length]);
  return cuts;
}

/** The only " and " of `part`, where the words on each side hold a number, or null. */
function numberedPair(part: string): RegExpExecArray | null {
  const and = / and /.exec(part);
  if (!and || part.indexOf(' and ', and.index + 1) >= 0) return null;
  return /\d/.test(part.slice(0, and.index)) && /\d/.test(part.slice(and.index)) ? and : null;
}

/** A member without the marks around it ("(1) ", "and ", a trailing ";"), or null when nothing is left. */
function trimMember(text: string, from: number, to: number): [number, number] | null {
  let start = from;
  let end = to;
  const lead = /^(?:\(\d{1,2}\)\s|(?:and|or)\s|a\s|an\s)*/i.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  while (end > start && /[\s;,]/.test(text[end - 1])) end--;
  return end - start >= 3 ? [start, end] : null;
}
