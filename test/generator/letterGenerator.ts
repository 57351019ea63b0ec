/**
 * Deterministic, seeded generator of California workers' compensation IMR final
 * determination letters, with the ground truth a parser should extract from each.
 *
 * Same seed and options, same bytes. The truth does not depend on `artifacts`: a seed
 * gives the same letter content with or without PDF-extraction artifacts, so a test can
 * compare the two renderings.
 *
 * Truth conventions:
 * - `sections`: headings in order, as written (colons kept), a wrapped heading joined
 *   with one space. Header lines ("MAXIMUS FEDERAL SERVICES, INC.", "MEDICAL
 *   PROFESSIONAL REVIEW") are not sections.
 * - `items[].service`: exactly as written on the item's decision line (artifacts may
 *   only add whitespace around and inside it).
 * - `items[].citations`: every citation written in the item's claims-administrator part,
 *   reviewer part and rationale, in text order; `pages` sorted, unique, ranges expanded.
 *   A guideline named without pages has `pages: []`.
 * - `requestedSessions` / `completedSessions`: null for non-session items; for session
 *   items, null when the letter does not give the number. "2x6" and "2 times a week for
 *   6 weeks" are 12. A completed count is stated once, in the item's rationale or in the
 *   clinical summary's treatment-to-date sentence.
 * - `functionalImprovement`: 'not-addressed' items never contain "functional improvement";
 *   'documented' items contain no negated statement of it; 'not-documented' items contain
 *   exactly one negated statement and no statement that it is documented (guideline text
 *   may still mention it conditionally: "with evidence of functional improvement, ...").
 * - Upheld items conclude "... is not medically necessary"; Overturned "... is medically
 *   necessary"; no other "medically necessary" phrase appears in an item's rationale.
 */
import type { FunctionalImprovement, GuidelineFamily, LetterFormat, TreatmentCategory } from '../../server/src/service/model';
import { composeA, composeB, composeC, type Composed } from './formats';
import { writeItem, type WrittenItem } from './items';
import { layout, type Artifacts, type Block } from './layout';
import { planCase, planItem, type CasePlan } from './plan';
import { Random } from './random';
import { progressNote, summaryParagraphs } from './summary';
import { isoOf } from './words';

export type { LetterFormat } from '../../server/src/service/model';

export interface GenerateOptions {
  /** Letter layout; default: A 72%, B 15%, C 13% (by seed). */
  format?: LetterFormat;
  /** PDF-extraction artifacts; default: 50% (by seed). */
  artifacts?: boolean;
  /** Approximate size in UTF-8 bytes; the letter grows by summary paragraphs and items, or shrinks to a compact form. */
  targetBytes?: number;
}

export interface TruthCitation {
  guideline: GuidelineFamily;
  pages: number[];
}

export interface TruthItem {
  service: string;
  decision: 'Upheld' | 'Overturned';
  requestedSessions: number | null;
  completedSessions: number | null;
  functionalImprovement: FunctionalImprovement;
  citations: TruthCitation[];
  /** The generator's own classification (extra to the parser model). */
  category: TreatmentCategory;
  sessionBased: boolean;
}

export interface LetterTruth {
  format: LetterFormat;
  sections: string[];
  patient: { age: number; sex: 'female' | 'male' };
  /** ISO yyyy-mm-dd, or null when the letter does not state the date. */
  dates: { injury: string | null; application: string | null; urDecision: string | null };
  reviewer: { specialty: string; licensure: string[] };
  items: TruthItem[];
  /** Whether artifacts were applied. */
  artifacts: boolean;
}

export interface GeneratedLetter {
  text: string;
  truth: LetterTruth;
}

const FORMATS: readonly (readonly [LetterFormat, number])[] = [
  ['determination-2014', 72],
  ['determination-2013', 15],
  ['professional-review', 13],
];

/** Letters below this target use the compact form (short boilerplate, one item)... */
const COMPACT_BELOW = 2600;
/** ...and below this one, the tiny form (no guideline statements in the rationale). */
const TINY_BELOW = 1700;

interface Draft {
  plan: CasePlan;
  items: WrittenItem[];
  composed: Composed;
}

function itemCountFor(rng: Random): number {
  return rng.weighted<number>([[1, 62], [2, 25], [3, 9], [4, 4]]);
}

function compose(rng: Random, plan: CasePlan, items: WrittenItem[], summary: string[]): Composed {
  switch (plan.format) {
    case 'determination-2013':
      return composeB(rng, plan, items, summary);
    case 'professional-review':
      return composeC(rng, plan, items, summary);
    default:
      return composeA(rng, plan, items, summary);
  }
}

function draft(seed: number, format: LetterFormat, compact: boolean, extraItems: number, tiny = false): Draft {
  const root = new Random(seed);
  const planRng = root.fork(11);
  const itemRng = root.fork(12);
  const summaryRng = root.fork(13);
  const composeRng = root.fork(14);
  const extraRng = root.fork(15);
  const plan = planCase(planRng, format, compact ? 1 : itemCountFor(planRng), compact, tiny);
  if (extraItems > 0) {
    const taken = new Set(plan.items.map((i) => i.service.toLowerCase()));
    for (let k = 0; k < extraItems; k++) {
      const it = planItem(extraRng, plan, taken);
      if (it !== null) plan.items.push(it);
    }
  }
  const items = plan.items.map((it, i) => writeItem(itemRng.fork(i), plan, it));
  const summary = summaryParagraphs(summaryRng, plan);
  return { plan, items, composed: compose(composeRng, plan, items, summary) };
}

