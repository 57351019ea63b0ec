/**
 * Plain-language meanings of the abbreviations and decision words in IMR letters,
 * written for the injured worker reading one. Lookups forgive case, a trailing
 * period, a plural "s" and hyphens, because letters write "ADLs", "PR2", "NSAIDs".
 */
import type { Decision } from '../model';

export interface GlossaryTerm {
  /** The abbreviation as usually written. */
  readonly term: string;
  readonly expansion: string;
  readonly definition: string;
  /** Other spellings that mean the same. */
  readonly aliases?: readonly string[];
}

export interface DecisionMeaning {
  readonly decision: Decision;
  /** What the word means in the letter. */
  readonly meaning: string;
  /** What it means for the treatment, in plain words. */
  readonly forInjuredWorker: string;
  readonly options: readonly string[];
}

const t = (term: string, expansion: string, definition: string, aliases?: readonly string[]): GlossaryTerm =>
  aliases ? { term, expansion, definition, aliases } : { term, expansion, definition };

export const glossaryTerms: readonly GlossaryTerm[] = [
  // The review process
  t('UR', 'Utilization Review', "The claims administrator's review of a treatment request; it can approve, modify or deny it."),
  t('IMR', 'Independent Medical Review', 'Review of a disputed UR decision by an independent physician reviewer, arranged by the DWC; its decision on medical necessity is final unless appealed on limited grounds.'),
  t('RFA', 'Request for Authorization', "The treating doctor's request, on the DWC form, to approve a treatment."),
  t('MAXIMUS', 'Maximus Federal Services', 'The company that carries out IMR for the DWC and issues the final determination letters.', ['MFS']),
  t('CA', 'Claims Administrator', 'The insurer or self-insured employer (or its adjuster) handling the claim. In letters "CA" usually means this, not California.'),
  t('DWC', 'Division of Workers\' Compensation', 'The California state agency that runs the workers\' compensation system, including IMR.'),
  t('DIR', 'Department of Industrial Relations', 'The California department the DWC belongs to.'),
  t('WCAB', "Workers' Compensation Appeals Board", 'The judges and appeals board that decide workers\' compensation disputes, including limited appeals of IMR decisions.'),
  t('IW', 'Injured worker', 'The employee whose injury the claim is about.'),
  t('DOI', 'Date of injury', 'The date the work injury happened or began.'),
  // People
  t('PTP', 'Primary Treating Physician', 'The doctor mainly responsible for the injured worker\'s care, who writes the reports and requests.'),
  t('PR-2', "Primary Treating Physician's Progress Report", 'The periodic report (DWC form PR-2) the treating doctor writes about progress and further treatment.'),
  t('QME', 'Qualified Medical Evaluator', 'A state-certified doctor who examines the injured worker to settle disputed medical questions in the claim.'),
  t('AME', 'Agreed Medical Evaluator', 'An evaluator chosen by agreement of both sides, usually when the worker has an attorney.'),
  t('PT', 'Physical therapy (or physical therapist)', 'Treatment with exercise and hands-on methods to restore movement and strength.'),
  t('OT', 'Occupational therapy (or occupational therapist)', 'Treatment aimed at regaining the ability to do daily and work tasks.'),
  t('DC', 'Doctor of Chiropractic', 'A chiropractor.'),
  // Rules and guidelines
  t('MTUS', 'Medical Treatment Utilization Schedule', "California's official treatment guidelines (8 CCR 9792.20 and following); reviewers look here first."),
  t('CPMTG', 'Chronic Pain Medical Treatment Guidelines', 'The chronic pain part of the MTUS: the 127-page 2009 version, updated in 2016.'),
  t('ACOEM', 'American College of Occupational and Environmental Medicine', 'A medical society whose Practice Guidelines make up much of the MTUS.'),
  t('ODG', 'Official Disability Guidelines', 'Commercial evidence-based treatment guidelines (Work Loss Data Institute), often cited when the MTUS does not cover an issue.'),
  t('CCR', 'California Code of Regulations', 'The state regulations; title 8 holds the workers\' compensation rules, e.g. 8 CCR 9792.20.'),
  t('LC', 'Labor Code', 'The California Labor Code, the statute for workers\' compensation, e.g. LC 4610.5 on IMR.'),
  t('EBM', 'Evidence-based medicine', 'Medical decisions based on the best available research.'),
  // Treatments and tests
  t('CBT', 'Cognitive behavioral therapy', 'Talk therapy that teaches ways to cope with pain, stress or mood problems.'),
  t('FRP', 'Functional restoration program', 'A full-day, team-run program (doctors, therapists, psychologists) to restore function in chronic pain.'),
  t('HEP', 'Home exercise program', 'Exercises the worker does at home, which the guidelines expect to replace supervised therapy over time.'),
  t('ESI', 'Epidural steroid injection', 'A steroid injection near the spinal nerves for pain that spreads from the spine (radiculopathy).'),
  t('TPI', 'Trigger point injection', 'An injection into a tight, painful knot in a muscle.'),
  t('SCS', 'Spinal cord stimulator', 'An implanted device that sends electrical pulses to the spinal cord to reduce pain.'),
  t('TENS', 'Transcutaneous electrical nerve stimulation', 'A small device that sends mild electrical pulses through the skin to ease pain.'),
  t('NMES', 'Neuromuscular electrical stimulation', 'Electrical stimulation that makes muscles contract.'),
  t('EMG', 'Electromyography', 'A test of the electrical activity of muscles, to look for nerve or muscle damage.'),
  t('NCV', 'Nerve conduction velocity study', 'A test of how fast signals travel along a nerve; often done with an EMG.', ['NCS']),
  t('MRI', 'Magnetic resonance imaging', 'A detailed scan of soft tissues, discs and nerves, without X-rays.'),
  t('CT', 'Computed tomography', 'A detailed X-ray scan.'),
  t('FCE', 'Functional capacity evaluation', 'Testing of what physical work tasks a person can safely do.'),
  t('DME', 'Durable medical equipment', 'Reusable equipment such as braces, walkers or TENS units.'),
  t('UDS', 'Urine drug screen', 'A urine test for prescribed and illegal drugs, used to monitor medications.', ['UDT']),
  // Medicines
  t('NSAID', 'Non-steroidal anti-inflammatory drug', 'Pain and anti-inflammatory medicines such as ibuprofen or naproxen.'),
  t('PPI', 'Proton pump inhibitor', 'A stomach-protecting medicine such as omeprazole, often given with NSAIDs.'),
  t('APAP', 'Acetaminophen', 'A pain reliever (Tylenol); "hydrocodone/APAP" is hydrocodone combined with it.'),
  t('AED', 'Antiepilepsy drug', 'Seizure medicines (e.g. gabapentin, pregabalin) also used for nerve pain.'),
  t('TCA', 'Tricyclic antidepressant', 'An older antidepressant type (e.g. amitriptyline) also used for nerve pain.'),
  t('SNRI', 'Serotonin-norepinephrine reuptake inhibitor', 'An antidepressant type (e.g. duloxetine) also used for pain.'),
  t('MED', 'Morphine equivalent dose', 'An opioid dose converted to the equal amount of oral morphine, to compare and cap doses.', ['MME']),
  // Findings and status
  t('ADL', 'Activities of daily living', 'Everyday tasks such as dressing, bathing, cooking and walking; improvement in them is evidence of functional improvement.', ['ADLs']),
  t('ROM', 'Range of motion', 'How far a joint can move.'),
  t('CRPS', 'Complex regional pain syndrome', 'A chronic pain condition, usually in a limb, after an injury; older name RSD.', ['RSD']),
  t('MMI', 'Maximum medical improvement', 'The point where the condition is not expected to improve much further.'),
  t('P&S', 'Permanent and stationary', "California's term for reaching maximum medical improvement."),
];

