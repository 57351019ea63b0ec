/**
 * Guideline citations: what a letter cites (a CiteSource) and how it is written
 * (renderCite). Every rendered citation carries the truth the parser should recover:
 * its guideline family and the pages it names, ranges expanded.
 */
import type { GuidelineFamily } from '../../server/src/service/model';
import { Random } from './random';

export interface CiteSource {
  family: GuidelineFamily;
  /** MTUS topic, ODG topic or ACOEM chapter name, e.g. "Behavioral Interventions". */
  topic: string | null;
  /** Page ranges, [first, last] (first === last for a single page); empty when none are given. */
  ranges: [number, number][];
  /** ACOEM chapter number. */
  chapter?: number;
  /** ODG chapter name, e.g. "Low Back". */
  odgChapter?: string;
  /** Edition or wording variant hints. */
  acoem3?: boolean;
  section?: string;
}

export interface RenderedCite {
  family: GuidelineFamily;
  pages: number[];
  text: string;
}

/** Where the citation is written: a guideline line ("Decision based on ..."), a 2013 sentence, or prose. */
export type CiteContext = 'part' | 'sentence' | 'prose';

export function expandPages(ranges: readonly [number, number][]): number[] {
  const set = new Set<number>();
  for (const [a, b] of ranges) {
    for (let p = a; p <= b; p++) {
      set.add(p);
    }
  }
  return [...set].sort((x, y) => x - y);
}

function rangeText(r: [number, number], dash: string): string {
  return r[0] === r[1] ? String(r[0]) : `${r[0]}${dash}${r[1]}`;
}

/** A page reference in one of the forms the letters use. */
export function pageRef(rng: Random, ranges: readonly [number, number][], dash: string): string {
  const list = ranges.map((r) => rangeText(r, dash)).join(', ');
  const single = ranges.length === 1 && ranges[0] !== undefined && ranges[0][0] === ranges[0][1];
  const style = rng.weighted<string>([
    ['Page(s):', 5],
    ['pages', 3],
    ['p.', 2],
    ['Pages', 1],
  ]);
  switch (style) {
    case 'Page(s):':
      return `Page(s): ${list}`;
    case 'pages':
      return `${single ? 'page' : 'pages'} ${list}`;
    case 'Pages':
      return `${single ? 'Page' : 'Pages'} ${list}`;
    default:
      return `${single ? 'p.' : 'pp.'} ${list}`;
  }
}

const MTUS_CP_PART = [
  'MTUS Chronic Pain Treatment Guidelines',
  'MTUS Chronic Pain Treatment Guidelines',
  'MTUS Chronic Pain Medical Treatment Guidelines',
  'CA MTUS Chronic Pain Medical Treatment Guidelines',
] as const;

const ACOEM_LONG = [
  'ACOEM Practice Guidelines, 2nd Edition (2004)',
  'American College of Occupational and Environmental Medicine (ACOEM), 2nd Edition, (2004)',
  'ACOEM Guidelines',
] as const;

function maybeLower(rng: Random, topic: string): string {
  return rng.chance(0.3) ? topic.toLowerCase() : topic;
}

/**
 * Writes one citation. `enDash` is the chance of an en dash in a page range
 * (the letters use both; PDF extraction adds more).
 */
export function renderCite(rng: Random, src: CiteSource, ctx: CiteContext, enDash: number): RenderedCite {
  const dash = rng.chance(enDash) ? '\u2013' : '-';
  // Sometimes a letter names the guideline without its pages.
  const dropPages = src.ranges.length > 0 && rng.chance(ctx === 'prose' ? 0.05 : 0.12);
  const ranges = dropPages ? [] : src.ranges;
  const pages = expandPages(ranges);
  const ref = ranges.length > 0 ? pageRef(rng, ranges, dash) : '';
  let text: string;
  switch (src.family) {
    case 'MTUS Chronic Pain':
      text = mtusChronicPain(rng, src, ctx, ref);
      break;
    case 'MTUS Acupuncture':
      text = mtusAcupuncture(rng, ctx, ref);
      break;
    case 'MTUS Post-Surgical':
      text = mtusPostSurgical(rng, src, ctx, ref);
      break;
    case 'ACOEM':
      text = acoem(rng, src, ctx, ref);
      break;
    case 'ODG':
      text = odg(rng, src, ctx);
      break;
    case '8 CCR / Labor Code':
      text = src.section ?? '8 C.C.R. 9792.20(f)';
      break;
    default:
      text = src.topic ?? 'Non-MTUS Citation: FDA prescribing information';
      break;
  }
  return { family: src.family, pages: ranges.length > 0 ? pages : [], text };
}

function mtusChronicPain(rng: Random, src: CiteSource, ctx: CiteContext, ref: string): string {
  const topic = src.topic;
  if (ctx === 'sentence') {
    const head = rng.chance(0.6)
      ? 'the Chronic Pain Medical Treatment Guidelines (2009)'
      : 'the MTUS Chronic Pain Medical Treatment Guidelines';
    const parts = [head];
    if (topic !== null) parts.push(topic);
    if (ref !== '') parts.push(ref);
    const tail = head.includes('(2009)') ? ', which is part of the MTUS' : '';
    return parts.join(', ') + tail;
  }
  if (ctx === 'prose') {
    const head = rng.pick([
      'the MTUS Chronic Pain Medical Treatment Guidelines',
      'the MTUS Chronic Pain Treatment Guidelines',
      'the California MTUS Chronic Pain Medical Treatment Guidelines',
      'the Chronic Pain Medical Treatment Guidelines',
    ]);
    if (ref === '') return topic !== null && rng.chance(0.5) ? `${head}, ${topic} section` : head;
    return rng.chance(0.5) ? `${head}, ${ref}` : `${head} (${ref})`;
  }
  const head = rng.pick(MTUS_CP_PART);
  if (topic === null) return ref === '' ? head : `${head} ${ref}`;
  const shape = rng.int(0, 2);
  if (shape === 0) return ref === '' ? `${head} ${topic}` : `${head} ${maybeLower(rng, topic)} ${ref}`;
  if (shape === 1) return ref === '' ? `${head}, ${topic}` : `${head}, ${topic}, ${ref}`;
  return ref === '' ? `${head} ${topic}` : `${head} ${ref}`;
}

