/**
 * The three letter layouts, as blocks for layout.ts:
 * - determination-2014 (format A): optional header block, then HOW THE IMR FINAL
 *   DETERMINATION WAS MADE / CLINICAL CASE SUMMARY / IMR ISSUES, DECISIONS AND RATIONALES.
 * - determination-2013 (format B): MAXIMUS FEDERAL SERVICES, INC. header, Final
 *   Determination paragraph, four sections, numbered items decided in words.
 * - professional-review (format C): MEDICAL PROFESSIONAL REVIEW with colon headings, two of
 *   which may wrap onto a second line.
 */
import type { Block } from './layout';
import type { WrittenItem } from './items';
import { joinSentences } from './items';
import type { CasePlan } from './plan';
import { Random } from './random';
import { dateText } from './summary';
import { formatDate } from './words';

export interface Composed {
  blocks: Block[];
  /** Section headings as the parser should report them (wrapped headings joined). */
  sections: string[];
  /** Where extra clinical-summary paragraphs go. */
  summaryAt: number;
}

function states(rng: Random, list: readonly string[], sentence: boolean): string {
  if (!sentence || list.length === 1) return list.join(', ');
  const comma = list.length > 2 && rng.chance(0.3) ? ',' : '';
  return `${list.slice(0, -1).join(', ')}${comma} and ${list[list.length - 1] ?? ''}`;
}

function credentialSentence(rng: Random, plan: CasePlan, who: string): string {
  const { specialty, licensure } = plan.reviewer;
  const comma = rng.chance(0.5) ? ',' : '';
  return `The ${who} is Board Certified in ${specialty}${comma} and is licensed to practice in ${states(rng, licensure, true)}.`;
}

function headerDate(plan: CasePlan, d: number, rng: Random): string {
  return rng.chance(0.8) ? formatDate(d, plan.format === 'determination-2013' ? 'slashYear' : 'padded') : dateText(rng, plan, d);
}

function treatmentsInDispute(plan: CasePlan): string {
  return `Treatment(s) in Dispute Listed on IMR Application: ${plan.items.map((i) => i.service).join(', ')}`;
}

const BOILERPLATE_A = [
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator.',
  '{cred}',
  'He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The expert reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/{svc}. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
] as const;

export function composeA(rng: Random, plan: CasePlan, items: WrittenItem[], summary: string[]): Composed {
  const b: Block[] = [];
  const d = plan.dates;
  if (plan.header) {
    const line = (text: string): void => {
      b.push({ t: 'line', text, protect: true });
    };
    line(`Case Number: ${plan.caseNumber}   Date Assigned: ${headerDate(plan, d.assigned, rng)}`);
    line(`Date of Injury: ${headerDate(plan, d.injury ?? d.urActual, rng)}   Date of UR Decision: ${headerDate(plan, d.ur ?? d.urActual, rng)}`);
    line(`Priority: ${rng.chance(0.9) ? 'Standard' : 'Expedited'}   Application Received: ${headerDate(plan, d.application ?? d.applicationActual, rng)}`);
    line('Employee Name: [redacted]');
    b.push({ t: 'para', text: treatmentsInDispute(plan) }, { t: 'blank' });
  }
  const sections = ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'];
  b.push({ t: 'heading', lines: [sections[0] as string] });
  const cred = plan.reviewer.asLines ? '' : credentialSentence(rng, plan, rng.chance(0.8) ? 'expert reviewer' : 'physician reviewer');
  const svc = rng.chance(0.5) ? 'services' : 'Service';
  const boiler = plan.compact
    ? `MAXIMUS Federal Services sent the complete case file to an expert reviewer, who has no affiliation with the parties.${cred === '' ? '' : ` ${cred}`}`
    : BOILERPLATE_A.map((s) => s.replace('{cred}', cred).replace('{svc}', svc)).filter((s) => s !== '').join(' ');
  b.push({ t: 'para', text: boiler, prose: true }, { t: 'blank' });
  if (plan.reviewer.asLines) {
    b.push(
      { t: 'line', text: 'The Expert Reviewer has the following credentials:' },
      { t: 'line', text: `State(s) of Licensure: ${states(rng, plan.reviewer.licensure, false)}`, protect: true },
      { t: 'line', text: `Certification(s)/Specialty: ${plan.reviewer.specialty}`, protect: true },
      { t: 'blank' },
    );
  }
  b.push({ t: 'heading', lines: [sections[1] as string] });
  if (!plan.compact) {
    b.push({ t: 'line', text: 'The expert reviewer developed the following clinical case summary based on a review of the' });
    b.push({ t: 'line', text: 'case file, including all medical records:' }, { t: 'blank' });
  }
  for (const p of summary) b.push({ t: 'para', text: p, prose: true });
  const summaryAt = b.length;
  b.push({ t: 'blank' }, { t: 'heading', lines: [sections[2] as string] });
  b.push({ t: 'line', text: 'The Final Determination was based on decisions for the disputed items/services set forth below:' }, { t: 'blank' });
  for (const it of items) {
    const gap = rng.chance(0.5) ? '  ' : ' ';
    b.push({ t: 'line', text: `${it.plan.service}:${gap}${it.plan.decision}`, protect: true }, { t: 'blank' });
    b.push({ t: 'para', text: `Claims Administrator guideline: ${it.claims.text}` }, { t: 'blank' });
    b.push({ t: 'para', text: `MAXIMUS guideline: ${it.reviewer.text}` }, { t: 'blank' });
    it.rationale.forEach((p, i) => {
      b.push({ t: 'para', text: i === 0 ? `Decision rationale: ${p}` : p, prose: true }, { t: 'blank' });
    });
  }
  return { blocks: b, sections, summaryAt };
}

