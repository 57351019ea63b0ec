import type { Rule } from './rule';

export const missingDecision: Rule = {
  code: 'missing-decision',
  defaultSeverity: 'error',
  description: 'A disputed item has no decision (Upheld or Overturned).',
  check(letter) {
    return letter.items
      .filter((item) => item.decision === null)
      .map((item) => ({
        message: `"${item.service}" has no decision. Without "Upheld" or "Overturned" (or "is / is not medically necessary") nobody can tell whether the treatment is authorized.`,
        span: item.serviceSpan,
      }));
  },
};
