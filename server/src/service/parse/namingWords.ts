/** The words that name a treatment, to tell which item a label or a rationale speaks of. */
import { isLower } from '../text/lines';

const SHORT_WORDS = new Set(['the', 'and', 'for', 'of', 'with', 'per', 'week', 'weeks', 'times', 'time', 'left', 'right', 'bilateral']);

/** "Hydrocodone/APAP 10/325 mg" gives hydrocodone, apap: words of three letters or more, in lower case. */
export function namingWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !SHORT_WORDS.has(w));
}

/**
 * Words of many item lines that name no treatment of their own; "functional" ("Functional restoration program") is in
 * every sentence about "functional improvement", whatever treatment it speaks of.
 */
const GENERIC_WORDS = new Set(['retrospective', 'prospective', 'request', 'prescription', 'sessions', 'session', 'visits', 'visit', 'treatments', 'treatment', 'additional', 'continued', 'purchase', 'rental', 'trial', 'functional']);

/** A name of three capitals, which names its item however short: "MRI", "EMG/NCV", "CBT". */
const ACRONYM = /\b[A-Z]{3}\b/g;

/** A drug and its release: "Oxymorphone ER", "Oxymorphone IR", which tell two forms of one drug apart. */
const DRUG_RELEASE = /\b([A-Za-z]{5,})\s(ER|IR|XR|SR|CR|XL|DR|ODT)\b/;

/** Other words letters use for a treatment: aquatic therapy is "the pool program", physical therapy "land-based therapy". */
const OTHER_NAMES: Readonly<Record<string, string>> = { aquatic: 'pool', physical: 'land-based' };

/**
 * The words of a service that name its treatment and no other, of four letters or more or three capitals: "Norco 10/325
 * mg #90" gives norco, "Soma 350mg #60" soma, "EMG/NCV of the bilateral lower extremities" emg and ncv; "Oxymorphone ER
 * 20mg #60" gives oxymorphone and "oxymorphone er"; "Aquatic therapy x6" gives aquatic, therapy and pool (OTHER_NAMES).
 */
export function treatmentWords(service: string): string[] {
  const acronyms = (service.match(ACRONYM) ?? []).map((a) => a.toLowerCase());
  const words = namingWords(service).filter((w) => (w.length >= 4 || acronyms.includes(w)) && !GENERIC_WORDS.has(w));
  const others = words.flatMap((w) => (OTHER_NAMES[w] && !words.includes(OTHER_NAMES[w]) ? [OTHER_NAMES[w]] : []));
  const release = DRUG_RELEASE.exec(service);
  return [...words, ...others, ...(release ? [`${release[1]} ${release[2]}`.toLowerCase()] : [])];
}

/** The treatment words of `service` (`mine`), and of them and of `others`' services those the other side lacks. */
export function wordsNotShared(service: string, others: readonly string[]): { mine: string[]; own: string[]; theirs: string[] } {
  const mine = treatmentWords(service);
  const theirAll = [...new Set(others.flatMap(treatmentWords))];
  return { mine, own: mine.filter((w) => !theirAll.includes(w)), theirs: theirAll.filter((w) => !mine.includes(w)) };
}