function finalDetermination(plan: CasePlan): string {
  const upheld = plan.items.filter((i) => i.decision === 'Upheld').length;
  if (upheld === plan.items.length) {
    return "Final Determination: UPHOLD. This means the Claims Administrator's decision to deny the disputed items/services is upheld.";
  }
  if (upheld === 0) {
    return "Final Determination: OVERTURN. This means the Claims Administrator's decision is reversed and the disputed items/services should be authorized.";
  }
  return "Final Determination: UPHOLD IN PART. This means the Claims Administrator's decision is upheld for some of the disputed items/services and reversed for others.";
}

export function composeB(rng: Random, plan: CasePlan, items: WrittenItem[], summary: string[]): Composed {
  const b: Block[] = [];
  const d = plan.dates;
  const line = (text: string, protect = true): void => {
    b.push({ t: 'line', text, protect });
  };
  line('MAXIMUS FEDERAL SERVICES, INC.');
  line('Independent Medical Review');
  b.push({ t: 'blank' });
  line(`Dated: ${headerDate(plan, d.letter, rng)}`);
  b.push({ t: 'blank' });
  line(`IMR Case Number: ${plan.caseNumber}`);
  line(`Date of Injury: ${headerDate(plan, d.injury ?? d.urActual, rng)}`);
  line(`UR Denial Date: ${headerDate(plan, d.ur ?? d.urActual, rng)}`);
  line(`Priority: ${rng.chance(0.9) ? 'Standard' : 'Expedited'}`);
  line(`Application Received: ${headerDate(plan, d.application ?? d.applicationActual, rng)}`);
  line('Employee Name: [redacted]');
  b.push({ t: 'para', text: treatmentsInDispute(plan) }, { t: 'blank' });
  b.push({ t: 'para', text: `${finalDetermination(plan)} A detailed explanation of the decision for each of the disputed items/services is provided later in this letter.` }, { t: 'blank' });

  const sections = ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'DOCUMENTS REVIEWED', 'CLINICAL CASE SUMMARY', 'IMR DECISION(S) AND RATIONALE(S)'];
  b.push({ t: 'heading', lines: [sections[0] as string] });
  const boiler = [
    'MAXIMUS Federal Services sent the complete case file to a physician reviewer who has no affiliation with the employer, employee, providers or the claims administrator.',
    credentialSentence(rng, plan, 'physician reviewer'),
    ...(plan.compact ? [] : [
      'He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The physician reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. The physician reviewer is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.',
    ]),
  ].join(' ');
  b.push({ t: 'para', text: boiler, prose: true }, { t: 'blank' });

  b.push({ t: 'heading', lines: [sections[1] as string] }, { t: 'blank' });
  const numbered = rng.chance(0.6);
  const docs = [
    'Application of Independent Medical Review',
    `Utilization Review Determination dated ${dateText(rng, plan, d.ur ?? d.urActual)}`,
    `Medical Records from the treating providers dated ${dateText(rng, plan, Math.max((d.injury ?? d.urActual - 300) + 7, d.urActual - rng.int(90, 400)))} through ${dateText(rng, plan, d.urActual - rng.int(3, 30))}`,
  ];
  docs.forEach((doc, i) => line(numbered ? `${i + 1}. ${doc}` : doc, false));
  b.push({ t: 'blank' });

  b.push({ t: 'heading', lines: [sections[2] as string] });
  for (const p of summary) b.push({ t: 'para', text: p, prose: true });
  const summaryAt = b.length;
  b.push({ t: 'blank' });

  b.push({ t: 'heading', lines: [sections[3] as string] }, { t: 'blank' });
  items.forEach((it, i) => {
    const verdict = it.plan.decision === 'Upheld' ? 'is not medically necessary and appropriate.' : 'is medically necessary and appropriate.';
    b.push({ t: 'para', text: `${i + 1}. ${it.plan.service} ${verdict}`, protect: true, wrapOnlyInPdf: true }, { t: 'blank' });
    b.push({ t: 'line', text: 'Guidelines Used in Decision Making:' });
    if (rng.chance(0.6)) {
      b.push({ t: 'para', text: `${it.claims.text} ${it.reviewer.text}` });
    } else {
      b.push({ t: 'para', text: it.claims.text }, { t: 'para', text: it.reviewer.text });
    }
    b.push({ t: 'blank' }, { t: 'line', text: 'Rationale Used in Decision Making:' });
    for (const p of it.rationale) b.push({ t: 'para', text: p, prose: true });
    b.push({ t: 'blank' });
  });
  return { blocks: b, sections, summaryAt };
}

