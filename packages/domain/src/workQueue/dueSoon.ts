import { addDays } from '../addDays';
import { addWorkingDays } from '../addWorkingDays';
import { assertIsoDate } from '../internal/dates';
import type { CalendarSettings, IsoDate } from '../types';

/**
 * **Product choice** (docs/procedure.md, Work queues): an item is "due soon" when at most this
 * many working days come after today up to and including its due date.
 */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The last due date that is still "due soon" as of `today`: the day before the third working day
 * after today. A query keeps the items with `due_on <= dueSoonLimit(today)`; overdue ones too.
 *
 * @example
 * dueSoonLimit('2026-03-02') // '2026-03-04': Monday, so Tuesday and Wednesday are the 2 working days
 * dueSoonLimit('2026-03-06') // '2026-03-10': Friday, the weekend does not count
 */
export function dueSoonLimit(today: IsoDate, settings?: CalendarSettings): IsoDate {
  assertIsoDate(today, 'today');
  return addDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1, settings), -1);
}
