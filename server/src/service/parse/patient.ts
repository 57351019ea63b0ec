/** The injured worker's age and sex, as the case summary states them ("44 year old female"). */
import type { Letter } from '../model';
import type { Block } from '../text/block';
import { digitsOrWordValue, NUMBER_WORD } from './numberWords';

/** An age in digits or words: "64", "sixty-four", "sixty-one (61)". */
const AGE = `(\\d{1,3}|${NUMBER_WORD})(?:\\s?\\(\\d{1,3}\\))?`;

// Up to three words between the age and the sex: "58 year old right-hand-dominant man", "a 47-year-old
// obese diabetic female", "a sixty-four-year-old woman".
const AGE_SEX = new RegExp(
  `\\b${AGE}[- ](?:years?|yrs?\\.?|y\\/o|y\\.\\s?o\\.|yo)(?:[- ]old)?,?\\s{1,8}(?:[a-z][a-z-]{0,23},?\\s{1,8}){0,3}?(female|male|woman|man|gentleman|lady|girl|boy|(?:grand)?mother|(?:grand)?father|mom|dad|widow(?:er)?|wife|husband|son|daughter|Mrs?(?=\\.)|Ms(?=\\.))\\b`,
  'gi',
);
// "a 47-year-old", "47 years of age", "41 years and 7 months old", "aged 47", "turned 34", "At 48, the injured worker", "She is
// 36.", "He was 44 on the night of", "a man, now 33,". Every alternative starts a word; said once, outside them, the
// search is about a third faster (V8 tries each alternative's own \b at every position).
const AGE_ONLY = new RegExp(
  `\\b(?:${AGE}[- ](?:(?:years?|yrs?)[- ]old|y\\/o|y\\.\\s?o\\.|yo\\b)|${AGE}\\s(?:years?|yrs?)\\s(?:and\\s\\d{1,2}\\smonths?\\s)?(?:of age|old)\\b|age(?:d|:)?\\s{1,8}${AGE}\\b|(?:turned|turns)\\s(\\d{1,2})\\b(?!\\s?(?:degrees|%|percent|pounds|lbs|minutes|hours))|at\\s(\\d{2}),\\s(?:the (?:injured worker|patient|claimant|applicant)|she|he)\\b|(?<=\\b(?:She|He|The (?:claimant|patient|injured worker|applicant)) (?:is|was) )(\\d{2}|${NUMBER_WORD})(?=[.;,](?:\\s|$)|\\s(?:on|at|when|now)\\b|\\sand\\s(?:works|worked|is|was|has|had|lives)\\b)|(?<=\\b(?:his|her|the patient's) age\\s(?:[a-z]{1,20}\\s){1,6}(?:is|was)\\s)(\\d{2})\\b|(?<=\\b(?:man|woman|gentleman|lady|male|female),\\snow\\s)(\\d{2})\\b)`,
  'gi',
);

