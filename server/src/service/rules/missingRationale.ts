import type { Rule } from './rule';

export const missingRationale: Rule = {
  code: 'missing-rationale',
  defaultSeverity: 'warning',
  description: 'A disputed item has no rationale.',
  check(letter) {
    return letter.items
      .filter((item) => !item.parts.some((p) => p.kind === 'rationale' && p.text.trim().length > 0))
      .map((item) => ({
        message: `"${item.service}" has no decision rationale. The rationale is what an appeal or a new request must answer.`,
        span: item.serviceSpan,
      }));
  },
};
