/**
 * The clinical case summary: who the patient is, the dates of injury, UR decision and IMR
 * application, diagnoses, treatment to date, and (for size) progress-note paragraphs.
 * Progress notes never mention sessions, visits, functional improvement, medical
 * necessity or guideline names, so padding a letter cannot change its truth.
 */
import { COMPLETED_SUMMARY, regionInfo } from './catalog';
import { fill } from './items';
import type { CasePlan } from './plan';
import { Random } from './random';
import { capitalize, formatDate, joinList, numberWord, type DateStyle, type Day } from './words';

/** Writes a date in the letter's usual style, sometimes another. */
export function dateText(rng: Random, plan: CasePlan, d: Day): string {
  const year = new Date(d * 86400000).getUTCFullYear();
  let style: DateStyle = rng.chance(0.75) ? plan.dateStyle : rng.pick<DateStyle>(['short', 'padded', 'long', 'slashYear']);
  if (style === 'short' && year < 2000) style = 'slashYear';
  return formatDate(d, style);
}

const MECHANISMS = [
  'while lifting a heavy box',
  'when {subj} slipped and fell on a wet floor',
  'due to repetitive work duties',
  'in a motor vehicle accident while driving for work',
  'while pulling a loaded pallet jack',
  'when {subj} fell from a ladder',
  'while transferring a patient',
  'from cumulative trauma while working as a {job}',
] as const;

const JOBS = ['warehouse worker', 'nurse', 'truck driver', 'cashier', 'machine operator', 'custodian', 'caregiver', 'office assistant', 'correctional officer', 'farm laborer'] as const;

const PSYCH_DIAGNOSES = ['major depressive disorder', 'anxiety disorder', 'chronic anxiety disorder with mixed anxiety and depressed mood', 'insomnia', 'adjustment disorder with depressed mood'] as const;

const TREATMENTS = [
  'physical therapy', 'chiropractic treatment', 'acupuncture', 'medications', 'a home exercise program',
  'activity modification', 'epidural steroid injections', 'a TENS unit', 'heat and ice', 'bracing',
] as const;

const PSYCH_TREATMENTS = ['cognitive behavioral therapy', 'psychotropic medication management', 'psychotherapy'] as const;

const SURGERIES: Record<string, readonly string[]> = {
  lumbar: ['a lumbar fusion', 'a lumbar laminectomy', 'a lumbar microdiscectomy'],
  cervical: ['a cervical fusion', 'an anterior cervical discectomy and fusion'],
  shoulder: ['a shoulder arthroscopy', 'a rotator cuff repair'],
  knee: ['a knee arthroscopy', 'a partial meniscectomy'],
  wrist: ['a carpal tunnel release', 'a wrist arthroscopy'],
};

const MEDS = ['Norco', 'Tramadol', 'Naproxen', 'Omeprazole', 'Gabapentin', 'Cyclobenzaprine', 'Lidoderm patches', 'Ibuprofen', 'Trazodone', 'Cymbalta'] as const;

function ageText(rng: Random, plan: CasePlan): string {
  const a = plan.person.age;
  return rng.weighted<string>([
    [`${a} year old`, 4],
    [`${a}-year-old`, 4],
    [`${a} year-old`, 1],
  ]);
}

function serviceList(rng: Random, plan: CasePlan): string {
  const names = plan.items.map((i) => i.service);
  if (names.length > 3) return 'the disputed treatments';
  return joinList(rng, names);
}

