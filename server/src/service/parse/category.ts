/**
 * The treatment category of a disputed service, and whether it is a session-based therapy
 * (counted in visits, so a reader checks requested and completed sessions).
 */
import type { TreatmentCategory } from '../model';
import type { Block } from '../text/block';
import { perBlock } from '../text/perBlock';

const EVALUATION = /\b(?:evaluations?|consult(?:ation)?s?|assessments?|testing|screening|re-?evaluations?|referral)\b/i;
/**
 * "Psychiatric medication management, 6 monthly visits": visits to a physician, neither a drug nor a therapy; nor is a
 * service that takes the patient to one ("Round trip transportation to physical therapy appointments").
 */
const NOT_TREATMENT = /\bmedication management\b|\btransportation\b|\binterpret(?:er|ing|ation)\b|\bmileage\b/i;

/**
 * The words for physical therapy itself, which the category of a service and the kind of therapy a
 * count names share. "PT" is not the blood test "PT/INR" among pre-operative tests.
 */
export const PHYSICAL_THERAPY = 'physical therap|physiotherap|post-?\\s?op(?:erative)? therap|post-?surgical therap|\\bPT\\b(?!\\s?\\/\\s?(?:INR|PTT))';

/** The words for psychotherapy itself, which the category of a service and the kind of therapy a count names share. */
export const PSYCHOTHERAPY =
  'psychotherap|cognitive[- ]behavio|\\bCBT\\b|\\bpsycholog(?:ical|ist) (?:treatment|therapy|sessions?|visits?|counsel)|counsel(?:l)?ing|\\bpsych(?:iatric)? (?:sessions?|visits?|therapy)|group therapy|hypnotherapy|relaxation training|coping skills|coping group|(?:sessions?|visits?) with (?:a|the|her|his|their) psychologist|pain psychology';

// A drug's "extended release" is no surgical release. A visit "with a physical medicine and rehabilitation specialist" is
// an office visit, not physical medicine; a brace or TENS electrodes bought as a "replacement" are no joint replacement.
const CATEGORIES: [TreatmentCategory, RegExp][] = [
  ['psychotherapy/CBT', new RegExp(`${PSYCHOTHERAPY}|biofeedback`, 'i')],
  ['chiropractic', /chiropract|manipulation|\bCMT\b|\bOMT\b|osteopathic/i],
  ['acupuncture', /acupuncture/i],
  ['physical therapy', new RegExp(`${PHYSICAL_THERAPY}|vestibular (?:rehab|therap)|occupational therap|\\bOT\\b|aqua(?:tic)? therap|pool therap|water therap|work hardening|work conditioning|massage|myofascial release|therapeutic exercise|home exercise program|physical medicine(?! (?:and|&) rehab(?:ilitation)? (?:specialist|physician|doctor|provider|consult))|hand therapy|rehab(?:ilitation)? (?:sessions?|visits?|therapy)`, 'i')],
  ['injections', /injection|epidural|\bESI\b|\bblocks?\b|facet|trigger point|botox|botulinum|radiofrequency|rhizotomy|ablation|\bPRP\b|platelet[- ]rich|viscosupplement|synvisc|cortisone|steroid shot/i],
  ['surgery', /surgery|surgical|arthroscop|fusion|laminectomy|laminotomy|discectomy|foraminotomy|arthroplasty|(?:joint|knee|hip|shoulder|elbow|ankle|wrist|disc|disk|total|partial)[ -]replacement|replacement (?:of|surgery)\b|\brepair\b|decompression|(?<!(?:extended|sustained|delayed|controlled|immediate|modified)[ -])release\b|meniscectomy|menisectomy|reconstruction|-ectomy|otomy\b|osteotomy|implant(?:ation)?|spinal cord stimulator/i],
  ['imaging', /\bMRI\b|magnetic resonance|\bCT\b|computed tomography|x-?rays?|radiograph|ultrasound|bone scan|imaging|\bEMG\b|\bNCV\b|\bNCS\b|nerve conduction|electromyo|electrodiagnostic|arthrogram|myelogram|discogram/i],
  ['medications', /\b\d{1,6}(?:\.\d{1,4})?\s?(?:mg|mcg|ml|%)\b|medication|tablets?|capsules?|cream|ointment|gel\b|lotion|patch|compound|norco|hydrocodone|oxycodone|percocet|tramadol|ultram|oxycontin|morphine|fentanyl|methadone|buprenorphine|suboxone|butrans|gabapentin|neurontin|lyrica|pregabalin|cyclobenzaprine|flexeril|soma|carisoprodol|tizanidine|zanaflex|baclofen|skelaxin|naproxen|anaprox|ibuprofen|motrin|celebrex|meloxicam|mobic|diclofenac|voltaren|etodolac|nabumetone|omeprazole|prilosec|pantoprazole|protonix|ranitidine|lidoderm|lidocaine|terocin|capsaicin|ketoprofen|flurbiprofen|duloxetine|cymbalta|amitriptyline|nortriptyline|trazodone|ambien|zolpidem|xanax|alprazolam|valium|diazepam|klonopin|clonazepam|ativan|lorazepam|sertraline|zoloft|prozac|fluoxetine|wellbutrin|bupropion|effexor|venlafaxine|topiramate|topamax|sumatriptan|imitrex|ondansetron|zofran|colace|senna|docusate|prescription|refill|\bRx\b/i],
  ['DME', /\bTENS\b|\bunit\b|\bH-wave\b|interferential|\bIF unit|brace|orthotic|orthosis|splint|wheelchair|scooter|\bcane\b|walker|cushion|mattress|\bbed\b|hot\/cold|cold therapy|cryotherapy|heat(?:ing)? pad|\bDME\b|durable medical|lumbar support|collar|pillow|shower chair|commode|traction|compression (?:stockings|garment|device)|\bCPM\b|continuous passive motion|ice machine|home exercise kit|gym membership|equipment/i],
];

