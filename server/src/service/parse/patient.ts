/** The injured worker's age and sex, as the case summary states them ("44 year old female"). */
import type { Letter } from '../model';
import type { Block } from '../text/block';

const AGE_SEX =
  /\b(\d{1,3})[- ](?:years?|yrs?|y\/o|yo)(?:[- ]old)?,?\s{1,8}(?:(?:[a-z]{1,20}[- ])?(?:right|left)[- ]hand(?:ed)?\s{1,8}|(?:[a-z]{1,20})\s{1,8})?(female|male|woman|man|gentleman|lady|girl|boy)\b/i;
const AGE_ONLY = /\b(\d{1,3})[- ](?:(?:years?|yrs?)[- ]old|y\/o|yo)\b|\bage(?:d|:)?\s+(\d{1,3})\b/i;
const SEX_ONLY = /\b(female|male|woman|gentleman|lady)\b/i;

function sexOf(word: string): 'female' | 'male' {
  return /^(?:female|woman|lady|girl)$/i.test(word) ? 'female' : 'male';
}

function plausibleAge(n: number): number | null {
  return n >= 14 && n <= 100 ? n : null;
}

export function findPatient(blocks: readonly Block[]): Letter['patient'] {
  for (const block of blocks) {
    const m = AGE_SEX.exec(block.text);
    if (m) {
      const age = plausibleAge(Number(m[1]));
      if (age !== null) return { age, sex: sexOf(m[2]), span: block.span(m.index, m.index + m[0].length) };
    }
  }
  for (const block of blocks) {
    const a = AGE_ONLY.exec(block.text);
    const s = SEX_ONLY.exec(block.text);
    if (a || s) {
      const age = a ? plausibleAge(Number(a[1] ?? a[2])) : null;
      const hit = a ?? s!;
      return { age, sex: s ? sexOf(s[1]) : null, span: block.span(hit.index, hit.index + hit[0].length) };
    }
  }
  return { age: null, sex: null, span: null };
}
