/**
 * Whether a count stated in the case summary is a disputed item's, from the words by the
 * count: "4 sessions of physical therapy for the cervical spine" is not the count of
 * "Physical therapy 2 x 4 for the left shoulder", and "9 sessions of land-based physical
 * therapy" is not the count of "Aquatic therapy 2 x 4".
 */
import type { TreatmentCategory } from '../model';
import { DAY_PROGRAM, mentionsCategory, ownRequest, PHYSICAL_THERAPY, PSYCHOTHERAPY } from './category';

/** Kinds of session-based therapy, finer than categories: aquatic therapy and massage are physical therapy's category. */
const THERAPY_KINDS: [kind: string, pattern: RegExp][] = [
  ['psychotherapy', new RegExp(PSYCHOTHERAPY, 'i')],
  ['biofeedback', /biofeedback/i],
  ['chiropractic', /chiropract|manipulation|\bCMT\b|\bOMT\b|osteopathic/i],
  ['acupuncture', /acupunctur/i],
  // "She has been in the pool four times".
  ['aquatic', /aqua(?:tic)? therap|pool (?:therap|sessions?|visits?|program|notes)|water therap|\bin the pool\b/i],
  ['massage', /massage|myofascial release/i],
  ['occupational', /occupational therap|\bOT\b|hand therapy/i],
  ['work hardening', /work hardening|work conditioning/i],
  // Physical therapy's category, but a course of its own: "Vestibular rehabilitation 2x/wk x 4 wks".
  ['vestibular', /vestibular/i],
  // "10 program days": a day program's unit.
  ['program', new RegExp(`${DAY_PROGRAM}|program days?\\b`, 'i')],
  // "Land-based" visits are named so against aquatic therapy's.
  ['physical', new RegExp(`${PHYSICAL_THERAPY}|therapeutic exercise|physical medicine|rehab(?:ilitation)? (?:sessions?|visits?|therapy)|land-based`, 'i')],
];

/** Parts of the body a treatment is for, each with the words letters use for it. */
const BODY_PARTS: [part: string, pattern: RegExp][] = [
  ['neck', /\b(?:cervical|neck)\b/i],
  ['low back', /\b(?:lumbar|lumbosacral|low(?:er)? back)\b/i],
  ['mid back', /\b(?:thoracic|mid(?:dle)?[- ]back)\b/i],
  ['shoulder', /\bshoulders?\b/i],
  ['elbow', /\belbows?\b/i],
  ['wrist or hand', /\b(?:wrists?|hands?|fingers?|thumbs?)\b/i],
  ['hip', /\bhips?\b/i],
  ['knee', /\bknees?\b/i],
  ['ankle or foot', /\b(?:ankles?|feet|foot)\b/i],
];

/** Group or individual sessions of the same therapy, told apart. */
const MODES: [mode: string, pattern: RegExp][] = [
  ['group', /\bgroup\b/i],
  ['individual', /\bindividual\b/i],
];

// One search for all of a table's names, a capture group for each: a test per name costs a pass
// each. Every name starts a word; saying so outside the alternation skips the inside of words.
const ANY_KIND = new RegExp(`\\b(?:${THERAPY_KINDS.map(([, pattern]) => `(${pattern.source})`).join('|')})`, 'gi');
const ANY_PART = new RegExp(`\\b(?:${BODY_PARTS.map(([, pattern]) => `(${pattern.source})`).join('|')})`, 'gi');
const ANY_MODE = /\b(?:(group)|(individual))\b/gi;

/** The names of `table` that `text` mentions, in table order, each once. */
function found(table: readonly [string, RegExp][], search: RegExp, text: string): string[] {
  const names = new Set<string>();
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) names.add(table[m.findIndex((g, i) => i > 0 && g !== undefined) - 1][0]);
  return table.map(([name]) => name).filter((name) => names.has(name));
}

/** The words by a count (the count and what follows it), with the kinds of therapy and the parts of the body they name. */
export interface NearCount {
  text: string;
  kinds: readonly string[];
  parts: readonly string[];
  /** "group" or "individual", when the words say. */
  modes: readonly string[];
  /**
   * The count is of several therapies together (see buildItem's COMBINED): no item owns it. Of several providers together
   * ('providers'): the letter's only session-based item owns it, as its therapy is the one they gave.
   */
  combined?: boolean | 'providers';
}

/**
 * `sentence`, the count's whole sentence, speaks for words that name no therapy when it names
 * one only: "Physical therapy for the elbow was authorized for 6 visits; ... he has attended 4
 * elbow visits".
 */
