import type { Rule } from './rule';

export const missingCompletedSessions: Rule = {
  code: 'missing-completed-sessions',
  defaultSeverity: 'warning',
  description: 'A session-based therapy item, and the letter never says how many sessions were completed or authorized.',
  check(letter) {
    return letter.items
      .filter((item) => item.sessionBased && item.completedSessions === null)
      .map((item) => ({
        message: `The letter never says how many sessions of "${item.service}" were already completed or authorized. Guideline limits count the total, so the request cannot be weighed against them.`,
        span: item.requestedSessions?.span ?? item.serviceSpan,
      }));
  },
};