export const decisionMeanings: readonly DecisionMeaning[] = [
  {
    decision: 'Upheld',
    meaning: 'The IMR reviewer agreed with the UR denial (or modification).',
    forInjuredWorker: 'The UR denial stands: the treatment is not authorized.',
    options: [
      'The treating doctor can send a new request for the treatment with new evidence, such as documented functional improvement or a change in condition.',
      'An appeal to the WCAB under Labor Code 4610.6(h), on limited grounds only (such as fraud, a reviewer conflict of interest or bias, or a plain factual error that needs no expert opinion); disagreeing with the medical judgment is not enough.',
    ],
  },
  {
    decision: 'Overturned',
    meaning: 'The IMR reviewer disagreed with the UR denial and reversed it.',
    forInjuredWorker: 'The UR denial is reversed: the claims administrator must authorize the treatment.',
    options: ['No new request is needed: the claims administrator must authorize the treatment.'],
  },
];

/** Reduces a word to a lookup key: case, spaces, hyphens and dots ignored ("PR-2" = "pr2"). */
function key(word: string): string {
  return word.trim().toUpperCase().replace(/[\s.\-]/g, '');
}

let termsByKey: Map<string, GlossaryTerm> | undefined;

/** Built on first use: most sessions never hover an abbreviation. */
function terms(): Map<string, GlossaryTerm> {
  if (!termsByKey) {
    termsByKey = new Map();
    for (const entry of glossaryTerms) {
      for (const spelling of [entry.term, ...(entry.aliases ?? [])]) {
        termsByKey.set(key(spelling), entry);
      }
    }
  }
  return termsByKey;
}

/**
 * The glossary entry for an abbreviation ("UR", "ADLs", "PR2"), or null. The exact
 * spelling wins, so "TENS" is not read as a plural; otherwise a plural "s" is dropped.
 */
export function lookupTerm(word: string): GlossaryTerm | null {
  const k = key(word);
  const exact = terms().get(k);
  if (exact) return exact;
  return k.length > 2 && k.endsWith('S') ? (terms().get(k.slice(0, -1)) ?? null) : null;
}

/** What "Upheld" or "Overturned" (any case) means for the injured worker, or null. */
export function lookupDecision(word: string): DecisionMeaning | null {
  const wanted = word.trim().toLowerCase();
  return decisionMeanings.find((d) => d.decision.toLowerCase() === wanted) ?? null;
}
