import type { Rule } from './rule';

export const missingReviewerCredentials: Rule = {
  code: 'missing-reviewer-credentials',
  defaultSeverity: 'warning',
  description: 'The reviewer has no stated specialty, or no state of licensure.',
  check(letter) {
    const { specialty, licensure, span } = letter.reviewer;
    const missing = [specialty ? null : 'specialty', licensure.length ? null : 'state of licensure'].filter(Boolean);
    if (!missing.length) return [];
    const at = span ?? letter.sections.find((s) => s.kind === 'how-made' || s.kind === 'qualifications')?.headingSpan ?? letter.start;
    return [{
      message: `The reviewer's ${missing.join(' and ')} is not stated. IMR reviewers must be licensed and practise in a specialty that treats the condition (Labor Code 4610.6(b)).`,
      span: at,
    }];
  },
};
