/**
 * The case behind a letter, decided before any text is written: patient, dates, reviewer,
 * and each disputed item with its decision, session counts and functional-improvement
 * status. The writers (items.ts, formats.ts) only put this plan into words.
 */
import type { Decision, FunctionalImprovement, LetterFormat } from '../../server/src/service/model';
import {
  KINDS, SPECIALTIES, STATES, countPhrase, makeRegion,
  type KindDef, type Region, type RegionKey,
} from './catalog';
import { Random } from './random';
import { dayOf, type DateStyle, type Day } from './words';

export interface Person {
  age: number;
  sex: 'female' | 'male';
  /** How the letter names the sex: "female", "woman". */
  sexWord: string;
  subj: 'he' | 'she';
  obj: 'him' | 'her';
  poss: 'his' | 'her';
}

export interface CaseDates {
  injury: Day | null;
  ur: Day | null;
  application: Day | null;
  /** Always known (used for the 2013 header and documents list), even when not stated. */
  urActual: Day;
  applicationActual: Day;
  assigned: Day;
  letter: Day;
}

export interface ItemPlan {
  def: KindDef;
  region: Region | null;
  service: string;
  requested: number | null;
  completed: number | null;
  /** Where the completed count is stated. */
  completedWhere: 'rationale' | 'summary' | null;
  decision: Decision;
  fi: FunctionalImprovement;
}

export interface CasePlan {
  format: LetterFormat;
  person: Person;
  regions: Region[];
  psych: boolean;
  dates: CaseDates;
  /** The letter's usual date style; single mentions vary. */
  dateStyle: DateStyle;
  caseNumber: string;
  /** A header block (format A) or the header fields (B, C) are present. */
  header: boolean;
  reviewer: { specialty: string; licensure: string[]; asLines: boolean };
  items: ItemPlan[];
  year: number;
  /** Short boilerplate and summary, one item (small targetBytes). */
  compact: boolean;
  /** Even shorter: one citation per guideline part, no guideline statements or facts in the rationale. */
  tiny: boolean;
}

const SESSION_RANGES: Record<string, [number, number]> = {
  cbt: [4, 12],
  psychotherapy: [6, 20],
  pt: [6, 24],
  aquatic: [6, 18],
  chiro: [6, 18],
  acupuncture: [6, 12],
  massage: [4, 12],
  frp: [10, 20],
  biofeedback: [4, 10],
  postopPt: [8, 24],
};

function evenish(rng: Random, lo: number, hi: number): number {
  // Requests cluster on even numbers and multiples of 3.
  const n = rng.int(lo, hi);
  if (rng.chance(0.6) && n % 2 === 1 && n + 1 <= hi) return n + 1;
  return n;
}

