import { Role } from '../../src/core/role';
import { ANALYTICS_READERS } from '../../src/modules/analytics/analytics.resolver';
import { call, type OperationCase } from './operation-case';

const ALL = Object.values(Role);

const EFFECT_REVIEWS = `query($list: EffectReviewList!) { effectReviews(list: $list) { totalCount items { id effectReviewDate effectReviewStatus recurrenceFlaggedOn } } }`;
const SPSO_DECISIONS = `query($from: LocalDate!, $to: LocalDate!) { spsoDecisions(from: $from, to: $to) {
  total { same spso_upheld_more } byServiceArea { serviceAreaName counts { spso_upheld_more } } upheldMore { reference } } }`;

/** docs/procedure.md, Recurrence after an improvement action; SPSO decisions against ours. */
export const recurrenceOperations: OperationCase[] = [
  {
    name: 'effectReviews',
    kind: 'query',
    allowed: ALL,
    valid: async () => call(EFFECT_REVIEWS, { list: 'overdue' }),
  },
  {
    name: 'spsoDecisions',
    kind: 'query',
    allowed: ANALYTICS_READERS,
    valid: async () => call(SPSO_DECISIONS, { from: '2026-01-01', to: '2026-03-31' }),
    invalid: [
      {
        description: 'an end before the start',
        build: async () => call(SPSO_DECISIONS, { from: '2026-03-31', to: '2026-01-01' }),
        code: 'BAD_USER_INPUT',
        rule: 'notBeforeFrom',
        field: 'to',
      },
    ],
  },
];
