/**
 * Runs every rule over a parsed letter. A rule that throws loses only its own findings:
 * the error goes to the caller's handler and the other rules still report.
 */
import type { ParsedLetter } from './parseLetter';
import { RULES } from './rules';
import type { Finding, Rule, RuleCode, RuleLevel } from './rules/rule';

export type RuleLevels = Partial<Record<RuleCode, RuleLevel>>;

/** Runs `rules` (every rule, unless given) over the letter. */
export function analyzeLetter(
  letter: ParsedLetter,
  levels: RuleLevels = {},
  onRuleError?: (code: RuleCode, error: unknown) => void,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const level = levels[rule.code] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    try {
      for (const hit of rule.check(letter)) findings.push({ message: hit.message, span: hit.span, code: rule.code, severity: level });
    } catch (error) {
      onRuleError?.(rule.code, error);
    }
  }
  return findings.sort((a, b) => a.span.start - b.span.start);
}