export function planCase(rng: Random, format: LetterFormat, itemCount: number, compact: boolean, tiny = false): CasePlan {
  const sex = rng.chance(0.52) ? 'female' : 'male';
  const person: Person = {
    age: rng.int(22, 68),
    sex,
    sexWord: rng.chance(0.85) ? sex : sex === 'female' ? 'woman' : 'man',
    subj: sex === 'female' ? 'she' : 'he',
    obj: sex === 'female' ? 'her' : 'him',
    poss: sex === 'female' ? 'her' : 'his',
  };

  // Dates: the UR decision year follows the letter format's era.
  const urActual =
    format === 'determination-2013'
      ? dayOf(2013, 7, 1) + rng.int(0, 160)
      : format === 'determination-2014'
        ? dayOf(2014, 1, 6) + rng.int(0, 1260)
        : dayOf(2016, 1, 4) + rng.int(0, 1450);
  const injuryDay = Math.max(dayOf(1990, 1, 2), urActual - rng.int(150, 5500));
  const applicationActual = urActual + rng.int(5, 40);
  const assigned = applicationActual + rng.int(1, 10);
  const letter = assigned + rng.int(10, 40);
  const year = new Date(urActual * 86400000).getUTCFullYear();
  const appYear = new Date(applicationActual * 86400000).getUTCFullYear();

  const header = format !== 'determination-2014' ? true : !compact && rng.chance(0.45);
  const dates: CaseDates = {
    injury: header || rng.chance(0.97) ? injuryDay : null,
    ur: header || rng.chance(0.8) ? urActual : null,
    application: header
      ? format === 'professional-review' && rng.chance(0.2) ? null : applicationActual
      : !compact && rng.chance(0.75) ? applicationActual : null,
    urActual,
    applicationActual,
    assigned,
    letter,
  };

  const dateStyle: DateStyle =
    format === 'determination-2013'
      ? rng.pick<DateStyle>(['slashYear', 'slashYear', 'padded'])
      : format === 'determination-2014'
        ? rng.pick<DateStyle>(['short', 'short', 'padded', 'slashYear', 'long'])
        : rng.pick<DateStyle>(['padded', 'long', 'slashYear']);

  const caseNumber = `CM${String(appYear % 100).padStart(2, '0')}-${String(rng.int(1, 9999999)).padStart(7, '0')}`;

  // Body regions and a psychological component.
  const keys = rng.sample<RegionKey>(['lumbar', 'lumbar', 'cervical', 'shoulder', 'knee', 'wrist'], 3);
  const uniqueKeys = [...new Set(keys)].slice(0, rng.chance(0.55) ? 1 : 2);
  const regions = uniqueKeys.map((k) => makeRegion(rng, k));
  const psych = rng.chance(0.3);

  const nStates = rng.weighted<number>([[1, 8], [2, 2], [3, 1]]);
  const licensure = rng.sample(STATES.filter((s, i, a) => a.indexOf(s) === i), nStates);
  if (nStates === 1 && rng.chance(0.5)) licensure[0] = 'California';
  const reviewer = {
    specialty: rng.pick(SPECIALTIES),
    licensure,
    asLines: format === 'determination-2013' ? false : rng.chance(0.5),
  };

  const plan: CasePlan = {
    format, person, regions, psych, dates, dateStyle, caseNumber, header, reviewer, items: [], year, compact, tiny,
  };
  const taken = new Set<string>();
  for (let i = 0; i < itemCount; i++) {
    const item = planItem(rng, plan, taken);
    if (item !== null) plan.items.push(item);
  }
  if (plan.items.length === 0) {
    // Every kind was exhausted (only possible for huge item counts); fall back to PT.
    const pt = KINDS.find((k) => k.id === 'pt');
    if (pt === undefined) throw new Error('catalog has no pt');
    plan.items.push(planItemOfKind(rng, plan, pt, taken) ?? fallbackItem(pt, plan));
  }
  assignCompletedPlaces(rng, plan);
  return plan;
}

function fallbackItem(def: KindDef, plan: CasePlan): ItemPlan {
  const region = plan.regions[0] ?? { key: 'lumbar', side: null, label: 'lumbar spine' };
  return {
    def, region, service: `Physical therapy for the ${region.label}`, requested: null, completed: null,
    completedWhere: null, decision: 'Upheld', fi: 'not-addressed',
  };
}

/** Plans one more item whose service text is not yet used in the letter, or null. */
export function planItem(rng: Random, plan: CasePlan, taken: Set<string>): ItemPlan | null {
  for (let attempt = 0; attempt < 12; attempt++) {
    const candidates = KINDS.filter((k) => (k.psych ? plan.psych || rng.chance(0.1) : true));
    const def = rng.weighted(candidates.map((k) => [k, k.weight] as const));
    const item = planItemOfKind(rng, plan, def, taken);
    if (item !== null) return item;
  }
  return null;
}

