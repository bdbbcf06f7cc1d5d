import { addDays } from '../addDays';
import { ChpRuleError } from '../errors';
import { assertIsoDate } from '../internal/dates';
import type { IsoDate } from '../types';
import { REVIEW_REMINDER_DAYS, type RestrictionRecord, type ReviewState } from './types';

/**
 * Where a restriction stands against its review date on `today` (Part 1 §12: every restriction
 * is reviewed, so none stays in force past its review date without a decision). A restriction in
 * force is `overdue` the day after its review date, `due` from {@link REVIEW_REMINDER_DAYS}
 * calendar days before it up to the review date itself, `scheduled` before that. Proposals,
 * declined and lifted restrictions are `not_in_force`.
 *
 * @example
 * restrictionReviewState({ status: 'in_force', reviewOn: '2026-06-01' }, '2026-05-18') // 'due'
 * restrictionReviewState({ status: 'in_force', reviewOn: '2026-06-01' }, '2026-06-02') // 'overdue'
 */
export function restrictionReviewState(
  restriction: Pick<RestrictionRecord, 'status' | 'reviewOn'>,
  today: IsoDate,
): ReviewState {
  if (restriction === null || typeof restriction !== 'object')
    throw new ChpRuleError('INVALID_RESTRICTION', 'expected a restriction');
  assertIsoDate(today, 'today');
  assertIsoDate(restriction.reviewOn, 'reviewOn');
  if (restriction.status !== 'in_force') return 'not_in_force';
  if (restriction.reviewOn < today) return 'overdue';
  return restriction.reviewOn <= reviewReminderFrom(today) ? 'due' : 'scheduled';
}

/**
 * The latest review date whose reminder shows on `today`: a restriction in force with a review
 * date on or before this day is due or overdue for review. The API's "reviews due" list uses it.
 */
export function reviewReminderFrom(today: IsoDate): IsoDate {
  return addDays(today, REVIEW_REMINDER_DAYS);
}
