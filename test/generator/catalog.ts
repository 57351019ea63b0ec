/**
 * What can be disputed: body regions, treatments (with how their requests are written),
 * the guideline sources each treatment is judged by, and the sentences a reviewer writes
 * about them. Sentences here never say "medically necessary" and never mention
 * functional improvement unless they are listed as `withFI` / FI statements: the letter
 * generator adds those only where the item's truth allows it.
 */
import type { GuidelineFamily, TreatmentCategory } from '../../server/src/service/model';
import type { CiteSource } from './citations';
import { Random } from './random';
import { capitalize, numberWord } from './words';

export type RegionKey = 'lumbar' | 'cervical' | 'shoulder' | 'knee' | 'wrist';

export interface Region {
  key: RegionKey;
  side: 'right' | 'left' | 'bilateral' | null;
  /** "lumbar spine", "right shoulder". */
  label: string;
}

interface RegionInfo {
  acoemChapter: number;
  acoemName: string;
  imaging: [number, number];
  surgery: [number, number];
  physical: [number, number];
  odgChapter: string;
  diagnoses: readonly string[];
  complaints: readonly string[];
  exam: readonly string[];
  ptLimit: string;
}

export const REGIONS: Record<RegionKey, RegionInfo> = {
  lumbar: {
    acoemChapter: 12,
    acoemName: 'Low Back Complaints',
    imaging: [303, 304],
    surgery: [305, 307],
    physical: [298, 300],
    odgChapter: 'Low Back',
    diagnoses: ['lumbar radiculopathy', 'lumbar disc protrusion', 'lumbar sprain/strain', 'degenerative disc disease of the lumbar spine', 'lumbar facet arthropathy'],
    complaints: ['low back pain radiating to the {side} lower extremity', 'constant low back pain with intermittent numbness in the legs', 'low back pain aggravated by prolonged sitting and bending'],
    exam: [
      'tenderness to palpation over the lumbar paraspinal muscles with restricted range of motion',
      'a positive straight leg raise on the {side} and decreased sensation in the L5 dermatome',
      'lumbar spasm and guarding with limited flexion and extension',
    ],
    ptLimit: '10 visits over 8 weeks for lumbar sprains and strains',
  },
  cervical: {
    acoemChapter: 8,
    acoemName: 'Neck and Upper Back Complaints',
    imaging: [177, 178],
    surgery: [179, 180],
    physical: [173, 174],
    odgChapter: 'Neck and Upper Back',
    diagnoses: ['cervical radiculopathy', 'cervical sprain/strain', 'cervical disc herniation', 'cervicalgia'],
    complaints: ['neck pain radiating to the {side} upper extremity', 'neck pain with headaches and stiffness', 'constant neck pain with tingling in the hands'],
    exam: [
      'tenderness over the cervical paraspinal muscles and trapezius with decreased range of motion',
      'a positive Spurling test on the {side} with diminished biceps reflex',
      'cervical muscle spasm and limited rotation',
    ],
    ptLimit: '10 visits over 8 weeks for neck sprains and strains',
  },
  shoulder: {
    acoemChapter: 9,
    acoemName: 'Shoulder Complaints',
    imaging: [207, 209],
    surgery: [209, 211],
    physical: [203, 204],
    odgChapter: 'Shoulder',
    diagnoses: ['shoulder impingement syndrome', 'rotator cuff tendinitis', 'partial thickness rotator cuff tear', 'adhesive capsulitis'],
    complaints: ['{side} shoulder pain with overhead reaching', 'shoulder pain that wakes {obj} at night', 'persistent shoulder pain and weakness lifting objects'],
    exam: [
      'positive Neer and Hawkins impingement signs with painful abduction',
      'decreased shoulder range of motion and weakness of the supraspinatus',
      'tenderness over the acromioclavicular joint and subacromial space',
    ],
    ptLimit: '10 visits over 8 weeks for impingement syndrome',
  },
  knee: {
    acoemChapter: 13,
    acoemName: 'Knee Complaints',
    imaging: [341, 343],
    surgery: [344, 345],
    physical: [337, 339],
    odgChapter: 'Knee & Leg',
    diagnoses: ['internal derangement of the knee', 'medial meniscus tear', 'chondromalacia patella', 'knee sprain/strain'],
    complaints: ['{side} knee pain with swelling and locking', 'knee pain climbing stairs and squatting', 'persistent knee pain with episodes of giving way'],
    exam: [
      'medial joint line tenderness and a positive McMurray test',
      'mild effusion with crepitus and painful flexion',
      'tenderness about the patella with decreased range of motion',
    ],
    ptLimit: '12 visits over 8 weeks for knee sprains',
  },
  wrist: {
    acoemChapter: 11,
    acoemName: 'Forearm, Wrist, and Hand Complaints',
    imaging: [268, 269],
    surgery: [270, 271],
    physical: [264, 265],
    odgChapter: 'Forearm, Wrist & Hand',
    diagnoses: ['carpal tunnel syndrome', 'wrist sprain/strain', 'de Quervain tenosynovitis', 'wrist tendinitis'],
    complaints: ['{side} wrist pain with numbness of the fingers', 'hand numbness at night and weak grip', 'wrist pain with repetitive gripping'],
    exam: [
      'positive Tinel and Phalen signs with decreased grip strength',
      'tenderness over the first dorsal compartment and a positive Finkelstein test',
      'decreased sensation in the median nerve distribution',
    ],
    ptLimit: '9 visits over 8 weeks for wrist sprains',
  },
};

export function regionInfo(r: Region): RegionInfo {
  return REGIONS[r.key];
}

export function makeRegion(rng: Random, key: RegionKey): Region {
  if (key === 'lumbar') return { key, side: null, label: rng.chance(0.85) ? 'lumbar spine' : 'low back' };
  if (key === 'cervical') return { key, side: null, label: rng.chance(0.85) ? 'cervical spine' : 'neck' };
  const side = rng.weighted<'right' | 'left' | 'bilateral'>([['right', 5], ['left', 4], ['bilateral', key === 'wrist' ? 3 : 1]]);
  const noun = key === 'wrist' && rng.chance(0.3) ? 'wrist and hand' : key;
  return { key, side, label: side === 'bilateral' ? `bilateral ${noun}s`.replace('wrist and hands', 'wrists and hands') : `${side} ${noun}` };
}

/** How many sessions a guideline supports: an initial trial and a total with improvement. */
export interface Limits {
  trial: number;
  total: number;
}

export interface Statement {
  src: CiteSource;
  /** An independent clause, used when functional improvement is addressed. */
  withFI?: string;
  /** An independent clause that does not mention function at all. */
  noFI: string;
}

export interface ServiceDraft {
  text: string;
  requested: number | null;
}

