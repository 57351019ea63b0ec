import type { Rule } from './rule';

export const decisionRationaleConflict: Rule = {
  code: 'decision-rationale-conflict',
  defaultSeverity: 'error',
  description: 'Upheld but the rationale concludes the treatment is medically necessary, or the reverse.',
  check(letter) {
    return letter.items.flatMap((item) => {
      const c = item.conclusion;
      if (!c || !item.decision) return [];
      const conflict = (item.decision === 'Upheld') === c.necessary;
      if (!conflict) return [];
      return [{
        message: item.decision === 'Upheld'
          ? `"${item.service}" is Upheld (not authorized), but its rationale concludes the treatment is medically necessary. One of the two is wrong, and the letter may be open to challenge.`
          : `"${item.service}" is Overturned (authorized), but its rationale concludes the treatment is not medically necessary. One of the two is wrong.`,
        span: c.span,
      }];
    });
  },
};
