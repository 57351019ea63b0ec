/**
 * Writes one disputed item: the guideline parts (claims administrator, reviewer) and the
 * rationale, keeping every citation it writes so the truth lists exactly what the text cites.
 */
import type { LetterFormat } from '../../server/src/service/model';
import {
  COMPLETED_RATIONALE, FI_DOCUMENTED, FI_GAINS, FI_NOT_DOCUMENTED, OVERTURNED_CONCLUSIONS,
  UNKNOWN_COMPLETED, UPHELD_CONCLUSIONS, ccr, otherSource, regionInfo, type Statement,
} from './catalog';
import { renderCite, type CiteSource, type RenderedCite } from './citations';
import type { CasePlan, ItemPlan } from './plan';
import { Random } from './random';
import { capitalize, joinList, numberWord } from './words';

/** Chance of an en dash in a page range as the letter itself writes it. */
const EN_DASH = 0.12;

export interface WrittenPart {
  /** The text after the label ("Decision based on ..."), or a whole sentence group for 2013 letters. */
  text: string;
  cites: RenderedCite[];
}

export interface WrittenItem {
  plan: ItemPlan;
  claims: WrittenPart;
  reviewer: WrittenPart;
  /** The rationale's paragraphs; the first is written after the label. */
  rationale: string[];
  rationaleCites: RenderedCite[];
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function uniqueSources(list: CiteSource[]): CiteSource[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.family}|${s.topic ?? ''}|${JSON.stringify(s.ranges)}|${s.odgChapter ?? ''}|${s.chapter ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function chooseSources(rng: Random, options: CiteSource[], max: number): CiteSource[] {
  const uniq = uniqueSources(options);
  const n = Math.min(uniq.length, rng.weighted<number>([[1, 8], [2, 2]]), max);
  // The first option is the usual citation; keep it first most of the time.
  if (rng.chance(0.7)) return [uniq[0] as CiteSource, ...rng.sample(uniq.slice(1), n - 1)];
  return rng.sample(uniq, n);
}

function partLine(rng: Random, sources: CiteSource[]): WrittenPart {
  const cites = sources.map((s) => renderCite(rng, s, 'part', EN_DASH));
  let text = 'Decision based on ';
  cites.forEach((c, i) => {
    if (i > 0) {
      text += c.family === 'ODG' && c.text.startsWith('Non-MTUS') ? '.  Decision based on ' : rng.pick(['.  Decision based on ', ', ', '; ']);
      if (c.family === 'ODG' && !c.text.startsWith('Non-MTUS') && text.endsWith('Decision based on ') && rng.chance(0.5)) {
        text += 'Non-MTUS Citation ';
      }
    }
    text += c.text;
  });
  return { text: `${text}.`, cites };
}

function sentencePart(rng: Random, who: 'claims' | 'reviewer', sources: CiteSource[]): WrittenPart {
  const cites = sources.map((s) => renderCite(rng, s, 'sentence', EN_DASH));
  const subject = who === 'claims' ? 'The Claims Administrator based its decision on' : 'The Expert Reviewer based his/her decision on';
  const list = cites.map((c) => c.text);
  return { text: `${subject} ${list.length > 1 ? `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1] ?? ''}` : list[0] ?? ''}.`, cites };
}

export function writeItem(rng: Random, plan: CasePlan, item: ItemPlan): WrittenItem {
  const { def, region } = item;
  const format: LetterFormat = plan.format;
  const sentenceForm = format === 'determination-2013';

  // Guideline parts.
  let claims: WrittenPart;
  const claimsOptions = def.claims(region);
  if (rng.chance(0.05)) {
    claims = {
      text: sentenceForm
        ? 'The Claims Administrator did not cite any evidence-based guidelines for its decision.'
        : 'The Claims Administrator did not cite any medical evidence for its decision.',
      cites: [],
    };
  } else {
    const sources = chooseSources(rng, claimsOptions, plan.tiny ? 1 : 2);
    if (!plan.tiny && def.category === 'medications' && rng.chance(0.06)) sources.push(otherSource(rng));
    claims = sentenceForm ? sentencePart(rng, 'claims', sources) : partLine(rng, sources);
  }
  const reviewerSources = chooseSources(rng, rng.chance(0.4) ? [...claimsOptions, ...def.reviewer(region)] : def.reviewer(region), plan.tiny ? 1 : 2);
  const reviewer = sentenceForm ? sentencePart(rng, 'reviewer', reviewerSources) : partLine(rng, reviewerSources);

  // Rationale.
  const { rationale, cites } = writeRationale(rng, plan, item);
  return { plan: item, claims, reviewer, rationale, rationaleCites: cites };
}