export interface KindDef {
  id: string;
  category: TreatmentCategory;
  session: boolean;
  /** Regions the treatment can apply to; null: not tied to a body region. */
  regions: readonly RegionKey[] | null;
  psych: boolean;
  /** Noun phrase for prose: "physical therapy", "acupuncture". */
  short: string;
  unit: string;
  limits: Limits | null;
  /** What functional improvement would come from: "prior physical therapy", "the use of Norco". */
  fiObject: (service: string) => string;
  /** For session kinds the generator supplies the count phrase. */
  service: (rng: Random, region: Region | null, count: CountPhrase | null) => ServiceDraft;
  claims: (region: Region | null) => CiteSource[];
  reviewer: (region: Region | null) => CiteSource[];
  statements: (region: Region | null) => Statement[];
  facts: readonly string[];
  upheld: readonly string[];
  overturned: readonly string[];
  weight: number;
}

/** A count of sessions written one of the ways letters write it. */
export interface CountPhrase {
  /** Noun position: "6 sessions", "twelve (12) visits", "8 additional visits". */
  noun: string | null;
  /** After the name: "2x6", "2 times a week for 6 weeks", "x6", "#12". */
  post: string | null;
  value: number;
}

/** Picks a way to write `n` sessions; `unit` is "sessions", "visits", "treatments" or "days". */
export function countPhrase(rng: Random, n: number, unit: string, allowFrequency: boolean): CountPhrase {
  const factors: [number, number][] = [];
  for (const f of [1, 2, 3]) {
    if (n % f === 0 && n / f >= 2 && n / f <= 8) factors.push([f, n / f]);
  }
  const forms: [string, number][] = [
    ['plain', 6],
    ['wordParen', 2],
    ['word', n <= 20 ? 1 : 0],
    ['x', 2],
    ['additional', 1.5],
    ['postPlain', 1.5],
  ];
  if (allowFrequency && factors.length > 0) forms.push(['freq', 5]);
  const form = rng.weighted(forms.filter(([, w]) => w > 0));
  switch (form) {
    case 'wordParen':
      return { noun: `${numberWord(n)} (${n}) ${unit}`, post: null, value: n };
    case 'word':
      return { noun: `${numberWord(n)} ${unit}`, post: null, value: n };
    case 'x':
      return { noun: null, post: rng.pick([`x${n}`, `x ${n}`, `x${n}`]), value: n };
    case 'additional':
      return { noun: `${n} additional ${unit}`, post: null, value: n };
    case 'postPlain':
      return { noun: null, post: `, ${n} ${unit}`, value: n };
    case 'freq': {
      const [f, w] = rng.pick(factors);
      const times = f === 1 ? rng.pick(['1 time', 'once']) : f === 2 ? rng.pick(['2 times', 'twice']) : rng.pick(['3 times', 'three times']);
      const post = rng.weighted<string>([
        [`${f}x${w}`, 4],
        [`${f} x ${w}`, 1],
        [`${times} a week for ${w} weeks`, 3],
        [`${times} per week for ${w} weeks`, 2],
        [`${f}x/week x ${w} weeks`, 1],
        [`${f} times a week for ${numberWord(w)} weeks`, f === 1 ? 0.0001 : 1],
      ]);
      return { noun: null, post, value: n };
    }
    default:
      return { noun: `${n} ${unit}`, post: null, value: n };
  }
}

const mtus = (topic: string | null, ranges: [number, number][]): CiteSource => ({ family: 'MTUS Chronic Pain', topic, ranges });
const odg = (chapter: string, topic: string | null): CiteSource => ({ family: 'ODG', topic, ranges: [], odgChapter: chapter });
const acoemFor = (r: Region | null, topic: 'imaging' | 'surgery' | 'physical', fallback: RegionKey = 'lumbar'): CiteSource => {
  const info = REGIONS[r?.key ?? fallback];
  return { family: 'ACOEM', topic: info.acoemName, ranges: [info[topic]], chapter: info.acoemChapter };
};
const odgFor = (r: Region | null, topic: string, fallback: RegionKey = 'lumbar'): CiteSource =>
  odg(REGIONS[r?.key ?? fallback].odgChapter, topic);
const acu = (): CiteSource => ({ family: 'MTUS Acupuncture', topic: null, ranges: [] });
const postSurgical = (topic: string | null, ranges: [number, number][]): CiteSource => ({ family: 'MTUS Post-Surgical', topic, ranges });

export function ccr(rng: Random, year: number): CiteSource {
  const sub = year >= 2017 ? 'e' : 'f';
  const section = rng.weighted<string>([
    [`8 C.C.R. 9792.20(${sub})`, 4],
    [`8 CCR 9792.20(${sub})`, 3],
    [`California Code of Regulations, Title 8, section 9792.20(${sub})`, 1],
  ]);
  return { family: '8 CCR / Labor Code', topic: null, ranges: [], section };
}

export function otherSource(rng: Random): CiteSource {
  return {
    family: 'other' as GuidelineFamily,
    topic: rng.pick([
      'Non-MTUS Citation: Food and Drug Administration (FDA) prescribing information',
      'Non-MTUS Citation: Physicians Desk Reference (PDR)',
      'Non-MTUS Citation: National Guideline Clearinghouse',
    ]),
    ranges: [],
  };
}

/** Session-based service text: places the count phrase around the name and region. */
function sessionService(rng: Random, names: readonly string[], region: Region | null, count: CountPhrase | null, regionWord = 'for the'): ServiceDraft {
  const name = rng.pick(names);
  const where = region === null ? '' : ` ${regionWord} ${region.label}`;
  if (count === null) {
    const text = rng.weighted<string>([
      [`${capitalize(name)}${where}`, 3],
      [`Additional ${name}${where}`, 2],
      [`Continued ${name}${where}`, 1],
    ]);
    return { text, requested: null };
  }
  if (count.noun !== null) {
    const text = rng.chance(0.8) ? `${count.noun} of ${name}${where}` : `${capitalize(name)}${where}, ${count.noun}`;
    return { text, requested: count.value };
  }
  const post = count.post ?? '';
  const sep = post.startsWith(',') ? '' : ' ';
  const text = rng.chance(0.75) || region === null ? `${capitalize(name)}${sep}${post}${where}` : `${capitalize(name)}${where}${sep}${post}`;
  return { text, requested: count.value };
}

function fixed(rng: Random, options: readonly string[]): ServiceDraft {
  return { text: rng.pick(options), requested: null };
}

const PT_NAMES = ['physical therapy', 'Physical therapy', 'Physical Therapy'] as const;