/** The summary's main paragraphs. */
export function summaryParagraphs(rng: Random, plan: CasePlan): string[] {
  const p = plan.person;
  const v = { subj: p.subj, obj: p.obj, job: rng.pick(JOBS) };
  const injury = plan.dates.injury;
  const inj = injury === null ? null : dateText(rng, plan, injury);
  const age = ageText(rng, plan);
  const mech = rng.chance(0.4) ? ` ${fill(rng.pick(MECHANISMS), v)}` : '';
  const first: string[] = [];

  const intro = rng.int(0, 3);
  if (inj === null) {
    first.push(`The injured worker is a ${age} ${p.sexWord} who sustained an industrial injury${mech === '' ? ' at work' : mech}.`);
  } else if (intro === 0) {
    first.push(`The injured worker is a ${age} ${p.sexWord}, who sustained an industrial injury on ${inj}${mech}.`);
  } else if (intro === 1) {
    first.push(`The patient is a ${age} ${p.sexWord} who reported an injury on ${inj}${mech}.`);
  } else if (intro === 2) {
    first.push(`This ${age} ${p.sexWord} was injured on ${inj}${mech}.`);
  } else {
    first.push(`The injured worker is a ${age} ${p.sexWord} with a date of injury of ${inj}.`);
  }

  if (plan.dates.application !== null && plan.format === 'determination-2014') {
    const app = dateText(rng, plan, plan.dates.application);
    first.push(rng.chance(0.6)
      ? `On ${app}, the injured worker submitted an application for IMR for review of ${serviceList(rng, plan)}.`
      : `An application for independent medical review was received on ${app}.`);
  }
  if (plan.compact) {
    if (plan.dates.ur !== null) first.push(`Utilization Review non-certified the request on ${dateText(rng, plan, plan.dates.ur)}.`);
    return [first.join(' ')];
  }

  const region = plan.regions[0];
  const info = region === undefined ? null : regionInfo(region);
  const side = region?.side === 'left' ? 'left' : 'right';
  if (info !== null && rng.chance(0.75)) {
    const complaint = fill(rng.pick(info.complaints), { side, obj: p.obj });
    first.push(rng.weighted<string>([
      [`The treating provider has reported the injured worker complained of ${complaint}.`, 3],
      [`Per the treating physician's report, the injured worker complained of ${complaint}.`, 2],
      [`The injured worker's complaints include ${complaint}.`, 1],
    ]));
  }
  if (plan.psych && rng.chance(0.5)) {
    first.push(`${capitalize(p.subj)} also reports being anxious and depressed and continues working through stress in therapy.`);
  }

  const diagnoses: string[] = [];
  for (const r of plan.regions) diagnoses.push(rng.pick(regionInfo(r).diagnoses));
  if (plan.psych) diagnoses.push(rng.pick(PSYCH_DIAGNOSES));
  if (diagnoses.length > 0) {
    first.push(`The diagnoses have included ${joinList(rng, diagnoses)}.`);
  }

  // Treatment to date, with the completed counts the plan puts in the summary.
  const counted = plan.items.filter((i) => i.completedWhere === 'summary' && i.completed !== null);
  const countedShorts = new Set(counted.map((i) => i.def.short));
  const treatments: string[] = counted.map((i) => {
    const n = i.completed ?? 0;
    return fill(rng.pick(COMPLETED_SUMMARY), { n: String(n), word: numberWord(n), unit: i.def.unit, short: i.def.short });
  });
  const pool = [...TREATMENTS, ...(plan.psych ? PSYCH_TREATMENTS : [])].filter(
    (t) => ![...countedShorts].some((s) => s.includes(t) || t.includes(s)),
  );
  treatments.push(...rng.sample(pool, rng.int(2, 3)));
  first.push(`Treatment to date has included ${joinList(rng, treatments)}.`);

  const paras: string[] = [];
  const second: string[] = [];
  if (info !== null && rng.chance(0.5)) {
    second.push(`Examination revealed ${fill(rng.pick(info.exam), { side, obj: p.obj })}.`);
  }
  if (rng.chance(0.25) && injury !== null && plan.dates.urActual - injury > 200) {
    const surgery = rng.int(injury + 60, plan.dates.urActual - 60);
    const procedure = SURGERIES[(region ?? { key: 'knee' }).key];
    second.push(`The patient has a surgical history to include ${rng.pick(procedure)} performed on ${dateText(rng, plan, surgery)}.`);
  }
  if (plan.dates.ur !== null) {
    const ur = dateText(rng, plan, plan.dates.ur);
    second.push(rng.weighted<string>([
      [`On ${ur} Utilization Review non-certified ${serviceList(rng, plan)}.`, 3],
      [`A utilization review determination dated ${ur} denied the request.`, 2],
      [`Utilization Review dated ${ur} non-certified the requested treatment.`, 2],
    ]));
    if (rng.chance(0.3)) second.push(rng.pick(['The MTUS and ODG Guidelines were cited.', 'The MTUS Guidelines were cited.', 'The ODG was cited.']));
  }
  if (rng.chance(0.5) || second.length === 0) {
    paras.push([...first, ...second].join(rng.chance(0.3) ? '  ' : ' '));
  } else {
    paras.push(first.join(' '), second.join(' '));
  }
  return paras;
}

/** A progress-note paragraph dated between the injury and the UR decision. */
export function progressNote(rng: Random, plan: CasePlan): string {
  const p = plan.person;
  const lo = (plan.dates.injury ?? plan.dates.urActual - 400) + 14;
  const hi = plan.dates.urActual - 1;
  const d = dateText(rng, plan, rng.int(Math.min(lo, hi), hi));
  const region = plan.regions.length > 0 ? rng.pick(plan.regions) : null;
  const info = region === null ? null : regionInfo(region);
  const side = region?.side === 'left' ? 'left' : 'right';
  const s: string[] = [];
  const source = rng.pick(['A progress report', "The primary treating physician's report", 'A follow-up report', 'An orthopedic re-evaluation', 'A pain management report']);
  if (info !== null && rng.chance(0.85)) {
    s.push(`${source} dated ${d} notes ${fill(rng.pick(info.complaints), { side, obj: p.obj })}, rated ${rng.int(3, 9)}/10.`);
    s.push(`Examination revealed ${fill(rng.pick(info.exam), { side, obj: p.obj })}.`);
  } else {
    s.push(`A psychological report dated ${d} describes ${rng.pick(['depressed mood and poor sleep', 'ongoing anxiety related to pain', 'irritability and social withdrawal', 'improved affect with continued worry'])}.`);
  }
  if (rng.chance(0.5)) s.push(`Current medications include ${joinList(rng, rng.sample(MEDS, rng.int(2, 4)))}.`);
  if (rng.chance(0.4)) s.push(`${capitalize(p.subj)} ${rng.pick(['remains off work', 'is working with restrictions', 'is working full duty', 'is retired'])}.`);
  if (rng.chance(0.3)) s.push(`The plan was to ${rng.pick(['continue the current medications', 'follow up in four weeks', 'continue the home exercise program', 'obtain updated imaging', 'refer for a pain management consultation'])}.`);
  return s.join(' ');
}
