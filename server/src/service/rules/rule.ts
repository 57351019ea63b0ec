/** What a rule is, and what it reports. */
import type { Span } from '../model';
import type { ParsedLetter } from '../parseLetter';

export const RULE_CODES = [
  'missing-section',
  'missing-decision',
  'missing-rationale',
  'missing-guideline-basis',
  'missing-session-count',
  'missing-completed-sessions',
  'missing-functional-improvement',
  'exceeds-guideline-limit',
  'decision-rationale-conflict',
  'invalid-citation',
  'missing-reviewer-credentials',
  'missing-patient-demographics',
  'date-order',
  'possible-phi',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A rule's setting: a severity, or off. */
export type RuleLevel = Severity | 'off';

export interface RuleHit {
  message: string;
  span: Span;
}

export interface Rule {
  code: RuleCode;
  defaultSeverity: Severity;
  /** One line for the README and the settings UI. */
  description: string;
  check(letter: ParsedLetter): RuleHit[];
}

export interface Finding extends RuleHit {
  code: RuleCode;
  severity: Severity;
}
