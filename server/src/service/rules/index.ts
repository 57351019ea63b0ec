/** Every rule, in the order their findings are listed. */
import type { Rule } from './rule';
import { missingSection } from './missingSection';
import { missingDecision } from './missingDecision';
import { missingRationale } from './missingRationale';
import { missingGuidelineBasis } from './missingGuidelineBasis';
import { missingSessionCount } from './missingSessionCount';
import { missingCompletedSessions } from './missingCompletedSessions';
import { missingFunctionalImprovement } from './missingFunctionalImprovement';
import { exceedsGuidelineLimit } from './exceedsGuidelineLimit';
import { decisionRationaleConflict } from './decisionRationaleConflict';
import { invalidCitation } from './invalidCitation';
import { missingReviewerCredentials } from './missingReviewerCredentials';
import { missingPatientDemographics } from './missingPatientDemographics';
import { dateOrder } from './dateOrder';
import { possiblePhi } from './possiblePhi';

export const RULES: readonly Rule[] = [
  missingSection,
  missingDecision,
  missingRationale,
  missingGuidelineBasis,
  missingSessionCount,
  missingCompletedSessions,
  missingFunctionalImprovement,
  exceedsGuidelineLimit,
  decisionRationaleConflict,
  invalidCitation,
  missingReviewerCredentials,
  missingPatientDemographics,
  dateOrder,
  possiblePhi,
];