/** A day program's names: "functional restoration program", "part-time interdisciplinary pain program". */
export const DAY_PROGRAM = 'functional restoration|chronic pain (?:management )?program|\\bFRP\\b|\\bHELP program|day treatment|(?:multi|inter)disciplinary (?:pain )?(?:management )?program';
const SESSION_THERAPY = new RegExp(`${DAY_PROGRAM}|work hardening|work conditioning|biofeedback|massage`, 'i');

const SESSION_CATEGORIES: ReadonlySet<TreatmentCategory> = new Set(['psychotherapy/CBT', 'physical therapy', 'chiropractic', 'acupuncture']);

/** Whether a sentence speaks of this kind of treatment ("11 sessions of acupuncture, chiropractic ..."). */
export function mentionsCategory(sentence: string, category: TreatmentCategory): boolean {
  return CATEGORIES.some(([c, pattern]) => c === category && pattern.test(sentence)) || (category === 'other' && SESSION_THERAPY.test(sentence));
}

export interface ServiceClass {
  category: TreatmentCategory;
  sessionBased: boolean;
}

/**
 * What a service says it goes beside names another treatment, not its own kind: "Massage therapy x6 ... as an adjunct to
 * the requested chiropractic care".
 */
const ALONGSIDE = /\s(?:as an adjunct to|in conjunction with|in addition to|along with|alongside)\s/i;

/** The service up to what it says it goes beside (ALONGSIDE). */
export function ownRequest(service: string): string {
  const alongside = service.search(ALONGSIDE);
  return alongside < 0 ? service : service.slice(0, alongside);
}

export function classifyService(whole: string): ServiceClass {
  const service = ownRequest(whole);
  if (NOT_TREATMENT.test(service)) return { category: 'other', sessionBased: false };
  const evaluation = EVALUATION.test(service) && !/\b(?:therapy|treatment|sessions?|visits?)\b/i.test(service.replace(EVALUATION, ''));
  if (SESSION_THERAPY.test(service) && !evaluation) {
    const category = CATEGORIES.find(([, p]) => p.test(service))?.[0] ?? 'other';
    return { category: category === 'DME' ? 'other' : category, sessionBased: true };
  }
  for (const [category, pattern] of CATEGORIES) {
    if (!pattern.test(service)) continue;
    if (evaluation && SESSION_CATEGORIES.has(category)) return { category: 'other', sessionBased: false };
    return { category, sessionBased: SESSION_CATEGORIES.has(category) };
  }
  return { category: 'other', sessionBased: false };
}

