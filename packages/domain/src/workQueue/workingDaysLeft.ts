import { addDays } from '../addDays';
import { assertIsoDate } from '../internal/dates';
import { workingDaysBetween } from '../workingDaysBetween';
import type { CalendarSettings, IsoDate } from '../types';

/**
 * Working days left until `dueOn` as of `today` (docs/procedure.md, Work queues): the working
 * days after today up to and including the due date; 0 when it is due today (or falls on a
 * non-working day before the next working day); negative when overdue, counting the working
 * days after the due date up to and including today.
 *
 * @example
 * workingDaysLeft('2026-03-06', '2026-03-10') // 2: Monday and Tuesday
 * workingDaysLeft('2026-03-10', '2026-03-06') // -2: a Friday due date, two working days late
 */
export function workingDaysLeft(
  today: IsoDate,
  dueOn: IsoDate,
  settings?: CalendarSettings,
): number {
  assertIsoDate(today, 'today');
  assertIsoDate(dueOn, 'dueOn');
  if (dueOn >= today) return workingDaysBetween(addDays(today, 1), dueOn, settings);
  return -workingDaysBetween(addDays(dueOn, 1), today, settings);
}
