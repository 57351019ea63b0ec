/**
 * A total of visits told share by share: "Of the twelve physical therapy visits he has had since then, eight were for the
 * neck and four were for the low back", "16 visits in all through 12/06/2013, ten for the neck and the other six for the
 * low back", "Of the 16 visits in the ledger, six treated the low back; the rest were for the neck", "16 physical therapy
 * visits for the elbow and the wrist together; half of them were for the wrist". Each share is a count given of what its
 * own words name; the total is no one item's (sharesFollow).
 */
import { nearCount } from './countOwner';
import { digitsOrWordValue, NUMBER_WORD } from './numberWords';

interface ShareHit {
  value: number;
  index: number;
  length: number;
}

/** Shares a letter tells in words, and their values. */
export const FRACTIONS: Record<string, number> = { half: 1 / 2, 'a third': 1 / 3, 'one third': 1 / 3, 'two thirds': 2 / 3, 'a quarter': 1 / 4, 'one quarter': 1 / 4, 'three quarters': 3 / 4 };
export const FRACTION = Object.keys(FRACTIONS).join('|');

/**
 * The total the shares are of, and where its words end: "Of the 16 visits in the ledger,", "16 visits in all ...,", "he
 * attended 10 of the 12 visits:", "the patient used 10,", "She attended all ten between 01/16/2017 and 03/03/2017;", "all
 * ten were attended:".
 */
const TOTAL = new RegExp(
  `(?:\\bOf\\sthe\\s(\\d{1,3}|${NUMBER_WORD})\\s(?:[a-z'’-]{1,20}\\s){0,4}(?:visits|sessions|treatments)\\b[^.;,]{0,60}?,|\\b(\\d{1,3}|${NUMBER_WORD})(?:\\s\\(\\d{1,3}\\))?\\s(?:[a-z-]{1,20}\\s){0,4}(?:visits|sessions|treatments)\\b[^.;,:]{0,60}?[,;:]|\\b(?:used|attended|completed|had)\\s(?:all\\s)?(\\d{1,3}|${NUMBER_WORD})\\b[^.;,:]{0,60}?[,;:](?:\\sand)?|\\ball\\s(\\d{1,3}|${NUMBER_WORD})\\s(?:were|have been|had been)\\s(?:attended|used|completed|given)[,;:])\\s`,
  'gi',
);

/**
 * One share, from its number to the end of what it names: "eight were for the neck", "the other six for the low back",
 * "six treated the low back", "half of them were for the wrist", "the rest were for the neck", "9 with the chiropractor
 * and 8 in the pool", "9 were chiropractic", "five for the left shoulder, in 2013", "ten (10) were for the cervical
 * spine", "Four of those sessions were biofeedback training".
 */
const SHARE = new RegExp(
  `^(?:(?:the\\s(?:other|remaining)\\s)?(\\d{1,3}|${NUMBER_WORD}|${FRACTION})(?:\\s\\(\\d{1,3}\\))?(?:\\sof\\s(?:them|those|these)(?:\\s(?:visits|sessions|treatments))?)?|the\\s(?:rest|others))\\s(?:(?:were|was)\\s(?:for\\s|on\\s)?|treated\\s|for\\s|on\\s|with\\s|in\\s)(?:the\\s|her\\s|his\\s|their\\s)?[a-z-]{2,20}(?:\\s[a-z-]{2,20}){0,3}?(?:,?\\s(?:in|on|during|since)\\s[\\d/]{4,10})?(?=[,;.]|\\sand\\b|$)`,
  'i',
);
/** What joins the shares of a list: ", ", ", and ", "; ", " and ". */
const SHARE_JOIN = /^(?:,\s(?:and\s)?|;\s|\sand\s)/;
/** Where a total's words may end before its first share (TOTAL's bound). */
const TO_FIRST_SHARE = 62;

/** The share at the start of `text`, if its words name a part of the body or a kind of therapy. */
function shareAt(text: string): RegExpExecArray | null {
  const m = SHARE.exec(text);
  if (!m) return null;
  const named = nearCount(m[0]);
  return named.parts.length || named.kinds.length ? m : null;
}

/** Each share told after a total in `text` (one sentence), with its value: a fraction or "the rest" of the total. */
export function sharesOfTotal(text: string): ShareHit[] {
  const hits: ShareHit[] = [];
  TOTAL.lastIndex = 0;
  for (let t = TOTAL.exec(text); t; t = TOTAL.exec(text)) {
    const total = digitsOrWordValue(t[1] ?? t[2] ?? t[3] ?? t[4]);
    const shares: ShareHit[] = [];
    let rest: { index: number; length: number } | null = null;
    let at = t.index + t[0].length;
    for (let m = shareAt(text.slice(at)); m; m = shareAt(text.slice(at))) {
      const fraction = m[1] ? FRACTIONS[m[1].toLowerCase()] : undefined;
      const v = fraction ? Math.floor(total * fraction) : m[1] ? digitsOrWordValue(m[1]) : 0;
      if (!m[1]) rest = { index: at, length: m[0].length };
      else if (v > 0) shares.push({ value: v, index: at, length: m[0].length });
      at += m[0].length;
      const join = SHARE_JOIN.exec(text.slice(at));
      if (!join) break;
      at += join[0].length;
    }
    const left = total - shares.reduce((sum, s) => sum + s.value, 0);
    if (rest && left > 0) shares.push({ value: left, ...rest });
    hits.push(...shares);
    // The next total is looked for after the shares read.
    TOTAL.lastIndex = Math.max(TOTAL.lastIndex, at);
  }
  return hits;
}

/** Whether a count's own words (`own`) are a share: a share goes on to the next, and is no total. */
export const isShare = (own: string): boolean => SHARE.test(own);

/** Whether the words after a count (`after`) go on to split it into shares: the count is then a total, no one item's. */
export function sharesFollow(after: string): boolean {
  const cut = /[,;:]\s/.exec(after.slice(0, TO_FIRST_SHARE));
  return cut !== null && shareAt(after.slice(cut.index + 2).replace(/^and\s/, '')) !== null;
}