export const KINDS: readonly KindDef[] = [
  {
    id: 'cbt',
    category: 'psychotherapy/CBT',
    session: true,
    regions: null,
    psych: true,
    short: 'cognitive behavioral therapy',
    unit: 'sessions',
    limits: { trial: 4, total: 10 },
    fiObject: () => 'the prior cognitive behavioral therapy',
    service: (rng, _r, count) => sessionService(rng, ['Cognitive Behavioral Therapy', 'cognitive behavioral therapy', 'CBT'], null, count),
    claims: () => [mtus('Behavioral Interventions', [[23, 23]]), odg('Pain', 'Cognitive Behavioral Therapy (CBT)')],
    reviewer: () => [mtus('Behavioral Interventions', [[23, 23]]), mtus('Psychological treatment', [[101, 102]])],
    statements: () => [
      {
        src: mtus('Behavioral Interventions', [[23, 23]]),
        withFI: 'behavioral interventions are recommended, with an initial trial of 3 to 4 psychotherapy visits over 2 weeks and, with evidence of objective functional improvement, a total of up to 6 to 10 visits over 5 to 6 weeks (individual sessions)',
        noFI: 'behavioral interventions are recommended for identifying and reinforcing coping skills, beginning with an initial trial of 3 to 4 psychotherapy visits over 2 weeks',
      },
      {
        src: odg('Pain', 'Cognitive Behavioral Therapy (CBT) guidelines for chronic pain'),
        withFI: 'an initial trial of 3 to 4 psychotherapy visits over 2 weeks is appropriate, and with evidence of objective functional improvement a total of up to 6 to 10 visits over 5 to 6 weeks may be supported',
        noFI: 'cognitive behavioral therapy is supported for appropriately identified patients, starting with an initial trial of 3 to 4 visits over 2 weeks',
      },
    ],
    facts: [
      'The treating psychologist reports that {subj} continues to struggle with anxiety and depressed mood related to chronic pain.',
      'The progress notes describe ongoing stress, poor sleep and irritability.',
      'A psychological evaluation recommended individual therapy to develop pain coping skills.',
      'The most recent report notes a Beck Depression Inventory score in the moderate range.',
    ],
    upheld: [
      'The treatment plan does not describe specific goals for the requested therapy.',
      'The reports do not explain why the patient could not continue with the coping skills already learned.',
    ],
    overturned: [
      'The treatment plan identifies specific goals for the requested therapy.',
      'The psychologist has set out measurable goals and a plan to taper treatment.',
    ],
    weight: 8,
  },
  {
    id: 'psychotherapy',
    category: 'psychotherapy/CBT',
    session: true,
    regions: null,
    psych: true,
    short: 'psychotherapy',
    unit: 'sessions',
    limits: { trial: 6, total: 20 },
    fiObject: () => 'the prior psychotherapy',
    service: (rng, _r, count) => {
      if (count !== null && count.noun === null && rng.chance(0.4)) {
        return { text: `series of ${count.value} psychotherapy sessions`, requested: count.value };
      }
      return sessionService(rng, ['psychotherapy', 'individual psychotherapy', 'Psychotherapy', 'psychological treatment'], null, count);
    },
    claims: () => [mtus('Psychological treatment', [[101, 102]]), odg('Mental Illness & Stress', 'Psychotherapy Guidelines')],
    reviewer: () => [odg('Mental Illness & Stress', 'Psychotherapy Guidelines'), mtus('Behavioral Interventions', [[23, 23]])],
    statements: () => [
      {
        src: odg('Mental Illness & Stress', 'Psychotherapy Guidelines'),
        withFI: 'an initial trial of 6 visits over 6 weeks is recommended and, with evidence of objective functional improvement, a total of up to 13 to 20 visits over 13 to 20 weeks (individual sessions)',
        noFI: 'psychotherapy is recommended for depression and anxiety, with an initial trial of 6 visits over 6 weeks',
      },
      {
        src: mtus('Psychological treatment', [[101, 102]]),
        noFI: 'psychological treatment is recommended for appropriately identified patients with chronic pain, using a stepped-care approach',
      },
    ],
    facts: [
      'The psychiatric report documents symptoms of major depressive disorder with anxious distress.',
      'The patient reports persistent depressed mood, crying spells and social withdrawal.',
      'The treating provider notes the patient has been prescribed an antidepressant by a psychiatrist.',
    ],
    upheld: [
      'The records do not include the psychotherapy progress notes from the prior treatment.',
      'The request does not include a treatment plan with defined goals.',
    ],
    overturned: [
      'The treating psychologist has provided a treatment plan with defined goals.',
      'The patient continues to have significant symptoms that are responding to treatment.',
    ],
    weight: 6,
  },
  {
    id: 'pt',
    category: 'physical therapy',
    session: true,
    regions: ['lumbar', 'cervical', 'shoulder', 'knee', 'wrist'],
    psych: false,
    short: 'physical therapy',
    unit: 'sessions',
    limits: { trial: 10, total: 10 },
    fiObject: () => 'the prior physical therapy',
    service: (rng, r, count) => sessionService(rng, PT_NAMES, r, count, rng.chance(0.85) ? 'for the' : 'to the'),
    claims: (r) => [mtus('Physical Medicine', [[98, 99]]), odgFor(r, 'Physical therapy')],
    reviewer: (r) => [mtus('Physical Medicine', [[98, 99]]), odgFor(r, 'Physical therapy'), acoemFor(r, 'physical')],
    statements: (r) => [
      {
        src: mtus('Physical Medicine', [[98, 99]]),
        withFI: 'physical medicine is recommended with a fading of treatment frequency from up to 3 visits per week to 1 or less, plus active self-directed home physical medicine, and continued therapy depends on objective functional improvement',
        noFI: 'physical medicine is recommended with a fading of treatment frequency plus active self-directed home physical medicine, allowing 9 to 10 visits over 8 weeks for myalgia and 8 to 10 visits over 4 weeks for neuralgia or radiculitis',
      },
      {
        src: odgFor(r, 'Physical therapy'),
        noFI: `therapy is generally limited to ${REGIONS[r?.key ?? 'lumbar'].ptLimit}, with a transition to a home exercise program`,
      },
    ],
    facts: [
      'The most recent progress report notes ongoing pain with decreased range of motion.',
      'The treating physician recommends therapy to address persistent weakness and stiffness.',
      'The patient is working modified duty and performs a home exercise program.',
      'The reports describe pain rated 6/10 with activity.',
    ],
    upheld: [
      'There is no explanation of why the patient cannot continue with an independent home exercise program.',
      'The records do not identify deficits that would require further supervised therapy.',
    ],
    overturned: [
      'The treating physician has identified specific strength and range of motion deficits to be addressed.',
      'The requested therapy is intended to transition the patient to an independent home program.',
    ],
    weight: 12,
  },
  {
    id: 'aquatic',
    category: 'physical therapy',
    session: true,
    regions: ['lumbar', 'knee'],
    psych: false,
    short: 'aquatic therapy',
    unit: 'sessions',
    limits: { trial: 10, total: 10 },
    fiObject: () => 'the prior aquatic therapy',
    service: (rng, r, count) => sessionService(rng, ['aquatic therapy', 'Aquatic therapy', 'pool therapy'], r, count),
    claims: () => [mtus('Aquatic therapy', [[22, 22]]), mtus('Physical Medicine', [[98, 99]])],
    reviewer: () => [mtus('Aquatic therapy', [[22, 22]]), mtus('Physical Medicine', [[98, 99]])],
    statements: () => [
      {
        src: mtus('Aquatic therapy', [[22, 22]]),
        noFI: 'aquatic therapy is recommended as an optional form of exercise therapy where available, as an alternative to land-based therapy, specifically where reduced weight bearing is desirable, for example extreme obesity',
      },
    ],
    facts: [
      'The patient has a body mass index of 38 and reports difficulty with land-based exercise.',
      'There is no documentation that the patient requires reduced weight bearing.',
      'The treating physician recommends pool therapy because of pain with weight bearing.',
    ],
    upheld: ['The records do not explain why land-based therapy or a home exercise program would not be appropriate.'],
    overturned: ['Reduced weight bearing is desirable given the documented obesity and knee pain.'],
    weight: 2,
  },
  {
    id: 'chiro',
    category: 'chiropractic',
    session: true,
    regions: ['lumbar', 'cervical'],
    psych: false,
    short: 'chiropractic treatment',
    unit: 'visits',
    limits: { trial: 6, total: 18 },
    fiObject: () => 'the prior chiropractic treatment',
    service: (rng, r, count) => sessionService(rng, ['chiropractic treatment', 'Chiropractic treatment', 'chiropractic manipulation', 'chiropractic care', 'chiropractic therapy'], r, count),
    claims: (r) => [mtus('Manual therapy & manipulation', [[58, 59]]), odgFor(r, 'Manipulation')],
    reviewer: (r) => [mtus('Manual therapy & manipulation', [[58, 60]]), mtus('Manual therapy & manipulation', [[58, 59]]), odgFor(r, 'Chiropractic Guidelines')],
    statements: (r) => [
      {
        src: mtus('Manual therapy & manipulation', [[58, 59]]),
        withFI: 'manual therapy is recommended for chronic pain caused by musculoskeletal conditions, with a trial of 6 visits over 2 weeks and, with evidence of objective functional improvement, a total of up to 18 visits over 6 to 8 weeks',
        noFI: 'manual therapy and manipulation are recommended for chronic pain caused by musculoskeletal conditions, beginning with a trial of 6 visits over 2 weeks',
      },
      {
        src: odgFor(r, 'Chiropractic Guidelines'),
        withFI: 'a trial of 6 visits over 2 weeks is supported and, with evidence of objective functional improvement, up to 18 visits over 6 to 8 weeks',
        noFI: 'a trial of 6 visits over 2 weeks is supported for mild to severe presentations',
      },
    ],
    facts: [
      'The chiropractic reports describe ongoing spasm and restricted motion.',
      'The patient reports temporary relief of pain after each treatment.',
      'The treating chiropractor recommends continued manipulation and myofascial release.',
    ],
    upheld: [
      'The reports do not describe a flare-up that would warrant renewed treatment.',
      'The records suggest the treatment has become maintenance care.',
    ],
    overturned: ['The request is consistent with the guideline trial and the treatment goals are specified.'],
    weight: 7,
  },
  {
    id: 'acupuncture',
    category: 'acupuncture',
    session: true,
    regions: ['lumbar', 'cervical', 'shoulder', 'knee', 'wrist'],
    psych: false,
    short: 'acupuncture',
    unit: 'sessions',
    limits: { trial: 6, total: 12 },
    fiObject: () => 'the prior acupuncture',
    service: (rng, r, count) => sessionService(rng, ['acupuncture', 'Acupuncture', 'acupuncture treatment', 'acupuncture therapy'], r, count, rng.chance(0.7) ? 'for the' : 'to the'),
    claims: () => [acu(), mtus('Acupuncture', [])],
    reviewer: () => [acu()],
    statements: () => [
      {
        src: acu(),
        withFI: 'acupuncture may be used as an adjunct to physical rehabilitation, with the time to produce functional improvement being 3 to 6 treatments at a frequency of 1 to 3 times per week, and treatments may be extended if functional improvement is documented',
        noFI: 'acupuncture is used as an option when pain medication is reduced or not tolerated, or as an adjunct to physical rehabilitation, with an initial course of 3 to 6 treatments at a frequency of 1 to 3 times per week over 1 to 2 months',
      },
    ],
    facts: [
      'The patient reports the pain is not adequately controlled with medication.',
      'The treating physician notes the patient is trying to reduce the use of oral medications.',
      'The acupuncture notes document subjective reports of decreased pain after treatment.',
    ],
    upheld: ['The request exceeds the number of treatments supported before reassessment.'],
    overturned: ['The patient is reducing pain medication and participating in a home exercise program.'],
    weight: 8,
  },
  {
    id: 'massage',
    category: 'physical therapy',
    session: true,
    regions: ['lumbar', 'cervical', 'shoulder'],
    psych: false,
    short: 'massage therapy',
    unit: 'sessions',
    limits: { trial: 6, total: 6 },
    fiObject: () => 'the prior massage therapy',
    service: (rng, r, count) => sessionService(rng, ['massage therapy', 'Massage therapy', 'therapeutic massage'], r, count),
    claims: () => [mtus('Massage therapy', [[60, 60]])],
    reviewer: () => [mtus('Massage therapy', [[60, 60]])],
    statements: () => [
      {
        src: mtus('Massage therapy', [[60, 60]]),
        noFI: 'massage therapy is recommended as an option only as an adjunct to other recommended treatment such as exercise, and it should be limited to 4 to 6 visits in most cases',
      },
    ],
    facts: ['The patient reports muscle tightness and spasm.', 'The request is for massage in addition to a home exercise program.'],
    upheld: ['The records do not show that massage would be used as an adjunct to an active exercise program.'],
    overturned: ['Massage would be used as an adjunct to an active exercise program.'],
    weight: 3,
  },
  {
    id: 'frp',
    category: 'other',
    session: true,
    regions: null,
    psych: false,
    short: 'functional restoration program',
    unit: 'days',
    limits: { trial: 10, total: 20 },
    fiObject: () => 'the completed program days',
    service: (rng, _r, count) => {
      const name = rng.pick(['functional restoration program', 'Functional restoration program', 'HELP functional restoration program', 'chronic pain program']);
      if (count === null) return { text: capitalize(name), requested: null };
      const n = count.value;
      const text = rng.weighted<string>([
        [`${capitalize(name)} x ${n} days`, 3],
        [`${n} days of ${name}`, 2],
        [`${capitalize(name)}, ${n} full-day sessions`, 1],
        [`${capitalize(name)} ${numberWord(n)} (${n}) days`, 1],
      ]);
      return { text, requested: n };
    },
    claims: () => [mtus('Chronic pain programs (functional restoration programs)', [[30, 34]]), mtus('Functional restoration programs (FRPs)', [[49, 49]])],
    reviewer: () => [mtus('Chronic pain programs (functional restoration programs)', [[30, 34]]), odg('Pain', 'Chronic pain programs (functional restoration programs)')],
    statements: () => [
      {
        src: mtus('Chronic pain programs (functional restoration programs)', [[30, 34]]),
        noFI: 'treatment in a chronic pain program is not suggested for longer than 2 weeks without evidence of demonstrated efficacy, and the total should generally not exceed 20 full-day sessions',
      },
    ],
    facts: [
      'A multidisciplinary evaluation found the patient to be a candidate for a functional restoration program.',
      'The patient is not a surgical candidate and has failed conservative care.',
      'The evaluation notes significant loss of the ability to function independently.',
    ],
    upheld: ['Negative predictors of success were not addressed in the evaluation.'],
    overturned: ['The entry criteria, including a thorough baseline evaluation and motivation to change, are met.'],
    weight: 2,
  },
  {
    id: 'biofeedback',
    category: 'other',
    session: true,
    regions: null,
    psych: true,
    short: 'biofeedback',
    unit: 'sessions',
    limits: { trial: 4, total: 10 },
    fiObject: () => 'the prior biofeedback',
    service: (rng, _r, count) => sessionService(rng, ['biofeedback', 'Biofeedback', 'biofeedback training'], null, count),
    claims: () => [mtus('Biofeedback', [[24, 25]])],
    reviewer: () => [mtus('Biofeedback', [[24, 25]])],
    statements: () => [
      {
        src: mtus('Biofeedback', [[24, 25]]),
        noFI: 'biofeedback is not recommended as a stand-alone treatment but is recommended as an option in a cognitive behavioral therapy program to facilitate exercise therapy and return to activity',
      },
    ],
    facts: ['The request is for biofeedback in conjunction with pain psychology.', 'The patient reports tension headaches and muscle guarding.'],
    upheld: ['Biofeedback is not being offered as part of a cognitive behavioral therapy program.'],
    overturned: ['Biofeedback will be provided within an ongoing cognitive behavioral therapy program.'],
    weight: 1.5,
  },
  {
    id: 'postopPt',
    category: 'physical therapy',
    session: true,
    regions: ['knee', 'shoulder'],
    psych: false,
    short: 'postoperative physical therapy',
    unit: 'sessions',
    limits: { trial: 12, total: 24 },
    fiObject: () => 'the postoperative therapy completed so far',
    service: (rng, r, count) => sessionService(rng, ['postoperative physical therapy', 'Post-operative physical therapy', 'postoperative therapy'], r, count),
    claims: () => [postSurgical(null, [])],
    reviewer: (r) => [postSurgical(r?.key === 'knee' ? 'Knee' : 'Shoulder', postSurgicalPages(r))],
    statements: (r) => [
      {
        src: postSurgical(null, []),
        withFI: `the general course is ${r?.key === 'knee' ? '12 visits over 12 weeks after meniscectomy' : '24 visits over 14 weeks after arthroscopic repair'}, with an initial course of one half of that number and further visits allowed with documented functional improvement`,
        noFI: `the general course is ${r?.key === 'knee' ? '12 visits over 12 weeks after meniscectomy' : '24 visits over 14 weeks after arthroscopic repair'}, with an initial course of one half of that number`,
      },
    ],
    facts: ['The patient is several weeks out from arthroscopic surgery.', 'The operative report confirms the procedure was completed without complication.'],
    upheld: ['The request exceeds the initial course of postoperative therapy.'],
    overturned: ['The request falls within the postsurgical physical medicine treatment period.'],
    weight: 2,
  },
  // ---- non-session items ----
  {
    id: 'opioid',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'opioid therapy',
    unit: '',
    limits: null,
    fiObject: (s) => `the use of ${s.split(' ')[0] ?? 'this medication'}`,
    service: (rng) => fixed(rng, ['Norco 10/325 mg #90', 'Norco 10/325mg #120', 'Hydrocodone/APAP 10/325 mg #60', 'Tramadol ER 150 mg #30', 'Oxycodone 10 mg #90', 'Percocet 5/325 mg #60', 'Ultram 50 mg #120']),
    claims: () => [mtus('Opioids', [[74, 96]]), mtus('Opioids, criteria for use', [[76, 80]])],
    reviewer: () => [mtus('Opioids', [[74, 96]]), mtus('On-Going Management', [[78, 78]]), mtus('Opioids, criteria for use', [[76, 80]])],
    statements: () => [
      {
        src: mtus('On-Going Management', [[78, 78]]),
        noFI: 'ongoing opioid management requires review and documentation of pain relief, appropriate medication use and side effects, including the "4 A\'s" of analgesia, activities of daily living, adverse side effects and aberrant drug-taking behaviors',
      },
      {
        src: mtus('Opioids, criteria for use', [[76, 80]]),
        withFI: 'opioids may be continued when there is documented functional improvement or the patient has returned to work',
        noFI: 'opioids should be continued when the patient has returned to work or has improved pain, with the lowest possible dose prescribed',
      },
    ],
    facts: [
      'The patient reports pain of 8/10 without medication and 5/10 with medication.',
      'The patient has been taking this medication for more than a year.',
      'A urine drug screen from earlier in the year was consistent with the prescribed medications.',
      'The records describe ongoing pain despite the current regimen.',
    ],
    upheld: [
      'There is no documentation of an opioid pain agreement or recent urine drug testing.',
      'The records do not quantify pain relief or the duration of relief with the medication.',
      'A weaning schedule would be appropriate rather than continued use.',
    ],
    overturned: [
      'The records document pain reduction with medication, no adverse effects, a signed opioid agreement and consistent urine drug screens.',
      'The patient has returned to work and the prescribing physician monitors for aberrant behavior.',
    ],
    weight: 9,
  },
  {
    id: 'nsaid',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'anti-inflammatory medication',
    unit: '',
    limits: null,
    fiObject: (s) => `the use of ${s.split(' ')[0] ?? 'this medication'}`,
    service: (rng) => fixed(rng, ['Naproxen 550 mg #60', 'Naproxen sodium 550mg #90', 'Ibuprofen 800 mg #90', 'Mobic 15 mg #30', 'Anaprox DS 550 mg #60']),
    claims: () => [mtus('NSAIDs (non-steroidal anti-inflammatory drugs)', [[67, 73]])],
    reviewer: () => [mtus('NSAIDs (non-steroidal anti-inflammatory drugs)', [[67, 73]]), mtus('Anti-inflammatory medications', [[22, 22]])],
    statements: () => [
      {
        src: mtus('NSAIDs (non-steroidal anti-inflammatory drugs)', [[67, 73]]),
        noFI: 'anti-inflammatory medications are recommended at the lowest dose for the shortest period in patients with moderate to severe pain, and for chronic low back pain as an option for short-term symptomatic relief',
      },
    ],
    facts: ['The patient has been prescribed this medication for several months.', 'The patient reports the medication reduces inflammation and pain.'],
    upheld: ['Long-term use is not supported and there is no plan for reassessment.', 'The records do not document monitoring of renal and hepatic function.'],
    overturned: ['The patient reports pain relief with the medication and no gastrointestinal side effects.'],
    weight: 4,
  },
  {
    id: 'ppi',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'proton pump inhibitor',
    unit: '',
    limits: null,
    fiObject: (s) => `the use of ${s.split(' ')[0] ?? 'this medication'}`,
    service: (rng) => fixed(rng, ['Omeprazole 20 mg #60', 'Prilosec 20mg #30', 'Pantoprazole 20 mg #60', 'Protonix 20 mg #60']),
    claims: () => [mtus('NSAIDs, GI symptoms & cardiovascular risk', [[68, 69]])],
    reviewer: () => [mtus('NSAIDs, GI symptoms & cardiovascular risk', [[68, 69]])],
    statements: () => [
      {
        src: mtus('NSAIDs, GI symptoms & cardiovascular risk', [[68, 69]]),
        noFI: 'a proton pump inhibitor is supported for patients taking anti-inflammatory medication who are at intermediate or high risk for gastrointestinal events, such as those over 65 years of age or with a history of peptic ulcer, bleeding or perforation',
      },
    ],
    facts: ['The patient takes an anti-inflammatory medication daily.', 'The reports do not describe any gastrointestinal complaints.'],
    upheld: ['The records do not identify risk factors for gastrointestinal events.'],
    overturned: ['The records document a history of gastritis with anti-inflammatory medication use.'],
    weight: 4,
  },
  {
    id: 'topical',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'topical compounded medication',
    unit: '',
    limits: null,
    fiObject: () => 'the use of the topical cream',
    service: (rng) => fixed(rng, [
      'Flurbiprofen 20%/Cyclobenzaprine 4% cream 180 gm',
      'Compounded Ketoprofen/Gabapentin/Lidocaine cream 240 gm',
      'Terocin patches #30',
      'Topical compound: Flurbiprofen/Baclofen/Lidocaine 180 grams',
    ]),
    claims: () => [mtus('Topical Analgesics', [[111, 113]])],
    reviewer: () => [mtus('Topical Analgesics', [[111, 113]])],
    statements: () => [
      {
        src: mtus('Topical Analgesics', [[111, 113]]),
        noFI: 'topical analgesics are largely experimental, are primarily recommended for neuropathic pain when trials of antidepressants and anticonvulsants have failed, and any compounded product that contains at least one drug or drug class that is not recommended is not recommended',
      },
    ],
    facts: ['The cream is applied to the painful area two to three times daily.', 'The patient also takes oral medications for pain.'],
    upheld: ['The compound contains at least one ingredient that is not recommended for topical use.', 'There is no documentation that first-line oral medications were tried and failed.'],
    overturned: ['The patient cannot tolerate oral anti-inflammatory medication and has localized pain amenable to topical treatment.'],
    weight: 4,
  },
  {
    id: 'muscleRelaxant',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'muscle relaxant',
    unit: '',
    limits: null,
    fiObject: (s) => `the use of ${s.split(' ')[0] ?? 'this medication'}`,
    service: (rng) => fixed(rng, ['Cyclobenzaprine 7.5 mg #60', 'Flexeril 10 mg #30', 'Soma 350 mg #60', 'Tizanidine 4 mg #90']),
    claims: () => [mtus('Muscle relaxants (for pain)', [[63, 66]])],
    reviewer: () => [mtus('Muscle relaxants (for pain)', [[63, 66]]), mtus('Cyclobenzaprine (Flexeril)', [[41, 42]])],
    statements: () => [
      {
        src: mtus('Muscle relaxants (for pain)', [[63, 66]]),
        noFI: 'non-sedating muscle relaxants are recommended with caution as a second-line option for short-term treatment of acute exacerbations of chronic low back pain, and efficacy appears to diminish over time',
      },
    ],
    facts: ['The patient has been taking the muscle relaxant on a daily basis for several months.', 'The reports note ongoing muscle spasm.'],
    upheld: ['The medication is being prescribed for long-term use rather than a short course.'],
    overturned: ['The request is for a short course to treat an acute exacerbation with documented spasm.'],
    weight: 3,
  },
  {
    id: 'gabapentin',
    category: 'medications',
    session: false,
    regions: null,
    psych: false,
    short: 'anticonvulsant medication',
    unit: '',
    limits: null,
    fiObject: (s) => `the use of ${s.split(' ')[0] ?? 'this medication'}`,
    service: (rng) => fixed(rng, ['Gabapentin 600 mg #90', 'Neurontin 300 mg #90', 'Lyrica 75 mg #60']),
    claims: () => [mtus('Antiepilepsy drugs (AEDs)', [[16, 22]])],
    reviewer: () => [mtus('Antiepilepsy drugs (AEDs)', [[16, 22]]), mtus('Gabapentin', [[18, 19]])],
    statements: () => [
      {
        src: mtus('Antiepilepsy drugs (AEDs)', [[16, 22]]),
        noFI: 'antiepilepsy drugs are recommended for neuropathic pain, with a good response defined as a 50% reduction in pain and a moderate response as a 30% reduction',
      },
    ],
    facts: ['The patient reports burning pain and numbness consistent with neuropathic pain.', 'The patient has been on this medication for several months.'],
    upheld: ['The records do not document the degree of pain relief from the medication.'],
    overturned: ['The records document more than 30% reduction in neuropathic pain with the medication.'],
    weight: 3,
  },
  {
    id: 'uds',
    category: 'other',
    session: false,
    regions: null,
    psych: false,
    short: 'urine drug testing',
    unit: '',
    limits: null,
    fiObject: () => 'the current medication regimen',
    service: (rng) => fixed(rng, ['Urine drug screen', 'Urine toxicology screen', 'Retrospective urine drug test']),
    claims: () => [mtus('Drug testing', [[43, 43]])],
    reviewer: () => [mtus('Drug testing', [[43, 43]]), mtus('Opioids, steps to avoid misuse/addiction', [[94, 95]])],
    statements: () => [
      {
        src: mtus('Drug testing', [[43, 43]]),
        noFI: 'drug testing is recommended as an option to assess for the use or the presence of illegal drugs',
      },
    ],
    facts: ['The patient is prescribed an opioid medication.', 'A prior urine screen was performed earlier this year.'],
    upheld: ['There is no indication of aberrant behavior that would support repeat testing at this frequency.'],
    overturned: ['Testing is appropriate for a patient on chronic opioid therapy.'],
    weight: 2,
  },
  {
    id: 'mri',
    category: 'imaging',
    session: false,
    regions: ['lumbar', 'cervical', 'shoulder', 'knee', 'wrist'],
    psych: false,
    short: 'imaging',
    unit: '',
    limits: null,
    fiObject: () => 'treatment',
    service: (rng, r) => {
      const label = r?.label ?? 'lumbar spine';
      return fixed(rng, [`MRI of the ${label}`, `MRI ${label} without contrast`, `Repeat MRI of the ${label}`, `Magnetic resonance imaging of the ${label}`]);
    },
    claims: (r) => [acoemFor(r, 'imaging'), odgFor(r, 'MRIs (magnetic resonance imaging)')],
    reviewer: (r) => [acoemFor(r, 'imaging'), odgFor(r, 'MRIs (magnetic resonance imaging)')],
    statements: (r) => [
      {
        src: acoemFor(r, 'imaging'),
        noFI: 'imaging is indicated when there are unequivocal objective findings that identify specific nerve compromise or red flag conditions in patients who do not respond to treatment and who would consider surgery',
      },
    ],
    facts: [
      'The treating physician reports persistent symptoms despite conservative care.',
      'A prior study was performed shortly after the injury.',
      'The neurologic examination is described in the most recent report.',
    ],
    upheld: ['There is no documentation of a red flag, progressive neurologic deficit or plan for surgery.', 'There has been no significant change in symptoms since the prior study.'],
    overturned: ['The records document a progressive neurologic deficit and the patient is considering surgery.'],
    weight: 7,
  },
  {
    id: 'emg',
    category: 'other',
    session: false,
    regions: ['lumbar', 'cervical'],
    psych: false,
    short: 'electrodiagnostic testing',
    unit: '',
    limits: null,
    fiObject: () => 'treatment',
    service: (rng, r) => fixed(rng, r?.key === 'cervical'
      ? ['EMG/NCV of the bilateral upper extremities', 'Electromyography of the upper extremities']
      : ['EMG/NCV of the bilateral lower extremities', 'Electromyography of the lower extremities']),
    claims: (r) => [acoemFor(r, 'imaging')],
    reviewer: (r) => [acoemFor(r, 'imaging'), odgFor(r, 'Nerve conduction studies (NCS)')],
    statements: (r) => [
      {
        src: acoemFor(r, 'imaging'),
        noFI: 'electromyography may be useful to identify subtle focal neurologic dysfunction in patients with symptoms lasting more than three or four weeks',
      },
    ],
    facts: ['The patient reports numbness and tingling in the extremities.', 'Imaging has already demonstrated nerve root involvement.'],
    upheld: ['The clinical findings are already consistent with radiculopathy and testing would not change management.'],
    overturned: ['The examination shows equivocal neurologic findings that testing could clarify.'],
    weight: 3,
  },
  {
    id: 'esi',
    category: 'injections',
    session: false,
    regions: ['lumbar', 'cervical'],
    psych: false,
    short: 'epidural steroid injection',
    unit: '',
    limits: null,
    fiObject: () => 'the prior injection',
    service: (rng, r) => fixed(rng, r?.key === 'cervical'
      ? ['Cervical epidural steroid injection at C5-6', 'Cervical epidural steroid injection C6-7']
      : ['Lumbar epidural steroid injection at L4-5', 'Transforaminal epidural steroid injection at right L5-S1', 'Lumbar ESI L4-L5']),
    claims: () => [mtus('Epidural steroid injections (ESIs)', [[46, 46]])],
    reviewer: () => [mtus('Epidural steroid injections (ESIs)', [[46, 46]])],
    statements: () => [
      {
        src: mtus('Epidural steroid injections (ESIs)', [[46, 46]]),
        noFI: 'radiculopathy must be documented by physical examination and corroborated by imaging or electrodiagnostic studies, and the patient must have been unresponsive to conservative treatment',
      },
    ],
    facts: ['The patient reports radiating pain and numbness.', 'An MRI shows a disc protrusion with foraminal narrowing.'],
    upheld: ['Radiculopathy is not corroborated by imaging or electrodiagnostic testing.', 'A prior injection did not provide at least 50% relief for six to eight weeks.'],
    overturned: ['Radiculopathy is documented on examination and corroborated by the MRI findings.'],
    weight: 4,
  },
  {
    id: 'tpi',
    category: 'injections',
    session: false,
    regions: null,
    psych: false,
    short: 'trigger point injections',
    unit: '',
    limits: null,
    fiObject: () => 'the prior injections',
    service: (rng) => fixed(rng, ['Trigger point injections x 3', 'Trigger point injections', 'Trigger point injections to the trapezius']),
    claims: () => [mtus('Trigger point injections', [[122, 122]])],
    reviewer: () => [mtus('Trigger point injections', [[122, 122]])],
    statements: () => [
      {
        src: mtus('Trigger point injections', [[122, 122]]),
        noFI: 'trigger point injections are recommended only for myofascial pain syndrome with documented circumscribed trigger points with a twitch response and referred pain, and not for radicular pain',
      },
    ],
    facts: ['The examination notes tenderness in the upper trapezius.', 'The patient has radiating symptoms into the arm.'],
    upheld: ['Circumscribed trigger points with a twitch response and referred pain are not documented.'],
    overturned: ['Trigger points with twitch response and referred pain are documented and there is no radiculopathy.'],
    weight: 2,
  },
  {
    id: 'tens',
    category: 'DME',
    session: false,
    regions: null,
    psych: false,
    short: 'TENS',
    unit: '',
    limits: null,
    fiObject: () => 'the use of the TENS unit',
    service: (rng) => fixed(rng, ['TENS unit for home use', 'Purchase of a TENS unit', 'TENS unit, 30-day trial rental', 'Interferential stimulator unit']),
    claims: () => [mtus('Transcutaneous electrotherapy', [[114, 116]])],
    reviewer: () => [mtus('TENS, chronic pain (transcutaneous electrical nerve stimulation)', [[114, 116]]), mtus('Interferential Current Stimulation (ICS)', [[118, 120]])],
    statements: () => [
      {
        src: mtus('TENS, chronic pain', [[114, 116]]),
        noFI: 'a one-month home-based trial may be considered as a noninvasive conservative option if used as an adjunct to a program of evidence-based restoration, with documentation of how often the unit was used and the outcomes in terms of pain relief',
      },
    ],
    facts: ['The patient used a unit during physical therapy.', 'The treating physician requests the unit for home use.'],
    upheld: ['There is no documentation of a successful one-month trial.', 'A purchase is requested without a documented trial period.'],
    overturned: ['A one-month trial documented decreased pain and reduced medication use.'],
    weight: 3,
  },
  {
    id: 'brace',
    category: 'DME',
    session: false,
    regions: ['lumbar', 'knee'],
    psych: false,
    short: 'bracing',
    unit: '',
    limits: null,
    fiObject: () => 'the use of the brace',
    service: (rng, r) => fixed(rng, r?.key === 'knee'
      ? [`Hinged knee brace for the ${r.label}`, 'Knee brace']
      : ['Lumbar support brace', 'LSO back brace', 'Lumbar orthosis']),
    claims: (r) => [acoemFor(r, 'physical')],
    reviewer: (r) => [acoemFor(r, 'physical'), odgFor(r, r?.key === 'knee' ? 'Knee brace' : 'Lumbar supports')],
    statements: (r) => [
      {
        src: acoemFor(r, 'physical'),
        noFI: r?.key === 'knee'
          ? 'a brace can be used for patellar instability, anterior cruciate ligament tear or medial collateral ligament instability, although its benefits may be more emotional than medical'
          : 'lumbar supports have not been shown to have any lasting benefit beyond the acute phase of symptom relief',
      },
    ],
    facts: ['The patient reports instability with prolonged standing.', 'The treating physician requests the brace for support.'],
    upheld: ['The patient is well beyond the acute phase of the injury.', 'Instability is not documented on examination.'],
    overturned: ['Ligamentous instability is documented on examination.'],
    weight: 2,
  },
  {
    id: 'surgery',
    category: 'surgery',
    session: false,
    regions: ['knee', 'shoulder', 'wrist'],
    psych: false,
    short: 'surgery',
    unit: '',
    limits: null,
    fiObject: () => 'conservative care',
    service: (rng, r) => {
      const side = r?.side === 'left' ? 'Left' : 'Right';
      if (r?.key === 'knee') return fixed(rng, [`${side} knee arthroscopy with partial medial meniscectomy`, `${side} knee arthroscopic meniscectomy`]);
      if (r?.key === 'shoulder') return fixed(rng, [`${side} shoulder arthroscopic subacromial decompression`, `${side} shoulder arthroscopy with rotator cuff repair`]);
      return fixed(rng, [`${side} carpal tunnel release`, `${side} open carpal tunnel release`]);
    },
    claims: (r) => [acoemFor(r, 'surgery', 'knee')],
    reviewer: (r) => [acoemFor(r, 'surgery', 'knee'), odgFor(r, 'Indications for Surgery', 'knee')],
    statements: (r) => [
      {
        src: acoemFor(r, 'surgery', 'knee'),
        noFI: 'surgical consultation or intervention is indicated for patients who have activity limitation for more than one month and failure of exercise programs, with clear clinical and imaging evidence of a lesion that has been shown to benefit from surgical repair',
      },
    ],
    facts: ['Imaging demonstrates a lesion in the affected joint.', 'The patient has had persistent symptoms for several months.'],
    upheld: ['There is no documentation of a failed course of conservative care including exercise.', 'The imaging findings do not correlate with the examination.'],
    overturned: ['Clinical and imaging findings correlate and conservative care has failed.'],
    weight: 2,
  },
];

