import type { Rule } from './rule';

export const missingPatientDemographics: Rule = {
  code: 'missing-patient-demographics',
  defaultSeverity: 'information',
  description: "The case summary gives no age, or no sex, for the injured worker.",
  check(letter) {
    const { age, sex, span } = letter.patient;
    const missing = [age === null ? 'age' : null, sex === null ? 'sex' : null].filter(Boolean);
    if (!missing.length) return [];
    const at = span ?? letter.sections.find((s) => s.kind === 'clinical-summary' || s.kind === 'case-summary')?.headingSpan ?? letter.start;
    return [{ message: `The case summary does not give the injured worker's ${missing.join(' or ')}, which guidelines and researchers use to weigh the request.`, span: at }];
  },
};