// An "extended rental" goes on with a unit in use; "extended-release" is only a drug's form.
const CONTINUED_SERVICE = /\b(?:continu(?:ed|e|ing|ation)|additional|ongoing|refills?|renew(?:al|ed)?|further|more|extension|extended(?![- ]release)|repeat|second|another|maintenance)\b/i;
// A drug that is to be weaned or tapered is one being taken, and so is one that "was started on" a date (or gains came
// "after the patches were started" or "Since tramadol ER was started", or the notes "credit naproxen with" them, or
// "with tramadol she has returned to modified work") or "was added to" another or "was added in" a month, or that a
// physician "started gabapentin 300 mg three times a day in 06/2015", one the patient has been on "since starting" it
// or "since the switch to" it (or "from" the drug it replaced), "Since Butrans replaced Norco", "Since the change from
// Norco to tramadol ER", one a treatment history "has included ... since 01/2015" (or "medications, including Ultram ER
// since 3/2015"), one that "is continued" or she "still takes", a patch or cream she "has applied" or "has rubbed" on
// or that "has been dispensed monthly since 10/2014" (or a ledger shows "dispensed on" date after date), one whose
// "dose was raised", one that "was restarted" or "was resumed", "a drug taken every day for a year and a half", "Since
// she started gabapentin last June", "He takes three Norco a day", "On three Nucynta a day she works", "She takes one a
// day", "She takes it three times a day", and one she "ran out" of, "was off it for 10 days", "was back on" or "stopped
// taking", or whose "refill was held up", or one that "has helped this patient", or a history's "Tramadol ER: taken
// since 6/2014". That last looks behind for the colon only after its word: an alternative that starts by looking behind
// made V8 try the whole pattern at every word, 2.5 times slower.
const ONGOING_USE = /\b(?:continu(?:ed|e|ing) (?:use|usage|opioids?|medications?|prescri\w{1,12}|treatment)|(?:taken|used|applied)(?<=: [a-z]{4,7}) since\b|(?:is|are|was|were) continued\b|still (?:takes|taking|uses|using)\b|(?:has|have|had) helped (?:this |the )?(?:patient|injured worker|him|her|them)\b|(?:has|have|had) (?:been )?(?:used|using|utilizing|utilized|taking|taken|applied|applying|rubbed|rubbing|prescribed|on)\b|\b(?:has|have|had) been dispensed (?:monthly|every month|each month|regularly|since)\b|\bdispensed on (?:(?:\d{1,2}\/){1,2}\d{2,4}, ){2}|ongoing (?:use|opioid|medication)|long-term (?:use|opioid)|wean(?:ing|ed)?\b|taper(?:ing|ed)?\b|(?:was|were) (?:started|begun|initiated) (?:on|in)\b|\b(?:after|since) (?:the |her |his |their )?[a-z]{3,20}(?: [a-z]{2,3})? (?:was|were) started\b|\bcredits? [a-z]{4,20}(?: [a-z]{2,3})? with\b|\bwith (?:the )?[a-z]{4,20}(?: patch(?:es)?)?(?: (?:applied|taken)\b[^.;,]{0,30})?,? (?:she|he|they) (?:has|have|can|is|now)\b|(?:was|were) added (?:to|on|in)\b|\bdose (?:was|has been|had been) (?:raised|increased|lowered|reduced|cut|titrated|adjusted)\b|(?:was|were) (?:restarted|resumed)\b|\btaken (?:every (?:day|night)|daily|nightly) (?:for|since)\b|\b(?:starting|beginning)\b(?<=\bsince (?:starting|beginning))|\b(?:has|have|had) included [^.;]{0,80}?\bsince (?:\d{1,2}\/){0,2}\d{4}\b|\bincluding [^.;]{0,40}?\bsince (?:\d{1,2}\/){0,2}\d{4}\b|\breplaced\b(?<=\b(?:since|after) [A-Za-z]{4,20} replaced)|\b(?:switch|change) (?:to|from)\b(?<=\b(?:since|after|of) (?:the|her|his|their) (?:switch|change) (?:to|from))|\bstarted (?:(?:him|her|them) on )?[a-z]{4,20} [^.;]{0,40}?\b(?:in|on|since) \d|\bstarted (?:it|them|[a-z]{4,20})\b(?<=\bsince (?:she|he|they|the patient) started (?:it|them|[a-z]{4,20}))|\b(?:takes|took|on) (?:one|two|three|four|five|six|\d{1,2})(?: [A-Za-z]{4,20})?(?: tablets| pills)? (?:a|per|each) (?:day|night)\b|\btakes (?:it|them) (?:once|twice|(?:one|two|three|four|\d) times) (?:a|per) day\b|\bmedications? (?:has|have|had) (?:included|consisted of)\b|\b(?:once|twice|(?:one|two|three|four|\d) times) (?:a|per) day since\b|\b(?:ran out|(?:was|were) off (?:it|them) for|(?:was|were|went) back on (?:it|them)|held (?:it|them) for|stopped taking (?:it|them)|refill (?:was|were) (?:held up|delayed|late)|refill came late)\b)/i;
/**
 * A rationale that calls the medication new overrides its words of ongoing use ("rarely recommended for long-term use"),
 * and the word "refill" in a request: "Lidoderm has never been dispensed to this patient ... This is therefore a first
 * request.", "Temazepam was newly prescribed on 4/2/2014 with refills". Not what utilization review took it for:
 * "Utilization review treated zolpidem as a new prescription."
 */
