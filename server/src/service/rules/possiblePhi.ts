import type { Rule } from './rule';

const WHAT = {
  ssn: 'a Social Security number',
  phone: 'a phone number',
  email: 'an e-mail address',
  'claim-number': 'a claim number',
  'medical-record-number': 'a medical record number',
  'member-id': "a health plan's member ID",
  'street-address': "a patient's street address",
  'license-number': "a driver's license or license plate number",
} as const;

export const possiblePhi: Rule = {
  code: 'possible-phi',
  defaultSeverity: 'error',
  description: "An unredacted identifier: an SSN, a phone number, an e-mail address, a claim number, a medical record number, a health plan's member ID, a patient's street address, or a driver's license or license plate number.",
  check(letter) {
    return letter.identifiers.map((id) => ({
      message: `This looks like ${WHAT[id.kind]}. Published letters must be redacted; remove it before sharing the letter.`,
      span: id.span,
    }));
  },
};