function leadIn(rng: Random, cite: string, clause: string): string {
  const shape = rng.int(0, 4);
  switch (shape) {
    case 0:
      return `According to ${cite}, ${clause}.`;
    case 1:
      return `Per ${cite}, ${clause}.`;
    case 2:
      return `As noted in ${cite}, ${clause}.`;
    case 3:
      return `Under ${cite}, ${clause}.`;
    default:
      return `${capitalize(cite)} ${rng.pick(['indicate', 'state', 'provide'])} that ${clause}.`;
  }
}

function vars(plan: CasePlan, item: ItemPlan, rng: Random): Record<string, string> {
  const side = item.region?.side === 'left' ? 'left' : item.region?.side === 'right' ? 'right' : rng.pick(['right', 'left']);
  return {
    subj: plan.person.subj,
    obj: plan.person.obj,
    poss: plan.person.poss,
    short: item.def.short,
    unit: item.def.unit,
    service: item.service,
    side,
    region: item.region?.label ?? '',
  };
}

function writeRationale(rng: Random, plan: CasePlan, item: ItemPlan): { rationale: string[]; cites: RenderedCite[] } {
  const { def, region } = item;
  const v = vars(plan, item, rng);
  const cites: RenderedCite[] = [];
  const sentences: string[] = [];
  const addressed = item.fi !== 'not-addressed';
  const compact = plan.compact;

  // Opening.
  if (!compact && rng.chance(0.45)) {
    const info = region === null ? null : regionInfo(region);
    const opener = rng.weighted<string>([
      [`This patient presents with ${info === null ? rng.pick(['chronic pain', 'continued stress and chronic anxiety', 'ongoing pain and depressed mood']) : fill(rng.pick(info.complaints), v)}.`, 3],
      [`The current request is for ${rng.chance(0.4) ? item.service.toUpperCase() : item.service}.`, 3],
      [`The patient is being treated for ${info === null ? rng.pick(['chronic pain syndrome', 'depression and anxiety', 'chronic pain with sleep disturbance']) : rng.pick(info.diagnoses)}.`, 2],
    ]);
    sentences.push(opener);
  }

  // Guideline statements (each with its citation).
  const statements = def.statements(region);
  const first = statements[0] as Statement;
  const useStatements: Statement[] = [rng.chance(0.75) ? first : rng.pick(statements)];
  if (!compact && statements.length > 1 && rng.chance(0.15)) {
    const other = statements.find((s) => s !== useStatements[0]);
    if (other !== undefined) useStatements.push(other);
  }
  for (const st of plan.tiny ? [] : useStatements) {
    const clause = addressed && st.withFI !== undefined && rng.chance(0.6) ? st.withFI : st.noFI;
    const c = renderCite(rng, st.src, 'prose', EN_DASH);
    cites.push(c);
    sentences.push(leadIn(rng, c.text, clause));
  }
  if (addressed && !compact && rng.chance(0.1)) {
    const c = renderCite(rng, ccr(rng, plan.year), 'prose', EN_DASH);
    cites.push(c);
    sentences.push(
      rng.chance(0.5)
        ? `Functional improvement is defined in ${c.text} as a clinically significant improvement in activities of daily living or a reduction in work restrictions, and a reduction in the dependency on continued medical treatment.`
        : `${c.text} defines functional improvement as either a clinically significant improvement in activities of daily living or a reduction in work restrictions, together with a reduced dependency on continued medical treatment.`,
    );
  }

  // Facts of the case.
  const nFacts = plan.tiny ? 0 : compact || rng.chance(0.7) ? 1 : 2;
  for (const f of rng.sample(def.facts, nFacts)) sentences.push(fill(f, v));

  // Sessions already completed.
  if (item.completed !== null && item.completedWhere === 'rationale') {
    sentences.push(fill(rng.pick(COMPLETED_RATIONALE), { ...v, n: String(item.completed), word: numberWord(item.completed) }));
  } else if (def.session && item.completed === null && !(item.decision === 'Overturned') && rng.chance(0.2)) {
    sentences.push(fill(rng.pick(UNKNOWN_COMPLETED), v));
  }

  // Functional improvement.
  const fiObj = def.fiObject(item.service);
  if (item.fi === 'documented') {
    sentences.push(fill(rng.pick(FI_DOCUMENTED), { obj: fiObj, gain: joinList(rng, rng.sample(FI_GAINS, rng.int(1, 2))) }));
  } else if (item.fi === 'not-documented') {
    sentences.push(capitalize(fill(rng.pick(FI_NOT_DOCUMENTED), { obj: fiObj })));
  }

  // Reasons.
  for (const reason of reasons(rng, item).slice(0, plan.tiny ? 1 : 3)) sentences.push(reason);
  if (!compact && rng.chance(0.03)) {
    const c = renderCite(rng, { family: '8 CCR / Labor Code', topic: null, ranges: [], section: 'Labor Code 4610.5(c)(2)' }, 'prose', EN_DASH);
    cites.push(c);
    sentences.push(`Under ${c.text}, the adopted treatment guidelines are applied first in deciding medical necessity.`);
  }

  // Conclusion.
  const conclusion = fill(rng.pick(item.decision === 'Upheld' ? UPHELD_CONCLUSIONS : OVERTURNED_CONCLUSIONS), v);
  if (plan.format === 'determination-2013' && !conclusion.includes('appropriate')) {
    sentences.push(conclusion.replace(/medically necessary( at this time)?\.$/, 'medically necessary and appropriate.'));
  } else {
    sentences.push(conclusion);
  }

  // One or two paragraphs.
  const paras: string[] = [];
  if (!compact && sentences.length >= 6 && rng.chance(0.3)) {
    const cut = rng.int(2, sentences.length - 2);
    paras.push(joinSentences(rng, sentences.slice(0, cut)), joinSentences(rng, sentences.slice(cut)));
  } else {
    paras.push(joinSentences(rng, sentences));
  }
  return { rationale: paras, cites };
}