function planItemOfKind(rng: Random, plan: CasePlan, def: KindDef, taken: Set<string>): ItemPlan | null {
  let region: Region | null = null;
  if (def.regions !== null) {
    const fits = plan.regions.filter((r) => def.regions?.includes(r.key));
    if (fits.length > 0 && rng.chance(0.9)) {
      region = rng.pick(fits);
    } else {
      const key = rng.pick(def.regions);
      region = plan.regions.find((r) => r.key === key) ?? makeRegion(rng, key);
      if (!plan.regions.some((r) => r.key === key)) plan.regions.push(region);
    }
  }
  if (def.psych) plan.psych = true;

  const decision: Decision = rng.chance(0.85) ? 'Upheld' : 'Overturned';
  let fi: FunctionalImprovement;
  let requested: number | null = null;
  let completed: number | null = null;

  if (def.session && def.limits !== null) {
    const [lo, hi] = SESSION_RANGES[def.id] ?? [6, 12];
    const { trial, total } = def.limits;
    if (decision === 'Upheld') {
      fi = rng.weighted<FunctionalImprovement>([['not-documented', 55], ['documented', 15], ['not-addressed', 30]]);
      const hasRequested = fi === 'documented' || rng.chance(0.88);
      const hasCompleted = fi === 'not-addressed' ? rng.chance(0.35) : fi === 'documented' ? true : rng.chance(0.65);
      if (hasRequested) {
        requested = rng.chance(0.7) && trial + 1 <= hi ? evenish(rng, Math.max(lo, trial + 1), hi) : evenish(rng, lo, hi);
      }
      if (hasCompleted) completed = rng.int(Math.max(2, Math.floor(trial / 2)), total + 8);
      if (fi === 'documented' && requested !== null && completed !== null && completed + requested <= total) {
        // With improvement documented, the denial rests on exceeding the guideline total.
        completed = total - requested + rng.int(1, 6);
        if (completed < 1) completed = rng.int(2, 6);
        if (completed + requested <= total) requested = total - completed + rng.int(1, 4);
      }
    } else {
      fi = rng.weighted<FunctionalImprovement>([['documented', 60], ['not-addressed', 40]]);
      if (fi === 'documented') {
        completed = rng.chance(0.85) ? rng.int(Math.max(1, Math.floor(trial / 2)), Math.max(1, Math.min(trial, total - 2))) : null;
        const room = total - (completed ?? 0);
        requested = rng.chance(0.95) ? Math.max(1, rng.int(Math.max(1, Math.min(2, room)), Math.max(1, Math.min(room, hi)))) : null;
      } else {
        completed = null;
        requested = rng.chance(0.92) ? rng.int(Math.max(2, Math.min(lo, trial) - 2), trial) : null;
      }
    }
  } else {
    const med = def.category === 'medications' || def.category === 'injections' || def.category === 'DME';
    if (decision === 'Upheld') {
      fi = med
        ? rng.weighted<FunctionalImprovement>([['not-documented', 45], ['not-addressed', 52], ['documented', 3]])
        : rng.weighted<FunctionalImprovement>([['not-addressed', 95], ['not-documented', 5]]);
    } else {
      fi = med
        ? rng.weighted<FunctionalImprovement>([['documented', 50], ['not-addressed', 50]])
        : 'not-addressed';
    }
  }

  const count = def.session && requested !== null
    ? countPhrase(rng, requested, def.unit, def.id !== 'frp' && def.id !== 'biofeedback')
    : null;
  const draft = def.service(rng, region, count);
  if (taken.has(draft.text.toLowerCase())) return null;
  taken.add(draft.text.toLowerCase());
  return {
    def,
    region,
    service: draft.text,
    requested: def.session ? draft.requested : null,
    completed: def.session ? completed : null,
    completedWhere: def.session && completed !== null ? 'rationale' : null,
    decision,
    fi,
  };
}

/** Moves some completed counts to the clinical summary, where the therapy name is unambiguous. */
function assignCompletedPlaces(rng: Random, plan: CasePlan): void {
  for (const item of plan.items) {
    if (item.completed === null || !rng.chance(0.25)) continue;
    const short = item.def.short;
    const clash = plan.items.some(
      (o) => o !== item && (o.def.short.includes(short) || short.includes(o.def.short) || o.def.category === item.def.category),
    );
    if (!clash) item.completedWhere = 'summary';
  }
}
