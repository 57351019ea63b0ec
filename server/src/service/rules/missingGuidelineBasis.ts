import type { Rule } from './rule';

export const missingGuidelineBasis: Rule = {
  code: 'missing-guideline-basis',
  defaultSeverity: 'warning',
  description: 'A disputed item cites no guideline at all.',
  check(letter) {
    return letter.items
      .filter((item) => item.citations.length === 0)
      .map((item) => ({
        message: `"${item.service}" cites no guideline (MTUS, ACOEM, ODG, 8 CCR or other). Labor Code 4610.5(c)(2) requires the decision to rest on the MTUS first, then other evidence.`,
        span: item.serviceSpan,
      }));
  },
};
