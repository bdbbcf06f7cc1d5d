import { ANALYTICS_READERS } from '../../src/core/role';
import { call, type OperationCase } from './operation-case';

const RESULTS = `query($year: Int!) { surveyResults(financialYear: $year) { financialYear
  year { label answers { value display } } quarters { label answers { display } } } }`;

/**
 * The satisfaction survey's staff side (docs/procedure.md, Satisfaction survey): the results,
 * for those who read the figures. The customer's side (surveyLink, answerSurvey) needs no
 * sign-in by design: the link is the credential (test/survey.test.ts).
 */
export const surveyOperations: OperationCase[] = [
  {
    name: 'surveyResults',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(RESULTS, { year: 2025 }),
    invalid: [
      {
        description: 'a year before 1990',
        build: async () => call(RESULTS, { year: 1066 }),
        code: 'BAD_USER_INPUT',
        rule: 'yearInRange',
        field: 'financialYear',
      },
    ],
  },
];