const NEW_MEDICATION = /\b(?:(?:is|as) a new (?:medication|prescription)|(?:has )?not (?:been )?(?:previously )?prescribed (?:for (?:him|her|them) |to (?:him|her|them) )?before|never (?:been )?(?:prescribed|tried on|taken|dispensed|filled|used)|(?:is|was) (?:therefore |thus )?a first request\b|first prescription|(?:requested|prescribed|started) for the first time|newly prescribed|no (?:earlier|prior|previous) use|(?:has|have) not been tried on|(?:has|have) not (?:taken|tried|used) \w+(?: \w+)? before|(?:has|have) not been (?:used|tried|taken) before|no (?:record|evidence|documentation|indication) that (?:she|he|they|the (?:patient|injured worker|employee)) (?:has|have) (?:ever )?(?:taken|tried|used) (?:it|them|this|\w+) before|starting trial|(?:has|have) not (?:yet )?been (?:dispensed|started|filled)|(?:the|a) first request for (?:it|this|the)\b)\b/gi;

/** Treatments whose continuation is judged on the earlier course's benefit; a repeat MRI, injection or evaluation is not. */
const JUDGED_ON_BENEFIT: ReadonlySet<TreatmentCategory> = new Set(['medications', 'DME', 'physical therapy', 'chiropractic', 'acupuncture', 'psychotherapy/CBT']);

/**
 * "TENS unit supplies (electrodes and batteries) x 3 months", "Replacement TENS electrodes x 12 months": supplies for a
 * unit in use, which go on with it. Not those that come with a unit on trial or bought: "TENS unit: 30-day home trial
 * (rental) with electrodes and batteries".
 */
const SUPPLIES = /\b(?:supplies|electrodes|pads|batteries|lead wires)\b/i;
const WITH_A_NEW_UNIT = /\b(?:trial|rental|rent|purchase|buy)\b/i;

/**
 * Continued or additional treatment: the reader asks whether the earlier course helped. A
 * medication is continued when its rationale (`rationale`: the item's reading of it, the sentences
 * about it where items share one) says it is already being taken.
 */
export function isContinuedTreatment(service: string, category: TreatmentCategory, rationale: readonly Block[]): boolean {
  if (!JUDGED_ON_BENEFIT.has(category)) return false;
  if (category === 'DME' && SUPPLIES.test(service) && !WITH_A_NEW_UNIT.test(service)) return true;
  if (category !== 'medications') return CONTINUED_SERVICE.test(service);
  const continued = CONTINUED_SERVICE.test(service) || rationale.some(tellsOngoingUse);
  // A medication the rationale calls new is new, even requested as a "refill" or to "continue" it.
  return continued && !rationale.some(callsNew);
}

/**
 * A repeat injection: not a continued treatment (its improvement gives no finding), but one the guidelines repeat only
 * on the first one's relief and gains, which its rationale may tell without naming improvement ("reduced his Norco from
 * four tablets a day to one").
 */
export const isRepeatInjection = (service: string, category: TreatmentCategory): boolean => category === 'injections' && CONTINUED_SERVICE.test(service);

/** Whether a block says some medication is being taken: read once per block however many items ask. */
export const tellsOngoingUse = perBlock((block) => ONGOING_USE.test(block.text));