export function composeC(rng: Random, plan: CasePlan, items: WrittenItem[], summary: string[]): Composed {
  const b: Block[] = [];
  const d = plan.dates;
  b.push({ t: 'line', text: 'MEDICAL PROFESSIONAL REVIEW', protect: true }, { t: 'blank' });
  b.push({ t: 'line', text: `IMR Case Number: ${plan.caseNumber}`, protect: true });
  b.push({ t: 'line', text: `Date of Injury: ${headerDate(plan, d.injury ?? d.urActual, rng)}   Date of UR Decision: ${headerDate(plan, d.ur ?? d.urActual, rng)}`, protect: true });
  if (d.application !== null) b.push({ t: 'line', text: `Application Received: ${headerDate(plan, d.application, rng)}`, protect: true });
  b.push({ t: 'blank' });

  const wrapGuidelines = rng.chance(0.5);
  const wrapRationale = rng.chance(0.5);
  const sections = [
    'ISSUE AT DISPUTE:',
    'CASE SUMMARY:',
    'DOCUMENTS REVIEWED FOR DETERMINATION:',
    'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
    'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
    'MEDICAL REVIEWER QUALIFICATIONS:',
  ];
  const numbered = items.length > 1 || rng.chance(0.5);
  const label = (i: number): string => (numbered ? `${i + 1}. ` : '');

  b.push({ t: 'heading', lines: ['ISSUE AT DISPUTE:'] });
  items.forEach((it, i) => {
    const gap = rng.chance(0.5) ? '  ' : ' ';
    b.push({ t: 'line', text: `${label(i)}${it.plan.service}:${gap}${it.plan.decision}`, protect: true });
  });
  b.push({ t: 'blank' }, { t: 'heading', lines: ['CASE SUMMARY:'] });
  for (const p of summary) b.push({ t: 'para', text: p, prose: true });
  const summaryAt = b.length;
  b.push({ t: 'blank' }, { t: 'heading', lines: ['DOCUMENTS REVIEWED FOR DETERMINATION:'] });
  b.push({ t: 'line', text: `Utilization review determination dated ${dateText(rng, plan, d.ur ?? d.urActual)}` });
  b.push({ t: 'line', text: 'Medical records from the treating physicians' });
  if (rng.chance(0.5)) b.push({ t: 'line', text: 'Independent medical review application and supporting documents' });
  b.push({ t: 'blank' });

  b.push({
    t: 'heading',
    lines: wrapGuidelines
      ? ['MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY', 'PROFESSIONAL REVIEWER AND WHY:']
      : [sections[3] as string],
  });
  const reviewerLabel = rng.chance(0.5) ? 'MAXIMUS guideline' : 'Professional Reviewer guideline';
  items.forEach((it, i) => {
    if (numbered) b.push({ t: 'line', text: `${label(i)}${it.plan.service}`, protect: true });
    b.push({ t: 'para', text: `Claims Administrator guideline: ${it.claims.text}` });
    const why = rng.pick([
      'This guideline was relied upon because it specifically addresses the requested treatment.',
      'The reviewer relied on this guideline because it is the most relevant to the condition and request.',
      '',
    ]);
    b.push({ t: 'para', text: `${reviewerLabel}: ${it.reviewer.text}${why === '' ? '' : ` ${why}`}` }, { t: 'blank' });
  });

  b.push({
    t: 'heading',
    lines: wrapRationale
      ? ['RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE', 'IS/WAS NOT MEDICALLY NECESSARY:']
      : [sections[4] as string],
  });
  items.forEach((it, i) => {
    if (numbered) b.push({ t: 'line', text: `${label(i)}${it.plan.service}`, protect: true });
    it.rationale.forEach((p) => b.push({ t: 'para', text: p, prose: true }));
    b.push({ t: 'blank' });
  });

  b.push({ t: 'heading', lines: ['MEDICAL REVIEWER QUALIFICATIONS:'] });
  if (plan.reviewer.asLines) {
    b.push(
      { t: 'line', text: `Certification(s)/Specialty: ${plan.reviewer.specialty}`, protect: true },
      { t: 'line', text: `State(s) of Licensure: ${states(rng, plan.reviewer.licensure, false)}`, protect: true },
    );
  } else {
    const extra = plan.compact ? [] : ['The reviewer has no affiliation with the employer, employee, providers or the claims administrator.'];
    b.push({ t: 'para', text: joinSentences(rng, [credentialSentence(rng, plan, rng.pick(['professional reviewer', 'reviewer'])), ...extra]), prose: true });
  }
  return { blocks: b, sections, summaryAt };
}