function withPadding(composed: Composed, paragraphs: readonly string[]): Block[] {
  if (paragraphs.length === 0) return composed.blocks;
  const extra: Block[] = [];
  for (const p of paragraphs) extra.push({ t: 'blank' }, { t: 'para', text: p, prose: true });
  return [...composed.blocks.slice(0, composed.summaryAt), ...extra, ...composed.blocks.slice(composed.summaryAt)];
}

function artifactsFor(rng: Random, plan: CasePlan): Artifacts {
  const header = rng.chance(0.4)
    ? rng.pick([`IMR Case Number: ${plan.caseNumber}`, plan.caseNumber, `Final Determination Letter for IMR Case Number ${plan.caseNumber}`])
    : null;
  return {
    crlf: rng.chance(0.5),
    footer: rng.chance(0.7),
    runningHeader: header,
    pageLines: rng.int(26, 36),
    hyphenations: rng.int(1, 3),
    nbsp: rng.weighted<number>([[0, 3], [1, 3], [2, 2], [4, 1]]),
    curlyQuotes: rng.chance(0.5),
    enDashes: rng.chance(0.5),
  };
}

function render(d: Draft, padding: readonly string[], artifacts: boolean, seed: number): string {
  const root = new Random(seed);
  const layoutRng = root.fork(21);
  const widthRng = root.fork(22);
  const width = widthRng.int(88, 100);
  const art = artifacts ? artifactsFor(root.fork(23), d.plan) : null;
  return layout(withPadding(d.composed, padding), width, art, layoutRng);
}

function truthOf(d: Draft, artifacts: boolean): LetterTruth {
  const { plan } = d;
  return {
    format: plan.format,
    sections: d.composed.sections.slice(),
    patient: { age: plan.person.age, sex: plan.person.sex },
    dates: {
      injury: plan.dates.injury === null ? null : isoOf(plan.dates.injury),
      application: plan.dates.application === null ? null : isoOf(plan.dates.application),
      urDecision: plan.dates.ur === null ? null : isoOf(plan.dates.ur),
    },
    reviewer: { specialty: plan.reviewer.specialty, licensure: plan.reviewer.licensure.slice() },
    items: d.items.map((w) => ({
      service: w.plan.service,
      decision: w.plan.decision,
      requestedSessions: w.plan.requested,
      completedSessions: w.plan.completed,
      functionalImprovement: w.plan.fi,
      citations: [...w.claims.cites, ...w.reviewer.cites, ...w.rationaleCites].map((c) => ({ guideline: c.family, pages: c.pages.slice() })),
      category: w.plan.def.category,
      sessionBased: w.plan.def.session,
    })),
    artifacts,
  };
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export function generateLetter(seed: number, options: GenerateOptions = {}): GeneratedLetter {
  const root = new Random(seed);
  const choiceRng = root.fork(1);
  const drawnFormat = choiceRng.weighted(FORMATS);
  const drawnArtifacts = choiceRng.chance(0.5);
  const format = options.format ?? drawnFormat;
  const artifacts = options.artifacts ?? drawnArtifacts;
  const target = options.targetBytes;

  if (target === undefined || !(target > 0)) {
    const d = draft(seed, format, false, 0);
    return { text: render(d, [], artifacts, seed), truth: truthOf(d, artifacts) };
  }

  // Sized letters: compact when small, more items and summary paragraphs when large.
  const compact = target < COMPACT_BELOW;
  const extraItems = compact ? 0 : Math.min(12, Math.floor(target / 60000));
  const d = draft(seed, format, compact, extraItems, target < TINY_BELOW);
  let text = render(d, [], artifacts, seed);
  let size = byteLength(text);
  if (size >= target * 0.95) {
    return { text, truth: truthOf(d, artifacts) };
  }

  // Estimate how many progress-note paragraphs fill the gap, then correct once or twice.
  const noteRng = root.fork(2);
  const notes: string[] = [];
  let noteChars = 0;
  const factor = size / Math.max(1, d.composed.blocks.reduce((n, b) => n + (b.t === 'para' || b.t === 'line' ? b.text.length + 1 : b.t === 'heading' ? b.lines.join(' ').length + 1 : 1), 0));
  const addUntil = (chars: number): void => {
    while (noteChars < chars) {
      const p = progressNote(noteRng, d.plan);
      notes.push(p);
      noteChars += p.length + 2;
    }
  };
  addUntil((target - size) / factor);
  for (let round = 0; round < 4; round++) {
    text = render(d, notes, artifacts, seed);
    size = byteLength(text);
    if (size >= target * 0.97 && size <= target * 1.08) break;
    if (size < target * 0.97) {
      addUntil(noteChars + (target - size) / factor);
    } else {
      // Too big: drop paragraphs from the end.
      let excess = (size - target) / factor;
      while (excess > 0 && notes.length > 0) {
        const p = notes.pop() as string;
        excess -= p.length + 2;
        noteChars -= p.length + 2;
      }
    }
  }
  return { text, truth: truthOf(d, artifacts) };
}