/**
 * "has taken hydrocodone", "has applied Lidoderm patches", "Medications have included tramadol ER": the drug a sentence
 * says is taken, in the three words after the verb, where the sentence names others too ("He has taken hydrocodone ...
 * since 02/2013, and has applied Lidoderm patches to the low back since 05/2013").
 */
const TAKEN_NEXT =
  /\b(?:(?:has|have|had) (?:been )?(?:used|using|taking|taken|applied|applying|prescribed|on)|medications? (?:has|have|had) (?:included|consisted of)) ((?:[a-z/-]{1,24} ){0,2}[a-z/-]{1,24})/gi;

/**
 * "hydrocodone/APAP 10/325mg three times a day since 2014", "Lyrica 75 mg twice daily since 2014": a drug named before the
 * dose it has been taken at since.
 */
const DOSED_SINCE = /\b([a-z][a-z/-]{3,24})(?: \d{1,4}(?:\/\d{1,4})?\s?mg)? (?:(?:once|twice|(?:one|two|three|four|\d) times) (?:a|per) day|(?:once |twice |three times )?daily|nightly) since\b/gi;

/** "He has taken nortriptyline 25mg at night since 10/2013 and Norco 5/325mg, up to two a day, since 2012": a second drug taken since. */
const TAKEN_AND_SINCE = /\b(?:has|have|had) (?:been )?(?:taking|taken|using|used) [^.;]{0,60}? and ([a-z][a-z/-]{3,24})\b(?=[^.;]{0,40}\bsince\b)/gi;

/** "Naproxen has been used since 2014", "Gabapentin has been taken since 2013": the drug named before the verb. */
const USED_SINCE = /\b([a-z][a-z/-]{3,24})(?: \d{1,4}(?:\/\d{1,4})?\s?mg)? (?:has|have) been (?:used|taken|prescribed|applied) (?:since|for)\b/gi;

/**
 * "Treatment has included ... and gabapentin since 2014", "has included Lidoderm patches since 01/2015", "medications,
 * including Ultram ER since 3/2015": a drug listed, named right before the date it is taken since.
 * Not "8 acupuncture sessions for the neck since 10/2014", whose "neck" a cream's request may name too.
 */
const NAMED_SINCE = /(?:,|\band|\bincluded|\bincluding) ([a-z][a-z/-]{3,24}(?: [a-z]{2,12})?) since (?:\d{1,2}\/){0,2}\d{4}\b/gi;

/**
 * "A pharmacy ledger ... shows tramadol ER 150 mg #30 dispensed on 10/02/2013, 11/04/2013, ..., and omeprazole 20 mg #60
 * dispensed on the same dates": a drug dispensed again and again.
 */
const DISPENSED_ON = /\b([a-z][a-z/-]{3,24})(?: [a-z]{2,3})?(?: \d{1,4}\s?mg)?(?: #\d{1,3})? dispensed (?:on (?:(?:\d{1,2}\/){1,2}\d{2,4}, ){2}|on the same dates|monthly|every month)/gi;

/** "medications including tramadol ER, gabapentin and naproxen, all of which he has taken since 2011": each drug listed. */
const ALL_TAKEN = /\bincluding ([^.;]{3,120}?),? all of which (?:he|she|they|the patient) (?:has|have) (?:been )?(?:taken|taking|used|using)\b/gi;

/** Whether `block` says the drug named by one of `words` (in lower case) is being taken. */
export function tellsUseOf(block: Block, words: readonly string[]): boolean {
  for (const pattern of [TAKEN_NEXT, DOSED_SINCE, TAKEN_AND_SINCE, USED_SINCE, NAMED_SINCE, ALL_TAKEN, DISPENSED_ON]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(block.text); m; m = pattern.exec(block.text)) {
      const named = m[1].toLowerCase();
      if (words.some((w) => named.includes(w))) return true;
    }
  }
  return false;
}

/** Whether the rationale calls the medication new: "is a new medication", "has not been used before". */
/** Utilization review's view, which the letter may go on to reject: "Utilization review treated zolpidem as a new prescription." */
const TAKEN_AS = /\btreated [a-z]{2,20} $/i;

export const callsNew = perBlock((rationale) => {
  const text = rationale.text;
  NEW_MEDICATION.lastIndex = 0;
  for (let m = NEW_MEDICATION.exec(text); m; m = NEW_MEDICATION.exec(text)) if (!TAKEN_AS.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  return false;
});
