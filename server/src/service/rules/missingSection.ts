import { canonicalHeading, REQUIRED_SECTIONS } from '../parse/headings';
import type { Rule } from './rule';

export const missingSection: Rule = {
  code: 'missing-section',
  defaultSeverity: 'warning',
  description: 'A section required by the letter\'s format is absent.',
  check(letter) {
    const present = new Set(letter.sections.map((s) => s.kind));
    return REQUIRED_SECTIONS[letter.format]
      .filter((kind) => !present.has(kind))
      .map((kind) => ({
        message: `The section "${canonicalHeading(kind, letter.format)}" is missing. A ${letter.format} letter has it; without it the letter may be truncated or mis-extracted, and what it should say cannot be checked.`,
        span: letter.start,
      }));
  },
};
