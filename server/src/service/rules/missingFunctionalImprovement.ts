import type { Rule } from './rule';

export const missingFunctionalImprovement: Rule = {
  code: 'missing-functional-improvement',
  defaultSeverity: 'warning',
  description: 'A session-based item, or a continued medication, equipment or therapy, and the letter documents no objective functional improvement.',
  check(letter) {
    return letter.items
      .filter((item) => (item.sessionBased || item.continued) && item.functionalImprovement.status !== 'documented')
      .map((item) => {
        const stated = item.functionalImprovement.status === 'not-documented';
        return {
          message: stated
            ? `The letter states that objective functional improvement is not documented for "${item.service}". Under 8 CCR 9792.20(e) (formerly (f)) further treatment needs a clinically significant improvement in daily activities or work restrictions, plus less dependence on medical care.`
            : `The letter never addresses functional improvement for "${item.service}". Continued or session-based treatment is judged on documented objective improvement (8 CCR 9792.20(e), formerly (f)).`,
          span: stated && item.functionalImprovement.span ? item.functionalImprovement.span : item.serviceSpan,
        };
      });
  },
};