function postSurgicalPages(r: Region | null): [number, number][] {
  // Pages in the Postsurgical guidelines are not mapped; letters sometimes cite one anyway.
  return r?.key === 'knee' ? [[24, 24]] : [];
}

export function kindById(id: string): KindDef {
  const k = KINDS.find((d) => d.id === id);
  if (k === undefined) throw new Error(`unknown kind ${id}`);
  return k;
}

/** Sentences that state functional improvement is documented. `{obj}` is the item's fiObject. */
export const FI_DOCUMENTED = [
  'The records document objective functional improvement with {obj}, including {gain}.',
  'There is documented functional improvement from {obj}, as the reports note {gain}.',
  'The treating provider has documented functional improvement with {obj}: {gain}.',
  'Progress notes show clear functional improvement with {obj}, including {gain}.',
  'Functional improvement with {obj} is documented, with {gain}.',
] as const;

export const FI_GAINS = [
  'improved tolerance for sitting and walking',
  'a return to modified work duty',
  'the ability to perform household chores again',
  'a reduction in work restrictions',
  'decreased reliance on pain medication',
  'increased participation in activities of daily living',
] as const;

/** Sentences that state functional improvement is not documented (varied negations). */
export const FI_NOT_DOCUMENTED = [
  'However, the treating physician does not provide documentation of functional improvement from {obj}.',
  'There is no documentation of objective functional improvement with {obj}.',
  'The medical records do not demonstrate functional improvement with {obj}.',
  'Functional improvement from {obj} has not been documented.',
  'No evidence of functional improvement with {obj} was provided for review.',
  'The submitted reports lack documentation of functional improvement from {obj}.',
  'However, there are no documentations providing objective findings indicating that {obj} has been effective in increasing functional improvement.',
  'The records fail to show any functional improvement with {obj}.',
  'Objective functional improvement from {obj} is not evident in the records provided.',
  'The provider did not document any functional improvement attributable to {obj}.',
  'There is an absence of documented functional improvement with {obj}.',
] as const;

