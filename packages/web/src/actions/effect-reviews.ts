import type { EffectReviewState } from '../generated/graphql';

/** How each effect review state reads (docs/procedure.md, Recurrence after an improvement action). */
export const EFFECT_REVIEW_LABEL: Record<EffectReviewState, string> = {
  not_due: 'not yet due',
  due_soon: 'due within 30 days',
  overdue: 'overdue',
  overdue_over_a_year: 'overdue by over a year',
};