export function nearCount(text: string, sentence?: string, own?: string): NearCount {
  // The words inside the count ("12 chiropractic visits") speak for it before the words after it
  // ("... visits and a course of acupuncture").
  const ownKinds = own ? found(THERAPY_KINDS, ANY_KIND, own) : [];
  let kinds = ownKinds.length ? ownKinds : found(THERAPY_KINDS, ANY_KIND, text);
  if (!kinds.length && sentence) {
    const inSentence = found(THERAPY_KINDS, ANY_KIND, sentence);
    if (inSentence.length === 1) kinds = inSentence;
  }
  const ownParts = own ? found(BODY_PARTS, ANY_PART, own) : [];
  const ownModes = own ? modesIn(own) : [];
  return { text, kinds, parts: ownParts.length ? ownParts : found(BODY_PARTS, ANY_PART, text), modes: ownModes.length ? ownModes : modesIn(text) };
}

/** The modes `text` names; searched only where their words are, as most counts name none. */
function modesIn(text: string): string[] {
  return text.includes('roup') || text.includes('ndividual') ? found(MODES, ANY_MODE, text) : [];
}

export interface CountOwner {
  /** Whether the count with these words is the item's. */
  owns(near: NearCount): boolean;
  /**
   * Whether a count in the item's own parts is the item's: unless its words name another part of
   * the body, or only other kinds of therapy (a rationale shared by several issues).
   */
  ownsInOwnParts(near: NearCount): boolean;
  /** Equal for items that own the same counts: the summary's counts are found once per key. */
  key: string;
  /** A day program, counted in days: its counts may be stated in hours ("80 hours") or weeks; any other therapy's may not. */
  dayProgram: boolean;
  /**
   * In a letter of one therapy for different parts of the body (`oneKind`), the owner of the counts whose words name the
   * item's part: "the wrist only at the first six" is the wrist's, before the 16 visits that name no part.
   */
  ofPart?: CountOwner;
}

/**
 * The item owns a count whose words name its kind of therapy, or, when it is the letter's only
 * session-based item, name none; and whose words name none of the body, or a part its service names.
 * `oneKind`: the letter's session-based items are all of this one's kind (physical therapy for the neck and for the low
 * back), so a count whose words name no therapy but a part of the body ("four were for the low back") is the item's of
 * that part.
 */
export function countOwner(service: string, category: TreatmentCategory, onlySessionItem: boolean, oneKind = false): CountOwner {
  const named = nearCount(ownRequest(service));
  const { kinds, parts } = named;
  // An item not named for group sessions is for a patient's own: "Cognitive behavioral therapy x6" owns neither the sessions
  // of "Group psychotherapy, 6 sessions" beside it nor "the other six were group relaxation-training sessions".
  const modes = named.modes.length ? named.modes : ['individual'];
  // Neither another part of the body nor, of group and individual sessions, the other.
  const samePart = (near: NearCount) =>
    (!parts.length || !near.parts.length || near.parts.some((p) => parts.includes(p))) && (!modes.length || !near.modes.length || near.modes.some((m) => modes.includes(m)));
  // "eight massage sessions, four for the neck and four for the low back" is the total of an item for both, of its one kind.
  const spansItsParts = (near: NearCount) =>
    parts.length > 1 && near.parts.length > 1 && near.parts.every((p) => parts.includes(p)) && near.kinds.length <= 1 && near.kinds.every((k) => kinds.includes(k));
  // "attended 18 visits with two providers": in a letter of one session-based item, the therapy they gave is its own.
  const givenByItsProviders = (near: NearCount) => near.combined === 'providers' && onlySessionItem;
  const owner: CountOwner = {
    key: `${category}|${kinds.join()}|${parts.join()}|${modes.join()}|${onlySessionItem}|${oneKind}`,
    // Work hardening runs in full days too, five a week.
    dayProgram: kinds.includes('program') || kinds.includes('work hardening'),
    owns(near) {
      if (near.combined) return (givenByItsProviders(near) && samePart(near)) || spansItsParts(near);
      const sameKind = near.kinds.length
        ? kinds.length ? near.kinds.some((k) => kinds.includes(k)) : mentionsCategory(near.text, category)
        : onlySessionItem || (oneKind && near.parts.length > 0) || mentionsCategory(near.text, category);
      return sameKind && samePart(near);
    },
    ownsInOwnParts: (near) =>
      (near.combined && !givenByItsProviders(near) ? spansItsParts(near) : samePart(near)) && (!kinds.length || !near.kinds.length || near.kinds.some((k) => kinds.includes(k))),
  };
  return oneKind && parts.length ? { ...owner, ofPart: ofPartOnly(owner) } : owner;
}

/** `owner`, owning only the counts whose words name a part of the body (samePart: the item's). */
export function ofPartOnly(owner: CountOwner): CountOwner {
  return {
    key: `${owner.key}|of part`,
    dayProgram: owner.dayProgram,
    owns: (near) => near.parts.length > 0 && owner.owns(near),
    ownsInOwnParts: (near) => near.parts.length > 0 && owner.ownsInOwnParts(near),
  };
}