/** Words for a woman at work that say the patient's sex: "a 52-year-old waitress". */
const WOMAN_AT_WORK = 'waitress|hostess|seamstress|(?:sales|business|police|chair)woman';
const SEX_ONLY = new RegExp(`\\b(female|male|woman|gentleman|lady|${WOMAN_AT_WORK})\\b`, 'gi');
const FEMALE = new RegExp(`^(?:female|woman|lady|girl|(?:grand)?mother|mom|widow|wife|daughter|Mrs|Ms|Miss|F|${WOMAN_AT_WORK})$`, 'i');
/** "a man of 47", "a female of 57 years": the sex, then the age; not "a man of 30 years' service". */
const SEX_OF_AGE = new RegExp(
  `\\b(man|woman|gentleman|lady|male|female)\\sof\\s(\\d{2}|${NUMBER_WORD})\\b(?!\\s(?:years?|yrs)(?:'|\\sof\\s(?!age\\b)|\\s(?:in|at|on|as|with)\\b))(?<=\\ban?\\s\\w{3,9}\\sof\\s[\\w -]{2,13})`,
  'gi',
);
/** "(female, 45)", "(45, male)": the sex and the age in a parenthesis. */
const SEX_AGE_PAREN = /\((?:([Ff]emale|[Mm]ale|F|M),\s?(\d{2})|(\d{2}),\s?([Ff]emale|[Mm]ale|F|M))\)/g;
/** "Ms. [redacted], 38, is a dental assistant", "Mr. [redacted] (34) drives": a title, then the age set off by commas or in a parenthesis. */
const TITLE_AGE = /\b(Mrs?|Ms|Miss)\.?\s(?:\[[A-Za-z ]{1,20}\]|[A-Z][A-Za-z'-]{1,20})(?:,\s(\d{2}),|\s\((\d{2})\))/g;
/** "47 y/o F", "52 yo M", "36 YOF", "44/F": the sex in one capital letter, right after the age. */
const AGE_SEX_LETTER = /\b(\d{1,3})\s?(?:y\/o\s|yo\s|YO\s?|y\.\s?o\.\s|-year-old\s|years? old\s|\/)(F|M)\b(?![.-]\w)/g;

/** "The injured worker, F/46, is": the sex in one capital letter, a slash and the age, set off by commas or a parenthesis. */
const SEX_LETTER_AGE = /(?<=[,(]\s?)(F|M)\/(\d{2})(?=[,)])/g;

function sexOf(word: string): 'female' | 'male' {
  return FEMALE.test(word) ? 'female' : 'male';
}

/** Words after an age or a sex that make it someone else's: "her 81-year-old father", "a male coworker". */
const SOMEONE_ELSE = /^[- ,]{0,3}(?:[a-z]+ )?(?:father|mother|son|daughters?|husband|wife|brothers?|sisters?|child(?:ren)?|parents?|grand(?:mother|father|child|son|daughter)|co-?workers?|colleagues?|friends?|neighbou?rs?|relatives?)\b/i;

/** A relative named by the match itself: "her 81-year-old father". */
const RELATIVE = /\b(?:(?:grand)?mother|(?:grand)?father|mom|dad|wife|husband|son|daughter)$/i;
/** "The claimant is a 63-year-old mother of three", "She's a 38-year-old single mom", "the claimant, a ...": said of the patient. */
const SAID_OF_PATIENT = /(?:\b(?:is|was)|'s|,)\s(?:an?\s)?$/;
/** "the injured worker, her 26-year-old son": the patient named, then the match set off as what he is to someone. */
const PATIENT_THEN_RELATIVE = /\b(?:injured worker|patient|claimant|applicant|employee),\s(?:her|his|their)\s$/i;
/** "the orchard's owner, a 61-year-old woman", "The patient she was treating, a 72-year-old man": someone else, then the match set off. */
const SOMEONE_ELSE_BEFORE =
  /\b(?:owner|supervisor|foreman|manager|employer|customer|client|passenger|driver|pedestrian|student|visitor|tenant|resident|(?:patient|person|man|woman|child) (?:she|he|they) (?:was|were|had been) [a-z]{2,15}ing),\s(?:an?\s)?$/i;

/** The first match of a global `pattern` in `text` that is not about someone else. */
function patientMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    if (before.endsWith(', ') || before.endsWith(', a ') || before.endsWith(', an ')) {
      if (SOMEONE_ELSE_BEFORE.test(before)) continue;
    } else if (before.endsWith(' ') && PATIENT_THEN_RELATIVE.test(before)) return m;
    if (SAID_OF_PATIENT.test(text.slice(Math.max(0, m.index - 6), m.index))) return m;
    if (!RELATIVE.test(m[0]) && !SOMEONE_ELSE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return m;
  }
  return null;
}

function plausibleAge(n: number): number | null {
  return n >= 14 && n <= 100 ? n : null;
}

// "his/her" and "he/she" in boilerplate speak of nobody. A title counts as a pronoun: "Mr. [redacted] was injured".
const PRONOUN = /\b(?<!\/)(?:(he|him|his|himself|Mr(?=\.))|(she|her|hers|herself|Mrs(?=\.)|Ms(?=\.)))\b(?!\/)/gi;

/**
 * The sex the pronouns and titles give, when the letter names none: "he felt a sharp pull in his
 * neck". One sex must clearly outnumber the other, which may be a physician's or a family member's.
 */
function sexFromPronouns(blocks: readonly Block[]): { sex: 'female' | 'male'; block: Block; index: number; length: number } | null {
  const count = { male: 0, female: 0 };
  const first: Partial<Record<'male' | 'female', { block: Block; index: number; length: number }>> = {};
  for (const block of blocks) {
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(block.text); m; m = PRONOUN.exec(block.text)) {
      const sex = m[1] ? 'male' : 'female';
      count[sex]++;
      first[sex] ??= { block, index: m.index, length: m[0].length };
    }
  }
  const sex = count.male > count.female ? 'male' : 'female';
  const other = sex === 'male' ? count.female : count.male;
  return count[sex] >= 2 && other * 3 <= count[sex] ? { sex, ...first[sex]! } : null;
}

/**
 * "She is now 41", "he is 47 now", "She was 37 on the day she was hurt, 06/03/2013, and is 39 now": the age today, where an
 * age at injury comes first; not "her BDI-II score is now 27".
 */
const AGE_NOW =
  /(?<=\b(?:[Ss]he|[Hh]e|patient|worker|claimant|applicant|employee|(?:[Ss]he|[Hh]e) was \d{2} (?:on|at|when)\b[^.;]{1,60}\band) )(?:(?:is|was) now\s(\d{1,2})(?:\s(?:years? old|years of age))?(?=[.,;]|\s(?:and|with|but)\b)|is (\d{1,2})(?:\s(?:years? old|years of age))? now\b)/;

/** A header block's fields: "Age: 44      Sex: F", "Gender: Female". */
const AGE_FIELD = /\bAge\s?:\s{0,8}(\d{1,3})\b/;
const SEX_FIELD = /\b(?:Sex|Gender)\s?:\s{0,8}(Female|Male|F|M)\b/i;

/** The age and sex a header block gives in fields of their own, which fill what the sentences leave unknown. */
/** "Age/Sex: 52/M", "Sex/Age: F/46": both in one field. */
const AGE_SEX_FIELD = /\b(?:Age\s?\/\s?(?:Sex|Gender)\s?:\s{0,8}(\d{1,3})\s?\/\s?(Female|Male|F|M)|(?:Sex|Gender)\s?\/\s?Age\s?:\s{0,8}(Female|Male|F|M)\s?\/\s?(\d{1,3}))\b/i;

function fromFields(header: readonly Block[], found: Letter['patient']): Letter['patient'] {
  let { age, sex, span } = found;
  for (const block of header) {
    const both = block.text.includes('/') ? AGE_SEX_FIELD.exec(block.text) : null;
    const a = age === null && !both ? AGE_FIELD.exec(block.text) : null;
    const s = sex === null && !both ? SEX_FIELD.exec(block.text) : null;
    const ageText = both ? (both[1] ?? both[4]) : a?.[1];
    const sexText = both ? (both[2] ?? both[3]) : s?.[1];
    if (age === null && ageText && plausibleAge(Number(ageText)) !== null) age = Number(ageText);
    if (sex === null && sexText) sex = sexOf(sexText);
    const hit = both ?? a ?? s;
    if (hit && !span) span = block.span(hit.index, hit.index + hit[0].length);
  }
  return { age, sex, span };
}

/** The patient as the sentences of `blocks` tell it, with what `header`'s fields add. */
export function findPatient(blocks: readonly Block[], header: readonly Block[] = []): Letter['patient'] {
  const told = firstPatient(blocks);
  const found = told.age === null || told.sex === null ? fromFields(header, told) : told;
  if (found.age === null || found.age !== told.age) return found;
  for (const block of blocks) {
    // " now" is in few blocks: looked for first, as the pattern would try every "is" and "was".
    const now = block.text.includes(' now') ? AGE_NOW.exec(block.text) : null;
    const age = now ? plausibleAge(Number(now[1] ?? now[2])) : null;
    if (age !== null) return { ...found, age };
  }
  return found;
}

/** The patient that match `m` of `block` tells, with its age (in digits or words) and the word for the sex; null for an implausible age. */
function toldBy(block: Block, m: RegExpExecArray, age: string, sex: string): Letter['patient'] | null {
  const years = plausibleAge(digitsOrWordValue(age));
  return years === null ? null : { age: years, sex: sexOf(sex), span: block.span(m.index, m.index + m[0].length) };
}

/** The patient where the sex, or a title that gives it, comes before the age: "a man of 47", "(female, 45)", "Ms. [redacted], 38,", ", F/46,". */
function sexThenAge(block: Block): Letter['patient'] | null {
  const r = patientMatch(SEX_OF_AGE, block.text);
  const ofAge = r && toldBy(block, r, r[2], r[1]);
  if (ofAge) return ofAge;
  const p = block.text.includes('(') ? patientMatch(SEX_AGE_PAREN, block.text) : null;
  const inParentheses = p && toldBy(block, p, p[2] ?? p[3], p[1] ?? p[4]);
  if (inParentheses) return inParentheses;
  const t = patientMatch(TITLE_AGE, block.text);
  const titled = t && toldBy(block, t, t[2] ?? t[3], t[1]);
  if (titled) return titled;
  const l = block.text.includes('/') ? patientMatch(SEX_LETTER_AGE, block.text) : null;
  return l && toldBy(block, l, l[2], l[1]);
}

function firstPatient(blocks: readonly Block[]): Letter['patient'] {
  for (const block of blocks) {
    // The first told: "The patient is a 44 yo F bank teller. ... he was later identified as a 43-year-old man".
    const words = patientMatch(AGE_SEX, block.text);
    const letter = patientMatch(AGE_SEX_LETTER, block.text);
    const m = words && letter ? (letter.index < words.index ? letter : words) : (words ?? letter);
    const ageThenSex = m && toldBy(block, m, m[1], m[2]);
    if (ageThenSex) return ageThenSex;
    const told = sexThenAge(block);
    if (told) return told;
  }
  for (const block of blocks) {
    const a = patientMatch(AGE_ONLY, block.text);
    const s = patientMatch(SEX_ONLY, block.text);
    if (a || s) {
      const age = a ? plausibleAge(digitsOrWordValue(a[1] ?? a[2] ?? a[3] ?? a[4] ?? a[5] ?? a[6] ?? a[7] ?? a[8])) : null;
      const hit = a ?? s!;
      // Pregnancy outweighs the pronouns, which may be the male providers'.
      const sex = s ? sexOf(s[1]) : pregnancyIn(blocks) ? 'female' : (sexFromPronouns(blocks)?.sex ?? null);
      return { age, sex, span: block.span(hit.index, hit.index + hit[0].length) };
    }
  }
  const pregnant = pregnancyIn(blocks);
  if (pregnant) return { age: null, sex: 'female', span: pregnant.block.span(pregnant.m.index, pregnant.m.index + pregnant.m[0].length) };
  const pronoun = sexFromPronouns(blocks);
  if (pronoun) return { age: null, sex: pronoun.sex, span: pronoun.block.span(pronoun.index, pronoun.index + pronoun.length) };
  return { age: null, sex: null, span: null };
}

/** "the injured worker was 22 weeks pregnant", "a cesarean delivery", "breastfed the infant": said only of a woman. */
const PREGNANCY = /\b(?:pregnan(?:t|cy)|cesarean|C-section|breast-?fe(?:d|eding)|postpartum)\b/i;

/** The block and match of a word that only a woman's body gives, where the letter names no sex. */
function pregnancyIn(blocks: readonly Block[]): { block: Block; m: RegExpExecArray } | null {
  for (const block of blocks) {
    const m = PREGNANCY.exec(block.text);
    if (m) return { block, m };
  }
  return null;
}