/** Completed-session sentences for a rationale. {n} the count, {short} the therapy, {unit} the unit. */
export const COMPLETED_RATIONALE = [
  'The patient has completed {n} {unit} of {short} to date.',
  'Records indicate that the injured worker has already attended {n} {short} {unit}.',
  'In the case of this patient, {subj} was previously approved for {n} {short} {unit}.',
  'To date, {subj} has had {word} ({n}) {unit} of {short}.',
  'Case manager notes indicate the patient had already completed {n} {unit} of {short}.',
  'The utilization review notes that {n} prior {short} {unit} were authorized.',
  'The patient has undergone {n} {unit} of {short} so far.',
] as const;

/** Completed-session phrases for the clinical summary's treatment-to-date list. */
export const COMPLETED_SUMMARY = ['{n} {unit} of {short}', '{word} ({n}) {unit} of {short}', '{n} completed {short} {unit}'] as const;

export const UNKNOWN_COMPLETED = [
  'It is unclear how many {short} {unit} the patient has participated in thus far.',
  'The number of prior {short} {unit} is not specified in the records.',
  'The records do not state how many {unit} of {short} have been provided.',
] as const;

export const UPHELD_CONCLUSIONS = [
  'This request IS NOT medically necessary.',
  'Therefore, the request for {service} is not medically necessary.',
  'As such, the requested {service} is not medically necessary and appropriate.',
  'The request is not medically necessary.',
  'Consequently, the request for {service} is not medically necessary at this time.',
  'Based on the guidelines and the documentation provided, the request is not medically necessary.',
] as const;

