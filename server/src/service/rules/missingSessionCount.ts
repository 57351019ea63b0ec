import type { Rule } from './rule';

export const missingSessionCount: Rule = {
  code: 'missing-session-count',
  defaultSeverity: 'warning',
  description: "A session-based therapy item's request gives no number of sessions.",
  check(letter) {
    return letter.items
      .filter((item) => item.sessionBased && item.requestedSessions === null)
      .map((item) => ({
        message: `"${item.service}" is a session-based therapy, but the request gives no number of sessions, so it cannot be compared with the guideline's visit limits.`,
        span: item.serviceSpan,
      }));
  },
};