/** The words a service opens with, before its first number, comma or parenthesis: "Cognitive behavioral therapy". */
const LEADING_WORDS = /^[A-Za-z]{1,30}(?:[ -][A-Za-z]{1,30}){2,3}(?=\s{0,3}(?:[,(\d]|$))/;

/**
 * The initials of a service named in three or four words, as a label may shorten it: "Cognitive behavioral therapy, ten
 * (10) sessions" gives cbt, "Functional restoration program" frp; none for other services.
 */
export function initialsOf(service: string): string[] {
  const words = LEADING_WORDS.exec(service)?.[0].split(/[ -]/);
  return words ? [words.map((w) => w[0]).join('').toLowerCase()] : [];
}

/**
 * What letters call a treatment after naming it in full in the issue list: its short name ("The PT is not medically
 * necessary", "With respect to the ESI, ...") or its class ("the opioid", "the muscle relaxant", "the device", "the
 * study"). Each is matched as a whole word, or its plural.
 */
const SHORT_NAMES: readonly [name: RegExp, shorts: readonly string[]][] = [
  [/\bphysical therap/i, ['pt']],
  [/\boccupational therap/i, ['ot']],
  [/\bcognitive[ -]behaviou?ral/i, ['cbt']],
  [/\btranscutaneous electrical nerve stimulat/i, ['tens']],
  [/\bepidural steroid injection/i, ['esi']],
  [/\bfunctional restoration program/i, ['frp']],
  [/\belectromyogra/i, ['emg']],
  [/\bnerve conduction/i, ['ncv', 'ncs']],
  [/\bchiropractic\b|\bmanipulat/i, ['cmt']],
  [/\bmassage\b/i, ['mt']],
  [/\burine drug (?:screen|test)/i, ['uds']],
  [/\bviscosupplement|\b(?:synvisc|hyaluron)/i, ['viscosupplementation']],
  [/\b(?:injections?|blocks?)\b/i, ['injection']],
  [/\b(?:tens|units?|h-wave|interferential|stimulator|brace|orthotics?|orthosis|splint|walker|cane|wheelchair)\b/i, ['device']],
  [/\b(?:mri|ct|x-rays?|emg|ncv|ncs|imaging|scan|ultrasound|electromyogra\w{1,6}|nerve conduction)\b/i, ['study']],
];

/** A drug's class, as a rationale may call it; not a cream's, whose drugs are its ingredients ("Gabapentin 10% cream"). */
const DRUG_CLASSES: readonly [name: RegExp, shorts: readonly string[]][] = [
  [/\b(?:norco|hydrocodone|vicodin|oxycodone|oxycontin|percocet|tramadol|ultram|tapentadol|nucynta|morphine|methadone|butrans|buprenorphine|fentanyl|codeine|hydromorphone|dilaudid|oxymorphone|opana)\b/i, ['opioid']],
  [/\b(?:cyclobenzaprine|flexeril|carisoprodol|soma|tizanidine|zanaflex|methocarbamol|robaxin|baclofen|metaxalone|skelaxin|orphenadrine|norflex)\b/i, ['muscle relaxant']],
  [/\b(?:naproxen|anaprox|ibuprofen|motrin|meloxicam|mobic|celecoxib|celebrex|diclofenac|etodolac|nabumetone|relafen|indomethacin)\b/i, ['anti-inflammatory', 'nsaid']],
  [/\b(?:gabapentin|neurontin|pregabalin|lyrica|topiramate|topamax)\b/i, ['anticonvulsant']],
  [/\b(?:zolpidem|ambien|eszopiclone|lunesta|temazepam|restoril|zaleplon|sonata)\b/i, ['sleep aid', 'sleep medication', 'hypnotic']],
  [/\b(?:duloxetine|cymbalta|amitriptyline|elavil|nortriptyline|pamelor|sertraline|zoloft|venlafaxine|effexor)\b/i, ['antidepressant']],
  [/\b(?:omeprazole|prilosec|pantoprazole|protonix|esomeprazole|nexium|lansoprazole|prevacid)\b/i, ['proton pump inhibitor', 'ppi']],
];
const TOPICAL = /\b(?:creams?|gel|ointment|lotion|patch(?:es)?|compound(?:ed)?|topical)\b/i;

const ALL_SHORT_NAMES = [...SHORT_NAMES, ...DRUG_CLASSES];
const SHORT = new Set(ALL_SHORT_NAMES.flatMap(([, shorts]) => shorts));

export const isShortName = (word: string): boolean => SHORT.has(word);

/** Whether `text` spells out what the short name `short` stands for: "physical therapy" for "pt", "Norco" for "opioid". */
export const spellsOut = (text: string, short: string): boolean => ALL_SHORT_NAMES.some(([name, shorts]) => shorts.includes(short) && name.test(text));

/**
 * Where `word` is first in `text` (in lower case) from `from` as a whole word, or -1: "medically" does not name
 * "Transportation to and from medical appointments". With `plural`, the word may end with an "s".
 */
export function wordIndex(text: string, word: string, from: number, plural = false): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = at + word.length + (plural && text.charCodeAt(at + word.length) === 115 ? 1 : 0); // "s"
    if (!isLower(text.charCodeAt(at - 1)) && !isLower(text.charCodeAt(after))) return at;
  }
  return -1;
}

/**
 * Whether `text` (in lower case) names the treatment `word` names: a short name as a whole word or its plural ("pt" is
 * not in "accepted"), any other word anywhere ("therapy" in "psychotherapy", as the callers have always read them).
 */
export function mentions(text: string, word: string): boolean {
  return SHORT.has(word) ? wordIndex(text, word, 0, true) >= 0 : text.includes(word);
}

/**
 * The short names and classes (SHORT_NAMES, DRUG_CLASSES) of `service` that no service of `others` shares, and theirs
 * that it lacks.
 */
export function shortNamesApart(service: string, others: readonly string[]): { own: string[]; theirs: string[] } {
  const shortNames = (s: string) => [...SHORT_NAMES, ...(TOPICAL.test(s) ? [] : DRUG_CLASSES)].flatMap(([name, shorts]) => (name.test(s) ? shorts : []));
  const mine = shortNames(service);
  const theirs = [...new Set(others.flatMap(shortNames))];
  return { own: mine.filter((w) => !theirs.includes(w)), theirs: theirs.filter((w) => !mine.includes(w)) };
}