/** Sentences joined with one or (as in many letters) two spaces. */
export function joinSentences(rng: Random, sentences: readonly string[]): string {
  const two = rng.chance(0.4);
  return sentences.join(two ? '  ' : ' ');
}

function reasons(rng: Random, item: ItemPlan): string[] {
  const { def } = item;
  const out: string[] = [];
  const R = item.requested;
  const C = item.completed;
  const unit = def.unit;
  if (def.session && def.limits !== null) {
    const { trial, total } = def.limits;
    if (item.decision === 'Upheld') {
      if (R === null) {
        out.push(`The request does not specify the number of ${unit}, and an open-ended request cannot be supported.`);
      } else if (C !== null && C + R > total) {
        out.push(rng.pick([
          `Combined with the ${C} ${unit} already completed, the request exceeds the total number of ${unit} supported by the guidelines.`,
          `The ${R} requested ${unit}, added to those already completed, would exceed the guideline recommendation.`,
        ]));
      } else if (R > trial) {
        out.push(`The request for ${R} ${unit} exceeds the initial trial recommended by the guidelines.`);
      }
      if (item.fi === 'not-documented' && rng.chance(0.6)) {
        out.push(rng.pick([
          'Without objective evidence of benefit from prior treatment, additional treatment cannot be supported.',
          'With the absence of objective findings related to the previous treatment, the continuation of therapy cannot be supported at this time.',
        ]));
      }
    } else if (item.fi === 'documented') {
      out.push(
        R === null
          ? 'Given the documented benefit, additional treatment is supported by the guidelines.'
          : `Given the documented benefit, the requested ${R} ${unit} fall within the total supported by the guidelines.`,
      );
    } else {
      out.push(
        R === null
          ? 'A limited initial trial is appropriate for this patient.'
          : `The requested ${R} ${unit} are consistent with the initial trial recommended by the guidelines.`,
      );
    }
  }
  const pool = item.decision === 'Upheld' ? def.upheld : def.overturned;
  if (out.length === 0 || rng.chance(0.3)) out.push(rng.pick(pool));
  return out;
}