function mtusAcupuncture(rng: Random, ctx: CiteContext, ref: string): string {
  const page = ref === '' ? '' : ` ${ref}`;
  if (ctx === 'sentence') {
    return rng.chance(0.5)
      ? `the Acupuncture Medical Treatment Guidelines (2007), which is part of the MTUS${page === '' ? '' : `,${page}`}`
      : `the MTUS Acupuncture Medical Treatment Guidelines${page}`;
  }
  if (ctx === 'prose') {
    return rng.pick(['the MTUS Acupuncture Medical Treatment Guidelines', 'the Acupuncture Medical Treatment Guidelines']) + page;
  }
  return rng.pick([
    'MTUS Acupuncture Medical Treatment Guidelines',
    'MTUS Acupuncture Medical Treatment Guidelines',
    'CA MTUS Acupuncture Medical Treatment Guidelines',
    'Acupuncture Medical Treatment Guidelines',
  ]) + page;
}

function mtusPostSurgical(rng: Random, src: CiteSource, ctx: CiteContext, ref: string): string {
  const topic = src.topic === null ? '' : `, ${src.topic}`;
  const page = ref === '' ? '' : ` ${ref}`;
  if (ctx === 'sentence') {
    return rng.chance(0.5)
      ? `the Postsurgical Treatment Guidelines (2009)${topic}${ref === '' ? '' : `, ${ref}`}, which is part of the MTUS`
      : `the MTUS Postsurgical Treatment Guidelines${topic}${page}`;
  }
  if (ctx === 'prose') {
    return `${rng.pick(['the MTUS Postsurgical Treatment Guidelines', 'the Postsurgical Treatment Guidelines'])}${page}`;
  }
  return `${rng.pick(['MTUS Postsurgical Treatment Guidelines', 'MTUS Post-Surgical Treatment Guidelines'])}${topic}${page}`;
}

function acoem(rng: Random, src: CiteSource, ctx: CiteContext, ref: string): string {
  const ch = src.chapter;
  const name = src.topic;
  if (src.acoem3 === true) {
    const p3 = ctx === 'part'
      ? 'MTUS (ACOEM Practice Guidelines, 3rd Edition)'
      : 'the ACOEM Practice Guidelines, 3rd Edition';
    return name === null ? p3 : `${p3}, ${name}`;
  }
  const chapter = ch === undefined ? '' : `Chapter ${ch}`;
  const withRef = (s: string): string => (ref === '' ? s : `${s}, ${ref}`);
  if (ctx === 'sentence') {
    const head = rng.pick(ACOEM_LONG);
    const parts = [`the ${head}`];
    if (chapter !== '') parts.push(chapter);
    if (name !== null && rng.chance(0.6)) parts.push(name);
    return withRef(parts.join(', ')) + (rng.chance(0.5) ? ', which is part of the MTUS' : '');
  }
  if (ctx === 'prose') {
    const shape = rng.int(0, 2);
    if (shape === 0 && chapter !== '') return withRef(`ACOEM ${chapter}`);
    if (shape === 1 && name !== null) {
      return ref === '' ? `the ACOEM ${name} chapter` : `the ACOEM ${name} chapter (${ref})`;
    }
    return withRef(`the ACOEM guidelines${chapter === '' ? '' : `, ${chapter}`}`);
  }
  const shape = rng.int(0, 3);
  if (shape === 0 && chapter !== '') return withRef(`ACOEM ${chapter}`);
  if (shape === 1 && chapter !== '') {
    return withRef(`MTUS: ACOEM ${chapter}${name === null ? '' : `, ${name}`}`);
  }
  if (shape === 2) {
    return withRef(`${rng.pick(ACOEM_LONG)}${chapter === '' ? '' : `, ${chapter}`}${name === null ? '' : `, ${name}`}`);
  }
  return withRef(`ACOEM${name === null ? '' : ` ${name}`}${chapter === '' ? '' : `, ${chapter}`}`);
}

function odg(rng: Random, src: CiteSource, ctx: CiteContext): string {
  const chapter = src.odgChapter ?? 'Pain';
  const topic = src.topic;
  if (ctx === 'sentence') {
    return `the Official Disability Guidelines (ODG), ${chapter} chapter${topic === null ? '' : `, ${topic}`}${
      rng.chance(0.5) ? ', which is not part of the MTUS' : ''
    }`;
  }
  if (ctx === 'prose') {
    return rng.pick([`the ODG ${chapter} chapter`, `the Official Disability Guidelines (ODG), ${chapter} chapter`, 'the Official Disability Guidelines']);
  }
  const shape = rng.int(0, 3);
  if (shape === 0) return `Official Disability Guidelines (ODG) ${chapter} chapter${topic === null ? '' : `, ${topic}`}`;
  if (shape === 1) return `ODG ${chapter}${topic === null ? '' : `, ${topic}`}`;
  if (shape === 2 && topic !== null) return `Non-MTUS Citation Official Disability Guidelines- ${topic}`;
  return `Official Disability Guidelines (ODG), ${chapter} (Acute & Chronic)${topic === null ? '' : `, ${topic}`}`;
}
