import type { DateField } from '../model';
import type { Rule, RuleHit } from './rule';

function after(a: DateField | null, b: DateField | null): boolean {
  return !!a && !!b && a.iso > b.iso;
}

export const dateOrder: Rule = {
  code: 'date-order',
  defaultSeverity: 'error',
  description: 'The dates are in an impossible order: injury or UR decision after the IMR application, or injury after the UR decision.',
  check(letter) {
    const { injury, application, urDecision } = letter.dates;
    const hits: RuleHit[] = [];
    if (after(injury, application)) hits.push({ message: `The date of injury (${injury!.iso}) is after the IMR application (${application!.iso}).`, span: injury!.span });
    if (after(urDecision, application)) hits.push({ message: `The UR decision (${urDecision!.iso}) is after the IMR application (${application!.iso}); IMR reviews a UR decision already made.`, span: urDecision!.span });
    if (after(injury, urDecision)) hits.push({ message: `The date of injury (${injury!.iso}) is after the UR decision (${urDecision!.iso}).`, span: injury!.span });
    return hits;
  },
};