export const OVERTURNED_CONCLUSIONS = [
  'This request IS medically necessary.',
  'Therefore, the request for {service} is medically necessary.',
  'As such, the requested {service} is medically necessary and appropriate.',
  'The request is medically necessary.',
  'Based on the guidelines and the documentation provided, the request is medically necessary.',
] as const;

export const SPECIALTIES = [
  'Physical Medicine & Rehabilitation',
  'Physical Medicine and Rehabilitation',
  'Psychology',
  'Orthopedic Surgery',
  'Anesthesiology',
  'Family Practice',
  'Internal Medicine',
  'Occupational Medicine',
  'Pain Management',
  'Neurology',
  'Psychiatry',
  'Chiropractic Medicine',
  'Acupuncture',
  'Preventive Medicine',
  'Emergency Medicine',
  'Neurological Surgery',
  'Sports Medicine',
] as const;

export const STATES = [
  'California', 'California', 'California', 'Texas', 'Arizona', 'Nevada', 'Oregon', 'Washington', 'Florida',
  'New York', 'Illinois', 'Colorado', 'Pennsylvania', 'Maryland', 'Virginia', 'Massachusetts', 'Ohio',
  'Michigan', 'Georgia', 'Utah', 'New Mexico', 'North Carolina', 'Wisconsin',
] as const;
